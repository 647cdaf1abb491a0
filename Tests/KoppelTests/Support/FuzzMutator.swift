import Foundation
import Koppel
import KoppelDemo

/// Seeded mutations of valid input files: bit flips, truncation, deletions, duplications,
/// inserted quotes, delimiters, NULs, BOMs, line ends, hostile text and random bytes.
enum FuzzMutator {
    static let tokens: [[UInt8]] = [
        ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "|", "=", "==", "{", "}", "[", "]", ":", "\\", "\\u0000", "null", "true",
        "-1", "1e309", "NaN", "0x10", "2026-02-30", "99999999999999999999", "10A", "'; DROP TABLE person; --",
        "\u{FEFF}", "ë", "🙂", "\u{1B}[2J", " ", "\t", "nl:bag=9", "ENS", "p1", "\"p1\"", "[]", "{}", "\"\":\"\"",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xC3, 0x28], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], Array(repeating: 0x61, count: 10_000)]

    static func mutate(_ input: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = input
        for _ in 0..<random.int(in: 1...4) {
            let position = bytes.isEmpty ? 0 : random.int(in: 0...bytes.count)
            switch random.int(in: 0...8) {
            case 0 where !bytes.isEmpty:  // bit flip
                let index = min(position, bytes.count - 1)
                bytes[index] ^= UInt8(1 << random.int(in: 0...7))
            case 1:  // truncate
                bytes = Array(bytes.prefix(position))
            case 2 where !bytes.isEmpty:  // delete a range
                let end = min(bytes.count, position + random.int(in: 1...40))
                bytes.removeSubrange(min(position, end)..<end)
            case 3 where !bytes.isEmpty:  // duplicate a range (repeats lines, keys, list items)
                let start = random.int(in: 0...(bytes.count - 1))
                let end = min(bytes.count, start + random.int(in: 1...200))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            case 4:  // random bytes
                bytes.insert(contentsOf: (0..<random.int(in: 1...8)).map { _ in UInt8(random.int(in: 0...255)) }, at: position)
            case 5:  // swap two lines
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 2 {
                    let a = random.int(in: 0...(lines.count - 1)), b = random.int(in: 0...(lines.count - 1))
                    lines.swapAt(a, b)
                    bytes = Array(lines.joined(separator: [0x0A]))
                }
            case 6 where !bytes.isEmpty:  // replace one byte by a structural one
                bytes[min(position, bytes.count - 1)] = random.element(of: Array(",;\"\n|={}[]:".utf8))
            default:  // insert a token
                bytes.insert(contentsOf: random.element(of: tokens), at: position)
            }
        }
        return bytes
    }
}
