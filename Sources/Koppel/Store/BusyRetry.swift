import Foundation
import GRDB

/// Retrying work that found the database locked by another process for longer than the busy
/// timeout (``KoppelStore/busyTimeout``).
///
/// ```swift
/// try BusyRetry.run(onRetry: { _ in print("database busy, retrying") }) {
///     try store.importData(bytes, kind: .persons, file: "people.csv")
/// }
/// ```
public enum BusyRetry {
    /// How often work is tried in all.
    public static let attempts = 3

    /// Whether `error` is SQLite's "database is locked" (SQLITE_BUSY) or a lock conflict.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Runs `body`; when it fails because the database is busy, calls `onRetry` with the
    /// attempt that follows and runs it again, at most ``attempts`` times in all. A failed
    /// attempt wrote nothing: every write is one transaction, rolled back on error.
    public static func run<T>(attempts: Int = attempts, onRetry: (Int) -> Void, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch where isBusy(error) && attempt < attempts {
                attempt += 1
                onRetry(attempt)
            }
        }
    }
}
