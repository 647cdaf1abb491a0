import Foundation
import GRDB
import Testing
@testable import Koppel

/// Imported text is clean and of bounded length, and rules between two fields are checked
/// with the others and reported in words, every one in one pass.
@Suite struct ImportRuleTests {
    static let vacancyHeader = "id,employer,title,scale_min,scale_max,hours_min,hours_max,opens,closes,description\n"

    static func refusal(_ store: KoppelStore, _ kind: String, _ text: String, file: String) -> ImportError? {
        #expect(throws: ImportError.self) { try store.importData(Array(text.utf8), kind: .named(kind)!, file: file) }
    }

    @Test(arguments: ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{9B}31m", "tab\there", "line\nbreak", "\u{7F}"])
    func controlCharactersInOneLineTextAreRefusedWithFileLineAndField(bad: String) throws {
        let store = try makeStore()
        for (text, file) in [
            ("id,display_name,employer\np0,Ok,ENS\np1,\(CSVText.quote("Anouk" + bad)),ENS\n", "p.csv"),
            ("[{\"id\": \"p0\", \"display_name\": \"Ok\", \"employer\": \"ENS\"},\n {\"id\": \"p1\", \"display_name\": \(JSONText.quote("Anouk" + bad)), \"employer\": \"ENS\"}]", "p.json"),
        ] {
            let error = Self.refusal(store, "persons", text, file: file)
            let issue = error?.issues.first
            #expect(error?.issues.count == 1)
            #expect(issue?.file == file && issue?.line == (file == "p.csv" ? 3 : 2) && issue?.field == "display_name", "\(String(describing: issue))")
            #expect(issue?.reason.contains("control character") == true)
            #expect(!(error?.description.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" } ?? true),
                    "the message does not repeat the control character")
        }
        #expect(try store.counts().persons == 0)
    }

    @Test func descriptionsMayHoldTabsAndLineBreaks() throws {
        let store = try makeStore()
        let description = "Eerste regel\r\nTweede\tregel\nDerde\rregel"
        try store.importCSV(.named("vacancies")!, Self.vacancyHeader + "v1,HGL,Adviseur,,,,,,,\(CSVText.quote(description))\n")
        let stored = try store.pool.read { try String.fetchOne($0, sql: "SELECT description FROM vacancy WHERE id = 'v1'") }
        #expect(stored == description)
    }

    @Test func aTextPastItsLengthLimitIsRefusedWithoutRepeatingIt() throws {
        let store = try makeStore()
        let huge = String(repeating: "x", count: 10_000_000)
        let json = "[{\"id\": \"p1\", \"display_name\": \"\(huge)\", \"employer\": \"ENS\"}]"
        let error = Self.refusal(store, "persons", json, file: "big.json")
        #expect(error?.issues.map(\.field) == ["display_name"])
        #expect(error?.description.contains("at most 1,000 bytes") == true)
        #expect((error?.description.utf8.count ?? .max) < 1_000)
        let csv = "id,display_name,employer\np1,\(String(repeating: "y", count: InputLimits.textBytes + 1)),ENS\n"
        #expect(Self.refusal(store, "persons", csv, file: "p.csv")?.issues.first?.field == "display_name")
    }

    @Test func crossFieldRulesAreReportedInWordsAllInOnePass() throws {
        let store = try makeStore()
        let text = Self.vacancyHeader
            + "v1,HGL,Goed,7,8,24,36,2026-11-01,2026-12-01,\n"
            + "v2,HGL,Ook goed,9,9,36,36,2026-11-01,2026-11-01,\n"
            + "v3,HGL,Schaal,12,9,,,,,\n"
            + "v4,HGL,Alles,10A,10,40,32,2026-12-01,2026-11-01,\n"
        let error = Self.refusal(store, "vacancies", text, file: "vacancies.csv")
        #expect(error?.issues.map(\.description) == [
            "vacancies.csv:4: scale_min 12 is above scale_max 9",
            "vacancies.csv:5: scale_min 10A is above scale_max 10",
            "vacancies.csv:5: hours_min 40 is above hours_max 32",
            "vacancies.csv:5: opens 2026-12-01 is after closes 2026-11-01",
        ])
        #expect(try store.counts().vacancies == 0)
    }

    @Test func wishRangesPeriodsRotationsAndCoordinatesAreChecked() throws {
        let store = try makeStore()
        let persons = "id,display_name,employer,wish_scale_min,wish_scale_max,wish_hours_min,wish_hours_max,home_lat,home_lon\n"
            + "p1,A,ENS,11,10,36,24,52.2,\n"
        #expect(Self.refusal(store, "persons", persons, file: "p.csv")?.issues.map(\.reason) == [
            "wish_scale_min 11 is above wish_scale_max 10", "wish_hours_min 36 is above wish_hours_max 24", "home_lat is given without home_lon",
        ])
        try store.importCSV(.named("persons")!, "id,display_name,employer\np1,A,ENS\n")
        let requests = "id,person,kind,period_from,period_to\nx1,p1,swap,2027-06-30,2027-01-01\n"
        #expect(Self.refusal(store, "exchange-requests", requests, file: "x.csv")?.issues.map(\.reason) == [
            "period_from 2027-06-30 is after period_to 2027-01-01",
        ])
        try store.importCSV(.named("cohorts")!, "id,name,start\nc1,C,2026-09-01\n")
        let rotations = "id,cohort,number,start,end\nr1,c1,1,2027-01-01,2027-01-01\n"
        #expect(Self.refusal(store, "rotations", rotations, file: "r.csv")?.issues.map(\.reason) == [
            "start 2027-01-01 is not before end 2027-01-01",
        ])
    }

    @Test func aPartialImportThatBreaksARuleWithAStoredValueIsWordedToo() throws {
        let store = try makeStore()
        try store.importCSV(.named("vacancies")!, Self.vacancyHeader + "v1,HGL,Adviseur,7,8,24,32,,,\n")
        let error = Self.refusal(store, "vacancies", "id,employer,title,hours_min\nv1,HGL,Adviseur,36\n", file: "v.csv")
        #expect(error?.issues.map(\.reason) == ["hours_min would be above hours_max (with the value already stored)"])
        let scale = Self.refusal(store, "vacancies", "id,employer,title,scale_min\nv1,HGL,Adviseur,12\n", file: "v.csv")
        #expect(scale?.issues.map(\.description) == ["v.csv:2: scale_min 12 is above scale_max 8 (with the value already stored)"])
        let stored = try store.pool.read { try String.fetchOne($0, sql: "SELECT scale_min FROM vacancy WHERE id = 'v1'") }
        #expect(stored == "7", "the refused import wrote nothing")
    }
}

/// A file with very many bad records keeps the first problems and counts the rest.
@Suite struct ManyProblemsTests {
    @Test func problemsPastTheKeptNumberAreCountedNotKept() throws {
        let store = try makeStore()
        var text = "id,display_name,employer\n"
        for index in 0..<(ProducedRecords.keptProblems + 500) { text += "p\(index),A,XXX\n" }
        let error = #expect(throws: ImportError.self) { try store.importCSV(.named("persons")!, text) }
        #expect(error?.issues.count == ProducedRecords.keptProblems)
        #expect(error?.unlisted == 500)
        #expect(error?.issues.first?.line == 2)
        #expect(error?.description.contains("(\(ProducedRecords.keptProblems + 500) problems)") == true)
        #expect(error?.description.contains("… and \(ProducedRecords.keptProblems + 450) more problems") == true)
        #expect(error?.description.split(separator: "\n").count == InputLimits.listedProblems + 2)
    }
}
