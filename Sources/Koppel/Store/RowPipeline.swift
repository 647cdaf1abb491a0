import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Steps some prepared statements one after another on a second thread, handing their rows to
/// the calling thread in ``RowBatch``es, so that stepping SQLite and building values from the
/// rows run on two cores at once.
///
/// One connection and whatever read transaction the caller holds: the rows are exactly those a
/// single-threaded loop would step, in the same order. While the pipeline runs, only its
/// thread touches the connection; the caller must not use the database until ``stop()``
/// returned (the pipeline's owner calls it in a `defer`).
///
/// ```swift
/// let pipeline = RowPipeline(db, [(statement, [.text, .real])])
/// defer { pipeline.stop() }
/// while let batch = try pipeline.next() {
///     for row in 0..<batch.rows { use(batch.text(row, 0), batch.real(row, 1)) }
///     pipeline.recycle(batch)
/// }
/// ```
final class RowPipeline: @unchecked Sendable {
    /// A statement to step and how to copy each of its columns.
    private struct Query {
        /// Held so that GRDB does not finalize the statement while it is stepped.
        let statement: Statement
        let handle: OpaquePointer
        let sql: String
        let kinds: [ColumnKind]
    }

    private let queries: [Query]
    private let connection: OpaquePointer
    private let batchRows: Int
    /// Batches in use at most (filled, waiting, or being read): bounds memory when the reader is slower.
    private let batchLimit: Int
    /// Columns of the widest statement, to size new batches.
    private let widest: Int

    // Every property below is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var ready: [RowBatch] = []
    private var readyHead = 0
    private var spare: [RowBatch] = []
    private var made = 0
    private var finished = false
    private var stopping = false
    private var failure: DatabaseError?

    /// Starts stepping `statements` in order on another thread.
    ///
    /// - Parameters:
    ///   - batchRows: rows per batch (small values are for tests).
    init(_ db: Database, _ statements: [(Statement, [ColumnKind])], batchRows: Int = 512, batchLimit: Int = 4) {
        queries = statements.map { Query(statement: $0.0, handle: $0.0.sqliteStatement, sql: $0.0.sql, kinds: $0.1) }
        connection = db.sqliteConnection!
        self.batchRows = max(batchRows, 1)
        widest = statements.map(\.1.count).max() ?? 1
        self.batchLimit = max(batchLimit, 2)
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// The next batch in statement and row order; nil after the last one.
    ///
    /// - Throws: the `DatabaseError` a statement failed with, once the batches before it were taken.
    func next() throws -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while readyHead == ready.count && !finished { condition.wait() }
        if readyHead < ready.count {
            let batch = ready[readyHead]
            readyHead += 1
            if readyHead == ready.count {
                ready.removeAll(keepingCapacity: true)
                readyHead = 0
            }
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Gives a batch that was read back, for the stepping thread to fill again.
    func recycle(_ batch: RowBatch) {
        condition.lock()
        spare.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops stepping (if still going) and waits until the other thread let go of the connection.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// The stepping thread's work.
    private func run() {
        defer {
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        for (index, query) in queries.enumerated() {
            defer { sqlite3_reset(query.handle) }
            guard var batch = take() else { return }
            batch.reset(statement: index, columns: query.kinds.count)
            while true {
                let code = sqlite3_step(query.handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    let error = SQLiteCall.lastError(connection, sql: query.sql)
                    condition.lock()
                    failure = error
                    spare.append(batch)
                    condition.unlock()
                    return
                }
                batch.append(row: query.handle, kinds: query.kinds)
                if batch.rows == batchRows {
                    hand(batch)
                    guard let next = take() else { return }
                    batch = next
                    batch.reset(statement: index, columns: query.kinds.count)
                }
            }
            if batch.rows > 0 { hand(batch) } else { recycle(batch) }
        }
    }

    /// A batch to fill: a spare one, a new one while under the limit, or nil when stopping.
    private func take() -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while spare.isEmpty && made >= batchLimit && !stopping { condition.wait() }
        if stopping { return nil }
        if let batch = spare.popLast() { return batch }
        made += 1
        return RowBatch(cellCapacity: batchRows * widest, byteCapacity: batchRows * 128)
    }

    private func hand(_ batch: RowBatch) {
        condition.lock()
        ready.append(batch)
        condition.broadcast()
        condition.unlock()
    }
}
