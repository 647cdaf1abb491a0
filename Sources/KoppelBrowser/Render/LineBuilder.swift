import KoppelEngine

/// Builds a screen line of an exact display width from styled pieces.
struct LineBuilder {
    let width: Int
    private(set) var segments: [BrowserSegment] = []
    private(set) var used = 0

    init(width: Int) { self.width = width }

    /// Appends `text` (cut with "…" when it does not fit in what is left).
    mutating func add(_ text: String, _ style: BrowserStyle = .plain) {
        let room = width - used
        guard room > 0, !text.isEmpty else { return }
        let cut = DisplayWidth.truncate(TerminalText.safe(text), to: room)
        append(cut, style, DisplayWidth.of(cut))
    }

    /// Appends `text` fitted to exactly `columns` columns.
    mutating func add(_ text: String, columns: Int, alignRight: Bool = false, _ style: BrowserStyle = .plain) {
        add(DisplayWidth.fit(text, to: columns, alignRight: alignRight), style)
    }

    /// Pads to the full width (in `style`) and returns the line.
    func line(padding style: BrowserStyle = .plain) -> BrowserLine {
        var copy = self
        if copy.used < width { copy.append(String(repeating: " ", count: width - copy.used), style, width - copy.used) }
        return BrowserLine(copy.segments)
    }

    private mutating func append(_ text: String, _ style: BrowserStyle, _ columns: Int) {
        if let last = segments.last, last.style == style {
            segments[segments.count - 1].text += text
        } else {
            segments.append(BrowserSegment(text, style))
        }
        used += columns
    }
}

extension BrowserLine {
    /// A line of `width` spaces.
    static func blank(_ width: Int, _ style: BrowserStyle = .plain) -> BrowserLine {
        BrowserLine([BrowserSegment(String(repeating: " ", count: max(0, width)), style)])
    }

    /// The part of the line from display column `start` (inclusive) to `end` (exclusive).
    /// A wide character cut in half becomes a space.
    func slice(from start: Int, to end: Int) -> [BrowserSegment] {
        var result: [BrowserSegment] = []
        var column = 0
        for segment in segments {
            var text = ""
            for character in segment.text {
                let w = DisplayWidth.of(character)
                if column >= start && column + w <= end {
                    text.append(character)
                } else if column < end && column + w > start {
                    text += String(repeating: " ", count: min(column + w, end) - max(column, start))
                }
                column += w
                if column >= end { break }
            }
            if !text.isEmpty { result.append(BrowserSegment(text, segment.style)) }
            if column >= end { break }
        }
        return result
    }

    /// This line with `overlay` drawn from display column `start`.
    func overlaid(_ overlay: [BrowserSegment], at start: Int, width: Int) -> BrowserLine {
        let overlayWidth = overlay.reduce(0) { $0 + DisplayWidth.of($1.text) }
        return BrowserLine(slice(from: 0, to: start) + overlay + slice(from: start + overlayWidth, to: width))
    }
}
