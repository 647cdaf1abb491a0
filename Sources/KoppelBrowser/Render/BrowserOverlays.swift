import KoppelEngine

/// The help overlay (`?`) and the question asked before quitting with unsaved changes.
enum BrowserOverlays {
    static func help(_ kind: BrowserKind, _ language: Language) -> [String] {
        var keys = [
            ("j k ↓ ↑ ctrl-n ctrl-p", "browser.help.move"), ("PgDn PgUp", "browser.help.page"),
            ("g G Home End", "browser.help.firstLast"), ("/", "browser.help.filter"), ("", "browser.help.filter2"),
            ("s", "browser.help.sort"), ("ctrl-d ctrl-u", "browser.help.scroll"),
        ]
        switch kind {
        case .traineeRanking:
            keys += [
                ("enter a", "browser.help.add"), ("J K", "browser.help.moveRanking"), ("d", "browser.help.remove"),
                ("tab", "browser.help.tab"),
            ]
        case .shortlist:
            keys += [("c", "browser.help.contacted"), ("x", "browser.help.notSuitable")]
        }
        keys += [("w", "browser.help.save"), ("q esc", "browser.help.quit"), ("?", "browser.help.help")]
        return keys.map { key, text in DisplayWidth.pad(key + "  ", to: 22) + language.text(text) }
    }

    static func confirmQuit(_ language: Language) -> [String] {
        [
            language.text("browser.confirm.notSaved"), "",
            DisplayWidth.pad("w  ", to: 5) + language.text("browser.confirm.save"), DisplayWidth.pad("y  ", to: 5) + language.text("browser.confirm.quit"),
            DisplayWidth.pad("esc  ", to: 5) + language.text("browser.confirm.keep"),
        ]
    }

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
