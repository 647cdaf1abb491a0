import Foundation
import KoppelDemo
import KoppelEngine
import Testing

/// Thousands of random and mutated interchange instances: `decodeInstance` never crashes and
/// either returns an instance (which then solves to a stable matching in both directions) or
/// throws a ``PlacementInputError`` that names the place.
@Suite struct PlacementJSONFuzzTests {
    static let textbook = Array("""
        { "trainees":   { "t1": ["p1", "p2"], "t2": ["p1"], "t3": ["p2", "p1"] },
          "placements": { "p1": { "capacity": 1, "ranking": ["t2", "t1", "t3"] },
                          "p2": { "capacity": 2, "ranking": ["t1", "t3"] } } }
        """.utf8)

    static let pieces: [[UInt8]] = [
        "{", "}", "[", "]", ",", ":", "\"", "\"t1\"", "\"p1\"", "\"t9\"", "-1", "1.5", "1e400", "null", "true", "\"\"",
        "\"capacity\"", "\"ranking\"", "\"forbidden\"", "\"trainees\"", "\"placements\"", "\\u0000", "🙂", " ", "\n",
        "\"t1\": []", "{\"capacity\": 0, \"ranking\": []}", "9223372036854775808",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3]]

    /// Checks one input; returns whether it decoded.
    @discardableResult
    static func check(_ bytes: [UInt8], _ label: String) -> Bool {
        do {
            let instance = try PlacementJSON.decodeInstance(from: Data(bytes))
            for side in [PlacementProposingSide.trainee, .placement] {
                let matching = PlacementSolver.solve(instance, proposing: side)
                #expect(PlacementSolver.violations(of: matching, in: instance).isEmpty, "\(label)")
            }
            return true
        } catch {
            #expect(!error.description.isEmpty, "\(label)")
            // The place: a path, or for syntax errors a line and column (or "empty").
            // (an empty path is the whole input: "The input must be a JSON object …").
            #expect(!error.path.isEmpty || error.code == .notJSON || error.description.hasPrefix("The input "),
                    "\(label): \(error.code) without a path: \(error.description)")
            if error.code == .notJSON {
                #expect(error.description.contains("line") || error.description.contains("empty"),
                        "\(label): \(error.description)")
            }
            return false
        }
    }

    @Test(arguments: 0..<8)
    func mutatedTextbookInstancesDecodeOrFailNamingThePlace(batch: Int) {
        var rng = SeededRandom(seed: UInt64(batch) &+ 0xC0FFEE)
        var decoded = 0
        for round in 0..<250 {
            let bytes = FuzzMutation.mutate(Self.textbook, pieces: Self.pieces, using: &rng)
            if Self.check(bytes, "batch \(batch) round \(round): \(String(decoding: bytes, as: UTF8.self))") { decoded += 1 }
        }
        #expect(decoded < 250, "some mutations must be refused")
    }

    /// Structurally random documents: random ids (some unknown, duplicated or empty), random
    /// capacities (some negative or not integers), random list lengths.
    @Test(arguments: 0..<4)
    func randomInstancesDecodeOrFailNamingThePlace(batch: Int) {
        var rng = SeededRandom(seed: UInt64(batch) &* 7919 &+ 3)
        for round in 0..<250 {
            let trainees = (0..<rng.int(in: 0...6)).map { _ in rng.int(in: 0...9) == 0 ? "" : "t\(rng.int(in: 0...7))" }
            let placements = (0..<rng.int(in: 0...5)).map { _ in "p\(rng.int(in: 0...6))" }
            func list(_ pool: [String], _ prefix: String) -> String {
                let ids = (0..<rng.int(in: 0...5)).map { _ in rng.int(in: 0...5) == 0 ? "\(prefix)\(rng.int(in: 0...9))" : (pool.isEmpty ? "x" : pool[rng.int(in: 0...(pool.count - 1))]) }
                return "[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "]"
            }
            let capacities = ["0", "1", "2", "3", "-1", "1.5", "\"2\"", "null", "100000"]
            let t = trainees.map { "\"\($0)\": \(list(placements, "p"))" }.joined(separator: ",")
            let p = placements.map { "\"\($0)\": {\"capacity\": \(capacities[rng.int(in: 0...(capacities.count - 1))]), \"ranking\": \(list(trainees, "t"))}" }
                .joined(separator: ",")
            let document = "{\"trainees\": {\(t)}, \"placements\": {\(p)}}"
            Self.check(Array(document.utf8), "batch \(batch) round \(round): \(document)")
        }
    }

    @Test func randomBytesAndDeepNestingAreRefused() {
        var rng = SeededRandom(seed: 99)
        for round in 0..<300 {
            let bytes = (0..<rng.int(in: 0...200)).map { _ in UInt8(rng.int(in: 0...255)) }
            #expect(!Self.check(bytes, "noise \(round)"))
        }
        for depth in [1_000, 100_000] {
            #expect(!Self.check(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8), "depth \(depth)"))
            #expect(!Self.check(Array(("{\"trainees\": " + String(repeating: "{\"a\": ", count: depth) + "1" + String(repeating: "}", count: depth) + "}").utf8), "object depth \(depth)"))
        }
    }
}
