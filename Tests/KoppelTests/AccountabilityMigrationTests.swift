import Foundation
import GRDB
import Testing
@testable import Koppel

/// Migration 007 rebuilds the decision log for its new kinds, keeping every id and row.
@Suite struct AccountabilityMigrationTests {
    @Test func oldDatabaseMigratesWithItsEntriesIntact() throws {
        let path = try temporaryDirectory().appendingPathComponent("old.koppel").path
        // A database as koppel left it before migration 007, with entries, subjects and an
        // exchange proposal that points at an entry.
        do {
            var config = Configuration()
            config.foreignKeysEnabled = true
            let queue = try DatabaseQueue(path: path, configuration: config)
            try KoppelStore.migrator.migrate(queue, upTo: "006_accounts")
            try queue.write { db in
                for (id, kind) in [(3, "ranking"), (7, "mark"), (8, "round-accept")] {
                    try db.execute(sql: """
                        INSERT INTO decision_log (id, at, kind, actor, input_hash, params, outcome, viewer, subject_count)
                        VALUES (?, '2026-11-0\(id)T08:00:00Z', ?, 'anna', 'h\(id)', '{"n": \(id)}', '{}', 'regional', 1)
                        """, arguments: [id, kind])
                    try db.execute(sql: "INSERT INTO decision_subject (log_id, person) VALUES (?, ?)", arguments: [id, "p\(id)"])
                }
                try db.execute(sql: "INSERT INTO exchange_proposal (created_at, max_cycle, max_chain, log_id) VALUES ('2026-11-08', 3, 0, 8)")
                #expect(throws: DatabaseError.self) {
                    try db.execute(sql: "INSERT INTO decision_log (at, kind, actor, input_hash) VALUES ('2026-11-09T08:00:00Z', 'override', 'a', 'h')")
                }
            }
            try queue.close()
        }
        let store = try KoppelStore(path: path)
        try store.pool.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, at, kind, actor, input_hash, params, viewer, subject_count FROM decision_log ORDER BY id")
            #expect(rows.map { $0["id"] as Int64 } == [3, 7, 8])
            #expect(rows.map { $0["kind"] as String } == ["ranking", "mark", "round-accept"])
            #expect(rows.map { $0["params"] as String } == [#"{"n": 3}"#, #"{"n": 7}"#, #"{"n": 8}"#])
            #expect(rows.allSatisfy { $0["actor"] == "anna" && $0["viewer"] == "regional" && $0["subject_count"] == 1 })
            #expect(try String.fetchAll(db, sql: "SELECT person FROM decision_subject ORDER BY log_id") == ["p3", "p7", "p8"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            // The new kinds are accepted, the next id follows the old ones, and the log is
            // still append-only.
            for kind in ["override", "letter", "audit", "register"] {
                try DecisionLog.append(NewDecision(kind: kind, actor: "anna", viewer: .auditor, input: Data()), in: db)
            }
            #expect(try Int64.fetchAll(db, sql: "SELECT id FROM decision_log WHERE id > 8 ORDER BY id") == [9, 10, 11, 12])
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE decision_log SET actor = 'x' WHERE id = 3") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM decision_log WHERE id = 3") }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO decision_log (at, kind, actor, input_hash) VALUES ('2026-11-09T08:00:00Z', 'nonsense', 'a', 'h')")
            }
        }
        #expect(try store.appliedMigrations().suffix(3) == ["007_accountability", "008_data_version", "009_ranking_monitor"])
        let table = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'decision_log'") }
        let checked = Set(try #require(table).matches(of: /'([a-z-]+)'/).map { String($0.1) })
        #expect(Set(DecisionLog.kinds) == checked)
    }
}
