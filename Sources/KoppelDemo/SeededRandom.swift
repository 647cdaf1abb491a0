/// The seeded generator of the tests (SplitMix64): tiny, and the same numbers on every run and platform.
///
/// Conforms to `RandomNumberGenerator`, so `shuffle(using:)` and friends take it too; its own
/// helpers are written out, so the numbers they give do not depend on the standard library's
/// algorithms (today they give what `Int.random(in:using:)` and `Double.random(in:using:)` give).
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// random.int(in: 1...6)   // a die roll, the same one every time
/// random.chance(0.1)      // true about one time in ten
/// ```
package struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed` itself (two seeds give two unrelated streams).
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 { DemoRandom.splitMix64(&state) }

    /// A uniform integer in `range` (both ends included).
    package mutating func int(in range: ClosedRange<Int>) -> Int { boundedInt(in: range) }

    /// A uniform integer in a half-open, non-empty `range`.
    package mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "SeededRandom.int(in:) needs a non-empty range")
        return boundedInt(in: range.lowerBound...(range.upperBound - 1))
    }

    /// A uniform Double in [0, 1) from the low 53 bits.
    package mutating func unit() -> Double { Double(next() & ((1 << 53) - 1)) * 0x1p-53 }

    /// True with probability `probability` (0 never, 1 always).
    package mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// A uniform element of a non-empty array.
    package mutating func element<T>(of items: [T]) -> T {
        precondition(!items.isEmpty, "SeededRandom.element(of:) needs a non-empty array")
        return items[int(in: 0..<items.count)]
    }
}
