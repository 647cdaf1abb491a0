import Foundation
import KoppelEngine

/// Puts a letter's parts together in one language, from ``LetterTexts``.
struct LetterWriter {
    var person: Person
    var vacancy: Vacancy
    var employer: String
    var catalog: Catalog
    var entry: DecisionLogEntry
    var result: RankingResult
    var rank: Int?
    var top: Int
    var onShortlist: Bool
    var found: RankingCounterfactual.Found?
    var language: Language

    var text: String {
        let l = language
        var parts = [LetterTexts.title(l), "", LetterTexts.greeting(person.displayName, l), ""]
        let day = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
        parts.append(LetterTexts.decided(at: day, actor: entry.actor, vacancy: vacancy.title, employer: employer, l))
        parts.append(onShortlist ? LetterTexts.placed(rank: rank ?? 1, of: top, l) : LetterTexts.notPlaced(rank: rank, top: top, l))
        parts.append("")
        parts.append(LetterTexts.score(l.decimal(result.score.description), l))
        for component in result.components {
            parts.append(LetterTexts.component(
                LetterTexts.criterion(component.criterion, l), points: l.decimal(component.points.description),
                max: l.decimal(component.max.description), noData: !component.hasData, l))
        }
        parts.append("")
        if result.reasons.isEmpty {
            parts.append(LetterTexts.noneMissed(l))
        } else {
            parts.append(LetterTexts.missedHeader(l))
            parts += result.reasons.map { "- " + LetterTexts.reason($0.code, subject: $0.subject.map(label), l) }
        }
        if !onShortlist {
            parts.append("")
            if let found {
                let changes = found.changes.map { LetterTexts.change($0, label: label, l) }
                parts.append(LetterTexts.counterfactual(changes, score: l.decimal(found.result.score.description), l))
            } else {
                parts.append(LetterTexts.noCounterfactual(l))
            }
        }
        parts += ["", LetterTexts.dataNote(l), "", LetterTexts.objection(logID: entry.id, l), "", LetterTexts.signature(l)]
        return parts.joined(separator: "\n") + "\n"
    }

    /// A skill's or credential's name in the letter's language, else its id.
    func label(_ id: String) -> String {
        if let skill = catalog.skill(id) { return language == .nl ? skill.labelNL : skill.labelEN }
        if let credential = catalog.credentials.first(where: { $0.id == id }) { return credential.name }
        return id
    }
}
