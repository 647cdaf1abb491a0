import KoppelEngine

/// Wraps styled paragraphs at spaces to a width; a word longer than the width is cut with "…".
enum ParagraphWrapper {
    private struct Word {
        var characters: [(Character, BrowserStyle)] = []
        var width = 0
        /// The spaces before the word and their style.
        var spaces = 0
        var spaceStyle = BrowserStyle.plain
    }

    static func wrap(_ paragraph: BrowserDetail.Paragraph, width: Int) -> [[BrowserSegment]] {
        guard width > 0 else { return [] }
        var words: [Word] = []
        var current = Word()
        for segment in paragraph.segments {
            for character in segment.text {
                if character == " " {
                    if !current.characters.isEmpty {
                        words.append(current)
                        current = Word()
                    }
                    current.spaces += 1
                    current.spaceStyle = segment.style
                } else {
                    current.characters.append((character, segment.style))
                    current.width += DisplayWidth.of(character)
                }
            }
        }
        if !current.characters.isEmpty { words.append(current) }
        if words.isEmpty { return [[]] }

        var lines: [[(Character, BrowserStyle)]] = []
        var line: [(Character, BrowserStyle)] = []
        var used = 0
        let indent = min(paragraph.hangingIndent, max(0, width - 8))
        for word in words {
            let leading = line.isEmpty ? (lines.isEmpty ? word.spaces : 0) : word.spaces
            if !line.isEmpty && used + leading + word.width > width {
                lines.append(line)
                line = Array(repeating: (" ", .plain), count: indent)
                used = indent
                append(word, spaces: 0, room: width, to: &line, used: &used)
            } else {
                append(word, spaces: leading, room: width, to: &line, used: &used)
            }
        }
        lines.append(line)
        return lines.map(coalesce)
    }

    private static func append(
        _ word: Word, spaces: Int, room: Int, to line: inout [(Character, BrowserStyle)], used: inout Int
    ) {
        for _ in 0..<spaces where used < room {
            line.append((" ", word.spaceStyle))
            used += 1
        }
        if used + word.width <= room {
            line += word.characters
            used += word.width
            return
        }
        // Too long for a line of its own: cut with an ellipsis.
        for (character, style) in word.characters {
            let w = DisplayWidth.of(character)
            if used + w > room - 1 { break }
            line.append((character, style))
            used += w
        }
        if used < room {
            line.append(("…", word.characters.last?.1 ?? .plain))
            used += 1
        }
    }

    private static func coalesce(_ characters: [(Character, BrowserStyle)]) -> [BrowserSegment] {
        var segments: [BrowserSegment] = []
        for (character, style) in characters {
            if let last = segments.last, last.style == style {
                segments[segments.count - 1].text.append(character)
            } else {
                segments.append(BrowserSegment(String(character), style))
            }
        }
        return segments
    }
}
