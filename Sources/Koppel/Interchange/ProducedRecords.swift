import Foundation

/// What the reading side of an import found: how many records it read, the problems of the
/// invalid ones, and the people the valid ones concern.
struct ProducedRecords {
    var count = 0
    var invalid: [ImportIssue] = []
    var subjects: ImportLog.Subjects

    init(kind: EntityKind) {
        subjects = ImportLog.Subjects(kind: kind)
    }

    /// Runs `produce` and the validation of each record on a thread of its own, and calls
    /// `write` on this thread with the valid records in batches, in file order, until the
    /// reading ends; returns what the reading found.
    ///
    /// Once a record is invalid no more records are handed over (the import will be refused),
    /// but reading and validating go on, so every problem is found. An error thrown by `write`
    /// stops the reading thread and is rethrown; an error thrown by `produce` is rethrown once
    /// the batches handed over before it are written. Either way the reading thread has ended
    /// before this returns.
    static func run(
        kind: EntityKind, validator: RecordValidator,
        produce: (_ consume: (SlottedRecord) throws -> Void) throws -> Void,
        write: ([PreparedRecord]) throws -> Void
    ) throws -> ProducedRecords {
        try withoutActuallyEscaping(produce) { produce in
            // A few batches of 64 records are enough to keep both threads busy.
            let queue = BoundedQueue<[PreparedRecord]>(capacity: 16)
            let reader = ReadingThread(produce: produce, validator: validator, result: ProducedRecords(kind: kind))
            let ended = DispatchSemaphore(value: 0)
            let thread = Thread {
                reader.run(handingOverTo: queue)
                ended.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            do {
                while let batch = queue.pop() { try write(batch) }
            } catch {
                queue.cancel()
                ended.wait()
                throw error
            }
            ended.wait()
            if let error = reader.error { throw error }
            return reader.result
        }
    }
}

/// The reading thread's inputs and results. The writing thread touches them only before the
/// thread starts and after it has signalled its end, never at the same time.
private final class ReadingThread: @unchecked Sendable {
    /// Dropped as soon as reading ends: it does not really escape ``ProducedRecords/run``, and
    /// Swift checks that no reference to it is left when that returns.
    private var produce: ((_ consume: (SlottedRecord) throws -> Void) throws -> Void)?
    let validator: RecordValidator
    var result: ProducedRecords
    var error: (any Error)?

    /// Thrown inside `produce` when the writing side has stopped.
    private struct Stopped: Error {}

    init(
        produce: @escaping (_ consume: (SlottedRecord) throws -> Void) throws -> Void, validator: RecordValidator,
        result: ProducedRecords
    ) {
        self.produce = produce
        self.validator = validator
        self.result = result
    }

    func run(handingOverTo queue: BoundedQueue<[PreparedRecord]>) {
        var pending: [PreparedRecord] = []
        pending.reserveCapacity(RecordWriter.batchSize)
        defer { produce = nil }
        do {
            try produce? { record in
                result.count += 1
                switch try validator.prepare(record) {
                case .valid(let value):
                    guard result.invalid.isEmpty else { break }
                    result.subjects.collect(value)
                    pending.append(value)
                    if pending.count == RecordWriter.batchSize {
                        guard queue.push(pending) else { throw Stopped() }
                        pending = []
                        pending.reserveCapacity(RecordWriter.batchSize)
                    }
                case .invalid(let issues):
                    result.invalid.append(contentsOf: issues)
                    pending.removeAll()
                }
            }
            if result.invalid.isEmpty && !pending.isEmpty { _ = queue.push(pending) }
        } catch is Stopped {
        } catch {
            self.error = error
        }
        produce = nil
        queue.finish()
    }
}
