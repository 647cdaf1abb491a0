/// Terminal display width, counted per grapheme: `ë` and `ö` are one column, CJK ideographs
/// and emoji two, combining marks and control characters none.
///
/// ```swift
/// DisplayWidth.of("Jöbsis")                       // 6
/// DisplayWidth.truncate("Waterschap Vechtstromen", to: 12)  // "Waterschap …"
/// DisplayWidth.pad("東京", to: 6)                     // "東京  "
/// ```
package enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    package static func of(_ text: String) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 || byte < 0x20 {
            ascii = false
            break
        }
        if ascii { return text.utf8.count }
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The columns one grapheme takes: 0, 1 or 2.
    package static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isWide(value) || first.properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    package static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` cut to `width` columns and padded with spaces to exactly `width`.
    package static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        pad(truncate(text, to: width), to: width, alignRight: alignRight)
    }

    /// `text` followed (or, with `alignRight`, preceded) by spaces up to `width` columns; a
    /// longer text is left as it is.
    package static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? padding + text : text + padding
    }
}
