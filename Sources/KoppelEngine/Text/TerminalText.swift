/// Text made safe to print on a terminal: no character in it can start an escape sequence.
///
/// ```swift
/// TerminalText.safe("Anouk\u{1B}]0;pwned\u{07}")   // "Anouk�]0;pwned�"
/// TerminalText.isControl("\u{9B}")                   // true: C1 CSI
/// ```
///
/// Every table and plain-text printer (the CLI's tables, the ranking tables, the browser's
/// screen and plain text) passes what it prints through ``safe(_:keepingLineBreaks:)``; the
/// importer refuses the same characters with ``isControl(_:)``.
public enum TerminalText {
    /// What a control character is replaced by: U+FFFD, visible and harmless.
    public static let replacement: Character = "\u{FFFD}"

    /// Whether `scalar` is a control character: C0 (U+0000–U+001F, tab and line ends included),
    /// DEL (U+007F) or C1 (U+0080–U+009F, which some terminals read as ESC sequences).
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// `text` with every control character replaced by ``replacement``; with
    /// `keepingLineBreaks`, LF is kept (CR and CR LF become LF).
    public static func safe(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard holdsControl(text) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            guard isControl(scalar) else {
                result.append(scalar)
                continue
            }
            if keepingLineBreaks && (scalar == "\n" || scalar == "\r") {
                if !(scalar == "\n" && previousWasCR) { result.append("\n") }
            } else {
                result.append(contentsOf: String(replacement).unicodeScalars)
            }
        }
        return String(result)
    }

    /// Whether `text` holds a control character, checked on its UTF-8 bytes: C0 and DEL are
    /// single bytes, C1 is 0xC2 followed by 0x80–0x9F.
    public static func holdsControl(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
                previous = byte
            }
            return false
        }
    }
}
