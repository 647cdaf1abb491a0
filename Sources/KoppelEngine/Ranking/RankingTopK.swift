/// The best `capacity` keys seen so far, in a min-heap (the worst kept key on top).
///
/// Keys are ``RankingIndex`` scan keys: higher is better, and every key is unique (the person's
/// dense index is part of it), so the kept set does not depend on the visiting order.
struct RankingTopK {
    let capacity: Int
    private(set) var heap: [UInt64] = []

    init(capacity: Int) {
        self.capacity = Swift.max(0, capacity)
        heap.reserveCapacity(Swift.min(self.capacity, 1 << 16))
    }

    /// A key must exceed this to be kept: 0 until the heap is full (every key is above 0),
    /// then the worst kept key.
    private(set) var threshold: UInt64 = 0

    var isFull: Bool { heap.count >= capacity }

    /// Whether `key` would be kept.
    @inline(__always)
    func admits(_ key: UInt64) -> Bool { key > threshold }

    mutating func insert(_ key: UInt64) {
        guard capacity > 0 else { return }
        defer { if heap.count >= capacity { threshold = heap[0] } }
        if heap.count < capacity {
            heap.append(key)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child] < heap[parent] else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if key > heap[0] {
            heap[0] = key
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { break }
                let right = left + 1
                let smaller = right < heap.count && heap[right] < heap[left] ? right : left
                guard heap[smaller] < heap[parent] else { break }
                heap.swapAt(smaller, parent)
                parent = smaller
            }
        }
    }

    /// The kept keys, best first.
    func sortedBestFirst() -> [UInt64] { heap.sorted(by: >) }
}

/// Scan keys: eligibility, then score, then the dense person index (ascending index = ascending
/// id) folded into one `UInt64` so that a larger key is a better result.
enum RankingScanKey {
    @inline(__always)
    static func make(eligible: Bool, score: Int, person: Int) -> UInt64 {
        (eligible ? 1 << 62 : 0) | UInt64(score) << 32 | UInt64(UInt32.max - UInt32(truncatingIfNeeded: person))
    }

    static func person(_ key: UInt64) -> Int { Int(UInt32.max - UInt32(truncatingIfNeeded: key)) }
}
