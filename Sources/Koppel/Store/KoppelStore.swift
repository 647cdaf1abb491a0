import Foundation
import GRDB
import KoppelSchema

/// One koppel database: a single SQLite file in WAL mode that holds everything.
///
/// Opening a store applies the schema migrations that are missing and loads the seed data
/// into a new database; opened ``AccessMode/readOnly`` it changes nothing. A database written
/// by a newer koppel, a file that is not a koppel database and one SQLite finds damaged are
/// refused untouched.
///
/// ```swift
/// let store = try KoppelStore(path: "twente.koppel")
/// let people = try store.persons()
/// ```
public final class KoppelStore: Sendable {
    /// The path of the database file.
    public let path: String
    /// The GRDB connection pool (WAL: one writer, concurrent readers); inside the package only,
    /// so that every read from outside goes through a viewer.
    package let pool: DatabasePool
    /// The writes of concurrent requests (decision log entries, reads of a person's data)
    /// committed together (``GroupCommit``).
    package let groupCommit = GroupCommit()

    /// Seconds a connection waits for a lock held by another process before it fails
    /// (``KoppelSettings/busyTimeout``).
    public static var busyTimeout: TimeInterval { KoppelSettings.current.busyTimeout }

    /// How a store is opened.
    public enum AccessMode: Sendable {
        /// Created when missing, migrated and seeded: the mode for commands that write.
        case readWrite
        /// Opened read-only: nothing is migrated, seeded or written (the decision log
        /// included), so it works on a read-only file or file system. The file must be a
        /// koppel database of this build's schema.
        case readOnly
    }

    /// Whether this store was opened ``AccessMode/readOnly``.
    public let isReadOnly: Bool

    /// Opens the database at `path`: with ``AccessMode/readWrite`` (the default) creating it
    /// when needed, migrating and seeding it; with ``AccessMode/readOnly`` changing nothing.
    ///
    /// ```swift
    /// let store = try KoppelStore(path: "twente.koppel", mode: .readOnly)   // on a read-only share
    /// ```
    ///
    /// - Throws: ``StoreError`` with code `.newerSchema` when the file was written by a newer
    ///   koppel, `.notADatabase` when it is not a koppel database (an empty file opened
    ///   read-only included), `.permissionDenied` when the file or its folder may not be read,
    ///   or for ``AccessMode/readWrite`` written, `.notFound` when a read-only open finds no file.
    public init(path: String, mode: AccessMode = .readWrite) throws {
        self.path = path
        isReadOnly = mode == .readOnly
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(Self.busyTimeout)
        config.readonly = mode == .readOnly
        if mode == .readWrite {
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
            }
        }
        do {
            try DatabaseFile.check(path, mode: mode)
            try Self.refuseNewerSchema(path: path)
            switch mode {
            case .readWrite:
                pool = try DatabasePool(path: path, configuration: config)
                try Self.migrator.migrate(pool)
                try pool.write { db in try Seeder.seedIfEmpty(db) }
                // An erasure killed after its delete committed is finished before anything else.
                do { try finishPendingErasure() } catch where BusyRetry.isBusy(error) {}
            case .readOnly:
                // A read command finishes an interrupted erasure too, when it may write the file.
                if try Self.erasurePending(path), DatabaseFile.isWritable(path) {
                    try KoppelStore(path: path, mode: .readWrite).pool.close()
                }
                pool = try DatabaseFile.openReadOnly(path, configuration: config)
                try DatabaseFile.refuseUnmigrated(path, pool: pool, known: Self.knownMigrations)
            }
        } catch let error as DatabaseError {
            throw DatabaseFile.explain(error, path: path)
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
    /// migration unknown to this build, and is no other program's database.
    static func refuseNewerSchema(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: DatabaseFile.readableLocation(path), configuration: config)
        let (applied, tables): ([String], Int) = try queue.read { db in
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            guard try db.tableExists("grdb_migrations") else { return ([], tables) }
            return (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), tables)
        }
        try queue.close()
        if applied.isEmpty && tables > 0 {
            throw StoreError(.notADatabase, text: "store.otherProgram", ["path": path])
        }
        let unknown = Set(applied).subtracting(knownMigrations).sorted()
        if !unknown.isEmpty {
            throw StoreError(.newerSchema, text: "store.newerSchema", ["path": path, "migrations": unknown.joined(separator: ", ")])
        }
    }

    /// The migrations recorded in the database, in the order applied.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Closes the database: the store answers nothing afterwards. Closing is also done when the
    /// store is released; call this to know that it succeeded.
    public func close() throws {
        try pool.close()
    }

    /// Writes the WAL into the main file and truncates it, so the file alone holds everything.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }
}
