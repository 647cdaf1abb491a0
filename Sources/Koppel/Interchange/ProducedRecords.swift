import Foundation

/// What the reading side of an import found: how many records it read, the problems of the
/// invalid ones, and the people the valid ones concern.
struct ProducedRecords {
    var count = 0
    var invalid: [ImportIssue] = []
    /// Problems found beyond the first ``keptProblems``: counted, not kept (a 1 GiB file of
    /// bad rows would otherwise hold millions of messages).
    var unlisted = 0

    /// Problems kept in full: 10,000 (messages list the first ``InputLimits/listedProblems``).
    static let keptProblems = 10_000
    var subjects: ImportLog.Subjects

    init(kind: EntityKind) {
        subjects = ImportLog.Subjects(kind: kind)
    }

    /// Records handed from one thread to the next at a time.
    static let batchSize = RecordWriter.batchSize

    /// Runs `produce` on a thread of its own and the validation of each record on another,
    /// and calls `write` on this thread with the valid records in batches, in file order,
    /// until the reading ends; returns what the reading found.
    ///
    /// The three stages (reading, validating, writing) hand batches on through small bounded
    /// queues, so on two cores the work of all three is shared out instead of the longest two
    /// running side by side. Once a record is invalid no more records are handed over (the
    /// import will be refused), but reading and validating go on, so every problem is found.
    /// An error thrown by `write` stops the other two threads and is rethrown; an error thrown
    /// by the validation or by `produce` is rethrown once the batches handed over before it are
    /// written (the validation's first: it concerns an earlier record). Either way both
    /// threads have ended before this returns.
    static func run(
        kind: EntityKind, validator: RecordValidator,
        produce: (_ consume: (SlottedRecord) throws -> Void) throws -> Void,
        write: ([PreparedRecord]) throws -> Void
    ) throws -> ProducedRecords {
        try withoutActuallyEscaping(produce) { produce in
            // A few batches of 64 records are enough to keep the threads busy.
            let read = BoundedQueue<[SlottedRecord]>(capacity: 16)
            let valid = BoundedQueue<[PreparedRecord]>(capacity: 16)
            let reader = ReadingThread(produce: produce)
            let checker = ValidatingThread(validator: validator, result: ProducedRecords(kind: kind))
            let ended = DispatchSemaphore(value: 0)
            let threads = [
                Thread {
                    reader.run(handingOverTo: read)
                    ended.signal()
                },
                Thread {
                    checker.run(from: read, handingOverTo: valid)
                    ended.signal()
                },
            ]
            for thread in threads {
                thread.stackSize = 8 << 20
                thread.start()
            }
            do {
                while let batch = valid.pop() {
                    try write(batch)
                    // Freeing the batch's records (allocated by the validating thread) is left
                    // to another thread: this one, the database's, is the import's longest.
                    releaseInBackground(consume batch)
                }
            } catch {
                valid.cancel()
                read.cancel()
                ended.wait()
                ended.wait()
                throw error
            }
            ended.wait()
            ended.wait()
            if let error = checker.error ?? reader.error { throw error }
            return checker.result
        }
    }
}

/// The reading thread's input and error. The writing thread touches them only before the
/// thread starts and after it has signalled its end, never at the same time.
private final class ReadingThread: @unchecked Sendable {
    /// Dropped as soon as reading ends: it does not really escape ``ProducedRecords/run``, and
    /// Swift checks that no reference to it is left when that returns.
    private var produce: ((_ consume: (SlottedRecord) throws -> Void) throws -> Void)?
    var error: (any Error)?

    /// Thrown inside `produce` when the next stage has stopped.
    private struct Stopped: Error {}

    init(produce: @escaping (_ consume: (SlottedRecord) throws -> Void) throws -> Void) {
        self.produce = produce
    }

    func run(handingOverTo queue: BoundedQueue<[SlottedRecord]>) {
        var pending: [SlottedRecord] = []
        pending.reserveCapacity(ProducedRecords.batchSize)
        do {
            try produce? { record in
                pending.append(record)
                if pending.count == ProducedRecords.batchSize {
                    guard queue.push(pending) else { throw Stopped() }
                    pending = []
                    pending.reserveCapacity(ProducedRecords.batchSize)
                }
            }
            if !pending.isEmpty { _ = queue.push(pending) }
        } catch is Stopped {
        } catch {
            self.error = error
        }
        produce = nil
        queue.finish()
    }
}

/// The validating thread's inputs and results, touched by the writing thread only before the
/// thread starts and after it has signalled its end.
private final class ValidatingThread: @unchecked Sendable {
    let validator: RecordValidator
    var result: ProducedRecords
    var error: (any Error)?

    init(validator: RecordValidator, result: ProducedRecords) {
        self.validator = validator
        self.result = result
    }

    func run(from input: BoundedQueue<[SlottedRecord]>, handingOverTo output: BoundedQueue<[PreparedRecord]>) {
        var pending: [PreparedRecord] = []
        pending.reserveCapacity(ProducedRecords.batchSize)
        do {
            reading: while let batch = input.pop() {
                for record in batch {
                    result.count += 1
                    switch try validator.prepare(record) {
                    case .valid(let value):
                        guard result.invalid.isEmpty else { break }
                        result.subjects.collect(value)
                        pending.append(value)
                        if pending.count == ProducedRecords.batchSize {
                            guard output.push(pending) else {
                                input.cancel()
                                break reading
                            }
                            pending = []
                            pending.reserveCapacity(ProducedRecords.batchSize)
                        }
                    case .invalid(let issues):
                        let room = max(0, ProducedRecords.keptProblems - result.invalid.count)
                        result.invalid.append(contentsOf: issues.prefix(room))
                        result.unlisted += max(0, issues.count - room)
                        pending.removeAll()
                    }
                }
            }
            if result.invalid.isEmpty && !pending.isEmpty { _ = output.push(pending) }
        } catch {
            self.error = error
            input.cancel()
        }
        output.finish()
    }
}
