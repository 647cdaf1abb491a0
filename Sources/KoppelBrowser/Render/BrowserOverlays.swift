/// The help overlay (`?`) and the question asked before quitting with unsaved changes.
enum BrowserOverlays {
    static func help(_ kind: BrowserKind) -> [String] {
        var lines = [
            "j k ↓ ↑ ctrl-n ctrl-p  move",
            "PgDn PgUp             a page down / up",
            "g G Home End          first / last",
            "/                     filter (employer, title, domain,",
            "                      skills; accents and case ignored)",
            "s                     sort: fit → employer → distance",
            "ctrl-d ctrl-u         scroll the detail pane",
        ]
        switch kind {
        case .traineeRanking:
            lines += [
                "enter a               add to my ranking",
                "J K                   move down / up in my ranking",
                "d                     remove from my ranking",
                "tab                   placements ⇄ my ranking",
            ]
        case .shortlist:
            lines += [
                "c                     mark contacted (again: clear)",
                "x                     mark not suitable (again: clear)",
            ]
        }
        lines += [
            "w                     save",
            "q esc                 quit (asks when unsaved)",
            "?                     this help; any key closes it",
        ]
        return lines
    }

    static let confirmQuit = [
        "Your changes are not saved yet.",
        "",
        "w    save, then quit",
        "y    quit without saving",
        "esc  keep browsing",
    ]

    /// `text` in a bordered box centred on `lines`.
    static func box(_ text: [String], title: String, on lines: [BrowserLine], size: BrowserSize) -> [BrowserLine] {
        let inner = min(size.columns - 4, max(DisplayWidth.of(title) + 4, text.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
        let height = min(size.rows - 2, text.count + 2)
        guard inner > 4, height > 2 else { return lines }
        let left = (size.columns - inner - 2) / 2
        let top = max(1, (size.rows - height) / 2)
        var result = lines
        let heading = DisplayWidth.truncate(" \(title) ", to: inner)
        let bar = "┌─" + heading + String(repeating: "─", count: max(0, inner - 1 - DisplayWidth.of(heading))) + "┐"
        result[top] = result[top].overlaid([BrowserSegment(bar, .emphasis)], at: left, width: size.columns)
        for row in 0..<(height - 2) {
            let content = " " + DisplayWidth.fit(text[row], to: inner - 2) + " "
            result[top + 1 + row] = result[top + 1 + row].overlaid(
                [BrowserSegment("│", .emphasis), BrowserSegment(content), BrowserSegment("│", .emphasis)], at: left,
                width: size.columns)
        }
        let bottom = "└" + String(repeating: "─", count: inner) + "┘"
        result[top + height - 1] = result[top + height - 1].overlaid(
            [BrowserSegment(bottom, .emphasis)], at: left, width: size.columns)
        return result
    }
}
