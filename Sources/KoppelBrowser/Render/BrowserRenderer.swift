import KoppelEngine

/// Draws a state: exactly `size.rows` lines, each exactly `size.columns` columns wide.
/// Pure, and only the rows on screen are drawn, so its cost does not grow with the item count.
///
/// ```swift
/// let lines = BrowserRenderer.render(state, BrowserSize(columns: 80, rows: 24))
/// print(lines.map(\.text).joined(separator: "\n"))
/// ```
public enum BrowserRenderer {
    public static func render(_ state: BrowserState, _ size: BrowserSize) -> [BrowserLine] {
        let layout = BrowserLayout(size)
        let language = state.data.language
        guard layout.fits else { return tooSmall(size, language) }
        let width = size.columns
        var lines: [BrowserLine] = []
        lines.reserveCapacity(size.rows)
        lines.append(titleBar(state, width))
        lines.append(tabLine(state, width))
        let columns = listColumns(state.data)
        let widths = BrowserColumn.layout(columns, total: width - 1)
        lines.append(headerLine(columns, widths, width, language))
        lines += listRows(state, layout, columns, widths)
        lines += detail(state, layout)
        let status = statusLines(state, width)
        lines.removeLast(status.count - 1)
        lines += status
        switch state.overlay {
        case .none: break
        case .help:
            lines = BrowserOverlays.box(
                BrowserOverlays.help(state.data.kind, language), title: language.text("browser.keys"), on: lines, size: size)
        case .confirmQuit:
            lines = BrowserOverlays.box(
                BrowserOverlays.confirmQuit(language), title: language.text("browser.unsavedTitle"), on: lines, size: size)
        }
        return lines
    }

    /// The list's columns, including the rank (trainee) or mark (shortlist) column.
    static func listColumns(_ data: BrowserData) -> [BrowserColumn] {
        switch data.kind {
        case .traineeRanking: [BrowserColumn("#", .fixed(2), alignRight: true)] + data.columns
        case .shortlist: data.columns + [BrowserColumn("mark", .fixed(12))]
        }
    }

    /// A column's title in `language` ("#" and data columns stay as they are).
    static func columnTitle(_ column: BrowserColumn, _ language: Language) -> String {
        Catalogue.entries["browser.column.\(column.title)"] != nil ? language.text("browser.column.\(column.title)") : column.title
    }

    static func tooSmall(_ size: BrowserSize, _ language: Language) -> [BrowserLine] {
        let message = language.text(
            "browser.tooSmall", ["size": "\(size)", "minimum": "\(BrowserLayout.minimum)"])
        var lines: [BrowserLine] = []
        for row in 0..<max(0, size.rows) {
            var builder = LineBuilder(width: size.columns)
            if row == 0 { builder.add(message) }
            lines.append(builder.line())
        }
        return lines
    }

    static func titleBar(_ state: BrowserState, _ width: Int) -> BrowserLine {
        var builder = LineBuilder(width: width)
        builder.add(" koppel · \(state.data.title)", .header)
        return builder.line(padding: .header)
    }

    static func tabLine(_ state: BrowserState, _ width: Int) -> BrowserLine {
        var builder = LineBuilder(width: width)
        let total = state.data.items.count
        let shown = state.filter.isEmpty ? "\(total)" : "\(state.visible.count)/\(total)"
        let language = state.data.language
        let noun = language.text(state.data.kind == .traineeRanking ? "browser.placements" : "browser.candidates")
        builder.add(" \(noun) \(shown) ", state.focus == .list ? .emphasis : .dim)
        if state.data.kind == .traineeRanking {
            builder.add("│", .dim)
            builder.add(" \(language.text("browser.myRanking")) \(state.ranking.count) ", state.focus == .ranking ? .emphasis : .dim)
        }
        builder.add("│", .dim)
        builder.add(" \(language.text("browser.sort", ["order": language.text("browser.sort.\(state.sort.label)")])) ")
        if state.isEditingFilter || !state.filter.isEmpty {
            builder.add("│", .dim)
            builder.add(" /\(state.filter.text)", state.isEditingFilter ? .emphasis : .plain)
            if state.isEditingFilter { builder.add("▏", .emphasis) }
        }
        let unsaved = state.hasUnsavedChanges ? "● \(language.text("browser.unsaved")) " : ""
        let room = width - builder.used - DisplayWidth.of(unsaved)
        if room > 0 { builder.add(String(repeating: " ", count: room)) }
        builder.add(unsaved, .bad)
        return builder.line()
    }

    static func headerLine(_ columns: [BrowserColumn], _ widths: [Int], _ width: Int, _ language: Language) -> BrowserLine {
        var builder = LineBuilder(width: width)
        builder.add(" ")
        for (index, column) in columns.enumerated() {
            if index > 0 { builder.add(" ") }
            let title = columnTitle(column, language)
            builder.add(title, columns: widths[index], alignRight: column.alignRight, .emphasis)
        }
        return builder.line()
    }

