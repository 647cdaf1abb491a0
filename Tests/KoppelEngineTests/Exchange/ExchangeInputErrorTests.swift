import Foundation
import Testing

@testable import KoppelEngine

@Suite("Exchange malformed input")
struct ExchangeInputErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var json: String
        var code: ExchangeInputError.Code
        var path: String
        var mentions: String
        var testDescription: String { "\(code) at \(path)" }
    }

    static let cases: [Case] = [
        Case(json: "not json", code: .notJSON, path: "", mentions: "JSON"),
        Case(json: "[1, 2]", code: .notJSON, path: "", mentions: "object"),
        Case(json: #"{"acceptable": {}}"#, code: .missingField, path: "participants", mentions: "participants"),
        Case(json: #"{"participants": ["a"]}"#, code: .missingField, path: "acceptable", mentions: "acceptable"),
        Case(
            json: #"{"participants": "a", "acceptable": {}}"#, code: .wrongType, path: "participants",
            mentions: "participants"),
        Case(
            json: #"{"participants": ["a", 1], "acceptable": {}}"#, code: .wrongType, path: "participants[1]",
            mentions: "participants[1]"),
        Case(
            json: #"{"participants": ["a"], "acceptable": []}"#, code: .wrongType, path: "acceptable",
            mentions: "acceptable"),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": "b"}}"#, code: .wrongType, path: "acceptable.a",
            mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b", 2]}}"#, code: .wrongType,
            path: "acceptable.a[1]", mentions: "acceptable.a[1]"),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"b": ["a", "x"]}}"#, code: .unknownID,
            path: "acceptable.b[1]", mentions: "\"x\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"x": ["a"]}}"#, code: .unknownID, path: "acceptable.x",
            mentions: "\"x\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"b": ["a", "a"]}}"#, code: .duplicateInList,
            path: "acceptable.b[1]", mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a", "b", "a"], "acceptable": {}}"#, code: .duplicateInList,
            path: "participants[2]", mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a"], "vacancies": ["a"], "acceptable": {}}"#, code: .duplicateInList,
            path: "vacancies[0]", mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a"], "vacancies": ["v", "v"], "acceptable": {}}"#, code: .duplicateInList,
            path: "vacancies[1]", mentions: "\"v\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b", "a"]}}"#, code: .selfLoop,
            path: "acceptable.a[1]", mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"a": {"b": -1}}}"#,
            code: .badWeight, path: "weights.a.b", mentions: "\"b\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"a": {"b": 2e6}}}"#,
            code: .badWeight, path: "weights.a.b", mentions: "\"a\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"a": {"b": true}}}"#,
            code: .wrongType, path: "weights.a.b", mentions: "boolean"),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"a": {"b": "2"}}}"#,
            code: .wrongType, path: "weights.a.b", mentions: "string"),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"a": 2}}"#, code: .wrongType,
            path: "weights.a", mentions: "weights.a"),
        Case(
            json: #"{"participants": ["a", "b", "c"], "acceptable": {"a": ["b"]}, "weights": {"a": {"c": 2}}}"#,
            code: .weightWithoutEdge, path: "weights.a.c", mentions: "\"c\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"]}, "weights": {"z": {"b": 2}}}"#,
            code: .unknownID, path: "weights.z", mentions: "\"z\""),
        Case(
            json: #"{"participants": ["a"], "vacancies": ["v"], "acceptable": {"v": ["a"]}}"#, code: .vacancyCannotMove,
            path: "acceptable.v", mentions: "\"v\""),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b"], "a": []}}"#, code: .duplicateKey,
            path: "acceptable.a", mentions: "appears twice"),
        Case(
            json: #"{"participants": ["a", "b"], "participants": ["c"], "acceptable": {}}"#, code: .duplicateKey,
            path: "participants", mentions: "the top-level object"),
        Case(
            json: #"{"participants": ["a", "b"], "acceptable": {"a": ["b",]}}"#, code: .notJSON, path: "",
            mentions: "trailing comma before ']' (line 1, column 54)"),
        Case(json: #"{"participants": ["a"], "acceptable": {}} x"#, code: .notJSON, path: "", mentions: "line 1, column 43"),
    ]

    @Test("malformed JSON gives the right code, path and a sentence naming the place", arguments: cases)
    func malformed(_ c: Case) {
        #expect {
            _ = try ExchangeInstance(json: Data(c.json.utf8))
        } throws: { error in
            guard let e = error as? ExchangeInputError else { return false }
            return e.code == c.code && e.path == c.path && e.description.contains(c.mentions)
                && e.description.hasSuffix(".")
        }
    }

    @Test("NaN and infinite weights from Swift are bad weights")
    func nonFiniteWeights() {
        for w in [Double.nan, .infinity, -0.5] {
            #expect(throws: ExchangeInputError.self) {
                try ExchangeInstance(participants: ["a", "b"], acceptable: ["a": ["b"]], weights: ["a": ["b": w]])
            }
            do {
                _ = try ExchangeInstance(participants: ["a", "b"], acceptable: ["a": ["b"]], weights: ["a": ["b": w]])
            } catch {
                #expect(error.code == .badWeight && error.path == "weights.a.b")
            }
        }
    }

    @Test("maxCycle and maxChain outside their ranges are rejected before any work", arguments: [1, 0, -3, 9])
    func badCaps(_ k: Int) throws {
        let instance = try ExchangeInstance(participants: ["a", "b"], acceptable: ["a": ["b"], "b": ["a"]])
        #expect {
            _ = try ExchangeSolver.solve(instance, maxCycle: k)
        } throws: {
            ($0 as? ExchangeInputError)?.code == .badMaxCycle && ($0 as? ExchangeInputError)?.path == "maxCycle"
        }
        let chainOK = ExchangeSolver.maxChainRange.contains(k)
        if !chainOK {
            #expect {
                _ = try ExchangeSolver.solve(instance, maxChain: k)
            } throws: { ($0 as? ExchangeInputError)?.code == .badMaxChain }
        }
    }

    @Test("limits turn a blow-up into an error, never a partial result")
    func limits() throws {
        let c = ExchangeRandomCase.make(seed: 7, maxNodes: 9, allowVacancies: false)
        var acceptable = c.acceptable
        for a in c.participants { acceptable[a] = c.participants.filter { $0 != a } }  // complete graph
        let instance = try ExchangeInstance(participants: c.participants, acceptable: acceptable)
        #expect {
            _ = try ExchangeSolver.solve(instance, limits: .init(maxCandidates: 5))
        } throws: { ($0 as? ExchangeLimitError)?.code == .tooManyCandidates }
        #expect {
            _ = try ExchangeSolver.solve(instance, limits: .init(maxSearchNodes: 1))
        } throws: { ($0 as? ExchangeLimitError)?.code == .searchNodeLimit }
    }

    @Test("a time limit that is not reached changes nothing")
    func generousTimeLimitKeepsTheOptimum() throws {
        for seed in 1...40 {
            let c = ExchangeRandomCase.make(seed: UInt64(seed), maxNodes: 10, allowVacancies: true)
            let instance = try c.instance()
            let free = try ExchangeSolver.solve(instance, maxCycle: 3, maxChain: 2)
            let timed = try ExchangeSolver.solve(instance, maxCycle: 3, maxChain: 2, limits: .init(timeLimit: .seconds(600)))
            #expect(timed == free, "seed \(seed)")
        }
    }

    @Test("verify reports a move to an unlisted position, a person in two cycles and wrong totals")
    func verifyCatchesViolations() throws {
        let instance = try ExchangeInstance(
            participants: ["a", "b", "c"], acceptable: ["a": ["b"], "b": ["a", "c"], "c": ["b"]])
        let good = try ExchangeSolver.solve(instance, maxCycle: 2)
        #expect(ExchangeSolver.verify(good, in: instance, maxCycle: 2, maxChain: 0).isEmpty)
        let bad = ExchangeSolution(
            cycles: [["a", "b"], ["a", "c"]], chains: [], moved: 5, weightMicros: 1, instanceHasVacancies: false,
            statistics: good.statistics)
        let problems = ExchangeSolver.verify(bad, in: instance, maxCycle: 2, maxChain: 0).map(\.description)
        #expect(problems.contains { $0.contains("\"a\" appears in more than one") })
        #expect(problems.contains { $0.contains("did not list") })
        #expect(problems.contains { $0.hasPrefix("moved is 5") })
        #expect(problems.contains { $0.hasPrefix("weight is") })
        let rotated = ExchangeSolution(
            cycles: [["b", "a"]], chains: [], moved: 2, weightMicros: 2_000_000, instanceHasVacancies: false,
            statistics: good.statistics)
        #expect(
            ExchangeSolver.verify(rotated, in: instance, maxCycle: 2, maxChain: 0).map(\.description)
                == ["cycle [b, a] does not start at its smallest id."])
        let overCap = ExchangeSolution(
            cycles: [["a", "b"]], chains: [], moved: 2, weightMicros: 2_000_000, instanceHasVacancies: false,
            statistics: good.statistics)
        #expect(
            ExchangeSolver.verify(overCap, in: instance, maxCycle: 1, maxChain: 0).map(\.description)
                == ["cycle [a, b] has 2 people; cycles have 2 to 1."])
    }
}
