import Foundation
import GRDB
import KoppelEngine

/// The candidates for one vacancy, as `koppel candidates` shows them.
public struct CandidateList: Sendable {
    public var vacancy: Vacancy
    public var weights: RankingWeights
    public var referenceDay: Day
    public var results: [RankingResult]
    /// The profiles in `results`, by id (for names and employers).
    public var people: [String: Person]
    /// How many profiles the engine looked at.
    public var considered: Int
    /// The decision log entry of this ranking.
    public var logID: Int64
}

/// The vacancies that fit one person, as `koppel vacancies` shows them.
public struct VacancyList: Sendable {
    public var person: Person
    public var weights: RankingWeights
    public var referenceDay: Day
    public var results: [RankingResult]
    public var vacancies: [String: Vacancy]
    /// Per vacancy id, the missing skills and credentials (when asked for).
    public var gaps: [String: RankingGaps]
    public var logID: Int64
}

extension KoppelStore {
    /// Ranks the visible profiles for a vacancy with the current weights and logs the decision.
    ///
    /// - Parameters:
    ///   - asEmployer: the asking adviser's employer; discreet profiles of that employer are never
    ///     shown, and without it no discreet profile is shown at all.
    /// - Throws: ``StoreError`` `.notFound` when the vacancy does not exist.
    public func rankCandidates(
        vacancyID: String, asEmployer: String?, options: RankingOptions, on day: Day, actor: String? = nil
    ) throws -> CandidateList {
        guard let vacancy = try vacancy(vacancyID) else {
            throw StoreError(.notFound, "no vacancy with id '\(vacancyID)'")
        }
        let people = try persons()
        // The decision log's input hash does not depend on the ranking: it is computed on
        // another core while the index is built and queried (a third of the work at Twente size).
        let inputHash = BackgroundValue { InputHash.hex(Fingerprint.vacancies([vacancy]) + Fingerprint.peopleBytes(people)) }
        let catalog = try catalog()
        let weights = try currentWeights()
        let index = try RankingIndex(people: people, catalog: catalog)
        let results = index.rankPeople(for: vacancy, on: day, asEmployer: asEmployer, options: options, weights: weights)
        var byID: [String: Person] = [:]
        for result in results { byID[result.person] = index.person(id: result.person) }
        let logID = try logRanking(
            kind: "ranking", actor: actor ?? asEmployer, weights: weights, inputHash: inputHash.value,
            params: RankingLogParams(mode: "candidates", vacancy: vacancyID, person: nil, asEmployer: asEmployer, day: day, options: options),
            results: results, subjects: results.map(\.person))
        let list = CandidateList(
            vacancy: vacancy, weights: weights, referenceDay: day, results: results, people: byID,
            considered: people.count, logID: logID)
        // Freeing 20,000 profiles and the index (about 4 % of the main thread's work at Twente
        // size) is left to another thread: the caller needs neither.
        releaseInBackground((consume people, consume index))
        return list
    }

    /// Ranks the open vacancies for one person and logs the decision.
    ///
    /// - Throws: ``StoreError`` `.notFound` when there is no profile with this id that the asker may see.
    public func rankVacancies(
        personID: String, asEmployer: String?, options: RankingOptions, withGaps: Bool, on day: Day, actor: String? = nil
    ) throws -> VacancyList {
        guard let person = try person(personID), RankingEngine.isVisible(person, to: asEmployer) else {
            throw StoreError(.notFound, "no profile with id '\(personID)' that you may see")
        }
        let vacancies = try vacancies(openOnly: true)
        let catalog = try catalog()
        let weights = try currentWeights()
        let results = try RankingEngine.rankVacancies(
            for: person, among: vacancies, catalog: catalog, on: day, asEmployer: asEmployer, options: options, weights: weights)
        let byID = Dictionary(uniqueKeysWithValues: vacancies.map { ($0.id, $0) })
        var gaps: [String: RankingGaps] = [:]
        if withGaps {
            for result in results {
                gaps[result.vacancy] = RankingEngine.gaps(for: person, vacancy: byID[result.vacancy]!, catalog: catalog, on: day, asEmployer: asEmployer)
            }
        }
        let logID = try logRanking(
            kind: "ranking", actor: actor ?? asEmployer, weights: weights,
            input: Fingerprint.people([person]) + Fingerprint.vacancies(vacancies),
            params: RankingLogParams(mode: "vacancies", vacancy: nil, person: personID, asEmployer: asEmployer, day: day, options: options),
            results: results, subjects: [personID])
        return VacancyList(
            person: person, weights: weights, referenceDay: day, results: results,
            vacancies: byID.filter { id, _ in results.contains { $0.vacancy == id } }, gaps: gaps, logID: logID)
    }

