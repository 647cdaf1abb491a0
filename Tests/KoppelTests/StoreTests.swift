import Foundation
import GRDB
import Testing
@testable import Koppel

@Suite struct StoreTests {
    @Test func freshDatabaseGetsWholeSchemaAndSeeds() throws {
        let store = try makeStore()
        #expect(try store.appliedMigrations() == KoppelStore.knownMigrations)
        try store.pool.read { (db: Database) throws -> Void in
            for table in ["employer", "person", "person_skill", "vacancy", "placement", "trainee_ranking",
                          "exchange_request", "standin_offer", "weights_profile", "salary_scale"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM employer WHERE kind = 'gemeente'") == 14)
            #expect(try Int.fetchOne(db, sql: "SELECT dissolved_year FROM employer WHERE code = 'RT'") == 2021)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM salary_scale WHERE valid_from = '2020-07-01'") == 20)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM skill WHERE esco_uri IS NOT NULL") ?? 0 > 100)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM skill_relation") ?? 0 > 50)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM employer WHERE provenance = ''") == 0)
        }
    }

    @Test func secondOpenIsHarmless() throws {
        let store = try makeStore()
        let before = try store.exportedAll()
        let again = try KoppelStore(path: store.path)
        #expect(try again.exportedAll() == before)
        #expect(try again.appliedMigrations() == KoppelStore.knownMigrations)
        #expect(try again.counts().employers == 20)
    }

    @Test func databaseFromNewerKoppelIsRefusedUntouched() throws {
        let path = temporaryDirectory().appendingPathComponent("newer.koppel").path
        do {
            let store = try KoppelStore(path: path)
            try store.pool.write { (db: Database) throws -> Void in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')")
            }
            try store.checkpoint()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try KoppelStore(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .newerSchema
                && "\(error)".contains("999_from_the_future") && "\(error)".contains("not modified")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNotADatabaseIsRefusedUntouched() throws {
        let path = temporaryDirectory().appendingPathComponent("notes.txt").path
        let garbage = Data(String(repeating: "this is not sqlite\n", count: 100).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect { _ = try KoppelStore(path: path) } throws: { ($0 as? StoreError)?.code == .notADatabase }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test(arguments: [
        "UPDATE employer SET kind = 'bedrijf' WHERE code = 'ENS'",
        "INSERT INTO person (id, display_name, employer, scale) VALUES ('x', 'X', 'ENS', '19')",
        "INSERT INTO person (id, display_name, employer, scale) VALUES ('x', 'X', 'ENS', '12A')",
        "INSERT INTO person (id, display_name, employer, hours_per_week) VALUES ('x', 'X', 'ENS', 41)",
        "INSERT INTO person (id, display_name, employer, nlqf) VALUES ('x', 'X', 'ENS', 9)",
        "INSERT INTO person (id, display_name, employer, available_from) VALUES ('x', 'X', 'ENS', '2026-02-30')",
        "INSERT INTO person (id, display_name, employer) VALUES ('x', 'X', 'NOPE')",
        "INSERT INTO person (id, display_name, employer, visibility) VALUES ('x', 'X', 'ENS', 'hidden')",
    ])
    func checkConstraintsGuardRangesAndEnumerations(sql: String) throws {
        let store = try makeStore()
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: sql) } }
    }

    @Test func scalesWithTheirIntermediateStepsAreAllValid() throws {
        let store = try makeStore()
        try store.pool.write { (db: Database) throws -> Void in
            for scale in ["1", "10", "10A", "11", "11A", "18"] {
                try db.execute(sql: "INSERT INTO person (id, display_name, employer, scale) VALUES (?, 'X', 'ENS', ?)", arguments: ["p\(scale)", scale])
            }
        }
        #expect(try store.counts().persons == 6)
    }
}
