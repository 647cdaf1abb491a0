import KoppelEngine
import Testing

/// The counterfactual of a letter about a placement round: the smallest move up one host's
/// ranking that gives a trainee a placement they wanted more, checked against every stable
/// matching found by brute force.
@Suite struct PlacementCounterfactualTests {
    @Test func handExample() throws {
        // p1 has one place and ranks t2 above t1; both want p1 first. t1 gets p2.
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1", "p2"]), .init(id: "t2", ranking: ["p1"]), .init(id: "t3", ranking: ["p3", "p2"])],
            placements: [
                .init(id: "p1", capacity: 1, ranking: ["t2", "t1"]), .init(id: "p2", capacity: 2, ranking: ["t1", "t3"]),
                .init(id: "p3", capacity: 1, ranking: []),
            ])
        let t1 = PlacementCounterfactual.explain(trainee: "t1", in: instance)
        #expect(t1 == [.init(placement: "p1", choice: 1, hostRank: 2, hostRanked: 2, capacity: 1, lastTakenRank: 1, neededRank: 1)])
        // t3 wanted p3, whose host ranked no one: ranked at all (first of one), t3 gets it.
        let t3 = PlacementCounterfactual.explain(trainee: "t3", in: instance)
        #expect(t3 == [.init(placement: "p3", choice: 1, hostRank: nil, hostRanked: 0, capacity: 1, lastTakenRank: nil, neededRank: 1)])
        #expect(PlacementCounterfactual.explain(trainee: "t2", in: instance).isEmpty, "t2 got their first choice")
        #expect(PlacementCounterfactual.explain(trainee: "nobody", in: instance).isEmpty)
    }

    @Test func noPlacesMeansNoChangeHelps() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1", "p2"])],
            placements: [.init(id: "p1", capacity: 0, ranking: ["t1"]), .init(id: "p2", capacity: 1, ranking: ["t1"])])
        let wanted = PlacementCounterfactual.explain(trainee: "t1", in: instance)
        #expect(wanted.count == 1 && wanted[0].capacity == 0 && wanted[0].neededRank == nil)
    }

    /// The placement the trainee gets in the trainee-optimal stable matching, by brute force.
    private func bestStable(_ trainee: String, in instance: PlacementInstance) -> String? {
        let reference = PlacementReference(instance)
        let t = reference.traineeIDs.firstIndex(of: trainee)!
        let best = reference.allStableMatchings().map { $0[t] }.min { reference.traineeRank(t, $0) < reference.traineeRank(t, $1) }!
        return best.map { reference.placementIDs[$0] }
    }

    /// The instance with `trainee` at 1-based `rank` of `placement`'s ranking, built here
    /// rather than by the code under test.
    private func moved(_ trainee: String, to rank: Int, at placement: String, in instance: PlacementInstance) throws -> PlacementInstance {
        try PlacementInstance(
            trainees: instance.trainees,
            placements: instance.placements.map { p in
                guard p.id == placement else { return p }
                var ranking = p.ranking.filter { $0 != trainee }
                ranking.insert(trainee, at: rank - 1)
                return .init(id: p.id, capacity: p.capacity, ranking: ranking)
            },
            forbidden: instance.forbidden)
    }

    @Test(arguments: 0..<120)
    func theNeededRankIsTheSmallestMoveThatGivesThePlacement(seed: UInt64) throws {
        let instance = PlacementRandomInstance(
            seed: 90_000 + seed, trainees: 1...6, placements: 1...4, maxCapacity: 2, maxListLength: 4,
            forbiddenChance: seed % 5 == 0 ? 0.1 : 0
        ).instance
        let matching = PlacementSolver.solve(instance, proposing: .trainee)
        for trainee in instance.trainees {
            let wanted = PlacementCounterfactual.explain(trainee: trainee.id, in: instance)
            let got = matching.placement(of: trainee.id)
            let above = got.flatMap { trainee.ranking.firstIndex(of: $0) }.map { Array(trainee.ranking[..<$0]) } ?? trainee.ranking
            #expect(wanted.map(\.placement) == above)
            for entry in wanted {
                let host = instance.placements.first { $0.id == entry.placement }!
                let others = host.ranking.filter { $0 != trainee.id }.count
                let start = entry.hostRank.map { $0 - 1 } ?? (others + 1)
                #expect(entry.hostRank == host.ranking.firstIndex(of: trainee.id).map { $0 + 1 })
                #expect(entry.capacity == host.capacity && entry.hostRanked == host.ranking.count)
                if let needed = entry.neededRank {
                    #expect(needed >= 1 && needed <= start)
                    #expect(bestStable(trainee.id, in: try moved(trainee.id, to: needed, at: host.id, in: instance)) == host.id)
                    if needed < start {
                        #expect(bestStable(trainee.id, in: try moved(trainee.id, to: needed + 1, at: host.id, in: instance)) != host.id)
                    }
                } else if start >= 1 {
                    #expect(bestStable(trainee.id, in: try moved(trainee.id, to: 1, at: host.id, in: instance)) != host.id)
                }
            }
        }
    }
}
