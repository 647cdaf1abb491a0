import KoppelEngine

/// The rule for imported text: no control characters (tab and line breaks only in multi-line
/// fields) and a bounded length.
///
/// ```swift
/// CleanText.problem("Anouk\u{1B}[2J", multiline: false)
/// // "contains a control character (U+001B) at character 6; ..."
/// ```
enum CleanText {
    /// Why `text` may not be stored, or nil when it may.
    static func problem(_ text: String, multiline: Bool) -> String? {
        let limit = multiline ? InputLimits.longTextBytes : InputLimits.textBytes
        let length = text.utf8.count
        if length > limit {
            return "is \(InputLimits.describe(bytes: length)) long; at most \(InputLimits.describe(bytes: limit)) are accepted"
        }
        // Checked on the UTF-8 bytes first: most text holds no control character at all.
        guard TerminalText.holdsControl(text) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where TerminalText.isControl(scalar) {
            if multiline && (scalar == "\t" || scalar == "\n" || scalar == "\r") { continue }
            if scalar == "\0" { return "contains a NUL character (\\u0000); this is not text" }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let allowed = multiline ? "only tabs and line breaks are allowed here" : "one-line text may hold no tab, line break or other control character"
            return "contains a control character (\(code)) at character \(offset + 1); \(allowed)"
        }
        return nil
    }
}
