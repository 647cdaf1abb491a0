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
    /// Ranks the profiles `viewer` may see for a vacancy with the current weights and logs
    /// the decision.
    ///
    /// Vacancy, profiles, reference data and weights are read in one read transaction, so the
    /// ranking is of one state of the database, whatever is written meanwhile.
    ///
    /// - Parameters:
    ///   - viewer: who is asking (``AccessPolicy``): an adviser ranks only for their own
    ///     employer's vacancies and never sees its discreet staff; ``Viewer/nobody`` sees no
    ///     discreet profile at all.
    ///   - actor: who acted, for the log.
    /// - Throws: ``StoreError`` `.notFound` when the vacancy does not exist, `.notAllowed` when
    ///   the viewer may not rank for it.
    public func rankCandidates(
        vacancyID: String, viewer: Viewer, options: RankingOptions, on day: Day, actor: String? = nil,
        language: Language = .en
    ) throws -> CandidateList {
        let policy = AccessPolicy(viewer)
        let snapshot = try rankingSnapshot { db in _ = try Self.rankableVacancy(vacancyID, policy, db) }
        let list = try rankCandidates(
            vacancyID: vacancyID, in: snapshot, viewer: viewer, options: options, on: day, actor: actor, language: language)
        // Freeing 20,000 profiles and the index (about 4 % of the main thread's work at Twente
        // size) is left to another thread: the caller needs neither.
        releaseInBackground(consume snapshot)
        return list
    }

    /// Ranks the profiles `viewer` may see for a vacancy of one data version's snapshot (as
    /// `koppel serve` keeps it warm) and logs the decision with that version.
    ///
    /// - Throws: ``StoreError`` `.notFound` when the snapshot has no such vacancy,
    ///   `.notAllowed` when the viewer may not rank for it.
    public func rankCandidates(
        vacancyID: String, in snapshot: RankingSnapshot, viewer: Viewer, options: RankingOptions, on day: Day, actor: String? = nil,
        language: Language = .en
    ) throws -> CandidateList {
        let policy = AccessPolicy(viewer)
        let vacancy = try Self.rankableVacancy(vacancyID, policy, snapshot.vacancies[vacancyID])
        let index = snapshot.index
        let results = index.rankPeople(
            for: vacancy, on: day, viewer: viewer, options: options, weights: snapshot.weights, language: language)
        var byID: [String: Person] = [:]
        for result in results { byID[result.person] = index.person(id: result.person) }
        let logID = try logRanking(
            kind: "ranking", actor: actor, viewer: viewer, weights: snapshot.weights,
            inputHash: snapshot.inputHash.hex(vacancy: vacancy), dataVersion: snapshot.version,
            params: RankingLogParams(mode: "candidates", vacancy: vacancyID, person: nil, viewer: viewer, day: day, options: options),
            results: results, subjects: results.map(\.person))
        return CandidateList(
            vacancy: vacancy, weights: snapshot.weights, referenceDay: day, results: results, people: byID,
            considered: snapshot.visibleCount(policy), logID: logID)
    }

    /// Ranks the open vacancies for one person and logs the decision (one read transaction).
    ///
    /// - Throws: ``StoreError`` `.notFound` when there is no profile with this id that the
    ///   viewer may see (the same error as for no profile at all), `.notAllowed` when the
    ///   viewer may not rank vacancies.
    public func rankVacancies(
        personID: String, viewer: Viewer, options: RankingOptions, withGaps: Bool, on day: Day, actor: String? = nil,
        language: Language = .en
    ) throws -> VacancyList {
        let policy = AccessPolicy(viewer)
        try Self.require(policy.mayRankVacancies, text: "access.rankVacancies", ["viewer": viewer])
        let (person, vacancies, catalog, weights, version) = try pool.read { db in
            guard let person = try Self.loadPersons(db, where: ("id = ?", [personID])).first, policy.maySee(person) else {
                throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
            }
            return (person, try Self.loadVacancies(db, where: ("status = 'open'", [])), try Self.loadCatalog(db), try WeightsStore.current(db),
                    try Self.dataVersion(db))
        }
        return try rankVacancies(
            person: person, among: vacancies, catalog: catalog, weights: weights, dataVersion: version, viewer: viewer,
            options: options, withGaps: withGaps, on: day, actor: actor, language: language)
    }

    /// Ranks the open vacancies of a snapshot for one of its profiles and logs the decision
    /// with the snapshot's data version.
    ///
    /// - Throws: as ``rankVacancies(personID:viewer:options:withGaps:on:actor:)``.
    public func rankVacancies(
        personID: String, in snapshot: RankingSnapshot, viewer: Viewer, options: RankingOptions, withGaps: Bool, on day: Day,
        actor: String? = nil, language: Language = .en
    ) throws -> VacancyList {
        let policy = AccessPolicy(viewer)
        try Self.require(policy.mayRankVacancies, text: "access.rankVacancies", ["viewer": viewer])
        guard let person = snapshot.index.person(id: personID), policy.maySee(person) else {
            throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
        }
        return try rankVacancies(
            person: person, among: snapshot.openVacancies, catalog: snapshot.catalog, weights: snapshot.weights,
            dataVersion: snapshot.version, viewer: viewer, options: options, withGaps: withGaps, on: day, actor: actor,
            language: language)
    }

    private func rankVacancies(
        person: Person, among vacancies: [Vacancy], catalog: Catalog, weights: RankingWeights, dataVersion: Int64, viewer: Viewer,
        options: RankingOptions, withGaps: Bool, on day: Day, actor: String?, language: Language
    ) throws -> VacancyList {
        let personID = person.id
        let results = try RankingEngine.rankVacancies(
            for: person, among: vacancies, catalog: catalog, on: day, viewer: viewer, options: options, weights: weights,
            language: language)
        let byID = Dictionary(uniqueKeysWithValues: vacancies.map { ($0.id, $0) })
        var gaps: [String: RankingGaps] = [:]
        if withGaps {
            for result in results {
                gaps[result.vacancy] = RankingEngine.gaps(for: person, vacancy: byID[result.vacancy]!, catalog: catalog, on: day, viewer: viewer)
            }
        }
        let logID = try logRanking(
            kind: "ranking", actor: actor, viewer: viewer, weights: weights,
            input: Fingerprint.people([person]) + Fingerprint.vacancies(vacancies), dataVersion: dataVersion,
            params: RankingLogParams(mode: "vacancies", vacancy: nil, person: personID, viewer: viewer, day: day, options: options),
            results: results, subjects: [personID])
        return VacancyList(
            person: person, weights: weights, referenceDay: day, results: results,
            vacancies: byID.filter { id, _ in results.contains { $0.vacancy == id } }, gaps: gaps, logID: logID)
    }

    /// Explains one person's score for one vacancy, eligible or not, and logs it (one read
    /// transaction).
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown vacancy or a profile the viewer may
    ///   not see, `.notAllowed` when the viewer may not rank for the vacancy.
    public func explain(
        vacancyID: String, personID: String, viewer: Viewer, on day: Day, actor: String? = nil,
        language: Language = .en
    ) throws -> (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?) {
        let policy = AccessPolicy(viewer)
        let (vacancy, person, catalog, weights, version) = try pool.read { db in
            let vacancy = try Self.rankableVacancy(vacancyID, policy, db)
            guard let person = try Self.loadPersons(db, where: ("id = ?", [personID])).first, policy.maySee(person) else {
                throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
            }
            return (vacancy, person, try Self.loadCatalog(db), try WeightsStore.current(db), try Self.dataVersion(db))
        }
        return try explain(
            vacancy: vacancy, person: person, catalog: catalog, weights: weights, dataVersion: version, viewer: viewer, on: day, actor: actor,
            language: language)
    }

    /// Explains one person's score for one vacancy of a snapshot and logs it with the
    /// snapshot's data version.
    ///
    /// - Throws: as ``explain(vacancyID:personID:viewer:on:actor:)``.
    public func explain(
        vacancyID: String, personID: String, in snapshot: RankingSnapshot, viewer: Viewer, on day: Day, actor: String? = nil,
        language: Language = .en
    ) throws -> (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?) {
        let policy = AccessPolicy(viewer)
        let vacancy = try Self.rankableVacancy(vacancyID, policy, snapshot.vacancies[vacancyID])
        guard let person = snapshot.index.person(id: personID), policy.maySee(person) else {
            throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
        }
        return try explain(
            vacancy: vacancy, person: person, catalog: snapshot.catalog, weights: snapshot.weights, dataVersion: snapshot.version,
            viewer: viewer, on: day, actor: actor, language: language)
    }

    private func explain(
        vacancy: Vacancy, person: Person, catalog: Catalog, weights: RankingWeights, dataVersion: Int64, viewer: Viewer, on day: Day,
        actor: String?, language: Language
    ) throws -> (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?) {
        let vacancyID = vacancy.id, personID = person.id
        let options = RankingOptions(includeIneligible: true, limit: nil)
        guard let result = RankingEngine.score(person, for: vacancy, catalog: catalog, on: day, viewer: viewer, options: options, weights: weights, language: language) else {
            throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
        }
        let gaps = RankingEngine.gaps(for: person, vacancy: vacancy, catalog: catalog, on: day, viewer: viewer)
        _ = try logRanking(
            kind: "explain", actor: actor, viewer: viewer, weights: weights,
            input: Fingerprint.vacancies([vacancy]) + Fingerprint.people([person]), dataVersion: dataVersion,
            params: RankingLogParams(mode: "explain", vacancy: vacancyID, person: personID, viewer: viewer, day: day, options: options),
            results: [result], subjects: [personID])
        return (result, person, vacancy, gaps)
    }

    /// The vacancy, when it exists and the policy's viewer may rank (or explain) for it.
    private static func rankableVacancy(_ id: String, _ policy: AccessPolicy, _ db: Database) throws -> Vacancy {
        try rankableVacancy(id, policy, try loadVacancies(db, where: ("id = ?", [id])).first)
    }

    private static func rankableVacancy(_ id: String, _ policy: AccessPolicy, _ found: Vacancy?) throws -> Vacancy {
        guard let vacancy = found else {
            throw StoreError(.notFound, text: "store.noVacancy", ["id": id])
        }
        try require(
            policy.mayRankCandidates(forVacancyOf: vacancy.employer),
            text: "access.rankCandidates", ["viewer": policy.viewer, "vacancy": id, "employer": vacancy.employer])
        return vacancy
    }

    private func logRanking(
        kind: String, actor: String?, viewer: Viewer, weights: RankingWeights, input: [UInt8], dataVersion: Int64,
        params: RankingLogParams, results: [RankingResult], subjects: [String]
    ) throws -> Int64 {
        try logRanking(
            kind: kind, actor: actor, viewer: viewer, weights: weights, inputHash: InputHash.hex(input), dataVersion: dataVersion,
            params: params, results: results, subjects: subjects)
    }

    /// Logs a ranking whose input was hashed already (`InputHash.hex` of its fingerprint).
    private func logRanking(
        kind: String, actor: String?, viewer: Viewer, weights: RankingWeights, inputHash: String, dataVersion: Int64,
        params: RankingLogParams, results: [RankingResult], subjects: [String]
    ) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let paramsJSON = String(decoding: try encoder.encode(params), as: UTF8.self)
        let outcomeJSON = RankingLogParams.outcome(results, mode: params.mode)
        var decision = NewDecision(
            kind: kind, actor: actor, viewer: viewer, inputHash: inputHash, weightsVersion: weights.version, params: paramsJSON,
            outcome: outcomeJSON, subjects: subjects)
        decision.dataVersion = dataVersion
        // A candidate ranking's reasons and no-data counts go beside it, for the DPIA monitor.
        let aggregates = params.mode == "candidates" ? RankingAggregates(results) : nil
        // Committed with the writes of other rankings that arrive meanwhile (`koppel serve`).
        return try groupCommit.write(pool) { db in
            let id = try DecisionLog.append(decision, in: db)
            if let aggregates { try RankingMonitorLog.append(aggregates, logID: id, in: db) }
            return id
        }
    }
}

