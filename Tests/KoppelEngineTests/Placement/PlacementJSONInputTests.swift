import Foundation
import KoppelEngine
import Testing

/// Malformed interchange input gives a PlacementInputError with the right code and path.
@Suite struct PlacementJSONInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let code: PlacementInputError.Code
        let path: String
        var testDescription: String { name }
    }

    static let p1 = #""p1": {"capacity": 1, "ranking": ["t1"]}"#

    static let cases: [Case] = [
        Case(name: "empty input", json: "", code: .notJSON, path: ""),
        Case(name: "truncated object", json: #"{"trainees": {"#, code: .notJSON, path: ""),
        Case(name: "single quotes", json: "{'trainees': {}}", code: .notJSON, path: ""),
        Case(name: "top level is an array", json: "[]", code: .wrongType, path: ""),
        Case(name: "top level is a number", json: "42", code: .wrongType, path: ""),
        Case(name: "no trainees", json: #"{"placements": {}}"#, code: .missingField, path: "trainees"),
        Case(name: "no placements", json: #"{"trainees": {}}"#, code: .missingField, path: "placements"),
        Case(
            name: "trainees is an array", json: #"{"trainees": [], "placements": {}}"#, code: .wrongType,
            path: "trainees"),
        Case(
            name: "placements is a string", json: #"{"trainees": {}, "placements": "p1"}"#, code: .wrongType,
            path: "placements"),
        Case(
            name: "trainee list is a string", json: #"{"trainees": {"t1": "p1"}, "placements": {\#(p1)}}"#,
            code: .wrongType, path: "trainees.t1"),
        Case(
            name: "trainee list holds a number", json: #"{"trainees": {"t2": ["p1", 2]}, "placements": {\#(p1)}}"#,
            code: .wrongType, path: "trainees.t2[1]"),
        Case(
            name: "placement is a number", json: #"{"trainees": {}, "placements": {"p1": 3}}"#, code: .wrongType,
            path: "placements.p1"),
        Case(
            name: "no capacity", json: #"{"trainees": {}, "placements": {"p1": {"ranking": []}}}"#, code: .missingField,
            path: "placements.p1.capacity"),
        Case(
            name: "no ranking", json: #"{"trainees": {}, "placements": {"p1": {"capacity": 1}}}"#, code: .missingField,
            path: "placements.p1.ranking"),
        Case(
            name: "capacity is a string",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": "2", "ranking": []}}}"#, code: .wrongType,
            path: "placements.p1.capacity"),
        Case(
            name: "capacity is a fraction",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": 1.5, "ranking": []}}}"#, code: .wrongType,
            path: "placements.p1.capacity"),
        Case(
            name: "capacity is a boolean",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": true, "ranking": []}}}"#, code: .wrongType,
            path: "placements.p1.capacity"),
        Case(
            name: "capacity is null",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": null, "ranking": []}}}"#, code: .wrongType,
            path: "placements.p1.capacity"),
        Case(
            name: "negative capacity",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": -1, "ranking": []}}}"#, code: .negativeCapacity,
            path: "placements.p1.capacity"),
        Case(
            name: "ranking holds null",
            json: #"{"trainees": {"t1": []}, "placements": {"p1": {"capacity": 1, "ranking": [null]}}}"#,
            code: .wrongType, path: "placements.p1.ranking[0]"),
        Case(
            name: "trainee lists an unknown placement",
            json: #"{"trainees": {"t2": ["p1", "p9"]}, "placements": {\#(p1)}}"#, code: .unknownID,
            path: "trainees.t2[1]"),
        Case(
            name: "placement ranks an unknown trainee",
            json: #"{"trainees": {"t1": []}, "placements": {"p1": {"capacity": 1, "ranking": ["t1", "t9"]}}}"#,
            code: .unknownID, path: "placements.p1.ranking[1]"),
        Case(
            name: "trainee lists a placement twice",
            json: #"{"trainees": {"t1": ["p1", "p1"]}, "placements": {\#(p1)}}"#, code: .duplicateInList,
            path: "trainees.t1[1]"),
        Case(
            name: "placement ranks a trainee twice",
            json:
                #"{"trainees": {"t1": [], "t2": []}, "placements": {"p1": {"capacity": 1, "ranking": ["t1", "t2", "t1"]}}}"#,
            code: .duplicateInList, path: "placements.p1.ranking[2]"),
        Case(
            name: "placement ranks an applicant twice",
            json:
                #"{"trainees": {"t1": ["p1"], "t2": ["p1"]}, "placements": {"p1": {"capacity": 1, "ranking": ["t2", "t1", "t2"]}}}"#,
            code: .duplicateInList, path: "placements.p1.ranking[2]"),
        Case(
            name: "forbidden names a placement twice",
            json: #"{"trainees": {"t1": []}, "placements": {\#(p1)}, "forbidden": {"t1": ["p1", "p1"]}}"#,
            code: .duplicateInList, path: "forbidden.t1[1]"),
        Case(
            name: "trainee appears twice", json: #"{"trainees": {"t1": ["p1"], "t1": []}, "placements": {\#(p1)}}"#,
            code: .duplicateID, path: "trainees.t1"),
        Case(
            name: "placement appears twice", json: #"{"trainees": {"t1": []}, "placements": {\#(p1), \#(p1)}}"#,
            code: .duplicateID, path: "placements.p1"),
        Case(
            name: "capacity given twice",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": 1, "capacity": 2, "ranking": []}}}"#,
            code: .duplicateKey, path: "placements.p1.capacity"),
        Case(
            name: "escaped duplicate key", json: #"{"trainees": {"t1": [], "\u0074\u0031": []}, "placements": {}}"#,
            code: .duplicateID, path: "trainees.t1"),
        Case(
            name: "forbidden names an unknown trainee",
            json: #"{"trainees": {"t1": []}, "placements": {\#(p1)}, "forbidden": {"t9": ["p1"]}}"#, code: .unknownID,
            path: "forbidden.t9"),
        Case(
            name: "forbidden names an unknown placement",
            json: #"{"trainees": {"t1": []}, "placements": {\#(p1)}, "forbidden": {"t1": ["p9"]}}"#, code: .unknownID,
            path: "forbidden.t1[0]"),
        Case(
            name: "forbidden is a list",
            json: #"{"trainees": {"t1": []}, "placements": {\#(p1)}, "forbidden": ["t1"]}"#, code: .wrongType,
            path: "forbidden"),
        Case(
            name: "empty trainee id", json: #"{"trainees": {"": []}, "placements": {}}"#, code: .emptyID,
            path: "trainees"),
        Case(name: "trailing comma", json: #"{"trainees": {"t1": ["p1",]}, "placements": {\#(p1)}}"#, code: .notJSON, path: ""),
        Case(name: "leading zero", json: #"{"trainees": {}, "placements": {"p1": {"capacity": 01, "ranking": []}}}"#, code: .notJSON, path: ""),
        Case(name: "lone surrogate", json: #"{"trainees": {"t\uD800": []}, "placements": {}}"#, code: .notJSON, path: ""),
        Case(name: "trailing garbage", json: #"{"trainees": {}, "placements": {}} {}"#, code: .notJSON, path: ""),
        Case(
            name: "ranking given twice",
            json: #"{"trainees": {}, "placements": {"p1": {"capacity": 1, "ranking": [], "ranking": []}}}"#,
            code: .duplicateKey, path: "placements.p1.ranking"),
        Case(
            name: "a repeated key wins over a later shape error",
            json: #"{"trainees": {"t1": 5}, "placements": {}, "placements": {}}"#, code: .duplicateKey, path: "placements"),
    ]

    @Test(arguments: cases)
    func malformedInputIsRejectedWithCodeAndPath(_ testCase: Case) {
        #expect(throws: PlacementInputError.self) {
            _ = try PlacementJSON.decodeInstance(from: Data(testCase.json.utf8))
        }
        do {
            _ = try PlacementJSON.decodeInstance(from: Data(testCase.json.utf8))
        } catch {
            #expect(error.code == testCase.code, "\(error)")
            #expect(error.path == testCase.path, "\(error)")
            #expect(error.description.hasSuffix("."))
            if !testCase.path.isEmpty { #expect(error.description.contains(testCase.path), "\(error)") }
        }
    }

    @Test func errorDescriptionsReadLikeSentencesNamingTheIdAndField() {
        func message(_ json: String) -> String {
            do {
                _ = try PlacementJSON.decodeInstance(from: Data(json.utf8))
                return ""
            } catch {
                return error.description
            }
        }
        #expect(
            message(#"{"trainees": {}, "placements": {"p1": {"capacity": -1, "ranking": []}}}"#)
                == "Placement p1 has capacity -1 (placements.p1.capacity); a capacity must be 0 or more.")
        #expect(
            message(#"{"trainees": {}, "placements": {"p1": {"capacity": "two", "ranking": []}}}"#)
                == #"Placement p1's capacity must be a whole number (placements.p1.capacity), but it is the string "two"."#
        )
        #expect(
            message(#"{"trainees": {"t2": ["p1", 7]}, "placements": {"p1": {"capacity": 1, "ranking": []}}}"#)
                == "Entry 1 of trainee t2's list must be a placement id (a string) (trainees.t2[1]), but it is the number 7."
        )
        #expect(
            message(#"{"trainees": {"t2": ["p1", "p3"]}, "placements": {"p1": {"capacity": 1, "ranking": []}}}"#)
                == "Trainee t2 lists placement p3 (trainees.t2[1]), but there is no placement p3.")
        #expect(message("{\n  \"trainees\": {,\n}").hasPrefix("The input is not valid JSON: "))
        #expect(message("{\n  \"trainees\": {,\n}").contains("line 2, column"))
        #expect(
            message("{\n  \"trainees\": {\"t1\": [\"p1\",]},\n  \"placements\": {}}")
                == "The input is not valid JSON: a trailing comma before ']' (line 2, column 27).")
    }

    @Test func aValidInstanceDecodesWithForbiddenPairsAndIgnoresUnknownTopLevelKeys() throws {
        let json = #"""
            { "trainees": { "t1": ["p1", "p2"], "t2": ["p1"] },
              "placements": { "p1": { "capacity": 1, "ranking": ["t2", "t1"] },
                              "p2": { "capacity": 2, "ranking": ["t1"] } },
              "forbidden": { "t2": ["p1"] },
              "comment": "round 2" }
            """#
        let instance = try PlacementJSON.decodeInstance(from: Data(json.utf8))
        #expect(instance.trainees.map(\.id) == ["t1", "t2"])
        #expect(instance.forbidden == [PlacementPair(trainee: "t2", placement: "p1")])
        let matching = PlacementSolver.solve(instance)
        #expect(matching.matches == ["p1": ["t1"], "p2": []])
        #expect(matching.unmatchedTrainees == ["t2"])
    }
}
