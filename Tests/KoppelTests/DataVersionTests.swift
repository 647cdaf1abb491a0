import Foundation
import GRDB
import KoppelEngine
import Testing
@testable import Koppel
@testable import KoppelDemo

/// The data version: it moves with every logged write and nothing else, every decision
/// records it, rankings from a snapshot equal rankings read fresh, and replay checks it.
@Suite struct DataVersionTests {
    let day = Day("2026-11-25")!
    let all = RankingOptions(includeIneligible: true, limit: nil)

    @Test func theVersionMovesByOneWithEachWrittenImportAndNotWithADryRunOrARanking() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let loaded = try store.dataVersion()
        let imports = try store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT count(*) FROM decision_log WHERE kind = 'import'")! }
        #expect(loaded == imports, "every fixture file is one logged import")
        _ = try store.importCSV(.named("persons")!, "id,display_name,employer\np9,Nieuw Iemand,ALM\n", dryRun: true)
        _ = try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: all, on: day)
        #expect(try store.dataVersion() == loaded)
        _ = try store.importCSV(.named("persons")!, "id,display_name,employer\np9,Nieuw Iemand,ALM\n")
        #expect(try store.dataVersion() == loaded + 1)
        try store.setWeights([.mustSkills: 10, .niceSkills: 30], note: "test", actor: "HGL")
        #expect(try store.dataVersion() == loaded + 2)
    }

    @Test func aRefusedImportLeavesTheVersion() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let before = try store.dataVersion()
        #expect(throws: (any Error).self) {
            try store.importCSV(.named("persons")!, "id,display_name,employer\np9,Nieuw Iemand,NOPE\n")
        }
        #expect(try store.dataVersion() == before)
    }

    @Test func everyDecisionRecordsTheVersionItWasComputedFrom() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let version = try store.dataVersion()
        let candidates = try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: all, on: day)
        let vacancies = try store.rankVacancies(personID: "p1", viewer: .regionalAdviser, options: all, withGaps: false, on: day)
        let snapshot = try store.rankingSnapshot()
        _ = try store.importCSV(.named("persons")!, "id,display_name,employer\np9,Nieuw Iemand,ALM\n")
        // Ranked from the snapshot of before the import: the log says so.
        let stale = try store.rankCandidates(vacancyID: "v1", in: snapshot, viewer: .regionalAdviser, options: all, on: day)
        let entries = try store.pool.read { db in try DecisionLog.entries(in: db) }
        func logged(_ id: Int64) -> Int64? { entries.first { $0.id == id }?.dataVersion }
        #expect(logged(candidates.logID) == version)
        #expect(logged(vacancies.logID) == version)
        #expect(logged(stale.logID) == version)
        #expect(snapshot.version == version)
        #expect(entries.last { $0.kind == "import" }?.dataVersion == version, "a write records the version it changed")
    }

    /// For every vacancy and viewer, a ranking from a snapshot is the ranking read fresh.
    @Test func aSnapshotRanksAsTheStoreDoes() throws {
        let path = temporaryDirectory().appendingPathComponent("demo.koppel").path
        _ = try DemoBuilder.build(
            at: path, seed: 5,
            size: .custom(persons: 300, vacancies: 12, trainees: 4, placementsPerRotation: 4, exchangeRequests: 4, standInOffers: 4),
            today: day)
        let store = try KoppelStore(path: path)
        let snapshot = try store.rankingSnapshot()
        let vacancies = try store.vacancies()
        let employers = Set(vacancies.map(\.employer)).sorted()
        var compared = 0
        for vacancy in vacancies {
            for viewer in [Viewer.regionalAdviser, .nobody] + employers.map({ Viewer.adviser(employer: $0) }) {
                let fresh = Result { try store.rankCandidates(vacancyID: vacancy.id, viewer: viewer, options: all, on: day) }
                let warm = Result { try store.rankCandidates(vacancyID: vacancy.id, in: snapshot, viewer: viewer, options: all, on: day) }
                switch (fresh, warm) {
                case (.success(let a), .success(let b)):
                    #expect(a.results == b.results && a.considered == b.considered, "\(vacancy.id) as \(viewer)")
                    compared += 1
                case (.failure(let a), .failure(let b)):
                    #expect("\(a)" == "\(b)")
                default:
                    Issue.record("\(vacancy.id) as \(viewer): \(fresh) against \(warm)")
                }
            }
        }
        #expect(compared >= vacancies.count * 2)
    }

    @Test func replayChecksTheDataVersion() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let snapshot = try store.rankingSnapshot()
        let list = try store.rankCandidates(vacancyID: "v1", in: snapshot, viewer: .regionalAdviser, options: all, on: day)
        let same = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        #expect(same.inputsUnchanged && same.outcomeMatches)
        #expect(same.loggedDataVersion == snapshot.version && same.dataVersionUnchanged == true)
        #expect(same.summary.hasSuffix("data version \(snapshot.version) as logged"))
        _ = try store.importCSV(.named("persons")!, "id,display_name,employer\np9,Nieuw Iemand,ALM\n")
        let later = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        #expect(later.dataVersionUnchanged == false && later.currentDataVersion == snapshot.version + 1)
        #expect(later.summary.contains("data version \(snapshot.version) then, \(snapshot.version + 1) now"))
    }
}
