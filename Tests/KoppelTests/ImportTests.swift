import Foundation
import Testing
@testable import Koppel

@Suite struct ImportTests {
    private let persons = EntityKind.named("persons")!
    private let header = "id,display_name,employer,scale,hours_per_week,skills\n"

    @Test func everyKindImportsAndExportsBackUnchanged() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        for (kind, csv) in Fixture.files {
            let exported = try store.exported(kind).split(separator: "\n")
            let imported = csv.split(separator: "\n")
            #expect(exported.first == imported.first, "header of \(kind.name)")
            for line in imported {
                #expect(exported.contains(line), "\(kind.name): exported without the line \(line)")
            }
        }
    }

    @Test func exportThenImportIntoAFreshDatabaseIsTheIdentity() throws {
        let source = try makeStore()
        try Fixture.load(into: source)
        for format in DataFormat.allCases {
            let target = try makeStore()
            for kind in EntityKind.all {
                try target.importData(Array(try source.exported(kind, format).utf8), kind: kind, file: "\(kind.name).\(format)")
            }
            #expect(try target.exportedAll() == source.exportedAll(), "round trip through \(format)")
        }
    }

    @Test func importingTheSameFileTwiceUpdatesInsteadOfDuplicating() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let before = try store.exportedAll()
        try Fixture.load(into: store)
        #expect(try store.exportedAll() == before)
        try store.importCSV(persons, header + "p3,Ëlla Jöbsis,XTW,9,24,nl:bag=2\n")
        #expect(try store.exported(persons).contains("p3,Ëlla Jöbsis,XTW,,9,24,"))
        #expect(try store.counts().persons == 5)
    }

    @Test func everyBadRowIsReportedWithLineAndField() throws {
        let store = try makeStore()
        let csv = header + """
            p1,Goed,ENS,9,36,nl:bag
            p2,,ENS,9,36,
            p3,Verkeerd type,ENS,negen,zesendertig,
            p4,Onbekende werkgever,XYZ,9,36,
            p1,Dubbel,ENS,9,36,
            p6,Onbekende vaardigheid,ENS,9,36,nl:bag=4|nl:nope=9

            """
        #expect {
            try store.importCSV(persons, csv, file: "people.csv")
        } throws: { error in
            guard let error = error as? ImportError, error.code == .invalidRecords else { return false }
            let places = error.issues.map { "\($0.line):\($0.field ?? "-")" }
            return places == ["3:display_name", "4:hours_per_week", "4:scale", "5:employer", "6:id", "7:skills", "7:skills"]
                && error.issues.allSatisfy { $0.file == "people.csv" }
                && error.description.contains("people.csv:5: field 'employer': unknown employer 'XYZ'")
        }
        #expect(try store.counts().persons == 0)
    }

    @Test func missingRequiredColumnIsNamed() throws {
        let store = try makeStore()
        #expect {
            try store.importCSV(persons, "id,display_name\np1,Anouk\n")
        } throws: { error in
            (error as? ImportError)?.issues.first.map { $0.line == 1 && $0.field == "employer" && $0.reason.contains("missing") } ?? false
        }
    }

    @Test func failedImportLeavesDatabaseExactlyAsItWas() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let before = try store.exportedAll()
        // Good rows first, then one the database itself refuses (hours_min > hours_max): the
        // rows already written in the transaction must be rolled back too.
        let vacancies = EntityKind.named("vacancies")!
        let csv = """
            id,employer,title,hours_min,hours_max,must_skills
            v1,ENS,Gewijzigd,24,36,nl:bgt
            v2,ENS,Nieuw,24,36,
            v3,ENS,Kapot,36,24,

            """
        #expect(throws: ImportError.self) { try store.importCSV(vacancies, csv) }
        #expect(try store.exportedAll() == before)
    }

    @Test func dryRunValidatesAndWritesNothing() throws {
        let store = try makeStore()
        let summary = try store.importCSV(persons, header + "p1,Anouk,ENS,9,36,nl:bag\n", dryRun: true)
        #expect(summary.dryRun && summary.records == 1)
        #expect(try store.counts().persons == 0)
        #expect(throws: ImportError.self) { try store.importCSV(self.persons, self.header + "p1,Anouk,ENS,99,36,\n", dryRun: true) }
    }

    @Test func invalidUTF8IsRefusedNamingTheLine() throws {
        let store = try makeStore()
        var bytes = Array((header + "p1,Anouk,ENS,9,36,\np2,").utf8)
        bytes += [0xC3, 0x28]  // an invalid two-byte sequence
        bytes += Array(",ENS,9,36,\n".utf8)
        #expect {
            try store.importData(bytes, kind: persons, file: "latin1.csv")
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.code == .unreadable && error.issues.first?.line == 3 && error.description.contains("UTF-8")
        }
        #expect(try store.counts().persons == 0)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let store = try makeStore()
        let text = (header + "p1,Anouk,ENS,9,36,nl:bag\np2,Jöbsis,HGL,10A,32,\n").replacingOccurrences(of: "\n", with: "\r\n")
        try store.importData([0xEF, 0xBB, 0xBF] + Array(text.utf8), kind: persons, file: "excel.csv")
        let exported = try store.exported(persons)
        #expect(exported.hasPrefix("id,display_name,"))
        #expect(exported.contains("p2,Jöbsis,HGL,,10A,32,"))
        #expect(!exported.contains("\r"))
    }

    @Test func semicolonSeparatedCSVWithDecimalCommasIsAccepted() throws {
        let store = try makeStore()
        let text = "id;display_name;employer;scale;hours_per_week;skills\np1;Anouk;ENS;9;31,5;nl:bag=4|nl:bgt\np2;\"Veer; van 't\";HGL;;;\n"
        try store.importCSV(persons, text, file: "excel-nl.csv")
        let exported = try store.exported(persons)
        #expect(exported.contains("p1,Anouk,ENS,,9,31.5,"))
        #expect(exported.contains("\"Veer; van 't\""))
    }

    @Test(arguments: ["", "\n\n", "   "])
    func emptyFileIsRefusedClearly(text: String) throws {
        let store = try makeStore()
        #expect {
            try store.importCSV(persons, text, file: "empty.csv")
        } throws: { error in
            (error as? ImportError)?.code == .unreadable && "\(error)".contains("empty")
        }
    }

    @Test func headerOnlyFileImportsNothing() throws {
        let store = try makeStore()
        #expect(try store.importCSV(persons, header).records == 0)
    }

    @Test func jsonRecordsAreReportedWithTheirLine() throws {
        let store = try makeStore()
        let json = """
            [
              {"id": "p1", "display_name": "Anouk", "employer": "ENS", "skills": ["nl:bag=4"]},
              {"id": "p2", "display_name": "Tim",
               "employer": "NOPE", "hours_per_week": "veel"},
              {"id": "p3", "display_name": "Ëlla", "employer": "HGL", "hours_per_week": 31.5, "nlqf": 6}
            ]
            """
        #expect {
            try store.importData(Array(json.utf8), kind: persons, file: "people.json")
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.issues.map { "\($0.line):\($0.field ?? "")" } == ["3:employer", "3:hours_per_week"]
        }
        let fixed = json.replacingOccurrences(of: "\"NOPE\", \"hours_per_week\": \"veel\"", with: "\"ALM\"")
        try store.importData(Array(fixed.utf8), kind: persons, file: "people.json")
        #expect(try store.exported(persons, .json).contains("\"hours_per_week\": 31.5"))
    }

    @Test(arguments: ["{not json", "[1, 2]", "\"text\"", "[{\"id\": {\"nested\": 1}}]"])
    func malformedJSONIsRefused(json: String) throws {
        let store = try makeStore()
        #expect(throws: ImportError.self) { try store.importData(Array(json.utf8), kind: self.persons, file: "bad.json") }
        #expect(try store.counts().persons == 0)
    }

    @Test func hostileTextIsStoredLiterally() throws {
        let store = try makeStore()
        let name = "Robert'); DROP TABLE person; --"
        let long = String(repeating: "ë", count: InputLimits.textBytes / 2)
        try store.importCSV(persons, "id,display_name,employer,job_title\np1,\"\(name)\",ENS,\(long)\n")
        #expect(try store.exported(persons).contains(name))
        #expect(try store.exported(persons).contains(long))
        #expect(try store.counts().persons == 1)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
