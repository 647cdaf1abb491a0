import Foundation
import Koppel

/// The impact audit as a table and as a one-file HTML report (for `koppel audit impact`).
///
/// Both show aggregates only: group names, sizes, rates and ratios, and "suppressed" where a
/// group is below the minimum size. No person id reaches either.
enum AuditReportText {
    /// The report as plain-text tables: one per stage, then the median shares and overrides.
    static func table(_ run: ImpactAuditRun) -> String {
        var lines = [
            "Impact audit (four-fifths rule), \(period(run)); groups below \(run.report.minimumGroupSize) people suppressed; "
                + "shortlisted = among the first \(run.top) eligible of a logged ranking",
            "group file SHA-256 \(run.groupFileSHA256), columns: \(run.report.columns.joined(separator: ", ")); logged as entry \(run.logID)",
        ]
        for stage in run.report.stages {
            lines.append("")
            lines.append("\(stage.stage.rawValue) (rate = selected / people of the group)")
            lines += rows(stage.dimensions)
        }
        lines.append("")
        lines.append("scores above their ranking's median (rate = above / ranked appearances)")
        lines += rows(run.report.scoresAboveMedian)
        lines.append("")
        lines.append("overrides per adviser: " + counts(run.overridesByAdviser))
        lines.append("overrides per employer: " + counts(run.overridesByEmployer))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func period(_ run: ImpactAuditRun) -> String {
        "\(run.from?.description ?? "start of log") to \(run.to?.description ?? "today")"
    }

    private static func counts(_ counts: [String: Int]) -> String {
        counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    private static func rows(_ dimensions: [ImpactReport.Dimension]) -> [String] {
        var table = TextTable(columns: [
            .init(title: "dimension"), .init(title: "group"), .init(title: "people", alignment: .right),
            .init(title: "base", alignment: .right), .init(title: "selected", alignment: .right),
            .init(title: "rate", alignment: .right), .init(title: "impact ratio", alignment: .right), .init(title: "flag"),
        ])
        for dimension in dimensions {
            for group in dimension.groups {
                if group.suppressed {
                    table.rows.append([dimension.name, group.name, "suppressed", "", "", "", "", ""])
                } else {
                    table.rows.append([
                        dimension.name, group.name, "\(group.members ?? 0)", "\(group.base ?? 0)", "\(group.selected ?? 0)",
                        group.rate.map(percent) ?? "–", group.impactRatio.map { String(format: "%.2f", $0) } ?? "–",
                        group.belowFourFifths ? "below 0.8" : "",
                    ])
                }
            }
        }
        return table.rows.isEmpty ? ["  (no groups)"] : table.render().map { "  " + $0 }
    }

    private static func percent(_ rate: Double) -> String { String(format: "%.1f %%", rate * 100) }

    /// The report as one self-contained HTML file with a bar chart per dimension (inline SVG,
    /// no script, no external file).
    static func html(_ run: ImpactAuditRun) -> String {
        var body = """
            <h1>Impact audit koppel</h1>
            <p>Period \(escape(period(run))). Groups below \(run.report.minimumGroupSize) people are suppressed \
            (<em>onderdrukt</em>). Shortlisted: among the first \(run.top) eligible of a logged ranking. \
            A bar is the selection rate; a red bar an impact ratio below 0.8 (four-fifths rule).</p>
            <p>Group file SHA-256 <code>\(escape(run.groupFileSHA256))</code>, columns \
            \(escape(run.report.columns.joined(separator: ", "))); decision log entry \(run.logID).</p>

            """
        let sections = run.report.stages.map { ($0.stage.rawValue, $0.dimensions) } + [("scores above median", run.report.scoresAboveMedian)]
        for (title, dimensions) in sections {
            body += "<h2>\(escape(title))</h2>\n"
            for dimension in dimensions {
                body += "<h3>\(escape(dimension.name))</h3>\n" + chart(dimension) + "\n" + htmlTable(dimension) + "\n"
            }
        }
        body += "<h2>Overrides</h2>\n<p>Per adviser: \(escape(counts(run.overridesByAdviser))).<br>Per employer: \(escape(counts(run.overridesByEmployer))).</p>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Impact audit koppel</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}\
            td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}td:first-child,th:first-child{text-align:left}\
            .flag{color:#b00}</style></head><body>
            \(body)</body></html>

            """
    }

    private static func chart(_ dimension: ImpactReport.Dimension) -> String {
        let rowHeight = 22, labelWidth = 180, barWidth = 320
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 80)\" height=\"\(dimension.groups.count * rowHeight + 4)\" role=\"img\" aria-label=\"\(escape(dimension.name))\">"
        for (index, group) in dimension.groups.enumerated() {
            let y = index * rowHeight + 2
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(escape(group.name))</text>"
            if group.suppressed {
                svg += "<text x=\"\(labelWidth)\" y=\"\(y + 15)\" font-size=\"12\" fill=\"#777\">suppressed (onderdrukt)</text>"
            } else {
                let rate = group.rate ?? 0
                let width = Int((rate * Double(barWidth)).rounded())
                let colour = group.belowFourFifths ? "#b00" : "#37a"
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"\(colour)\"/>"
                svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 15)\" font-size=\"12\">\(group.rate.map(percent) ?? "–")</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func htmlTable(_ dimension: ImpactReport.Dimension) -> String {
        var html = "<table><tr><th>group</th><th>people</th><th>base</th><th>selected</th><th>rate</th><th>impact ratio</th></tr>"
        for group in dimension.groups {
            if group.suppressed {
                html += "<tr><td>\(escape(group.name))</td><td colspan=\"5\">suppressed</td></tr>"
            } else {
                let ratio = group.impactRatio.map { String(format: "%.2f", $0) } ?? "–"
                html += "<tr><td>\(escape(group.name))</td><td>\(group.members ?? 0)</td><td>\(group.base ?? 0)</td><td>\(group.selected ?? 0)</td>"
                    + "<td>\(group.rate.map(percent) ?? "–")</td><td\(group.belowFourFifths ? " class=\"flag\"" : "")>\(ratio)</td></tr>"
            }
        }
        return html + "</table>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
