import Foundation
import GRDB

/// Writes of concurrent callers committed together: one transaction (and one sync to disk) for
/// every write that arrived while the previous one was committing.
///
/// A caller blocks until its own write is committed, so a write is as durable when the call
/// returns as with `pool.write`. Each write runs in a savepoint of its own: one that throws is
/// rolled back alone and its caller gets the error; the others commit. One caller at a time is
/// the leader and commits the batch; when it is done the next waiting caller leads.
///
/// ```swift
/// let id = try store.groupCommit.write(store.pool) { db in try DecisionLog.append(decision, in: db) }
/// ```
package final class GroupCommit: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Item] = []
    private var leading = false

    package init() {}

    /// One caller's write and, when it has run, its outcome.
    private final class Item: @unchecked Sendable {
        let body: (Database) throws -> Void
        let signal = DispatchSemaphore(value: 0)
        var error: (any Error)?
        /// Set by the previous leader: this caller leads the next batch instead of being done.
        var leadsNext = false

        init(_ body: @escaping (Database) throws -> Void) { self.body = body }
    }

    /// Runs `body` in a write transaction shared with the writes of other callers that wait
    /// meanwhile, and returns its result once that transaction is committed.
    package func write<T>(_ pool: DatabasePool, _ body: @escaping (Database) throws -> T) throws -> T {
        var result: T?
        let item = Item { db in result = try body(db) }
        lock.lock()
        pending.append(item)
        let lead = !leading
        if lead { leading = true }
        lock.unlock()
        if !lead {
            item.signal.wait()
            if item.leadsNext { commitBatch(pool) }
        } else {
            commitBatch(pool)
        }
        if let error = item.error { throw error }
        return result!
    }

    /// Takes every pending write, commits them in one transaction, wakes their callers, and
    /// hands the lead to the first caller that came meanwhile (or gives it up).
    private func commitBatch(_ pool: DatabasePool) {
        lock.lock()
        let batch = pending
        pending = []
        lock.unlock()
        do {
            try pool.write { db in
                for item in batch {
                    do {
                        try db.inSavepoint {
                            try item.body(db)
                            return .commit
                        }
                    } catch {
                        item.error = error
                    }
                }
            }
        } catch {
            // The commit itself failed: nothing of the batch is written.
            for item in batch { item.error = item.error ?? error }
        }
        lock.lock()
        let next = pending.first
        if next == nil { leading = false }
        lock.unlock()
        // The leader (the batch's first: it was alone or first in line when it took the lead)
        // returns from here; the others were waiting.
        for item in batch.dropFirst() { item.signal.signal() }
        if let next {
            next.leadsNext = true
            next.signal.signal()
        }
    }
}
