import Foundation
import GRDB

/// Checks on the database file before SQLite opens it, and SQLite's refusals in words.
///
/// ```swift
/// try DatabaseFile.check("koppel.db", mode: .readOnly)   // exists, not empty, an SQLite file
/// ```
enum DatabaseFile {
    /// The first 16 bytes of every SQLite database file.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Refuses, in words, a file that cannot be the database: missing (read-only), a folder,
    /// empty (read-only), not an SQLite file, unreadable, or (read-write) not writable.
    static func check(_ path: String, mode: KoppelStore.AccessMode) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT && mode == .readWrite {
                guard access(folder, W_OK) == 0 else {
                    throw StoreError(.permissionDenied, text: "store.cannotCreate", ["path": path, "folder": folder, "reason": InputFile.reason(errno)])
                }
                return
            }
            if code == ENOENT { throw StoreError(.notFound, text: "store.noDatabase", ["path": path]) }
            throw StoreError(.permissionDenied, text: "store.cannotOpen", ["path": path, "reason": InputFile.reason(code)])
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw StoreError(.notADatabase, text: "store.isFolder", ["path": path]) }
        if status.st_size == 0 {
            if mode == .readWrite { return }
            throw StoreError(.notADatabase, text: "store.isEmpty", ["path": path])
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError(.permissionDenied, text: "store.cannotRead", ["path": path, "reason": InputFile.reason(errno)]) }
        var head = [UInt8](repeating: 0, count: magic.count)
        let got = read(descriptor, &head, head.count)
        close(descriptor)
        guard got == magic.count, head == magic else {
            throw StoreError(.notADatabase, text: "store.notSQLite", ["path": path])
        }
        guard mode == .readWrite else { return }
        if access(path, W_OK) != 0 {
            throw StoreError(.permissionDenied, text: "store.readOnly", ["path": path, "reason": InputFile.reason(errno)])
        }
        if !FileManager.default.fileExists(atPath: path + "-wal"), access(folder, W_OK) != 0 {
            throw StoreError(.permissionDenied, text: "store.folderReadOnly", ["path": path, "folder": folder, "reason": InputFile.reason(errno)])
        }
    }

    /// Where SQLite should open `path` read-only: the path itself, or an `immutable` URI when
    /// no `-shm` file is there and this user may not write the file or its folder (a
    /// read-only file system, folder or file). A WAL reader needs `-shm` and `-wal`: in a
    /// read-only folder SQLite cannot create them, and beside a file this user may not write
    /// they would be left with that file's mode, in the owner's way. Without `-shm` no one
    /// has the database open, and one who may not write it is not going to.
    static func readableLocation(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard !FileManager.default.fileExists(atPath: path + "-shm"), access(folder, W_OK) != 0 || access(path, W_OK) != 0 else {
            return path
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? absolute
        return "file:\(encoded)?immutable=1"
    }

    /// Whether this user may write the file and its folder (so SQLite can write its WAL).
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder, W_OK) == 0
    }

    /// A read-only pool on `path` (see ``readableLocation(_:)``).
    static func openReadOnly(_ path: String, configuration: Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: readableLocation(path), configuration: configuration)
        _ = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
        return pool
    }

    /// Refuses, for a read-only open, an SQLite file without koppel's schema or with an older
    /// one (it cannot be migrated without writing).
    static func refuseUnmigrated(_ path: String, pool: DatabasePool, known: [String]) throws {
        let applied: [String] = try pool.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        if applied.isEmpty {
            throw StoreError(.notADatabase, text: "store.noSchema", ["path": path])
        }
        if Set(known).subtracting(applied).isEmpty == false {
            throw StoreError(.invalidState, text: "store.olderSchema", ["path": path])
        }
    }

    /// SQLite's refusal of the file, in words.
    static func explain(_ error: DatabaseError, path: String) -> any Error {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, text: "store.notKoppel", ["path": path, "sqlite": error.message ?? "not a database"])
        case .SQLITE_CORRUPT:
            return StoreError(.corrupt, text: "store.damaged", ["path": path, "sqlite": error.message ?? "malformed"])
        case .SQLITE_READONLY:
            return StoreError(.permissionDenied, text: "store.cannotWrite", ["path": path])
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(.permissionDenied, text: "store.checkPermissions", ["path": path, "sqlite": error.message ?? "permission denied"])
        default:
            return error
        }
    }
}

extension StoreError {
    /// `error` in words when it is SQLite refusing the file (damaged, not a database,
    /// read-only, cannot be opened), else `error` itself: for errors met after a store was
    /// opened, when a command reads a damaged page, say.
    public static func worded(_ error: any Error, path: String = "the database") -> any Error {
        guard let error = error as? DatabaseError else { return error }
        return DatabaseFile.explain(error, path: path)
    }
}
