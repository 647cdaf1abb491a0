import GRDB
import GRDBSQLite

/// What the code that drives SQLite's C interface directly shares: binding a copied text and
/// turning the connection's last error into GRDB's error.
///
/// The bulk import, the decision log's subjects and the profile loader step statements without
/// GRDB's per-call argument handling, which cost more than the statements themselves at a
/// million rows.
enum SQLiteCall {
    /// SQLite's SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `bytes` as text to parameter `index`, copied by SQLite; returns SQLite's code.
    static func bindCopy(_ handle: OpaquePointer, _ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, transient) }
        let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
        return sqlite3_bind_text(handle, index, chars, Int32(bytes.count), transient)
    }

    /// Binds `text` to parameter `index`, copied by SQLite; returns SQLite's code.
    static func bindCopy(_ handle: OpaquePointer, _ index: Int32, _ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { bindCopy(handle, index, $0) }
    }

    /// The connection's last error (its extended code and message) as GRDB's error.
    static func lastError(_ connection: OpaquePointer?, sql: String? = nil) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
            message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
