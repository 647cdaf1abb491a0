/// Sends frames to the terminal, rewriting only the lines that changed since the last frame.
struct ScreenWriter {
    let color: Bool
    private var previous: [String] = []

    init(color: Bool) { self.color = color }

    /// Forgets what is on screen, so the next frame is drawn whole (after resize, ctrl-l).
    mutating func invalidate() { previous = [] }

    /// The bytes that bring the screen from the last frame to `lines`.
    mutating func update(_ lines: [BrowserLine]) -> String {
        let encoded = lines.map { $0.ansi(color: color) }
        var out = previous.count == encoded.count ? "" : "\u{1B}[0m\u{1B}[H\u{1B}[2J"
        for (row, line) in encoded.enumerated() where previous.count != encoded.count || previous[row] != line {
            out += "\u{1B}[\(row + 1);1H" + line
        }
        previous = encoded
        return out
    }
}
