import GRDB

extension StoreError.Code {
    /// Another connection held the database lock for longer than the busy timeout.
    public static let busy = StoreError.Code(name: "busy")
}

extension StoreError {
    /// Runs `body`, turning SQLite's "database is locked/busy" into a ``StoreError`` with code
    /// `.busy` and a message that says what to do.
    static func reportingBusy<T>(_ what: CatalogueText, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError(.busy, text: "store.busyNotSaved", ["seconds": Int(KoppelStore.busyTimeout), "what": what])
        }
    }
}