/// What a logged ranking was asked, so it can be replayed.
struct RankingLogParams: Codable {
    var mode: String
    var vacancy: String?
    var person: String?
    /// The viewer (``Viewer/description``); entries from before viewers were logged have none.
    var viewer: String?
    /// The asking employer, in entries from before viewers were logged.
    var asEmployer: String?
    var day: Day
    var options: RankingOptions

    init(mode: String, vacancy: String?, person: String?, viewer: Viewer, day: Day, options: RankingOptions) {
        self.mode = mode
        self.vacancy = vacancy
        self.person = person
        self.viewer = viewer.description
        self.day = day
        self.options = options
    }

    /// The viewer the ranking was made for: the logged one, or the asking employer of an
    /// older entry (nobody when it had none).
    var loggedViewer: Viewer {
        if let viewer, let parsed = Viewer(logged: viewer) { return parsed }
        return asEmployer.map { .adviser(employer: $0) } ?? .nobody
    }

    /// The logged outcome: `{"results": [[id, score, eligible], …]}`, the ids ranked (people,
    /// or vacancies in mode `vacancies`). Replay compares this text.
    static func outcome(_ results: [RankingResult], mode: String) -> String {
        let ranked: (RankingResult) -> String = mode == "vacancies" ? { $0.vacancy } : { $0.person }
        let outcome = results.map { "[\(JSONText.quote(ranked($0))), \($0.score), \($0.eligible)]" }
        return "{\"results\": [\(outcome.joined(separator: ", "))]}"
    }
}