    static func listRows(
        _ state: BrowserState, _ layout: BrowserLayout, _ columns: [BrowserColumn], _ widths: [Int]
    ) -> [BrowserLine] {
        let width = layout.size.columns
        let rows = layout.listRows
        let entries: [Int]
        let cursor: Int
        let requestedTop: Int
        switch state.focus {
        case .list: (entries, cursor, requestedTop) = (state.visible, state.listCursor, state.listTop)
        case .ranking: (entries, cursor, requestedTop) = (state.ranking, state.rankingCursor, state.rankingTop)
        }
        var lines: [BrowserLine] = []
        if entries.isEmpty {
            var builder = LineBuilder(width: width)
            builder.add("  " + emptyMessage(state), .dim)
            lines.append(builder.line())
        } else {
            let top = BrowserLayout.scroll(top: requestedTop, cursor: cursor, rows: rows, count: entries.count)
            for row in top..<min(entries.count, top + rows) {
                lines.append(itemRow(state, entries[row], selected: row == cursor, columns, widths, width))
            }
        }
        while lines.count < rows { lines.append(.blank(width)) }
        return lines
    }

    static func emptyMessage(_ state: BrowserState) -> String {
        switch state.focus {
        case .ranking:
            return state.data.language.text("browser.emptyRanking")
        case .list:
            if state.data.items.isEmpty {
                return state.data.language.text(state.data.kind == .traineeRanking ? "browser.noPlacements" : "browser.noCandidates")
            }
            return state.data.language.text("browser.nothingMatches", ["filter": state.filter.text])
        }
    }

    static func itemRow(
        _ state: BrowserState, _ index: Int, selected: Bool, _ columns: [BrowserColumn], _ widths: [Int], _ width: Int
    ) -> BrowserLine {
        let item = state.data.items[index]
        let rowStyle: BrowserStyle? = selected ? .selected : nil
        var builder = LineBuilder(width: width)
        builder.add(selected ? "▶" : " ", rowStyle ?? .plain)
        var cells = item.cells
        switch state.data.kind {
        case .traineeRanking: cells.insert(state.rankPosition[index].map { String($0 + 1) } ?? "", at: 0)
        case .shortlist: cells.append(state.marks[index].map { state.data.language.text("browser.mark.\($0.rawValue)") } ?? "")
        }
        for (position, column) in columns.enumerated() {
            if position > 0 { builder.add(" ", rowStyle ?? .plain) }
            let cell = position < cells.count ? cells[position] : ""
            var style = rowStyle ?? .plain
            if rowStyle == nil && column.title == "fit" && !item.eligible { style = .dim }
            builder.add(cell, columns: widths[position], alignRight: column.alignRight, style)
        }
        return builder.line(padding: rowStyle ?? .plain)
    }

    static func detail(_ state: BrowserState, _ layout: BrowserLayout) -> [BrowserLine] {
        let width = layout.size.columns
        var lines: [BrowserLine] = []
        var divider = LineBuilder(width: width)
        divider.add("── ", .dim)
        guard let index = state.selectedItem else {
            divider.add(String(repeating: "─", count: max(0, width - divider.used)), .dim)
            lines.append(divider.line())
            while lines.count < layout.detailRows + 1 { lines.append(.blank(width)) }
            return lines
        }
        let item = state.data.items[index]
        divider.add(DisplayWidth.truncate(item.detail.heading, to: max(1, width - 6)), .emphasis)
        divider.add(" " + String(repeating: "─", count: max(0, width - divider.used - 1)), .dim)
        lines.append(divider.line())

        var body: [[BrowserSegment]] = []
        for paragraph in item.detail.paragraphs {
            body += ParagraphWrapper.wrap(paragraph, width: width - 2)
        }
        let rows = layout.detailRows
        let top = max(0, min(state.detailTop, body.count - rows))
        let more = body.count - top > rows
        for row in 0..<rows {
            var builder = LineBuilder(width: width)
            if more && row == rows - 1 {
                builder.add("  … " + state.data.language.text("browser.moreLines", ["count": body.count - top - rows + 1]), .dim)
            } else if top + row < body.count {
                builder.add(" ")
                for segment in body[top + row] { builder.add(segment.text, segment.style) }
            }
            lines.append(builder.line())
        }
        return lines
    }

    /// The status line; a message too long for one line takes two (the last detail line).
    /// How many lines the selected item's detail takes at `width` (for scrolling).
    static func detailLineCount(_ state: BrowserState, width: Int) -> Int {
        guard let index = state.selectedItem else { return 0 }
        return state.data.items[index].detail.paragraphs.reduce(0) {
            $0 + ParagraphWrapper.wrap($1, width: width - 2).count
        }
    }

    static func statusLines(_ state: BrowserState, _ width: Int) -> [BrowserLine] {
        var builder = LineBuilder(width: width)
        if let status = state.status {
            let style: BrowserStyle = status.isError ? .statusError : .status
            let wrapped = ParagraphWrapper.wrap(BrowserDetail.Paragraph(status.text, style), width: width - 1)
            return wrapped.prefix(2).map { segments in
                var line = LineBuilder(width: width)
                line.add(" ", style)
                for segment in segments { line.add(segment.text, style) }
                return line.line(padding: style)
            }
        }
        let hints: String
        if state.isEditingFilter {
            hints = " " + state.data.language.text("browser.hints.filter")
        } else if state.data.kind == .traineeRanking {
            hints = " " + state.data.language.text("browser.hints.trainee")
        } else {
            hints = " " + state.data.language.text("browser.hints.shortlist")
        }
        builder.add(hints, .status)
        return [builder.line(padding: .status)]
    }
}
