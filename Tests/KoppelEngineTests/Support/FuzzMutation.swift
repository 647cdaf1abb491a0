import KoppelDemo

/// Byte-level mutations of a valid document: bit flips, truncation, deletions, inserted pieces.
enum FuzzMutation {
    /// `seed` with one to three random mutations applied.
    static func mutate(_ seed: [UInt8], pieces: [[UInt8]], using rng: inout SeededRandom) -> [UInt8] {
        var bytes = seed
        for _ in 0..<rng.int(in: 1...3) {
            let position = rng.int(in: 0...bytes.count)
            switch rng.int(in: 0...4) {
            case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << rng.int(in: 0...7))
            case 1: bytes = Array(bytes.prefix(position))
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + rng.int(in: 1...12))
                bytes.removeSubrange(min(position, end)..<end)
            default: bytes.insert(contentsOf: pieces[rng.int(in: 0...(pieces.count - 1))], at: position)
            }
        }
        return bytes
    }
}
