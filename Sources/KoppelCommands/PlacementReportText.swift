import Koppel

/// A placement round's report as text for people, in the CLI's language.
///
/// English is the engine's own table (``PlacementReport/renderTable(width:)``); Dutch (and the
/// test language) is written from the report's facts with the catalogue.
enum PlacementReportText {
    static func render(_ report: PlacementReport) -> String {
        let language = CLILanguage.current
        guard language != .en else { return report.renderTable() }
        var out: [String] = []
        switch report.optimal {
        case .trainee?: out.append(tr("placementReport.heading.trainee"))
        case .placement?: out.append(tr("placementReport.heading.placement"))
        case nil: out.append(tr("placementReport.heading.given"))
        }
        out.append(tr("placementReport.summary", [
            "trainees": report.traineeCount, "matched": report.matchedCount, "unmatched": report.traineeCount - report.matchedCount,
            "places": report.totalCapacity, "placements": report.placementCount, "unfilled": report.unfilledCount,
            "blocking": report.blockingPairs,
        ]))
        out.append("")
        if report.choices.isEmpty {
            out.append(tr("placementReport.nobodyMatched"))
        } else {
            var table = TextTable(columns: [.init(title: tr("placementReport.column.choice")), .init(title: tr("placementReport.column.trainees"), alignment: .right)])
            for entry in report.choices { table.rows.append([tr("placementReport.choice", ["number": entry.choice]), String(entry.trainees)]) }
            out += table.render()
        }
        out.append("")
        if report.placements.isEmpty {
            out.append(tr("placementReport.noPlacements"))
        } else {
            var table = TextTable(columns: [
                .init(title: tr("placementReport.column.placement")), .init(title: tr("placementReport.column.capacity"), alignment: .right),
                .init(title: tr("placementReport.column.placed"), alignment: .right),
                .init(title: tr("placementReport.column.unfilled"), alignment: .right),
                .init(title: tr("placementReport.column.assigned"), maxWidth: 50),
            ])
            for line in report.placements {
                table.rows.append([
                    line.placement, String(line.capacity), String(line.assigned.count), String(line.unfilled),
                    line.assigned.isEmpty ? "-" : line.assigned.joined(separator: ", "),
                ])
            }
            out += table.render()
        }
        out.append("")
        if report.unmatched.isEmpty {
            out.append(tr("placementReport.noUnmatched"))
        } else {
            var table = TextTable(columns: [.init(title: tr("placementReport.column.unmatched")), .init(title: tr("placementReport.column.reason"), maxWidth: 70)])
            for entry in report.unmatched { table.rows.append([entry.trainee, tr("placementReport.unmatched." + entry.reason.rawValue)]) }
            out += table.render()
        }
        out.append("")
        if report.warnings.isEmpty {
            out.append(tr("placementReport.noWarnings"))
        } else {
            out.append(tr("placementReport.warnings", ["count": report.warnings.count]))
            for warning in report.warnings { out.append("  - " + Self.warning(warning)) }
        }
        return TextTable.wrapLines(out.joined(separator: "\n") + "\n")
    }

    /// A listing the round ignored, in a sentence.
    static func warning(_ warning: PlacementWarning) -> String {
        let key = "placementReport.warning." + warning.code.rawValue
        guard Catalogue.entries[key] != nil else { return warning.message }
        return tr(key, ["trainee": warning.trainee, "placement": warning.placement])
    }
}
