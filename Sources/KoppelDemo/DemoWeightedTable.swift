import KoppelEngine

/// A fixed list of weights for repeated weighted choices in O(log n) each.
///
/// ```swift
/// let table = DemoWeightedTable([3, 1])      // index 0 three times as likely as index 1
/// var random = DemoRandom(seed: 7)
/// table.pick(&random)                        // 0 or 1
/// ```
public struct DemoWeightedTable: Sendable, Hashable {
    /// Running totals of the positive weights; `cumulative.last` is the total.
    private let cumulative: [Double]

    /// Builds the table; negative and non-finite weights count as zero.
    public init(_ weights: [Double]) {
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weights.count)
        for weight in weights {
            if weight > 0 && weight.isFinite { running += weight }
            cumulative.append(running)
        }
        self.cumulative = cumulative
    }

    /// Number of entries (including those of weight zero).
    public var count: Int { cumulative.count }

    /// True when no entry has a positive weight, so ``pick(_:)`` returns nil.
    public var isEmpty: Bool { (cumulative.last ?? 0) <= 0 }

    /// An index with probability proportional to its weight; nil when the table is empty.
    public func pick(_ random: inout DemoRandom) -> Int? {
        guard let total = cumulative.last, total > 0 else { return nil }
        // unit() < 1, but the product may round up to the total: keep it just below.
        let target = min(random.unit() * total, total.nextDown)
        // First index whose running total exceeds target: it has a positive weight.
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
