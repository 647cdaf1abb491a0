import Foundation
import KoppelEngine

/// Puts a letter about a placement round together in one language, from ``RoundLetterTexts``.
struct RoundLetterWriter {
    var person: Person
    var entry: DecisionLogEntry
    var data: RoundData
    var built: RoundInstance
    var catalog: Catalog
    var weights: RankingWeights
    var day: Day
    var cohort: String
    var facts: RoundLetterFacts
    var language: Language

    var text: String {
        let l = language
        let listed = data.traineeRankings[facts.trainee] ?? []
        var parts = [LetterTexts.title(l), "", LetterTexts.greeting(person.displayName, l), ""]
        let at = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
        let reason = entry.kind == "round-accept" ? (Self.reason(in: entry) ?? "") : nil
        parts.append(RoundLetterTexts.decided(at: at, actor: entry.actor, rotation: data.rotation, cohort: cohort, acceptedBecause: reason, l))
        if let placed = facts.placement, let placement = placement(placed) {
            parts.append(RoundLetterTexts.placed(
                title: placement.title, employer: employerName(placement.employer), choice: listed.firstIndex(of: placed).map { $0 + 1 },
                of: listed.count, l))
        } else {
            parts.append(RoundLetterTexts.notPlaced(l))
        }
        if !facts.sameToday { parts += ["", RoundLetterTexts.changedSince(l)] }
        parts.append("")
        if listed.isEmpty {
            parts.append(RoundLetterTexts.noChoices(l))
        } else {
            parts.append(RoundLetterTexts.choicesHeader(l))
            for (index, id) in listed.enumerated() {
                guard let placement = placement(id) else { continue }
                let status = status(of: id, at: placement)
                // Where koppel made the host's order from scores, the person's score is what counted.
                let scored: Bool
                switch status {
                case .got, .ranked: scored = built.derived.contains(id)
                default: scored = false
                }
                parts.append(RoundLetterTexts.choice(
                    index + 1, title: placement.title, employer: employerName(placement.employer), status,
                    derivedScore: scored ? derivedScore(at: placement) : nil, l))
            }
        }
        parts.append("")
        let gotFirstChoice = facts.placement != nil && facts.placement == listed.first
        if gotFirstChoice {
            parts.append(RoundLetterTexts.firstChoice(l))
        } else if let best = facts.wanted.first(where: { $0.neededRank != nil }), let placement = placement(best.placement) {
            parts.append(RoundLetterTexts.counterfactual(
                title: placement.title, employer: employerName(placement.employer), needed: best.neededRank!, was: best.hostRank, l))
        } else if !listed.isEmpty {
            parts.append(RoundLetterTexts.noCounterfactual(l))
        }
        if !listed.isEmpty, !gotFirstChoice { parts.append(RoundLetterTexts.ownListNote(l)) }
        parts += ["", LetterTexts.dataNote(l), "", LetterTexts.objection(logID: entry.id, l), "", LetterTexts.signature(l)]
        return parts.joined(separator: "\n") + "\n"
    }

    /// How one listed placement went, from the round as solved with the data of now.
    private func status(of id: String, at placement: HostPlacement) -> RoundLetterTexts.Status {
        if built.excluded.contains(where: { $0.trainee == facts.trainee && $0.placement == id }) { return .excluded }
        if id == facts.placement { return .got }
        guard let wanted = facts.wanted.first(where: { $0.placement == id }) else { return .notNeeded }
        if wanted.capacity == 0 { return .noPlaces }
        guard let rank = wanted.hostRank else { return .notRanked }
        return .ranked(rank: rank, of: wanted.hostRanked, places: wanted.capacity, lastTaken: wanted.lastTakenRank)
    }

    /// The person's fit score for a placement whose host ranking koppel derived from scores.
    private func derivedScore(at placement: HostPlacement) -> String? {
        let vacancy = placement.asVacancy(host: catalog.employer(placement.employer), rotation: data.rotation)
        return RankingEngine.score(
            person, for: vacancy, catalog: catalog, on: day, viewer: .regionalAdviser,
            options: RankingOptions(includeIneligible: true, limit: nil), weights: weights
        ).map { language.decimal($0.score.description) }
    }

    private func placement(_ id: String) -> HostPlacement? { data.placements.first { $0.id == id } }

    private func employerName(_ code: String) -> String { catalog.employer(code)?.name ?? code }

    private static func reason(in entry: DecisionLogEntry) -> String? {
        struct Params: Decodable { var reason: String? }
        return (try? JSONDecoder().decode(Params.self, from: Data(entry.params.utf8)))?.reason
    }
}
