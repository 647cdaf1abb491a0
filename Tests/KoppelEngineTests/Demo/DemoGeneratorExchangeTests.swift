import Testing

@testable import KoppelEngine
@testable import KoppelDemo

@Suite struct DemoGeneratorExchangeTests {
    /// Directed "wants the seat of" edges between requesters (vacancies left out).
    static func seatEdges(_ requests: [ExchangeRequest]) -> [String: Set<String>] {
        let requesters = Set(requests.map(\.person))
        var edges: [String: Set<String>] = [:]
        for request in requests {
            edges[request.person, default: []].formUnion(request.wants.filter(requesters.contains))
        }
        return edges
    }

    static func twoCycles(_ edges: [String: Set<String>]) -> Int {
        edges.reduce(0) { count, entry in
            count + entry.value.filter { entry.key < $0 && edges[$0]?.contains(entry.key) == true }.count
        }
    }

    static func threeCycles(_ edges: [String: Set<String>]) -> Int {
        var count = 0
        for (a, outgoing) in edges {
            for b in outgoing where b != a {
                for c in edges[b] ?? [] where c != a && c != b && edges[c]?.contains(a) == true {
                    if a < b && a < c { count += 1 }  // count each ring once, from its smallest member
                }
            }
        }
        return count
    }

    @Test func theTwenteRequestsHoldTwoAndThreeCycles() {
        let edges = Self.seatEdges(DemoTestData.twente.exchangeRequests)
        #expect(Self.twoCycles(edges) >= 1)
        #expect(Self.threeCycles(edges) >= 1)
    }

    @Test(arguments: [1, 2, 3, 99] as [UInt64])
    func cyclesExistForOtherSeedsToo(seed: UInt64) {
        let demo = DemoTestData.generator(seed: seed, size: DemoTestData.small).generate()
        let edges = Self.seatEdges(demo.exchangeRequests)
        #expect(Self.twoCycles(edges) >= 1)
        #expect(Self.threeCycles(edges) >= 1)
    }

    @Test func wantedSeatsAreInTheSameFamily() {
        let demo = DemoTestData.twente
        let profiles = Dictionary(uniqueKeysWithValues: demo.persons.map { ($0.id, $0) })
        let vacancies = Dictionary(uniqueKeysWithValues: demo.vacancies.map { ($0.id, $0) })
        var sameDomain = 0
        var all = 0
        for request in demo.exchangeRequests {
            let me = profiles[request.person]!
            #expect(me.jobTitle != nil && me.jobTitle != DemoGenerator.traineeJobTitle)
            for wanted in request.wants {
                all += 1
                let domain = profiles[wanted]?.domains.first?.domain ?? vacancies[wanted]?.domain
                if domain == me.domains.first?.domain { sameDomain += 1 }
                if let other = profiles[wanted], let mine = me.scale, let theirs = other.scale,
                    domain == me.domains.first?.domain
                {
                    #expect(abs(mine.steps(to: theirs)) <= (request.allowScaleChange ? 2 : 1))
                }
            }
        }
        #expect(Double(sameDomain) / Double(all) > 0.9)
    }

    @Test func requestersSaidTheyWereOpenToAMove() {
        let demo = DemoTestData.twente
        let profiles = Dictionary(uniqueKeysWithValues: demo.persons.map { ($0.id, $0) })
        for request in demo.exchangeRequests {
            let moves = profiles[request.person]!.wishes.moves
            #expect(moves.contains(.swap) || moves.contains(.secondment))
            #expect(moves.contains(request.kind == .swap ? .swap : .secondment))
        }
        for offer in demo.standInOffers {
            #expect(profiles[offer.person]!.wishes.moves.contains(.standIn))
        }
    }
}
