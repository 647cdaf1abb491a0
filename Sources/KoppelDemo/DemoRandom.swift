import KoppelEngine

/// A seeded pseudo-random generator (xoshiro256**, seeded by SplitMix64) whose output is fixed
/// forever: the same seed gives the same numbers on every platform and Swift version.
///
/// Swift's own `randomElement(using:)`, `shuffled(using:)` and `Int.random(in:using:)` do not
/// promise a stable algorithm, so the demo generator uses only the helpers below, which are
/// written out here (Lemire's bounded integers, Fisher–Yates, linear weighted choice).
///
/// ```swift
/// var random = DemoRandom(seed: 42)
/// random.int(in: 1...6)          // a die roll, the same one every time
/// random.chance(0.1)             // true about one time in ten
/// ```
public struct DemoRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose state is filled from `seed` by SplitMix64, as the xoshiro authors advise.
    public init(seed: UInt64) {
        var mixer = seed
        s0 = DemoRandom.splitMix64(&mixer)
        s1 = DemoRandom.splitMix64(&mixer)
        s2 = DemoRandom.splitMix64(&mixer)
        s3 = DemoRandom.splitMix64(&mixer)
    }

    /// An independent generator for one part of the data (`stream`) and one item in it (`index`),
    /// so that item 500,000 can be made without making the items before it.
    public init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
        var mixer = seed
        let base = DemoRandom.splitMix64(&mixer)
        var streamMixer = stream &* 0xD1B5_4A32_D192_ED03
        let streamKey = DemoRandom.splitMix64(&streamMixer)
        var indexMixer = (index &* 0x9E37_79B9_7F4A_7C15) ^ 0x5851_F42D_4C95_7F2D
        let indexKey = DemoRandom.splitMix64(&indexMixer)
        self.init(seed: base ^ streamKey ^ (indexKey &* 0xBF58_476D_1CE4_E5B9))
    }

    /// One step of SplitMix64 (Steele, Lea, Flood 2014): advances `state` and returns its mix.
    public static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**, Blackman and Vigna 2018).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform integer in `range` without modulo bias (Lemire's multiply-and-reject).
    public mutating func int(in range: ClosedRange<Int>) -> Int { boundedInt(in: range) }

    /// A uniform integer in a half-open, non-empty `range`.
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "DemoRandom.int(in:) needs a non-empty range")
        return int(in: range.lowerBound...(range.upperBound - 1))
    }

    /// A uniform Double in [0, 1) with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform Double between the bounds of `range`.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `probability` (0 never, 1 always).
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// A bell-shaped value: the Irwin–Hall sum of twelve uniforms, shifted and scaled.
    ///
    /// Within ±6 deviations of `mean`, uses no transcendental functions (so no libm differences).
    public mutating func normalish(mean: Double, deviation: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return mean + (sum - 6) * deviation
    }

    /// A uniform element of a non-empty collection.
    public mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element
    where C.Index == Int {
        precondition(!collection.isEmpty, "DemoRandom.element(of:) needs a non-empty collection")
        return collection[collection.startIndex + int(in: 0..<collection.count)]
    }

    /// An index chosen with probability proportional to its weight; nil when no weight is positive.
    ///
    /// Negative and non-finite weights count as zero. Linear; use ``DemoWeightedTable`` for
    /// repeated choices from one list.
    public mutating func weightedIndex(_ weights: [Double]) -> Int? {
        var total = 0.0
        for weight in weights where weight > 0 && weight.isFinite { total += weight }
        guard total > 0 else { return nil }
        var target = unit() * total
        var last: Int?
        for (index, weight) in weights.enumerated() where weight > 0 && weight.isFinite {
            if target < weight { return index }
            target -= weight
            last = index
        }
        return last  // rounding left a crumb past the end: the last positive weight takes it
    }

    /// Shuffles `array` in place (Fisher–Yates, from the back).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = int(in: 0...i)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// `count` distinct elements of `array` (all of them when it has fewer), in random order.
    public mutating func sample<T>(_ array: [T], count: Int) -> [T] {
        let wanted = min(max(count, 0), array.count)
        guard wanted > 0 else { return [] }
        var pool = array
        for i in 0..<wanted {
            let j = int(in: i..<pool.count)
            if i != j { pool.swapAt(i, j) }
        }
        return Array(pool[0..<wanted])
    }
}
