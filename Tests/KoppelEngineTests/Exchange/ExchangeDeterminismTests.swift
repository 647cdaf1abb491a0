import KoppelDemo
import Testing

@testable import KoppelEngine

@Suite("Exchange determinism")
struct ExchangeDeterminismTests {
    @Test("same input gives the same output; shuffled participants and lists give identical output", arguments: 0..<60)
    func shuffledInputGivesIdenticalOutput(seed: Int) throws {
        let c = ExchangeRandomCase.make(seed: UInt64(40_000 + seed), maxNodes: 12)
        let first = try ExchangeSolver.solve(c.instance(), maxCycle: 3)
        let again = try ExchangeSolver.solve(c.instance(), maxCycle: 3)
        #expect(first == again)
        var rng = SeededRandom.exchange(seed: UInt64(seed))
        var shuffled = c
        shuffled.participants.shuffle(using: &rng)
        shuffled.vacancies.shuffle(using: &rng)
        for key in shuffled.acceptable.keys.sorted() { shuffled.acceptable[key]!.shuffle(using: &rng) }
        let other = try ExchangeSolver.solve(shuffled.instance(), maxCycle: 3)
        #expect(other == first)
        #expect(other.json == first.json)
    }

    @Test("larger random instances: valid, deterministic, cycles sorted and canonical", arguments: 0..<6)
    func largerInstances(seed: Int) throws {
        var rng = SeededRandom.exchange(seed: UInt64(50_000 + seed))
        let n = 60
        let ids = (0..<n).map { "p\($0)" }
        var acceptable: [String: [String]] = [:]
        var weights: [String: [String: Double]] = [:]
        for (i, a) in ids.enumerated() {
            let family = i % 4
            let list = ids.enumerated().filter { $0.offset % 4 == family && $0.offset != i }.map(\.element)
                .shuffled(using: &rng).prefix(5)
            acceptable[a] = Array(list)
            if seed % 2 == 1 {
                weights[a] = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, 1 + 0.25 * Double(4 - $0)) })
            }
        }
        let instance = try ExchangeInstance(participants: ids, acceptable: acceptable, weights: weights)
        let s = try ExchangeSolver.solve(instance)
        #expect(ExchangeSolver.verify(s, in: instance, maxCycle: 3, maxChain: 3).isEmpty)
        #expect(s == (try ExchangeSolver.solve(instance)))
        #expect(s.moved > 0)
    }
}
