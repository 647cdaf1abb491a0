import Testing
@testable import Koppel

/// The CSV reader keeps quoted text exactly, reads every kind of line end, and refuses what
/// is past its limits with the line named.
@Suite struct CSVReaderTests {
    static func rows(_ text: String) throws -> [String] {
        var rows: [String] = []
        try CSVRecords.open(text, file: "t.csv").forEachRow { line, fields, quoted in
            rows.append("\(line):\(fields)\(quoted.isEmpty ? "" : ":\(quoted)")")
        }
        return rows
    }

    @Test func quotedFieldsKeepSpacesLineEndsAndDelimiters() throws {
        let text = "id,name\r\np1,\" spaced \"\r\np2,\"a\r\nb\rc\nd, \"\"e\"\"\"\r\n"
        #expect(try Self.rows(text) == [
            "2:[\"p1\", \" spaced \"]:[false, true]",
            "3:[\"p2\", \"a\\r\\nb\\rc\\nd, \\\"e\\\"\"]:[false, true]",
        ])
    }

    @Test func crLfAndLoneCrEndRecordsOutsideQuotes() throws {
        #expect(try Self.rows("id;name\rp1;a\r\np2;b\np3;\"c\"") == [
            "2:[\"p1\", \"a\"]", "3:[\"p2\", \"b\"]", "4:[\"p3\", \"c\"]:[false, true]",
        ])
    }

    @Test func anUnclosedQuoteNamesTheLineTheRecordStartsOn() throws {
        let error = #expect(throws: ImportError.self) { try Self.rows("id,name\np1,a\np2,\"never closed\n\n") }
        #expect(error?.issues.first?.line == 3)
        #expect(error?.issues.first?.reason.contains("never closed") == true)
    }

    @Test func textAfterAClosingQuoteIsRefused() throws {
        let error = #expect(throws: ImportError.self) { try Self.rows("id,name\np1,\"a\"b\n") }
        #expect(error?.issues.first?.line == 2)
    }

    @Test func aHeaderPastTheColumnLimitIsRefusedInOneLine() throws {
        let header = (0...InputLimits.headerColumns).map { "c\($0)" }.joined(separator: ",")
        let error = #expect(throws: ImportError.self) { try CSVRecords.open(header + "\n", file: "wide.csv") }
        #expect(error?.issues.count == 1)
        #expect(error?.description.contains("at most \(InputLimits.headerColumns)") == true)
    }

    @Test(arguments: [false, true])
    func aRecordPastTheRecordLimitIsRefused(quoted: Bool) throws {
        let long = String(repeating: "x", count: InputLimits.recordBytes + 1)
        let text = "id,name\np1,ok\np2," + (quoted ? "\"\(long)\"" : long) + "\n"
        let error = #expect(throws: ImportError.self) { try Self.rows(text) }
        #expect(error?.issues.first?.line == 3)
        #expect(error?.issues.first?.reason.contains("limit for one record") == true)
    }

    @Test func unknownColumnsNameTheKnownColumnsOnce() throws {
        let csv = try CSVRecords.open("id,display_name,employer,bogus1,bogus2\n", file: "p.csv")
        let error = #expect(throws: ImportError.self) { try csv.columns(for: .named("persons")!, file: "p.csv") }
        let known = error?.issues.filter { $0.reason.contains("known columns") } ?? []
        #expect(known.count == 1)
        #expect(error?.issues.filter { $0.reason == "unknown column for persons" }.map(\.field) == ["bogus1", "bogus2"])
    }
}
