import Foundation
import Testing

@testable import KoppelEngine

@Suite("Exchange interchange JSON")
struct ExchangeInterchangeTests {
    static let designExample = #"""
        { "participants": ["a", "b", "c"],
          "acceptable": { "a": ["b"], "b": ["c", "a"], "c": ["a"] },
          "weights": { "a": { "b": 2.5 } } }
        """#

    @Test("The README's example at --max-cycle 2 prints exactly the documented output")
    func designExampleMaxCycleTwo() throws {
        let instance = try ExchangeInstance(json: Data(Self.designExample.utf8))
        let s = try ExchangeSolver.solve(instance, maxCycle: 2)
        #expect(s.json == #"{"cycles":[["a","b"]],"moved":2,"weight":3.5}"#)
    }

    @Test("The README's example at the default K = 3: the 3-cycle a→b→c→a moves more people than [a, b]")
    func designExampleDefault() throws {
        let instance = try ExchangeInstance(json: Data(Self.designExample.utf8))
        let s = try ExchangeSolver.solve(instance)
        #expect(s.cycles == [["a", "b", "c"]])
        #expect(s.moved == 3)
        #expect(s.weight == 4.5)
        #expect(s.json == #"{"cycles":[["a","b","c"]],"moved":3,"weight":4.5}"#)
    }

    @Test("vacancies (extension) allow chains, and the output gains a chains key")
    func vacancyChain() throws {
        let json = #"""
            { "participants": ["ann", "bob"], "vacancies": ["v1"],
              "acceptable": { "ann": ["v1"], "bob": ["ann"] } }
            """#
        let s = try ExchangeSolver.solve(ExchangeInstance(json: Data(json.utf8)))
        #expect(s.chains == [["v1", "ann", "bob"]])
        #expect(s.json == #"{"cycles":[],"chains":[["v1","ann","bob"]],"moved":2,"weight":2}"#)
        let short = try ExchangeSolver.solve(ExchangeInstance(json: Data(json.utf8)), maxChain: 1)
        #expect(short.json == #"{"cycles":[],"chains":[["v1","ann"]],"moved":1,"weight":1}"#)
    }

    @Test("a cycle that moves as many people as a chain but weighs more wins")
    func cycleVersusChain() throws {
        let instance = try ExchangeInstance(
            participants: ["a", "b"], acceptable: ["a": ["b", "v"], "b": ["a"]],
            weights: ["a": ["b": 2]], vacancies: ["v"])
        let s = try ExchangeSolver.solve(instance)
        #expect(s.cycles == [["a", "b"]] && s.chains.isEmpty && s.weight == 3)
    }

    @Test("empty graph, isolated participants and an empty participant list")
    func emptyAndIsolated() throws {
        let none = try ExchangeInstance(json: Data(#"{"participants": [], "acceptable": {}}"#.utf8))
        #expect(try ExchangeSolver.solve(none).json == #"{"cycles":[],"moved":0,"weight":0}"#)
        let isolated = try ExchangeInstance(
            participants: ["a", "b", "c"], acceptable: ["a": [], "b": ["c"]])
        let s = try ExchangeSolver.solve(isolated)
        #expect(s.cycles.isEmpty && s.moved == 0 && s.weight == 0)
    }

    @Test("huge weights never beat moving more people, and totals stay exact")
    func hugeWeights() throws {
        let instance = try ExchangeInstance(
            participants: ["a", "b", "c", "d", "e"],
            acceptable: ["a": ["b"], "b": ["a"], "c": ["d"], "d": ["e"], "e": ["c", "a"]],
            weights: ["a": ["b": 1_000_000], "b": ["a": 999_999.999999]])
        let s = try ExchangeSolver.solve(instance, maxCycle: 3)
        #expect(s.cycles == [["a", "b"], ["c", "d", "e"]])
        #expect(s.weightMicros == 1_999_999_999_999 + 3_000_000)
        #expect(s.json == #"{"cycles":[["a","b"],["c","d","e"]],"moved":5,"weight":2000002.999999}"#)
        let bigTwo = try ExchangeInstance(
            participants: ["a", "b", "c"], acceptable: ["a": ["b"], "b": ["a", "c"], "c": ["a"]],
            weights: ["a": ["b": 1_000_000], "b": ["a": 1_000_000]])
        #expect(try ExchangeSolver.solve(bigTwo).cycles == [["a", "b", "c"]])
    }

    @Test("weights are compared exactly in millionths: 0.1 + 0.2 is 0.3")
    func exactDecimalWeights() throws {
        let instance = try ExchangeInstance(
            participants: ["a", "b"], acceptable: ["a": ["b"], "b": ["a"]], weights: ["a": ["b": 0.1], "b": ["a": 0.2]])
        let s = try ExchangeSolver.solve(instance)
        #expect(s.weight == 0.3 && s.json.hasSuffix(#""weight":0.3}"#))
    }

    @Test("ids with quotes, backslashes, control characters and diacritics are escaped in JSON")
    func escaping() throws {
        let a = "Jo \"de\" Vries\\"
        let b = "Ëlla\n\u{1}"
        let instance = try ExchangeInstance(participants: [a, b], acceptable: [a: [b], b: [a]])
        let json = try ExchangeSolver.solve(instance).json
        #expect(json == #"{"cycles":[["Jo \"de\" Vries\\","Ëlla\n\u0001"]],"moved":2,"weight":2}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["cycles"] as? [[String]]) == [[a, b]])
    }
}
