import Foundation
import GRDB
import KoppelEngine
import Testing
@testable import Koppel

/// `koppel person erase`: the person is gone from every table, the full-text index, the log's
/// text and the database file's bytes.
@Suite struct ErasureTests {
    static let id = "zq-erase-0001"
    static let name = "Zwaantje Quaxelbroek-Ëlzinga"
    static let day = Day("2026-11-25")!

    /// The fixture plus a person who appears in as many places as possible.
    private func storeWithPersonToErase() throws -> KoppelStore {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("persons")!, """
            id,display_name,employer,job_title,scale,hours_per_week,nlqf,home_place,home_lat,home_lon,skills,credentials,domains,wish_domains,wish_moves,updated_at
            \(Self.id),\(Self.name),ENS,Medewerker BAG,8,36,4,Glanerbrug,52.21,6.97,nl:bag=4|nl:bgt=3,bhv=2027-06-01,geo=3,geo,swap|vacancy,2026-10-01

            """, file: "one.csv")
        try store.importCSV(.named("trainees")!, "id,person,cohort\nt-zq,\(Self.id),c2026\n")
        try store.importCSV(.named("trainee-rankings")!, "trainee,rotation,placements\nt-zq,c2026-r1,pl1|pl2\n")
        try store.importCSV(.named("host-rankings")!, "placement,trainees\npl1,t-zq|t2|t1\n")
        try store.importCSV(.named("exchange-requests")!, """
            id,person,kind,period_from,period_to,wants
            x-zq,\(Self.id),swap,2027-01-01,2027-06-30,p2
            x3,p2,swap,2027-01-01,2027-06-30,\(Self.id)|p1

            """)
        try store.importCSV(.named("standin-offers")!, "id,person,hours_per_week,period_from,period_to,roles\ns-zq,\(Self.id),8,2027-01-01,2027-12-31,BAG-beheerder\n")
        try store.pool.write { (db: Database) throws in
            try db.execute(sql: "INSERT INTO shortlist_mark VALUES ('v1', ?, 'contacted', 'HGL', '2026-11-20T10:00:00Z')", arguments: [Self.id])
            try db.execute(sql: "INSERT INTO exchange_proposal (id, created_at, max_cycle, max_chain) VALUES (7, '2026-11-20T10:00:00Z', 3, 0)")
            try db.execute(sql: "INSERT INTO exchange_move VALUES (7, 1, 'cycle', 'x-zq', 'p2', 1), (7, 1, 'cycle', 'x3', ?, 1)", arguments: [Self.id])
        }
        _ = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: RankingOptions(includeIneligible: true, limit: nil), on: Self.day)
        _ = try store.explain(vacancyID: "v1", personID: Self.id, viewer: .adviser(employer: "HGL"), on: Self.day, actor: Self.id)
        _ = try store.runRound("c2026-r1", on: Self.day, viewer: .regionalAdviser, actor: "HGL")
        return store
    }

    /// Every form of the person's data whose bytes must be gone: the name, its words as the
    /// full-text index stores them (lower case, without diacritics), the id and the trainee id.
    static let needles = [name, "Zwaantje", "Quaxelbroek", "zwaantje", "quaxelbroek", "Ëlzinga", "elzinga", id, "t-zq", "x-zq", "s-zq"]

    static func occurrences(in path: String) -> [String] {
        var found: [String] = []
        for file in [path, path + "-wal"] {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            for needle in needles where bytes.range(of: Data(needle.utf8)) != nil {
                found.append("\(needle) in \((file as NSString).lastPathComponent)")
            }
        }
        return found
    }

    @Test func theNameIsInTheFileBeforeAndNowhereInItsBytesAfter() throws {
        let store = try storeWithPersonToErase()
        try store.checkpoint()
        #expect(Self.occurrences(in: store.path).contains("\(Self.name) in test.koppel"), "the test must see the name before erasing")
        let report = try store.erasePerson(Self.id, viewer: .dataSteward, actor: "steward")
        #expect(report.walTruncated)
        #expect(Self.occurrences(in: store.path) == [])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func thePersonIsRemovedFromEveryTable() throws {
        let store = try storeWithPersonToErase()
        let report = try store.erasePerson(Self.id, viewer: .dataSteward, actor: "steward")
        #expect(report.removed["person"] == 1 && report.removed["trainee"] == 1 && report.removed["exchange_request"] == 1)
        #expect(report.removed["standin_offer"] == 1 && report.removed["shortlist_mark"] == 1 && report.removed["host_ranking"] == 1)
        #expect(report.proposalsWithdrawn == 1)
        try store.pool.read { (db: Database) throws in
            for (table, condition) in [
                ("person", "id = ?"), ("person_skill", "person = ?"), ("person_credential", "person = ?"), ("person_domain", "person = ?"),
                ("person_wish", "person = ?"), ("trainee", "person = ?"), ("exchange_request", "person = ?"), ("standin_offer", "person = ?"),
                ("shortlist_mark", "person = ?"), ("exchange_want", "position = ?"), ("decision_subject", "person = ?"),
            ] {
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)", arguments: [Self.id]) == 0, "\(table)")
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM host_ranking WHERE trainee = 't-zq'") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange_proposal WHERE id = 7") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM log_erasure_permit") == 0)
            // Others keep their data.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person") == 5)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange_request WHERE id = 'x3'") == 1)
        }
    }

    @Test func theFullTextIndexForgetsThePersonAndStillFindsOthers() throws {
        let store = try storeWithPersonToErase()
        let match = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?"
        #expect(try store.pool.read { try Int.fetchOne($0, sql: match, arguments: ["quaxelbroek"]) } == 1)
        _ = try store.erasePerson(Self.id, viewer: .dataSteward, actor: nil)
        try store.pool.write { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: match, arguments: ["quaxelbroek"]) == 0)
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, person_fts, row)")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.vocab WHERE term IN ('quaxelbroek', 'zwaantje', 'elzinga')") == 0)
            // The index was rebuilt after VACUUM: other people are still found by name.
            let horst = try String.fetchAll(db, sql: "SELECT p.id FROM person_fts f JOIN person p ON p.rowid = f.rowid WHERE person_fts MATCH 'horst'")
            #expect(horst == ["p1"])
        }
    }

    @Test func theLogIsPseudonymisedNotDeleted() throws {
        let store = try storeWithPersonToErase()
        let before = try store.pool.read { try DecisionLog.entries(in: $0) }
        let concerned = before.filter { $0.subjects.contains(Self.id) }.map(\.id)
        #expect(concerned.count >= 4, "imports, ranking, explain, round")
        let report = try store.erasePerson(Self.id, viewer: .dataSteward, actor: "steward")
        let after = try store.pool.read { try DecisionLog.entries(in: $0) }
        #expect(after.count == before.count + 1, "nothing deleted, one erasure entry added")
        #expect(report.pseudonym.hasPrefix("erased-") && report.pseudonym.count == 19)
        for entry in after where concerned.contains(entry.id) {
            #expect(entry.subjects.contains(report.pseudonym))
        }
        for entry in after {
            let text = [entry.actor, entry.params, entry.outcome] + entry.subjects
            #expect(!text.contains { $0.contains(Self.id) || $0.contains("t-zq") || $0.contains("Zwaantje") }, "entry \(entry.id)")
        }
        let erasure = try #require(after.last)
        #expect(erasure.kind == "erasure" && erasure.actor == "steward" && erasure.subjects == [report.pseudonym])
        // The permit is gone, so the log is append-only again.
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: "UPDATE decision_log SET actor = 'x'") } }
    }

    @Test func aNameThatEqualsAnotherValueOnlyChangesTheEntriesAboutThePerson() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("persons")!, "id,display_name,employer\nx9,HGL,ALM\n")
        // x9 has no skills: ineligible for v1, so not a subject of this ranking by HGL.
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: RankingOptions(), on: Self.day)
        #expect(!list.results.contains { $0.person == "x9" })
        _ = try store.erasePerson("x9", viewer: .dataSteward, actor: "steward")
        let entry = try #require(try store.pool.read { try DecisionLog.entry(list.logID, in: $0) })
        #expect(entry.params.contains("\"viewer\":\"adviser:HGL\"") && entry.viewer == "adviser:HGL")
        #expect(try store.replay(logID: list.logID, viewer: .regionalAdviser).outcomeMatches)
    }

    @Test func twoErasuresGiveUnrelatedPseudonyms() {
        #expect(KoppelStore.pseudonym(for: "p1") != KoppelStore.pseudonym(for: "p1"))
    }

    @Test func erasingAnUnknownPersonIsNotFound() throws {
        let store = try makeStore()
        #expect { try store.erasePerson("nobody", viewer: .dataSteward, actor: nil) } throws: { ($0 as? StoreError)?.code == .notFound }
    }
}
