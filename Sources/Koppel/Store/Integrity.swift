import GRDB

extension KoppelStore {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound database, else its findings.
    public func integrityCheck() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

extension KoppelStore {
    /// SQLite's `PRAGMA quick_check`, refusing a damaged database in words.
    ///
    /// It reads every page (about a second per gigabyte), so commands run it on open only for
    /// files up to ``quickCheckBytes``; larger ones are checked where a command reads
    /// everything anyway (`koppel export`).
    ///
    /// - Throws: ``StoreError`` `.corrupt` with SQLite's first findings.
    public func quickCheck() throws {
        let findings: [String]
        do {
            findings = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        } catch let error as DatabaseError {
            throw DatabaseFile.explain(error, path: path)
        }
        guard findings != ["ok"] else { return }
        throw StoreError(.corrupt, text: "store.damagedCheck", ["path": path, "findings": findings.prefix(5).joined(separator: "; ")])
    }

    /// Databases up to this size (256 MiB, the Twente data is about 30 MB) are checked with
    /// ``quickCheck()`` whenever a command opens them.
    public static let quickCheckBytes = 256 << 20
}
