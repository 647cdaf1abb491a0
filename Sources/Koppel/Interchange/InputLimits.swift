import Foundation

/// The documented limits on what koppel reads; going past one is an error that names it.
///
/// ```swift
/// InputLimits.fileBytes        // 1 GiB, or KoppelSettings.current.maxInputBytes
/// InputLimits.recordBytes      // 1 MiB per CSV record
/// ```
///
/// The README's "Limits" section lists the same numbers.
public enum InputLimits {
    /// The largest input file or standard input stream read: ``KoppelSettings/maxInputBytes``
    /// (1 GiB unless the embedding program sets another). Reading stops one byte past the
    /// limit, so an endless stream (`/dev/zero`) never holds more than this in memory.
    public static var fileBytes: Int { KoppelSettings.current.maxInputBytes }

    /// The longest CSV record (one line, or several inside quotes): 1 MiB.
    public static let recordBytes = 1 << 20

    /// The most columns a CSV header may have: 256 (the widest kind has 25).
    public static let headerColumns = 256

    /// The longest value of a one-line text field (names, titles, ids): 1,000 bytes of UTF-8.
    public static let textBytes = 1_000

    /// The longest value of a multi-line text field (descriptions): 100,000 bytes of UTF-8.
    public static let longTextBytes = 100_000

    /// Problems listed in full in an error message; the rest are counted.
    public static let listedProblems = 50

    /// A byte count as people read it: `1,048,576 bytes`.
    static func describe(bytes: Int) -> String {
        let digits = Array(String(bytes))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text + " bytes"
    }
}
