import KoppelEngine

/// The browser's list as plain text, for when stdout is not a terminal
/// (`koppel browse --trainee t01 | less`): the list in fit order, then the saved ranking.
/// Control characters in the data are printed as U+FFFD (``TerminalText``).
public enum BrowserPlainText {
    public static func render(_ state: BrowserState) -> String {
        let data = state.data
        var out = data.title + "\n\n"
        let columns = BrowserRenderer.listColumns(data)
        let titles = [data.language.text("log.column.id")] + columns.map { BrowserRenderer.columnTitle($0, data.language) }
        var widths = titles.dropFirst().map { DisplayWidth.of($0) }
        var rows: [[String]] = []
        for index in state.visible {
            var cells = data.items[index].cells
            switch data.kind {
            case .traineeRanking: cells.insert(state.rankPosition[index].map { String($0 + 1) } ?? "", at: 0)
            case .shortlist: cells.append(state.marks[index].map { data.language.text("browser.mark.\($0.rawValue)") } ?? "")
            }
            cells.insert(data.items[index].id, at: 0)
            rows.append(cells.map { TerminalText.safe($0) })
        }
        widths.insert(2, at: 0)
        for row in rows {
            for (position, cell) in row.enumerated() where position < widths.count {
                widths[position] = max(widths[position], min(DisplayWidth.of(cell), 40))
            }
        }
        let aligns = [false] + columns.map(\.alignRight)
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for position in cells.indices {
                parts.append(DisplayWidth.fit(cells[position], to: widths[position], alignRight: aligns[position]))
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        out += line(titles) + "\n"
        for row in rows { out += line(row) + "\n" }
        if data.kind == .traineeRanking {
            out += "\n" + data.language.text("browser.plain.savedRanking")
            if state.ranking.isEmpty { out += data.language.text("browser.plain.noneYet") }
            out += "\n"
            for (position, index) in state.ranking.enumerated() {
                let item = data.items[index]
                out += "\(position + 1). \(item.id)  \(item.employerName) · \(item.title)\n"
            }
        }
        return TerminalText.safe(out, keepingLineBreaks: true)
    }
}
