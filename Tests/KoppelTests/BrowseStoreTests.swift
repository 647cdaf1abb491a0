import Foundation
import GRDB
import Testing
@testable import Koppel

@Suite struct BrowseStoreTests {
    static let day = Day("2026-11-25")!

    func fixtureStore() throws -> KoppelStore {
        let store = try makeStore()
        try Fixture.load(into: store)
        return store
    }

    func storedRanking(_ store: KoppelStore, _ trainee: String, _ rotation: String) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT placement FROM trainee_ranking WHERE trainee = ? AND rotation = ? ORDER BY rank",
                arguments: [trainee, rotation])
        }
    }

    @Test func traineeDataIsTheComingRotationWithFitsAndTheSavedRanking() throws {
        let store = try fixtureStore()
        let browse = try store.browseTraineeData(traineeID: "t1", viewer: .trainee(id: "t1", person: ""), on: Self.day)
        #expect(browse.rotation.id == "c2026-r1")
        #expect(browse.entries.map(\.placement.id) == ["pl1", "pl2"])
        #expect(browse.savedRanking == ["pl2", "pl1"])
        #expect(browse.entries[0].employer?.name == "Gemeente Enschede")
        #expect(browse.entries[0].skills.map(\.skill) == ["nl:sociaal-domeinwetten"])
        #expect(browse.entries[0].distanceKm != nil, "Almelo to Enschede is known")
        // The fit is exactly what the ranking engine gives for the placement seen as a vacancy.
        let catalog = try store.catalog()
        for entry in browse.entries {
            let vacancy = entry.placement.asVacancy(host: catalog.employer(entry.placement.employer), rotation: browse.rotation)
            let expected = RankingEngine.score(
                browse.person, for: vacancy, catalog: catalog, on: Self.day, viewer: .regionalAdviser,
                options: RankingOptions(includeIneligible: true, limit: nil), weights: try store.currentWeights())
            #expect(entry.fit == expected)
        }
    }

    @Test func afterAFinalAssignmentTheNextRotationIsTheComingOne() throws {
        let store = try fixtureStore()
        try store.acceptRound("c2026-r1", viewer: .regionalAdviser, actor: "test", reason: "test")
        let browse = try store.browseTraineeData(traineeID: "t1", viewer: .trainee(id: "t1", person: ""), on: Self.day)
        #expect(browse.rotation.id == "c2026-r2")
        #expect(browse.entries.map(\.placement.id) == ["pl3"])
        #expect(try store.browseTraineeData(traineeID: "t2", viewer: .trainee(id: "t2", person: ""), on: Self.day).rotation.id == "c2026-r1")
    }

    @Test func unknownTraineeIsNotFound() throws {
        let store = try fixtureStore()
        #expect(throws: StoreError.self) { try store.browseTraineeData(traineeID: "t99", viewer: .trainee(id: "t99", person: ""), on: Self.day) }
    }

    @Test func savingReplacesTheRankingLogsItAndTheRoundUsesIt() throws {
        let store = try fixtureStore()
        let log = try store.saveTraineeRanking(traineeID: "t2", rotationID: "c2026-r1", placements: ["pl2", "pl1"], viewer: .trainee(id: "t2", person: ""))
        #expect(try storedRanking(store, "t2", "c2026-r1") == ["pl2", "pl1"])
        #expect(try storedRanking(store, "t1", "c2026-r1") == ["pl2", "pl1"], "another trainee's list is untouched")
        let entry = try store.pool.read { try DecisionLog.entries(kind: "ranking-saved", in: $0) }.last
        #expect(entry?.id == log)
        #expect(entry?.actor == "trainee:t2")
        #expect(entry?.subjects == ["p5"])
        #expect(entry?.outcome == #"{"ranking": ["pl2", "pl1"]}"#)
        try store.saveTraineeRanking(traineeID: "t2", rotationID: "c2026-r1", placements: ["pl1"], viewer: .trainee(id: "t2", person: ""))
        #expect(try storedRanking(store, "t2", "c2026-r1") == ["pl1"])
        // The round reads the stored rankings: t2 (first on pl1's host list) now wants only pl2.
        try store.saveTraineeRanking(traineeID: "t2", rotationID: "c2026-r1", placements: ["pl2"], viewer: .trainee(id: "t2", person: ""))
        _ = try store.runRound("c2026-r1", on: Self.day, viewer: .regionalAdviser, actor: "test")
        let placed = try store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT placement FROM assignment WHERE trainee = 't2' AND rotation = 'c2026-r1'")
        }
        #expect(placed == "pl2")
    }

    @Test func savingRefusesForeignAndDuplicatePlacementsAndWritesNothing() throws {
        let store = try fixtureStore()
        let before = try storedRanking(store, "t1", "c2026-r1")
        #expect(throws: StoreError.self) {
            try store.saveTraineeRanking(traineeID: "t1", rotationID: "c2026-r1", placements: ["pl1", "pl3"], viewer: .trainee(id: "t1", person: ""))
        }
        #expect(throws: StoreError.self) {
            try store.saveTraineeRanking(traineeID: "t1", rotationID: "c2026-r1", placements: ["pl1", "pl1"], viewer: .trainee(id: "t1", person: ""))
        }
        #expect(throws: StoreError.self) {
            try store.saveTraineeRanking(traineeID: "t1", rotationID: "nope", placements: [], viewer: .trainee(id: "t1", person: ""))
        }
        #expect(try storedRanking(store, "t1", "c2026-r1") == before)
        #expect(try store.pool.read { try DecisionLog.entries(kind: "ranking-saved", in: $0) }.isEmpty)
    }

    @Test func aSaveWaitsForAnotherWriterAndThenSucceeds() throws {
        let store = try fixtureStore()
        let other = try DatabaseQueue(path: store.path)
        let locked = DispatchSemaphore(value: 0)
        let releasing = LockReleaseFlag()
        let thread = Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.7)
                releasing.set()  // only now may the save go ahead
                try db.execute(sql: "COMMIT")
            }
        }
        thread.start()
        locked.wait()
        try store.saveTraineeRanking(traineeID: "t2", rotationID: "c2026-r1", placements: ["pl2"], viewer: .trainee(id: "t2", person: ""))
        #expect(releasing.isSet, "the save finished while the other writer still held the lock")
        #expect(try storedRanking(store, "t2", "c2026-r1") == ["pl2"])
    }

    @Test func sqliteBusyBecomesABusyStoreErrorThatSaysWhatHappened() throws {
        do {
            try StoreError.reportingBusy(CatalogueText("busy.what.ranking")) { throw DatabaseError(resultCode: .SQLITE_BUSY) }
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.code == .busy)
            #expect(error.message.contains("the database is busy"))
            #expect(error.message.contains("the ranking was not saved"))
        }
    }

    @Test func shortlistFollowsVisibilityRules() throws {
        let store = try fixtureStore()
        // p2 is discreet at HGL: hidden from HGL's advisers and from anyone who does not say who asks.
        let asHGL = try store.browseShortlist(vacancyID: "v1", viewer: .adviser(employer: "HGL"), limit: 50, on: Self.day)
        #expect(!asHGL.entries.contains { $0.person.id == "p2" })
        let anonymous = try store.browseShortlist(vacancyID: "v1", viewer: .nobody, limit: 50, on: Self.day)
        #expect(!anonymous.entries.contains { $0.person.visibility == .discreet })
        #expect(throws: StoreError.self) {
            try store.markCandidates(vacancyID: "v1", marks: ["p2": .contacted], viewer: .adviser(employer: "HGL"), actor: "test")
        }
    }

    @Test func marksAreStoredClearedAndLogged() throws {
        let store = try fixtureStore()
        try store.markCandidates(vacancyID: "v1", marks: ["p1": .contacted, "p3": .notSuitable], viewer: .regionalAdviser, actor: "test")
        func marks() throws -> [String: String] {
            try store.pool.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT person, mark FROM shortlist_mark WHERE vacancy = 'v1'")
                    .map { ($0["person"] as String, $0["mark"] as String) })
            }
        }
        #expect(try marks() == ["p1": "contacted", "p3": "not-suitable"])
        let changes: [String: CandidateMark?] = ["p1": nil, "p3": .contacted]
        try store.markCandidates(vacancyID: "v1", marks: changes, viewer: .regionalAdviser, actor: "test")
        #expect(try marks() == ["p3": "contacted"])
        let entries = try store.pool.read { try DecisionLog.entries(kind: "mark", in: $0) }
        #expect(entries.count == 2)
        #expect(entries.last?.actor == "test" && entries.last?.viewer == "regional")
        #expect(entries.last?.outcome == #"{"marks": {"p1": null, "p3": "contacted"}}"#)
        #expect(entries.last?.subjects == ["p1", "p3"])
    }
}

/// Set by the thread that holds the write lock just before it lets go.
private final class LockReleaseFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
