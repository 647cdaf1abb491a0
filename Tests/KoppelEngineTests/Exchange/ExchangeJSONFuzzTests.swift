import Foundation
import KoppelDemo
import KoppelEngine
import Testing

/// Thousands of random and mutated exchange instances: `ExchangeInstance(json:)` never crashes
/// and either returns an instance, whose exact solution moves nobody to a position they did not
/// list and nobody twice, or throws an ``ExchangeInputError`` with a message and a place.
@Suite struct ExchangeJSONFuzzTests {
    static let seed = Array("""
        { "participants": ["a", "b", "c", "d"],
          "acceptable": { "a": ["b", "c"], "b": ["c", "a"], "c": ["a"], "d": ["v1", "a"] },
          "weights": { "a": { "b": 2.5 } },
          "vacancies": ["v1"] }
        """.utf8)

    static let pieces: [[UInt8]] = [
        "{", "}", "[", "]", ",", ":", "\"", "\"a\"", "\"b\"", "\"zz\"", "\"v1\"", "-1", "0", "1e400", "1.5", "null", "true",
        "\"\"", "\"participants\"", "\"acceptable\"", "\"weights\"", "\"vacancies\"", "\\u0000", "🙂", " ", "\n",
        "\"a\": [\"a\"]", "{\"a\": 1}", "9223372036854775808",
    ].map { Array($0.utf8) } + [[0], [0xFF]]

    static func check(_ bytes: [UInt8], _ label: String) -> Bool {
        let instance: ExchangeInstance
        do {
            instance = try ExchangeInstance(json: Data(bytes))
        } catch {
            #expect(!error.description.isEmpty, "\(label)")
            #expect(!error.path.isEmpty || error.code == .notJSON || error.description.hasPrefix("The exchange input"),
                    "\(label): \(error.code) without a place: \(error.description)")
            return false
        }
        do {
            let solution = try ExchangeSolver.solve(instance, maxCycle: 3, maxChain: 3, limits: .init(maxCandidates: 200_000, maxSearchNodes: 2_000_000))
            var moved = Set<String>()
            for cycle in solution.cycles {
                for (index, person) in cycle.enumerated() {
                    let next = cycle[(index + 1) % cycle.count]
                    #expect(instance.acceptable[person]?.contains(next) == true, "\(label): \(person) moves to \(next) unlisted")
                    #expect(moved.insert(person).inserted, "\(label): \(person) moves twice")
                }
            }
            for chain in solution.chains {
                for index in 1..<chain.count {
                    #expect(instance.acceptable[chain[index]]?.contains(chain[index - 1]) == true, "\(label): chain \(chain)")
                    #expect(moved.insert(chain[index]).inserted, "\(label): \(chain[index]) moves twice")
                }
            }
            #expect(solution.moved == moved.count, "\(label)")
        } catch is ExchangeLimitError {
            // A clear refusal for an instance too large to solve exactly.
        } catch {
            Issue.record("\(label): solve threw \(type(of: error)) \(error)")
        }
        return true
    }

    @Test(arguments: 0..<8)
    func mutatedInstancesDecodeOrFailNamingThePlace(batch: Int) {
        var rng = SeededRandom(seed: UInt64(batch) &+ 0xE8C4)
        var decoded = 0
        for round in 0..<250 {
            let bytes = FuzzMutation.mutate(Self.seed, pieces: Self.pieces, using: &rng)
            if Self.check(bytes, "batch \(batch) round \(round): \(String(decoding: bytes, as: UTF8.self))") { decoded += 1 }
        }
        #expect(decoded < 250, "some mutations must be refused")
    }

    @Test(arguments: 0..<4)
    func randomInstancesDecodeOrFailNamingThePlace(batch: Int) {
        var rng = SeededRandom(seed: UInt64(batch) &* 104_729 &+ 11)
        for round in 0..<250 {
            let ids = (0..<rng.int(in: 0...8)).map { _ in rng.int(in: 0...12) == 0 ? "" : "x\(rng.int(in: 0...9))" }
            let vacancies = (0..<rng.int(in: 0...2)).map { _ in "v\(rng.int(in: 0...2))" }
            func pick() -> String { rng.int(in: 0...6) == 0 || ids.isEmpty ? "q\(rng.int(in: 0...3))" : ids[rng.int(in: 0...(ids.count - 1))] }
            let acceptable = Set(ids).map { id in
                "\"\(id)\": [" + (0..<rng.int(in: 0...4)).map { _ in rng.chance(0.2) && !vacancies.isEmpty ? "\"\(vacancies[0])\"" : "\"\(pick())\"" }.joined(separator: ",") + "]"
            }.joined(separator: ",")
            let weightValues = ["1", "2.5", "0", "-3", "1e7", "\"x\"", "null"]
            let weights = rng.chance(0.5) ? ", \"weights\": {\"\(pick())\": {\"\(pick())\": \(weightValues[rng.int(in: 0...(weightValues.count - 1))])}}" : ""
            let document = "{\"participants\": [\(ids.map { "\"\($0)\"" }.joined(separator: ","))], \"acceptable\": {\(acceptable)}\(weights), \"vacancies\": [\(vacancies.map { "\"\($0)\"" }.joined(separator: ","))]}"
            _ = Self.check(Array(document.utf8), "batch \(batch) round \(round): \(document)")
        }
    }

    @Test func randomBytesAndDeepNestingAreRefused() {
        var rng = SeededRandom(seed: 7)
        for round in 0..<300 {
            #expect(!Self.check((0..<rng.int(in: 0...200)).map { _ in UInt8(rng.int(in: 0...255)) }, "noise \(round)"))
        }
        for depth in [1_000, 100_000] {
            #expect(!Self.check(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8), "depth \(depth)"))
        }
    }
}

