import Foundation
import Koppel

/// How rankings are printed: table, JSON or CSV.
enum RankingOutput {
    static func rows(_ list: CandidateList) -> [CandidatesDocument.Row] { CandidatesDocument.rows(list) }

    static func csv(_ list: CandidateList) -> String {
        var lines = ["rank,person,name,employer,score,eligible,reasons"]
        for row in rows(list) {
            let reasons = row.reasons.map { reason in reason.subject.map { "\(reason.code):\($0)" } ?? reason.code.rawValue }
            lines.append([String(row.rank), row.person, row.name, row.employer, row.score.description, String(row.eligible),
                          reasons.joined(separator: "|")].map(csvQuote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting, the same as `koppel export` writes (``CSVText``).
    static func csvQuote(_ text: String) -> String { CSVText.quote(text) }

    static func table(_ list: CandidateList, catalog: Catalog, explain: Bool, color: Bool) -> String {
        let language = CLILanguage.current
        let vacancy = list.vacancy
        let employerName = catalog.employer(vacancy.employer)?.name ?? vacancy.employer
        var out: [String] = []
        out.append(Console.bold("\(vacancy.id) · \(vacancy.title) · \(employerName)", color: color))
        var facts: [String] = []
        if let low = vacancy.scaleMin {
            facts.append(tr("ranking.header.scale", ["range": low.description + (vacancy.scaleMax.map { $0 == low ? "" : "–\($0)" } ?? "")]))
        }
        if let low = vacancy.hoursMin {
            facts.append(tr("ranking.header.hours", ["low": low, "high": vacancy.hoursMax ?? low]))
        }
        if let start = vacancy.startDate { facts.append(tr("ranking.header.start", ["day": start])) }
        facts.append(tr("ranking.header.weights", ["version": list.weights.version]))
        facts.append(tr("ranking.header.profiles", ["count": list.considered]))
        out.append(facts.joined(separator: " · "))
        out.append("")
        var table = TextTable(columns: [
            .init(title: tr("table.rank"), alignment: .right, maxWidth: 3), .init(title: tr("table.score"), alignment: .right, maxWidth: 6),
            .init(title: tr("table.person"), maxWidth: 10), .init(title: tr("table.name"), maxWidth: 26), .init(title: tr("table.employer"), maxWidth: 9),
            .init(title: tr("table.scale"), maxWidth: 6), .init(title: tr("table.notes"), maxWidth: 30),
        ])
        var details: [Int: [String]] = [:]
        for row in rows(list) {
            let person = list.people[row.person]
            var notes = row.reasons.map { reasonText($0, catalog: catalog) }
            notes += row.flags.map(flagText)
            table.rows.append([String(row.rank), language.decimal(row.score.description), row.person, row.name, row.employer,
                               person?.scale?.description ?? "–", notes.joined(separator: tr("table.notes.separator"))])
            if explain {
                details[table.rows.count] = componentLines(row.components, indent: 6)
            }
        }
        let lines = table.render(bold: color)
        for (index, line) in lines.enumerated() {
            out.append(line)
            if let extra = details[index] { out.append(contentsOf: extra) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One line per criterion (its name, points of max, then the detail), wrapped to 100 columns.
    static func componentLines(_ components: [RankingComponent], indent: Int) -> [String] {
        let language = CLILanguage.current
        let nameWidth = max(16, components.map { DisplayWidth.of(criterionName($0.criterion)) }.max() ?? 0)
        return components.flatMap { component -> [String] in
            let points = tr("ranking.componentLine", [
                "points": DisplayWidth.pad(language.decimal(component.points.description), to: 6, alignRight: true),
                "max": DisplayWidth.pad(language.decimal(component.max.description), to: 6, alignRight: true),
            ])
            let head = String(repeating: " ", count: indent) + "\(DisplayWidth.pad(criterionName(component.criterion), to: nameWidth)) \(points)  "
            let wrapped = TextTable.wrap(component.detail, width: 100 - head.count)
            return wrapped.enumerated().map { ($0 == 0 ? head : String(repeating: " ", count: head.count)) + $1 }
        }
    }

    /// A criterion's name for people ("vereiste vaardigheden", "must-have skills").
    static func criterionName(_ criterion: RankingCriterion) -> String { tr("criterion.\(criterion.rawValue)") }

    /// A flag in words ("carrièrestap", "career move").
    static func flagText(_ flag: RankingFlag) -> String { tr("flag.\(flag.rawValue)") }

    /// A reason code in words, naming the skill or credential by its label.
    static func reasonText(_ reason: RankingReason, catalog: Catalog) -> String {
        let subject = reason.subject.map { subject in
            catalog.skill(subject).map { CLILanguage.current == .nl ? $0.labelNL : $0.labelEN }
                ?? catalog.credential(subject)?.name ?? subject
        }
        return CLILanguage.current.reason(reason.code, subject: subject)
    }
}

extension Double {
    /// `36` for 36.0, `31.5` for 31.5.
    var plainNumber: String { self == rounded() ? String(Int(self)) : String(self) }
}
