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
        let vacancy = list.vacancy
        let employerName = catalog.employer(vacancy.employer)?.name ?? vacancy.employer
        var out: [String] = []
        out.append(Console.bold("\(vacancy.id) · \(vacancy.title) · \(employerName)", color: color))
        var facts: [String] = []
        if let low = vacancy.scaleMin { facts.append("schaal \(low)" + (vacancy.scaleMax.map { $0 == low ? "" : "–\($0)" } ?? "")) }
        if let low = vacancy.hoursMin { facts.append("\(low.plainNumber)–\((vacancy.hoursMax ?? low).plainNumber) h") }
        if let start = vacancy.startDate { facts.append("start \(start)") }
        facts.append("weights v\(list.weights.version)")
        facts.append("\(list.considered) profiles")
        out.append(facts.joined(separator: " · "))
        out.append("")
        var table = TextTable(columns: [
            .init(title: "#", alignment: .right, maxWidth: 3), .init(title: "score", alignment: .right, maxWidth: 6),
            .init(title: "person", maxWidth: 10), .init(title: "name", maxWidth: 26), .init(title: "employer", maxWidth: 8),
            .init(title: "scale", maxWidth: 5), .init(title: "notes", maxWidth: 30),
        ])
        var details: [Int: [String]] = [:]
        for row in rows(list) {
            let person = list.people[row.person]
            var notes = row.reasons.map { reasonText($0, catalog: catalog) }
            notes += row.flags.map { $0 == .careerMove ? "career move" : "far below own scale" }
            table.rows.append([String(row.rank), row.score.description, row.person, row.name, row.employer,
                               person?.scale?.description ?? "–", notes.joined(separator: "; ")])
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

    /// One line per criterion (points of max, then the detail), wrapped to 100 columns.
    static func componentLines(_ components: [RankingComponent], indent: Int) -> [String] {
        components.flatMap { component -> [String] in
            let head = String(repeating: " ", count: indent)
                + "\(component.criterion.rawValue.padded(16)) \(component.points.description.leftPadded(6)) of \(component.max.description.leftPadded(6))  "
            let wrapped = TextTable.wrap(component.detail, width: 100 - head.count)
            return wrapped.enumerated().map { ($0 == 0 ? head : String(repeating: " ", count: head.count)) + $1 }
        }
    }

    static func reasonText(_ reason: RankingReason, catalog: Catalog) -> String {
        let subject = reason.subject.map { catalog.skill($0)?.labelNL ?? $0 }
        switch reason.code {
        case .missingMustSkill: return "lacks \(subject ?? "a must-have skill")"
        case .missingMustCredential: return "lacks \(subject ?? "a credential")"
        case .expiredMustCredential: return "\(subject ?? "credential") expired"
        case .workingLevelBelowRequired: return "working level too low"
        case .noHoursOverlap: return "hours do not fit"
        case .notAvailableByStart: return "not available by start"
        case .commuteBeyondLimit: return "beyond own commute limit"
        case .beyondMaxKm: return "beyond --max-km"
        case .distanceUnknown: return "distance unknown"
        default: return reason.code.rawValue
        }
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

extension Double {
    /// `36` for 36.0, `31.5` for 31.5.
    var plainNumber: String { self == rounded() ? String(Int(self)) : String(self) }
}
