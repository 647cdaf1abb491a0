import Foundation
import GRDB
import Testing
@testable import Koppel

/// Migration 004 rebuilds `person` with scale checks that SQLite runs without a temporary index.
@Suite struct ScaleCheckMigrationTests {
    static let scales = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10A", "11", "11A", "12", "13", "14", "15", "16", "17", "18"]

    @Test func personChecksAcceptExactlyTheCaoScales() throws {
        let store = try makeStore()
        try store.pool.write { (db: Database) throws -> Void in
            for (number, scale) in Self.scales.enumerated() {
                try db.execute(
                    sql: "INSERT INTO person (id, display_name, employer, scale, wish_scale_min, wish_scale_max) VALUES (?, 'X', 'ENS', ?, ?, ?)",
                    arguments: ["ok\(number)", scale, scale, scale])
            }
            // As SQL expressions: GRDB binds a Swift string only up to a NUL character.
            let wrongs = ["'10a'", "'19'", "'0'", "' 9'", "'9 '", "'1' || char(0)", "'٩'", "''", "'1.0'", "'10A '"]
            for (number, wrong) in wrongs.enumerated() {
                for column in ["scale", "wish_scale_min", "wish_scale_max"] {
                    #expect(throws: DatabaseError.self, "\(column) = \(wrong)") {
                        try db.execute(
                            sql: "INSERT INTO person (id, display_name, employer, \(column)) VALUES (?, 'X', 'ENS', \(wrong))",
                            arguments: ["bad-\(column)-\(number)"])
                    }
                }
            }
        }
    }

    @Test func upgradeKeepsProfilesTheirRowidsAndTheirFullTextIndex() throws {
        let path = temporaryDirectory().appendingPathComponent("old.koppel").path
        do {
            let pool = try DatabasePool(path: path)
            try KoppelStore.migrator.migrate(pool, upTo: "003_person_search")
            try pool.write { (db: Database) throws -> Void in
                try Seeder.seedIfEmpty(db)
                try db.execute(sql: """
                    INSERT INTO person (rowid, id, display_name, employer, job_title, scale, home_place)
                    VALUES (7, 'p1', 'Anna de Vries', 'ENS', 'Jurist', '10A', 'Hengelo');
                    INSERT INTO person_skill (person, skill, level) SELECT 'p1', id, 3 FROM skill LIMIT 1;
                    """)
            }
            try pool.close()
        }
        let store = try KoppelStore(path: path)
        #expect(try store.appliedMigrations() == KoppelStore.knownMigrations)
        try store.pool.read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT rowid FROM person WHERE id = 'p1'") == 7)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person_skill WHERE person = 'p1'") == 1)
            #expect(try String.fetchAll(db, sql: "SELECT id FROM person JOIN person_fts ON person_fts.rowid = person.rowid WHERE person_fts MATCH 'hengelo'") == ["p1"])
            #expect(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'person' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name")
                == ["person_by_employer", "person_by_updated", "person_fts_after_delete", "person_fts_after_insert", "person_fts_after_update"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
        // The triggers work on the rebuilt table: a renamed person is found by the new name only.
        try store.pool.write { db in try db.execute(sql: "UPDATE person SET home_place = 'Almelo' WHERE id = 'p1'") }
        try store.pool.read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'hengelo'") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'almelo'") == 1)
        }
    }
}
