import GRDB

extension KoppelStore {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound database, else its findings.
    public func integrityCheck() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
