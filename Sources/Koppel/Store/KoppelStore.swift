import Foundation
import GRDB
import KoppelSchema

/// One koppel database: a single SQLite file in WAL mode that holds everything.
///
/// Opening a store applies the schema migrations that are missing and loads the seed data
/// into a new database. A database written by a newer koppel is refused untouched.
///
/// ```swift
/// let store = try KoppelStore(path: "twente.koppel")
/// let people = try store.persons()
/// ```
public final class KoppelStore: Sendable {
    /// The path of the database file.
    public let path: String
    /// The GRDB connection pool (WAL: one writer, concurrent readers).
    public let pool: DatabasePool

    /// Seconds a connection waits for a lock held by another process before it fails: 10, or
    /// the number in the environment variable `KOPPEL_BUSY_TIMEOUT`.
    public static var busyTimeout: TimeInterval {
        if let text = ProcessInfo.processInfo.environment["KOPPEL_BUSY_TIMEOUT"], let seconds = TimeInterval(text),
           seconds >= 0, seconds.isFinite {
            return seconds
        }
        return 10
    }

    /// Opens (creating when needed) the database at `path`, migrates it and seeds it.
    ///
    /// - Throws: ``StoreError`` with code `.newerSchema` when the file was written by a newer koppel,
    ///   `.notADatabase` when it is not a SQLite database.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            try Self.refuseNewerSchema(path: path)
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
            try pool.write { db in try Seeder.seedIfEmpty(db) }
            // An erasure killed after its delete committed is finished before anything else.
            do { try finishPendingErasure() } catch where BusyRetry.isBusy(error) {}
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(.notADatabase, "\(path) is not a koppel database (SQLite says: \(error.message ?? "not a database")).")
        }
    }

    /// The migrations compiled into this build, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    /// The identifiers of the migrations this build knows.
    public static var knownMigrations: [String] { SchemaMigrations.all.map(\.identifier) }

    /// Checks, with a read-only connection that changes nothing, that the file records no
    /// migration unknown to this build.
    static func refuseNewerSchema(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: path, configuration: config)
        let applied: [String] = try queue.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        try queue.close()
        let unknown = Set(applied).subtracting(knownMigrations).sorted()
        if !unknown.isEmpty {
            throw StoreError(
                .newerSchema,
                "\(path) was written by a newer koppel (schema \(unknown.joined(separator: ", ")) is unknown to this build); it was not modified. Use a newer koppel."
            )
        }
    }

    /// The migrations recorded in the database, in the order applied.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Writes the WAL into the main file and truncates it, so the file alone holds everything.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }
}
