import Foundation
import KoppelEngine
import Testing

/// The solve command's JSON output, byte for byte.
@Suite struct PlacementJSONOutputTests {
    static let designExample = #"""
        { "trainees":   { "t1": ["p1", "p2"], "t2": ["p1"] },
          "placements": { "p1": { "capacity": 1, "ranking": ["t2", "t1"] },
                          "p2": { "capacity": 2, "ranking": ["t1"] } } }
        """#

    static func solveToString(_ json: String, _ side: PlacementProposingSide = .trainee) throws -> String {
        let instance = try PlacementJSON.decodeInstance(from: Data(json.utf8))
        let matching = PlacementSolver.solve(instance, proposing: side)
        return String(decoding: PlacementJSON.encode(matching), as: UTF8.self)
    }

    @Test func theDesignExampleGivesTheDocumentedOutput() throws {
        #expect(
            try Self.solveToString(Self.designExample)
                == #"{"blockingPairs":0,"matches":{"p1":["t2"],"p2":["t1"]},"optimal":"trainee","unmatched":[],"warnings":[]}"#
        )
        #expect(
            try Self.solveToString(Self.designExample, .placement)
                == #"{"blockingPairs":0,"matches":{"p1":["t2"],"p2":["t1"]},"optimal":"placement","unmatched":[],"warnings":[]}"#
        )
    }

    @Test func everyPlacementAppearsUnmatchedAreSortedByteWiseAndWarningsAreListed() throws {
        let json = #"""
            { "trainees": { "t2": ["p1"], "t10": ["p1"], "a": [], "Z": ["p1"], "t3": ["p9x"] },
              "placements": { "p1": { "capacity": 0, "ranking": ["t2", "t10", "Z"] },
                              "p9x": { "capacity": 1, "ranking": [] } } }
            """#
        #expect(
            try Self.solveToString(json)
                == #"{"blockingPairs":0,"matches":{"p1":[],"p9x":[]},"optimal":"trainee","unmatched":["Z","a","t10","t2","t3"],"#
                + #""warnings":[{"code":"notRankedByPlacement","message":"t3 lists p9x, but p9x does not rank t3; ignored","placement":"p9x","trainee":"t3"}]}"#
        )
    }

    @Test func traineesWithinAPlacementFollowItsRanking() throws {
        let json = #"""
            { "trainees": { "a": ["p"], "b": ["p"], "c": ["p"] },
              "placements": { "p": { "capacity": 3, "ranking": ["c", "a", "b"] } } }
            """#
        #expect(try Self.solveToString(json).contains(#""matches":{"p":["c","a","b"]}"#))
    }

    @Test func theOutputDecodesBack() throws {
        let instance = try PlacementJSON.decodeInstance(from: Data(Self.designExample.utf8))
        let matching = PlacementSolver.solve(instance)
        let data = PlacementJSON.encode(matching, prettyPrinted: true)
        let decoded = try JSONDecoder().decode(PlacementSolveOutput.self, from: data)
        #expect(decoded == PlacementSolveOutput(matching))
        #expect(decoded.matches == ["p1": ["t2"], "p2": ["t1"]])
        #expect(decoded.optimal == .trainee)
    }

    @Test func aHandMadeUnstableMatchingCountsItsBlockingPairs() throws {
        let instance = try PlacementJSON.decodeInstance(from: Data(Self.designExample.utf8))
        let matching = try PlacementMatching(assignments: ["t1": "p1"], for: instance)
        let text = String(decoding: PlacementJSON.encode(matching), as: UTF8.self)
        // t2 and p1 block (p1 prefers t2); t1 and p2? t1 prefers p1, so no.
        #expect(
            text
                == #"{"blockingPairs":1,"matches":{"p1":["t1"],"p2":[]},"optimal":null,"unmatched":["t2"],"warnings":[]}"#
        )
    }
}
