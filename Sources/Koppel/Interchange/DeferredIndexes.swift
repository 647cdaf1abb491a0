import GRDB

/// The secondary indexes and full-text trigger of tables an import fills from empty, set aside
/// while it writes and built once, from the written rows, before it commits.
///
/// Inserting a million profiles into the B-trees of four secondary indexes and the full-text
/// index row by row costs more than building them once from the finished tables (SQLite sorts
/// the keys and writes each index in order). Only indexes that enforce nothing are set aside
/// (no UNIQUE index, no primary key), so every row is refused or accepted exactly as before.
/// Everything happens inside the import's transaction: an import that is rolled back leaves
/// the schema as it was, and a committed one leaves the same schema text it found.
///
/// ```swift
/// let deferred = try DeferredIndexes.setAside(tables: ["person", "person_skill"], db)
/// // … insert rows …
/// try deferred.restore(db)
/// ```
struct DeferredIndexes {
    /// The `CREATE INDEX` / `CREATE TRIGGER` statements to run again, in their original order.
    private(set) var schema: [(name: String, sql: String)] = []
    /// External-content full-text tables to rebuild from their (formerly empty) content table.
    private(set) var fullText: [String] = []

    /// The full-text indexes kept in step with a table by an insert trigger (migration 003).
    private static let fullTextTriggers: [(table: String, trigger: String, index: String)] = [
        ("person", "person_fts_after_insert", "person_fts")
    ]

    /// Drops the non-enforcing secondary indexes, and the full-text insert triggers, of those
    /// `tables` that hold no row; other tables are left as they are.
    static func setAside(tables: [String], _ db: Database) throws -> DeferredIndexes {
        var deferred = DeferredIndexes()
        for table in tables where try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \"\(table)\")")! {
            let enforcing = Set(
                try Row.fetchAll(db, sql: "SELECT name, \"unique\", origin FROM pragma_index_list(?)", arguments: [table])
                    .filter { ($0["unique"] as Int) != 0 || ($0["origin"] as String) != "c" }
                    .map { $0["name"] as String })
            let indexes = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
                arguments: [table])
            for row in indexes where !enforcing.contains(row["name"] as String) {
                deferred.schema.append((row["name"], row["sql"]))
                try db.execute(sql: "DROP INDEX \"\(row["name"] as String)\"")
            }
            for (owner, trigger, index) in fullTextTriggers where owner == table {
                guard let sql = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
                    arguments: [trigger, table])
                else { continue }
                deferred.schema.append((trigger, sql))
                deferred.fullText.append(index)
                try db.execute(sql: "DROP TRIGGER \"\(trigger)\"")
            }
        }
        return deferred
    }

    /// Creates the set-aside indexes and triggers again, unchanged, and rebuilds the full-text
    /// indexes from their tables' rows.
    func restore(_ db: Database) throws {
        for (_, sql) in schema { try db.execute(sql: sql) }
        for index in fullText { try db.execute(sql: "INSERT INTO \"\(index)\" (\"\(index)\") VALUES ('rebuild')") }
    }
}
