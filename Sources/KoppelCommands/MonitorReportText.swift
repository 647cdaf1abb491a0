import Foundation
import KoppelEngine

/// The DPIA monitor as plain-text tables and as a one-file HTML report (for `koppel audit
/// monitor`). Aggregates only: months, employers, counts, shares and scores; no person id.
enum MonitorReportText {
    /// Three tables: the rankings and their scores, the exclusion reasons, the criteria scored
    /// without data; each per month and employer.
    static func table(_ rows: [AuditMonitor.Row], period: String) -> String {
        let language = CLILanguage.current
        var lines = [tr("monitor.title", ["period": period]), ""]
        var overview = TextTable(columns: [
            .init(title: tr("monitor.column.month")), .init(title: tr("table.employer")), .init(title: tr("monitor.column.rankings"), alignment: .right),
            .init(title: tr("monitor.column.results"), alignment: .right), .init(title: tr("monitor.column.ineligible"), alignment: .right),
            .init(title: tr("monitor.column.min"), alignment: .right), .init(title: tr("monitor.column.q1"), alignment: .right),
            .init(title: tr("monitor.column.median"), alignment: .right), .init(title: tr("monitor.column.q3"), alignment: .right),
            .init(title: tr("monitor.column.max"), alignment: .right), .init(title: tr("monitor.column.histogram"), maxWidth: 60),
        ])
        overview.rows = rows.map { row in
            [row.month, row.employer, "\(row.rankings)", "\(row.results)", language.decimal(percent(row.ineligibleShare)),
             language.decimal(points(row.minimum)), language.decimal(points(row.lowerQuartile)), language.decimal(points(row.median)),
             language.decimal(points(row.upperQuartile)), language.decimal(points(row.maximum)),
             row.histogram.map(String.init).joined(separator: " ")]
        }
        lines += overview.render()

        lines += ["", tr("monitor.reasonsTitle")]
        var reasons = TextTable(columns: [
            .init(title: tr("monitor.column.month")), .init(title: tr("table.employer")), .init(title: tr("monitor.column.reason")),
            .init(title: tr("monitor.column.results"), alignment: .right),
        ])
        for row in rows {
            for (code, count) in row.exclusions.sorted(by: { $0.key < $1.key }) { reasons.rows.append([row.month, row.employer, code, "\(count)"]) }
        }
        lines += reasons.rows.isEmpty ? [tr("monitor.none")] : reasons.render()

        lines += ["", tr("monitor.noDataTitle")]
        var noData = TextTable(columns: [
            .init(title: tr("monitor.column.month")), .init(title: tr("table.employer")), .init(title: tr("explain.header")),
            .init(title: tr("monitor.column.scored"), alignment: .right), .init(title: tr("monitor.column.withoutData"), alignment: .right),
            .init(title: tr("monitor.column.share"), alignment: .right),
        ])
        for row in rows {
            for (criterion, scored) in row.scored.sorted(by: { $0.key < $1.key }) {
                noData.rows.append([
                    row.month, row.employer, criterion, "\(scored)", "\(row.noData[criterion] ?? 0)",
                    language.decimal(percent(row.noDataShare[criterion] ?? 0)),
                ])
            }
        }
        lines += noData.rows.isEmpty ? [tr("monitor.none")] : noData.render()
        let uncounted = rows.reduce(0) { $0 + $1.rankings - $1.countedRankings }
        if uncounted > 0 {
            lines += ["", tr("monitor.uncounted", ["count": uncounted])]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as one self-contained HTML file: per month and employer a histogram of the
    /// scores and bars of the no-data shares (inline SVG with a text alternative, no script, no
    /// external file), and the tables.
    static func html(_ rows: [AuditMonitor.Row], period: String) -> String {
        var body = """
            <h1>DPIA monitor koppel</h1>
            <p>Candidate rankings from the decision log, \(escape(period)). Counts are of the results each ranking listed. \
            Aggregates only: no person is named.</p>

            """
        for row in rows {
            body += "<h2>\(escape(row.month)) · \(escape(row.employer))</h2>\n"
            body += "<p>\(row.rankings) rankings, \(row.results) results listed, \(percent(row.ineligibleShare)) failed a must-have; "
                + "median score \(points(row.median)) (quartiles \(points(row.lowerQuartile))–\(points(row.upperQuartile))).</p>\n"
            body += histogram(row) + "\n"
            if !row.scored.isEmpty { body += noDataChart(row) + "\n" }
            body += "<table><caption>Exclusion reasons</caption><tr><th>reason</th><th>results</th></tr>"
            for (code, count) in row.exclusions.sorted(by: { $0.key < $1.key }) { body += "<tr><td>\(escape(code))</td><td>\(count)</td></tr>" }
            if row.exclusions.isEmpty { body += "<tr><td colspan=\"2\">none</td></tr>" }
            body += "</table>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>DPIA monitor koppel</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;margin:.5em 0}\
            td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>
            \(body)</body></html>

            """
    }

    private static func histogram(_ row: AuditMonitor.Row) -> String {
        let highest = max(1, row.histogram.max() ?? 1), barWidth = 36, height = 120
        let summary = row.histogram.enumerated().map { "\($0.offset * 10)–\($0.offset * 10 + 10): \($0.element)" }.joined(separator: ", ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(barWidth * 10 + 10)\" height=\"\(height + 20)\" role=\"img\" "
            + "aria-label=\"Scores per ten points: \(escape(summary))\">"
        for (index, count) in row.histogram.enumerated() {
            let h = Int((Double(count) / Double(highest) * Double(height)).rounded())
            svg += "<rect x=\"\(index * barWidth + 2)\" y=\"\(height - h)\" width=\"\(barWidth - 4)\" height=\"\(h)\" fill=\"#37a\"/>"
            svg += "<text x=\"\(index * barWidth + 4)\" y=\"\(height + 14)\" font-size=\"10\">\(index * 10)</text>"
        }
        return svg + "</svg>"
    }

    private static func noDataChart(_ row: AuditMonitor.Row) -> String {
        let criteria = row.scored.keys.sorted(), rowHeight = 20, labelWidth = 160, barWidth = 300
        let summary = criteria.map { "\($0) \(percent(row.noDataShare[$0] ?? 0))" }.joined(separator: ", ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 70)\" height=\"\(criteria.count * rowHeight + 4)\" "
            + "role=\"img\" aria-label=\"Scored without data: \(escape(summary))\">"
        for (index, criterion) in criteria.enumerated() {
            let y = index * rowHeight + 2, share = row.noDataShare[criterion] ?? 0
            let width = Int((share * Double(barWidth)).rounded())
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(escape(criterion))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"12\" fill=\"#a63\"/>"
            svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\" font-size=\"12\">\(percent(share))</text>"
        }
        return svg + "</svg>"
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }
    private static func points(_ value: Double) -> String { String(format: "%.2f", value) }
    private static func escape(_ text: String) -> String { AuditReportText.escape(text) }
}
