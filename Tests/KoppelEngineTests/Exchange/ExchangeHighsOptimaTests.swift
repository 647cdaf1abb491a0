import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// One generated instance and the optimum HiGHS proved for it (see ExchangeHighsFixtures.swift).
struct ExchangeHighsFixture: Sendable, CustomTestStringConvertible {
    var note: String
    var requests: Int
    var groupSize: Int
    var seed: UInt64
    var weights: ExchangeSyntheticInstance.Weights
    var outDegree: Int
    var vacancies: Int
    var maxCycle: Int
    var maxChain: Int
    /// Cycles and chains HiGHS's formulation had (koppel must enumerate the same number).
    var candidates: Int
    var moved: Int
    var weightMicros: Int64

    var testDescription: String { "\(note) (\(requests) requests, seed \(seed))" }

    func instance() throws -> ExchangeInstance {
        try ExchangeSyntheticInstance(
            requests: requests, outDegree: outDegree, groupSize: groupSize, seed: seed, weights: weights,
            vacancies: vacancies
        ).instance()
    }
}

@Suite("Exchange optima checked against HiGHS")
struct ExchangeHighsOptimaTests {
    @Test("koppel reaches the optimum HiGHS proved: same people moved, same weight, a valid and repeatable plan",
        arguments: ExchangeHighsFixture.all)
    func reachesTheHighsOptimum(_ fixture: ExchangeHighsFixture) throws {
        let instance = try fixture.instance()
        let solution = try ExchangeSolver.solve(instance, maxCycle: fixture.maxCycle, maxChain: fixture.maxChain)
        #expect(solution.statistics.cycleCount + solution.statistics.chainCount == fixture.candidates)
        #expect(solution.moved == fixture.moved)
        #expect(solution.weightMicros == fixture.weightMicros)
        #expect(ExchangeSolver.verify(solution, in: instance, maxCycle: fixture.maxCycle, maxChain: fixture.maxChain).isEmpty)
        let again = try ExchangeSolver.solve(instance, maxCycle: fixture.maxCycle, maxChain: fixture.maxChain)
        #expect(again == solution)
    }

    @Test("the fixtures reach the sparse-LP path: a component past the dense LP's rows")
    func fixturesCoverTheLargeComponentPaths() throws {
        var largest: [Int] = []
        for fixture in ExchangeHighsFixture.all {
            let instance = try fixture.instance()
            var budget = ExchangeSearchBudget(limit: .max)
            let cands = try ExchangeCandidates.enumerate(
                instance.graph, maxCycle: fixture.maxCycle, maxChain: fixture.maxChain, limit: 5_000_000,
                budget: &budget)
            largest.append(Self.largestComponent(cands, nodeCount: instance.graph.nodeCount))
        }
        #expect(largest.contains { $0 > ExchangePackingSearch.lpRowLimit })
    }

    static func largestComponent(_ cands: ExchangeCandidates, nodeCount: Int) -> Int {
        var parent = Array(0..<nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var used = [Bool](repeating: false, count: nodeCount)
        for c in 0..<cands.count {
            let first = find(Int(cands.nodes[cands.start[c]]))
            for k in cands.start[c]..<cands.start[c + 1] {
                used[Int(cands.nodes[k])] = true
                let r = find(Int(cands.nodes[k]))
                if r != first { parent[r] = first }
            }
        }
        var size: [Int: Int] = [:]
        for v in 0..<nodeCount where used[v] { size[find(v), default: 0] += 1 }
        return size.values.max() ?? 0
    }
}
