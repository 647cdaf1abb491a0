import Foundation
import GRDB
import KoppelEngine

/// A letter to a person about a logged decision (AI Act art. 86, AVG art. 22): what was
/// decided, by whom and when, and how to object. About a candidate ranking: the points per
/// criterion, the must-haves missed and the smallest change that would have put them on the
/// shortlist (computed by re-scoring). About a placement round: the placement they got, how
/// each of their choices went, and the smallest change in a host's ranking that would have
/// given them a place they wanted more (computed by solving the round again).
public struct PersonLetter: Sendable {
    /// The letter's text.
    public var text: String
    /// For a letter about a placement round, what it says; nil for a candidate ranking (the
    /// fields below are then the ranking's; for a round they are empty: no rank, top 0).
    public var round: RoundLetterFacts?
    /// The person's place among the logged results (1 = first); nil when not among them.
    public var rank: Int?
    /// The shortlist's size k.
    public var top: Int
    public var onShortlist: Bool
    /// The smallest change found (empty when on the shortlist or when none of up to three
    /// changes is enough) and the score it gives.
    public var changes: [RankingCounterfactual.Change]
    public var changedScore: RankingPoints?
    /// The `letter` entry in the decision log.
    public var logID: Int64
}

extension KoppelStore {
    /// Writes (and logs) the letter to `personID` about the candidate ranking, explanation or
    /// placement round (`round`, `round-accept`) in log entry `logID`.
    ///
    /// The shortlist is the first `top` eligible results of the logged ranking (default: all
    /// it listed). Scores are recomputed from the profile as it is now with the weights version
    /// the entry recorded; the counterfactual is verified the same way.
    ///
    /// - Throws: ``StoreError`` `.notFound` (no such entry, or a person the viewer may not see),
    ///   `.notAllowed` (``AccessPolicy/mayWriteLetter(about:forVacancyOf:)``, for a round
    ///   ``AccessPolicy/mayWriteRoundLetter(about:trainee:)``), `.invalidState` (an entry that
    ///   is neither about a vacancy nor a round, or a person who is not a trainee of the round).
    public func personLetter(
        _ personID: String, logID: Int64, top: Int? = nil, language: Language = .nl, viewer: Viewer, actor: String?
    ) throws -> PersonLetter {
        let policy = AccessPolicy(viewer)
        return try pool.write { db in
            guard let person = try Self.loadPersons(db, where: ("id = ?", [personID])).first, policy.maySee(person) else {
                throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
            }
            guard let entry = try DecisionLog.entry(logID, in: db) else { throw StoreError(.notFound, text: "store.noLogEntry", ["id": Int(logID)]) }
            if ["round", "round-accept"].contains(entry.kind) {
                let (text, facts, version) = try Self.roundLetter(person, entry: entry, policy: policy, language: language, db)
                let letterID = try Self.logLetter(
                    text, about: personID, entry: logID, language: language, weightsVersion: version,
                    outcome: ["placement": facts.placement.map { $0 as Any } ?? NSNull(), "wanted": facts.wanted.count], viewer: viewer,
                    actor: actor, db)
                return PersonLetter(text: text, round: facts, rank: nil, top: 0, onShortlist: false, changes: [], changedScore: nil, logID: letterID)
            }
            guard ["ranking", "explain"].contains(entry.kind),
                  let params = try? JSONDecoder().decode(RankingLogParams.self, from: Data(entry.params.utf8)),
                  params.mode != "vacancies", let vacancyID = params.vacancy
            else {
                throw StoreError(.invalidState, text: "store.letterWrongKind", ["id": Int(logID), "kind": entry.kind])
            }
            guard let vacancy = try Self.loadVacancies(db, where: ("id = ?", [vacancyID])).first else {
                throw StoreError(.invalidState, text: "store.letterVacancyGone", ["vacancy": vacancyID, "id": Int(logID)])
            }
            try Self.require(
                policy.mayWriteLetter(about: person, forVacancyOf: vacancy.employer),
                text: "access.letter", ["viewer": viewer, "employer": vacancy.employer])
            let catalog = try Self.loadCatalog(db)
            let weights = try Self.storedWeights(entry.weightsVersion, db)
            var options = params.options
            options.includeIneligible = true
            guard let result = RankingEngine.score(person, for: vacancy, catalog: catalog, on: params.day, viewer: .dataSteward,
                                                   options: options, weights: weights)
            else { throw StoreError(.notFound, text: "store.noProfile", ["id": personID]) }
            // The logged ranking: ids with score and eligibility, best first.
            let eligible = LoggedResult.parse(entry.outcome).filter(\.eligible).map { ($0.id, $0.score) }
            let k = max(1, top ?? (params.mode == "explain" ? 1 : max(1, eligible.count)))
            let rank = eligible.firstIndex { $0.0 == personID }.map { $0 + 1 }
            let onShortlist = rank.map { $0 <= k } ?? false
            let others = eligible.filter { $0.0 != personID }
            let bar = others.count >= k ? RankingCounterfactual.Bar(score: others[k - 1].1, person: others[k - 1].0) : nil
            let found = onShortlist
                ? nil
                : RankingCounterfactual.smallestChange(
                    for: person, vacancy: vacancy, catalog: catalog, on: params.day, viewer: .dataSteward, options: options,
                    weights: weights, toBeat: bar)
            let text = LetterWriter(
                person: person, vacancy: vacancy, employer: catalog.employer(vacancy.employer)?.name ?? vacancy.employer, catalog: catalog,
                entry: entry, result: result, rank: rank, top: k, onShortlist: onShortlist, found: found, language: language
            ).text
            let letterID = try Self.logLetter(
                text, about: personID, entry: logID, language: language, weightsVersion: weights.version,
                outcome: ["onShortlist": onShortlist, "rank": rank.map { $0 as Any } ?? NSNull(), "top": k, "changes": found.map { $0.changes.count } ?? 0],
                viewer: viewer, actor: actor, db)
            return PersonLetter(
                text: text, round: nil, rank: rank, top: k,
                onShortlist: onShortlist, changes: found?.changes ?? [], changedScore: found?.result.score, logID: letterID)
        }
    }

    /// Logs a letter (kind `letter`) in the caller's transaction; returns its entry id.
    private static func logLetter(
        _ text: String, about personID: String, entry: Int64, language: Language, weightsVersion: Int?, outcome: [String: Any],
        viewer: Viewer, actor: String?, _ db: Database
    ) throws -> Int64 {
        try DecisionLog.append(
            NewDecision(kind: "letter", actor: actor, viewer: viewer, input: Data(text.utf8), weightsVersion: weightsVersion,
                        params: try DecisionLog.json(["entry": entry, "language": language.rawValue, "person": personID]),
                        outcome: try DecisionLog.json(outcome), subjects: [personID]),
            in: db)
    }
}