    /// Explains one person's score for one vacancy, eligible or not, and logs it.
    public func explain(
        vacancyID: String, personID: String, asEmployer: String?, on day: Day, actor: String? = nil
    ) throws -> (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?) {
        guard let vacancy = try vacancy(vacancyID) else { throw StoreError(.notFound, "no vacancy with id '\(vacancyID)'") }
        guard let person = try person(personID), RankingEngine.isVisible(person, to: asEmployer) else {
            throw StoreError(.notFound, "no profile with id '\(personID)' that you may see")
        }
        let catalog = try catalog()
        let weights = try currentWeights()
        let options = RankingOptions(includeIneligible: true, limit: nil)
        guard let result = RankingEngine.score(person, for: vacancy, catalog: catalog, on: day, asEmployer: asEmployer, options: options, weights: weights) else {
            throw StoreError(.notFound, "no profile with id '\(personID)' that you may see")
        }
        let gaps = RankingEngine.gaps(for: person, vacancy: vacancy, catalog: catalog, on: day, asEmployer: asEmployer)
        _ = try logRanking(
            kind: "explain", actor: actor ?? asEmployer, weights: weights,
            input: Fingerprint.vacancies([vacancy]) + Fingerprint.people([person]),
            params: RankingLogParams(mode: "explain", vacancy: vacancyID, person: personID, asEmployer: asEmployer, day: day, options: options),
            results: [result], subjects: [personID])
        return (result, person, vacancy, gaps)
    }

    private func logRanking(
        kind: String, actor: String?, weights: RankingWeights, input: [UInt8], params: RankingLogParams,
        results: [RankingResult], subjects: [String]
    ) throws -> Int64 {
        try logRanking(
            kind: kind, actor: actor, weights: weights, inputHash: InputHash.hex(input), params: params, results: results,
            subjects: subjects)
    }

    /// Logs a ranking whose input was hashed already (`InputHash.hex` of its fingerprint).
    private func logRanking(
        kind: String, actor: String?, weights: RankingWeights, inputHash: String, params: RankingLogParams,
        results: [RankingResult], subjects: [String]
    ) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let paramsJSON = String(decoding: try encoder.encode(params), as: UTF8.self)
        let outcomeJSON = RankingLogParams.outcome(results, mode: params.mode)
        return try pool.write { db in
            try DecisionLog.append(
                NewDecision(kind: kind, actor: actor, inputHash: inputHash, weightsVersion: weights.version,
                            params: paramsJSON, outcome: outcomeJSON, subjects: subjects),
                in: db)
        }
    }
}

/// What a logged ranking was asked, so it can be replayed.
struct RankingLogParams: Codable {
    var mode: String
    var vacancy: String?
    var person: String?
    var asEmployer: String?
    var day: Day
    var options: RankingOptions

    /// The logged outcome: `{"results": [[id, score, eligible], …]}`, the ids ranked (people,
    /// or vacancies in mode `vacancies`). Replay compares this text.
    static func outcome(_ results: [RankingResult], mode: String) -> String {
        let ranked: (RankingResult) -> String = mode == "vacancies" ? { $0.vacancy } : { $0.person }
        let outcome = results.map { "[\(JSONText.quote(ranked($0))), \($0.score), \($0.eligible)]" }
        return "{\"results\": [\(outcome.joined(separator: ", "))]}"
    }
}
