import Foundation

/// A first-in, first-out queue between one producing and one consuming thread, holding at most
/// `capacity` elements: the producer waits while it is full, the consumer while it is empty.
///
/// The producer ends the stream with ``finish()``; the consumer stops the producer with
/// ``cancel()`` (its next ``push(_:)`` returns false).
///
/// ```swift
/// let queue = BoundedQueue<[Int]>(capacity: 8)
/// // producer thread:  for batch in batches where !queue.push(batch) { break }; queue.finish()
/// // consumer thread:  while let batch = queue.pop() { use(batch) }
/// ```
final class BoundedQueue<Element>: @unchecked Sendable {
    // Every stored property is read and written only while `condition` is locked.
    private let condition = NSCondition()
    /// Taken elements are nil: the consumer holds the only reference, so it (not the producer,
    /// inside the lock) frees what it took.
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int
    private var finished = false
    private var cancelled = false

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Appends `element`, waiting for room; false (and nothing appended) once cancelled.
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        if head > capacity {
            items.removeFirst(head)
            head = 0
        }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// The oldest element, waiting for one; nil when the producer has finished and all were taken.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !finished { condition.wait() }
        guard items.count > head else { return nil }
        let element = items[head].take()
        head += 1
        condition.broadcast()
        return element
    }

    /// Marks the end of the stream: ``pop()`` returns nil once the queue is empty.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer: pending and later pushes return false.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
