import Foundation
import Testing

@testable import Koppel

/// JSON imports are read as strictly as the interchange formats: a repeated key or a trailing
/// comma refuses the file, naming the file, the line, the record and the key; nothing is written.
@Suite struct JSONImportStrictnessTests {
    private let persons = EntityKind.named("persons")!

    private func refusal(_ json: String, file: String = "people.json") throws -> ImportError? {
        let store = try makeStore()
        defer { #expect((try? store.counts().persons) == 0, "nothing was written") }
        do {
            try store.importData(Array(json.utf8), kind: persons, file: file)
            return nil
        } catch let error as ImportError {
            return error
        }
    }

    @Test func aRepeatedKeyIsRefusedNamingTheRecordAndTheKey() throws {
        let json = """
            [
              {"id": "p1", "display_name": "Anouk", "employer": "ENS"},
              {"id": "p2", "display_name": "Tim", "employer": "ENS", "employer": "XXX"}
            ]
            """
        let error = try #require(try refusal(json))
        #expect(error.issues.count == 1)
        let issue = try #require(error.issues.first)
        #expect(issue.file == "people.json" && issue.line == 3 && issue.field == "employer")
        #expect(issue.reason.contains("record 2"), "\(issue)")
        #expect(issue.description.hasPrefix("people.json:3: field 'employer': "), "\(issue)")
    }

    @Test func aRepeatedKeyInASingleObjectFileIsRefused() throws {
        let error = try #require(try refusal(#"{"id": "p1", "display_name": "A", "employer": "ENS", "employer": "XXX"}"#))
        #expect(error.issues.map(\.field) == ["employer"])
        #expect(error.issues.first?.line == 1)
    }

    @Test func aRepeatedListKeyIsRefused() throws {
        let json = #"[{"id": "p1", "display_name": "A", "employer": "ENS", "skills": ["nl:bag=4"], "skills": []}]"#
        let error = try #require(try refusal(json))
        #expect(error.issues.map(\.field) == ["skills"])
    }

    @Test(arguments: [
        ("[{\"id\": \"p1\", \"display_name\": \"A\", \"employer\": \"ENS\",}]", 1, "record 1", "'}'"),
        ("[\n {\"id\": \"p1\", \"display_name\": \"A\", \"employer\": \"ENS\"},\n]", 2, "record 1", "']'"),
        ("[{\"id\": \"p1\", \"display_name\": \"A\", \"employer\": \"ENS\", \"skills\": [\"nl:bag\",]}]", 1, "record 1", "']'"),
    ])
    func aTrailingCommaIsRefusedWithItsLine(json: String, line: Int, record: String, bracket: String) throws {
        let error = try #require(try refusal(json))
        let issue = try #require(error.issues.first)
        #expect(error.code == .unreadable)
        #expect(issue.line == line, "\(issue)")
        #expect(issue.reason.contains("trailing comma before \(bracket)"), "\(issue)")
        #expect(issue.reason.contains(record), "\(issue)")
        #expect(issue.reason.contains("column"), "\(issue)")
    }

    @Test func otherSyntaxErrorsNameTheLineAndRecord() throws {
        let json = "[\n {\"id\": \"p1\", \"display_name\": \"A\", \"employer\": \"ENS\"},\n {\"id\": \"p2\", \"display_name\": 'B'}\n]"
        let issue = try #require(try refusal(json)?.issues.first)
        #expect(issue.line == 3 && issue.reason.hasPrefix("not valid JSON in record 2: "), "\(issue)")
    }

    @Test func validFilesStillImportWithNumbersBooleansAndNulls() throws {
        let store = try makeStore()
        let json = #"[{"id": "p1", "display_name": "A\u00EBl", "employer": "ENS", "hours_per_week": 36, "nlqf": 6.0, "job_title": null}]"#
        #expect(try store.importData(Array(json.utf8), kind: persons, file: "ok.json").records == 1)
        #expect(try store.exported(persons, .json).contains("\"hours_per_week\": 36"))
    }
}
