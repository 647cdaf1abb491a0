import KoppelDemo

/// A seeded SplitMix64 generator for the interchange fuzz tests.
struct FuzzRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        DemoRandom.splitMix64(&state)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

/// Byte-level mutations of a valid document: bit flips, truncation, deletions, inserted pieces.
enum FuzzMutation {
    /// `seed` with one to three random mutations applied.
    static func mutate(_ seed: [UInt8], pieces: [[UInt8]], using rng: inout FuzzRandom) -> [UInt8] {
        var bytes = seed
        for _ in 0..<rng.int(1...3) {
            let position = rng.int(0...bytes.count)
            switch rng.int(0...4) {
            case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << rng.int(0...7))
            case 1: bytes = Array(bytes.prefix(position))
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + rng.int(1...12))
                bytes.removeSubrange(min(position, end)..<end)
            default: bytes.insert(contentsOf: pieces[rng.int(0...(pieces.count - 1))], at: position)
            }
        }
        return bytes
    }
}
