import Foundation
import GRDB
import Testing
@testable import Koppel

/// Each hostile input is accepted correctly (stored exactly as meant) or refused clearly.
@Suite struct HostileInputTests {
    private let persons = EntityKind.named("persons")!

    private func csv(_ name: String) -> [UInt8] { Array("id,display_name,employer\np1,\(name),ENS\n".utf8) }
    private func json(_ name: String) -> [UInt8] { Array("[{\"id\": \"p1\", \"display_name\": \(JSONText.quote(name)), \"employer\": \"ENS\"}]".utf8) }

    private func storedName(_ store: KoppelStore) throws -> String? {
        try store.pool.read { try String.fetchOne($0, sql: "SELECT display_name FROM person WHERE id = 'p1'") }
    }

    @Test(arguments: [
        "'; DROP TABLE person; --", "Robert'); DROP TABLE person;--", "\"quoted\" name", "a,b;c|d=e", "Ëlla Jöbsis-IJzerman",
        "Çelik 🙂", String(repeating: "x", count: InputLimits.textBytes), String(repeating: "ë", count: InputLimits.textBytes / 2),
    ])
    func hostileButValidTextIsStoredExactly(name: String) throws {
        for (bytes, file) in [(csv(name.contains(",") || name.contains("\"") || name.contains(";") ? CSVText.quote(name) : name), "n.csv"), (json(name), "n.json")] {
            let store = try makeStore()
            try store.importData(bytes, kind: persons, file: file)
            #expect(try storedName(store) == name, "\(file)")
            #expect(try store.counts().persons == 1, "the person table is still there")
            // And it exports and imports back unchanged.
            let again = try makeStore()
            try again.importData(Array(try store.exported(persons).utf8), kind: persons, file: "back.csv")
            #expect(try storedName(again) == name)
        }
    }

    @Test func aNulByteIsRefusedInCSVAndJSONRawOrEscaped() throws {
        let store = try makeStore()
        let cases: [([UInt8], String)] = [
            (Array("id,display_name,employer\np1,An".utf8) + [0] + Array("ouk,ENS\n".utf8), "nul.csv"),
            (Array("[{\"id\": \"p1\", \"display_name\": \"An".utf8) + [0] + Array("ouk\", \"employer\": \"ENS\"}]".utf8), "nul.json"),
            (Array("[{\"id\": \"p1\", \"display_name\": \"An\\u0000ouk\", \"employer\": \"ENS\"}]".utf8), "escaped.json"),
        ]
        for (bytes, file) in cases {
            #expect {
                try store.importData(bytes, kind: persons, file: file)
            } throws: { error in
                guard let error = error as? ImportError else { return false }
                return error.description.contains("NUL") && error.issues.allSatisfy { $0.file == file && $0.line >= 1 }
            }
        }
        #expect(try store.counts().persons == 0)
    }

    @Test func invalidUTF8AndUTF16AreRefusedNamingTheLine() throws {
        let store = try makeStore()
        let latin1: [UInt8] = Array("id,display_name,employer\np1,J".utf8) + [0xF6] + Array("bsis,ENS\n".utf8)
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("id,display_name".utf8).flatMap { [$0, 0] }
        for (bytes, file, line) in [(latin1, "latin1.csv", 2), (utf16, "utf16.csv", 1), (Array("[{\"id\": \"p1\", \"display_name\": \"J".utf8) + [0xF6, 0x22, 0x7D, 0x5D], "latin1.json", 1)] {
            #expect {
                try store.importData(bytes, kind: persons, file: file)
            } throws: { error in
                guard let error = error as? ImportError else { return false }
                return error.code == .unreadable && error.issues.first?.line == line && error.description.contains("UTF-8")
            }
        }
    }

    @Test func bomCRLFAndSemicolonsAreAcceptedInEveryCombination() throws {
        let body = "id;display_name;employer;hours_per_week\np1;\"Veer; van 't\";ENS;31,5\n"
        for bom in [false, true] {
            for crlf in [false, true] {
                for semicolon in [false, true] {
                    var text = semicolon ? body : "id,display_name,employer,hours_per_week\np1,\"Veer; van 't\",ENS,31.5\n"
                    if crlf { text = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") }
                    let store = try makeStore()
                    try store.importData((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), kind: persons, file: "x.csv")
                    #expect(try storedName(store) == "Veer; van 't", "bom \(bom) crlf \(crlf) semicolon \(semicolon)")
                    #expect(try store.persons().first?.hoursPerWeek == 31.5)
                }
            }
        }
        // JSON with a BOM and CRLF.
        let store = try makeStore()
        try store.importData([0xEF, 0xBB, 0xBF] + Array("[\r\n{\"id\": \"p1\", \"display_name\": \"A\", \"employer\": \"ENS\"}\r\n]\r\n".utf8), kind: persons, file: "x.json")
        #expect(try storedName(store) == "A")
    }

    @Test func anUnclosedQuoteIsRefusedClearly() throws {
        let store = try makeStore()
        #expect {
            try store.importCSV(persons, "id,display_name,employer\np1,\"Anouk,ENS\np2,Tim,ENS\n", file: "quote.csv")
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return !error.issues.isEmpty && error.issues.allSatisfy { $0.file == "quote.csv" && $0.line >= 1 }
        }
        #expect(try store.counts().persons == 0)
    }

    @Test(arguments: ["1e309", "-0.5", "NaN", "inf", "40.0001", "0x20"])
    func outOfRangeAndNonNumbersAreRefusedNamingTheField(hours: String) throws {
        let store = try makeStore()
        #expect {
            try store.importCSV(persons, "id,display_name,employer,hours_per_week\np1,A,ENS,\(hours)\n", file: "h.csv")
        } throws: { error in
            (error as? ImportError)?.issues.map { "\($0.line):\($0.field ?? "")" } == ["2:hours_per_week"]
        }
    }
}
