import Testing

@testable import KoppelEngine

/// The engine's optimum equals an independent brute force on small random graphs.
@Suite("Exchange optimality against brute force")
struct ExchangeOptimalityTests {
    @Test("optimum and tie-break equal brute force for K = 2, 3, 4 (with and without vacancies)", arguments: 0..<150)
    func matchesBruteForce(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(seed))
        let instance = try c.instance()
        for maxCycle in 2...4 {
            let maxChain = [1, 2, 3, maxCycle][seed % 4]
            let solution = try ExchangeSolver.solve(instance, maxCycle: maxCycle, maxChain: maxChain)
            let expected = ExchangeBruteForce.optimum(c, maxCycle: maxCycle, maxChain: maxChain)
            #expect(solution.moved == expected.moved, "seed \(seed) K=\(maxCycle)")
            #expect(solution.weightMicros == expected.micros, "seed \(seed) K=\(maxCycle)")
            #expect(solution.cycles == expected.cycles, "seed \(seed) K=\(maxCycle): tie-break")
            #expect(solution.chains == expected.chains, "seed \(seed) K=\(maxCycle): tie-break")
            #expect(ExchangeSolver.verify(solution, in: instance, maxCycle: maxCycle, maxChain: maxChain).isEmpty)
        }
    }

    @Test("a rule that rules out some cycles and chains keeps the optimum exact over the rest", arguments: 0..<60)
    func allowedGroupsMatchBruteForce(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(50_000 + seed))
        // Rotation-invariant, so it judges a cycle the same whichever member is written first.
        let allow: ([String]) -> Bool = { ids in ids.sorted().joined().utf8.reduce(0) { $0 + Int($1) } % 3 != 0 }
        for maxCycle in 2...3 {
            let solution = try ExchangeSolver.solve(c.instance(), maxCycle: maxCycle, maxChain: 2, allow: allow)
            let expected = ExchangeBruteForce.optimum(c, maxCycle: maxCycle, maxChain: 2, allow: allow)
            #expect(solution.moved == expected.moved && solution.weightMicros == expected.micros, "seed \(seed)")
            #expect(solution.cycles == expected.cycles && solution.chains == expected.chains, "seed \(seed)")
            #expect((solution.cycles + solution.chains).allSatisfy(allow))
        }
    }

    @Test("chains disabled with maxChain 0 equals brute force without chains", arguments: 0..<40)
    func noChains(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(10_000 + seed))
        let solution = try ExchangeSolver.solve(c.instance(), maxCycle: 3, maxChain: 0)
        let expected = ExchangeBruteForce.optimum(c, maxCycle: 3, maxChain: 0)
        #expect(solution.chains.isEmpty)
        #expect(solution.moved == expected.moved && solution.weightMicros == expected.micros)
        #expect(solution.cycles == expected.cycles)
    }

    @Test(
        "K = 2 without vacancies: moved is twice the maximum mutual matching, weight its best weight",
        arguments: 0..<120)
    func twoCyclesAreMatchings(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(20_000 + seed), allowVacancies: false)
        let solution = try ExchangeSolver.solve(c.instance(), maxCycle: 2)
        let matching = ExchangeBruteForce.matching(c)
        #expect(solution.moved == 2 * matching.pairs, "seed \(seed)")
        #expect(solution.weightMicros == matching.micros, "seed \(seed)")
        #expect(solution.cycles.allSatisfy { $0.count == 2 })
    }

    @Test("solutions obey the rules: nobody twice, caps, only listed moves", arguments: 0..<80)
    func solutionsAreValid(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(30_000 + seed), maxNodes: 11)
        for maxCycle in 2...4 {
            let maxChain = seed % 4
            let s = try ExchangeSolver.solve(c.instance(), maxCycle: maxCycle, maxChain: maxChain)
            var seen = Set<String>()
            var moved = 0
            var micros: Int64 = 0
            for cycle in s.cycles {
                #expect((2...maxCycle).contains(cycle.count))
                #expect(cycle.first == cycle.min())
                for (i, a) in cycle.enumerated() {
                    #expect(seen.insert(a).inserted, "\(a) twice")
                    let b = cycle[(i + 1) % cycle.count]
                    #expect(c.acceptable[a]?.contains(b) == true, "\(a) did not list \(b)")
                    micros += c.micros(a, b) ?? 0
                }
                moved += cycle.count
            }
            for chain in s.chains {
                #expect(c.vacancies.contains(chain[0]))
                #expect((1...max(maxChain, 1)).contains(chain.count - 1))
                #expect(seen.insert(chain[0]).inserted)
                for i in 1..<chain.count {
                    #expect(seen.insert(chain[i]).inserted, "\(chain[i]) twice")
                    #expect(c.acceptable[chain[i]]?.contains(chain[i - 1]) == true)
                    micros += c.micros(chain[i], chain[i - 1]) ?? 0
                }
                moved += chain.count - 1
            }
            #expect(s.moved == moved)
            #expect(s.weightMicros == micros)
            #expect(s.weight == Double(micros) / 1_000_000)
        }
    }
}
