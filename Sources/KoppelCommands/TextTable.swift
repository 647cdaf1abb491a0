import Koppel

/// A plain-text table that fits a width, for `--format table`.
///
/// Widths count terminal columns (``DisplayWidth``): ë and ö take one, 東 two, so names align.
/// Cells and titles pass through ``TerminalText/safe(_:keepingLineBreaks:)``: a control
/// character in the data is printed as U+FFFD, never sent to the terminal.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// The column never grows beyond this; longer values are cut with "…".
        var maxWidth: Int = 40
    }

    var columns: [Column]
    var rows: [[String]] = []

    /// The table as lines: a header, then one line per row, columns two spaces apart.
    func render(bold: Bool = false) -> [String] {
        let columns = columns.map { Column(title: TerminalText.safe($0.title), alignment: $0.alignment, maxWidth: $0.maxWidth) }
        let rows = rows.map { $0.map { TerminalText.safe($0) } }
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], min(DisplayWidth.of(cell), columns[index].maxWidth))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = DisplayWidth.truncate(index < cells.count ? cells[index] : "", to: widths[index])
                let isLast = index == columns.count - 1
                parts.append(isLast && column.alignment == .left ? cell : DisplayWidth.pad(cell, to: widths[index], alignRight: column.alignment == .right))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let header = line(columns.map(\.title))
        return [Console.bold(header, color: bold)] + rows.map(line)
    }

    /// `text` broken at spaces into lines of at most `width` characters.
    /// Leading spaces are kept on every line; continuation lines are indented two more.
    static func wrap(_ text: String, width: Int) -> [String] {
        let indent = text.prefix { $0 == " " }.count
        if indent > 0 {
            let body = wrap(String(text.dropFirst(indent)), width: max(width - indent - 2, 10))
            return body.enumerated().map { String(repeating: " ", count: indent + ($0 == 0 ? 0 : 2)) + $1 }
        }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.flatMap { line in
            stride(from: 0, to: max(line.count, 1), by: max(width, 1)).map { start in
                String(line.dropFirst(start).prefix(width))
            }
        }
    }
}

extension TextTable {
    /// Every line of `text` wrapped to `width` characters at spaces (tables are already narrower).
    static func wrapLines(_ text: String, width: Int = 100) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            line.count <= width ? [String(line)] : wrap(String(line), width: width)
        }
        return lines.joined(separator: "\n")
    }
}
