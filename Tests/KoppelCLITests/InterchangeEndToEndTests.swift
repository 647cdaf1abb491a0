import Foundation
import Koppel
import Testing

@Suite struct InterchangeEndToEndTests {
    static let placementExample = """
        { "trainees":   { "t1": ["p1", "p2"], "t2": ["p1"] },
          "placements": { "p1": { "capacity": 1, "ranking": ["t2", "t1"] },
                          "p2": { "capacity": 2, "ranking": ["t1"] } } }
        """
    static let exchangeExample = """
        { "participants": ["a", "b", "c"],
          "acceptable": { "a": ["b"], "b": ["c", "a"], "c": ["a"] },
          "weights": { "a": { "b": 2.5 } } }
        """

    @Test func placementsSolveGivesTheDesignExampleAnswer() throws {
        let result = try KoppelBinary.run(["placements", "solve", "-", "--format", "json"], input: Self.placementExample)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(object["matches"] as? [String: [String]] == ["p1": ["t2"], "p2": ["t1"]])
        #expect(object["unmatched"] as? [String] == [])
        #expect(object["optimal"] as? String == "trainee")
        #expect(object["blockingPairs"] as? Int == 0)
    }

    @Test func placementsSolveNamesTheBadFieldAndExitsWith2() throws {
        let bad = #"{"trainees": {"t1": ["p9"]}, "placements": {"p1": {"capacity": -1, "ranking": []}}}"#
        let result = try KoppelBinary.run(["placements", "solve", "-"], input: bad)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("placements.p1.capacity") || result.stderr.contains("trainees.t1"))
    }

    @Test func exchangesSolveFindsTheThreeCycleAtTheDefaultCap() throws {
        let result = try KoppelBinary.run(["exchanges", "solve", "-"], input: Self.exchangeExample)
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == #"{"cycles":[["a","b","c"]],"moved":3,"weight":4.5}"#)
    }

    @Test func exchangesSolveWithMaxCycle2GivesTheDesignExampleAnswer() throws {
        let result = try KoppelBinary.run(["exchanges", "solve", "-", "--max-cycle", "2"], input: Self.exchangeExample)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == #"{"cycles":[["a","b"]],"moved":2,"weight":3.5}"#)
    }

    @Test func exchangesSolveRefusesMalformedInput() throws {
        let result = try KoppelBinary.run(["exchanges", "solve", "-"], input: #"{"participants": ["a"], "acceptable": {"a": ["zz"]}}"#)
        #expect(result.status == 2)
        #expect(result.stderr.contains("acceptable.a"))
        #expect(try KoppelBinary.run(["exchanges", "solve", "-", "--max-cycle", "1"], input: "{}").status == 64)
    }

    @Test func exchangesSolveGivesUpAtTheTimeLimitWithExit2AndNoOutput() throws {
        // Hard by construction: 10 people who all accept each other have 345,993 cycles of at most 8,
        // far more than any machine enumerates and searches in 50 ms.
        let ids = (0..<10).map { "p\($0)" }
        let acceptable = Dictionary(uniqueKeysWithValues: ids.map { a in (a, ids.filter { $0 != a }) })
        let json = try JSONSerialization.data(withJSONObject: ["participants": ids, "acceptable": acceptable])
        let result = try KoppelBinary.run(
            ["exchanges", "solve", "-", "--max-cycle", "8", "--time-limit", "0.05"], input: String(decoding: json, as: UTF8.self))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no proof of optimality within 0.05 s"))
        #expect(try KoppelBinary.run(["exchanges", "solve", "-", "--time-limit", "0"], input: "{}").status == 64)
    }
}
