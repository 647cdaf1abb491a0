import KoppelEngine
@testable import KoppelDemo

/// A tiny deterministic RNG (SplitMix64) so random test instances are the same on every run.
struct PlacementSplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        DemoRandom.splitMix64(&state)
    }

    /// A value in `range` (both ends included).
    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
