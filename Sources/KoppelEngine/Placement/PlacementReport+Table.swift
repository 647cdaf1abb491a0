extension PlacementReport {
    /// The report as plain-text tables for `--format table`, no line wider than `width`.
    ///
    /// ```text
    /// Placement round: trainee-optimal stable matching (trainee-proposing deferred acceptance)
    /// Trainees: 5 (5 matched, 0 unmatched). Places: 6 in 3 placements (1 unfilled). Blocking pairs: 0.
    ///
    /// Choice  Trainees
    /// 1st            3
    /// …
    /// ```
    ///
    /// Ids longer than their column are cut with "…"; the trainee lists and warnings wrap.
    /// Columns are measured in terminal columns (``DisplayWidth``); the wrapped lists and
    /// warnings count characters (grapheme clusters), so very wide characters there may overrun.
    /// Control characters in ids are printed as U+FFFD (``TerminalText``).
    public func renderTable(width: Int = 100) -> String {
        let width = max(width, 60)
        var out = [String]()
        let heading: String
        switch optimal {
        case .trainee?:
            heading = "Placement round: trainee-optimal stable matching (trainee-proposing deferred acceptance)"
        case .placement?:
            heading = "Placement round: placement-optimal stable matching (placement-proposing deferred acceptance)"
        case nil:
            heading = "Placement round: a given matching"
        }
        out += Self.wrap(heading, width: width, indent: "")
        out += Self.wrap(
            "Trainees: \(traineeCount) (\(matchedCount) matched, \(traineeCount - matchedCount) unmatched). "
                + "Places: \(totalCapacity) in \(placementCount) placements (\(unfilledCount) unfilled). "
                + "Blocking pairs: \(blockingPairs).",
            width: width, indent: "")

        out.append("")
        if choices.isEmpty {
            out.append("Choices: nobody was matched.")
        } else {
            let countWidth = max("Trainees".count, choices.map { String($0.trainees).count }.max() ?? 0)
            let choiceWidth = max("Choice".count, choices.map { Self.ordinal($0.choice).count }.max() ?? 0)
            out.append(DisplayWidth.pad("Choice", to: choiceWidth) + "  " + DisplayWidth.pad("Trainees", to: countWidth, alignRight: true))
            for entry in choices {
                out.append(
                    DisplayWidth.pad(Self.ordinal(entry.choice), to: choiceWidth) + "  "
                        + DisplayWidth.pad(String(entry.trainees), to: countWidth, alignRight: true))
            }
        }

        out.append("")
        out += placementTable(width: width)

        out.append("")
        if unmatched.isEmpty {
            out.append("Unmatched trainees: none.")
        } else {
            let idWidth = Self.idColumnWidth(unmatched.map(\.trainee), header: "Unmatched trainee", width: width)
            out.append(DisplayWidth.pad("Unmatched trainee", to: idWidth) + "  Reason")
            for entry in unmatched {
                let prefix = Self.idCell(entry.trainee, idWidth) + "  "
                let lines = Self.wrap(entry.reason.explanation, width: width - DisplayWidth.of(prefix), indent: "")
                for (index, line) in lines.enumerated() {
                    out.append((index == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix))) + line)
                }
            }
        }

        out.append("")
        if warnings.isEmpty {
            out.append("Warnings: none.")
        } else {
            out.append("Warnings (\(warnings.count)):")
            for warning in warnings {
                let lines = Self.wrap(warning.message, width: width - 4, indent: "")
                for (index, line) in lines.enumerated() {
                    out.append((index == 0 ? "  - " : "    ") + line)
                }
            }
        }
        return TerminalText.safe(out.joined(separator: "\n"), keepingLineBreaks: true) + "\n"
    }

    private func placementTable(width: Int) -> [String] {
        guard !placements.isEmpty else { return ["Placements: none."] }
        let idWidth = Self.idColumnWidth(placements.map(\.placement), header: "Placement", width: width)
        let capacityWidth = max("Capacity".count, placements.map { String($0.capacity).count }.max() ?? 0)
        let placedWidth = max("Placed".count, placements.map { String($0.assigned.count).count }.max() ?? 0)
        let unfilledWidth = max("Unfilled".count, placements.map { String($0.unfilled).count }.max() ?? 0)
        let fixed = idWidth + 2 + capacityWidth + 2 + placedWidth + 2 + unfilledWidth + 2
        let listWidth = max(10, width - fixed)
        var out = [String]()
        out.append(
            DisplayWidth.pad("Placement", to: idWidth) + "  " + DisplayWidth.pad("Capacity", to: capacityWidth, alignRight: true) + "  "
                + DisplayWidth.pad("Placed", to: placedWidth, alignRight: true) + "  " + DisplayWidth.pad("Unfilled", to: unfilledWidth, alignRight: true) + "  "
                + Self.cut("Trainees (in the placement's ranking order)", listWidth))
        for line in placements {
            let prefix =
                Self.idCell(line.placement, idWidth) + "  "
                + DisplayWidth.pad(String(line.capacity), to: capacityWidth, alignRight: true) + "  "
                + DisplayWidth.pad(String(line.assigned.count), to: placedWidth, alignRight: true) + "  "
                + DisplayWidth.pad(String(line.unfilled), to: unfilledWidth, alignRight: true) + "  "
            let names = line.assigned.map { Self.cut($0, listWidth - 1) }
            let wrapped = Self.wrapList(names, width: listWidth)
            for (index, text) in (wrapped.isEmpty ? ["-"] : wrapped).enumerated() {
                let lead = index == 0 ? prefix : String(repeating: " ", count: fixed)
                out.append(Self.trimTrailing(lead + text))
            }
        }
        return out
    }

    /// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", …
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    private static func idColumnWidth(_ ids: [String], header: String, width: Int) -> Int {
        let widest = ids.map { DisplayWidth.of(TerminalText.safe($0, keepingLineBreaks: true)) }.max() ?? 0
        return min(max(header.count, widest), max(header.count, width / 3))
    }

    /// `id` as the table prints it (control characters as U+FFFD), cut and padded to `width` columns.
    private static func idCell(_ id: String, _ width: Int) -> String {
        DisplayWidth.fit(TerminalText.safe(id, keepingLineBreaks: true), to: width)
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(width, 0))) }
        return String(text.prefix(width - 1)) + "…"
    }

    private static func trimTrailing(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// Comma-separated items, wrapped to lines of at most `width` characters.
    private static func wrapList(_ items: [String], width: Int) -> [String] {
        var lines = [String]()
        var current = ""
        for (index, item) in items.enumerated() {
            let piece = index < items.count - 1 ? item + "," : item
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Words wrapped to lines of at most `width` characters; over-long words are cut.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        let width = max(width, 1)
        var lines = [String]()
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let word = cut(String(word), width)
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map { indent + $0 }
    }
}
