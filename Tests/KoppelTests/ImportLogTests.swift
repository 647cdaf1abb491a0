import Foundation
import GRDB
import Testing
@testable import Koppel

@Suite struct ImportLogTests {
    private let persons = EntityKind.named("persons")!

    @Test func aWrittenImportIsLoggedWithActorHashAndSubjects() throws {
        let store = try makeStore()
        let csv = "id,display_name,employer\np1,Anouk,ENS\np2,Tim,HGL\n"
        try store.importData(Array(csv.utf8), kind: persons, file: "people.csv", actor: "adviseur@ENS")
        let entries = try store.pool.read { try DecisionLog.entries(kind: "import", in: $0) }
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.actor == "adviseur@ENS" && entry.subjects == ["p1", "p2"])
        #expect(entry.inputHash == InputHash.hex(Data(csv.utf8)))
        #expect(entry.params.contains("\"people.csv\"") && entry.outcome == "{\"records\": 2}")
    }

    @Test func dryRunsAndRefusedImportsAreNotLogged() throws {
        let store = try makeStore()
        try store.importCSV(persons, "id,display_name,employer\np1,Anouk,ENS\n", dryRun: true)
        #expect(throws: ImportError.self) { try store.importCSV(self.persons, "id,display_name,employer\np1,Anouk,MARS\n") }
        #expect(try store.pool.read { try DecisionLog.entries(in: $0) }.isEmpty)
    }

    @Test func importsThatReferToPeopleNameThemAsSubjects() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let entries = try store.pool.read { try DecisionLog.entries(kind: "import", in: $0) }
        #expect(entries.count == Fixture.files.count)
        let bySubjects = Dictionary(uniqueKeysWithValues: entries.map { entry in
            (entry.params.split(separator: "\"")[3], entry.subjects)
        })
        #expect(bySubjects["trainees"] == ["p4", "p5"])
        #expect(bySubjects["exchange-requests"] == ["p1", "p2"])
        #expect(bySubjects["standin-offers"] == ["p1"])
        #expect(bySubjects["vacancies"] == [])
    }
}
