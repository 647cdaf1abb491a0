import Foundation
import GRDB
import KoppelEngine

/// The outcome of `koppel round run`: the proposal and its report.
public struct RoundOutcome: Sendable, Codable {
    public var rotation: String
    public var report: PlacementReport
    /// Placements whose host gave no ranking, so one was derived from the ranking engine's scores.
    public var derivedRankings: [String]
    /// Trainees whose derived scores tied, broken by the rule in `tieRule`.
    public var ties: [[String]]
    public var tieRule: String
    /// Listings left out because the trainee already had a rotation at that organisation.
    public var excluded: [ExcludedListing]
    public var employers: [EmployerLine]
    public var logId: Int64

    /// A trainee's listing that the different-organisation rule removed.
    public struct ExcludedListing: Sendable, Codable, Hashable {
        public var trainee: String
        public var placement: String
        public var employer: String
    }

    /// Per host employer: places, capacity and how many were filled.
    public struct EmployerLine: Sendable, Codable, Hashable {
        public var employer: String
        public var placements: Int
        public var capacity: Int
        public var filled: Int
    }
}

extension RoundOutcome {
    /// The outcome of a rotation's matching: the report, the host lines and what the round
    /// instance derived or left out.
    init(_ rotation: String, data: RoundData, built: RoundInstance, matching: PlacementMatching, logID: Int64) {
        var lines: [String: EmployerLine] = [:]
        for placement in data.placements {
            var line = lines[placement.employer] ?? .init(employer: placement.employer, placements: 0, capacity: 0, filled: 0)
            line.placements += 1
            line.capacity += placement.capacity
            line.filled += matching.trainees(at: placement.id).count
            lines[placement.employer] = line
        }
        self.init(
            rotation: rotation, report: PlacementReport(instance: built.instance, matching: matching), derivedRankings: built.derived,
            ties: built.ties, tieRule: PlacementTieBreak.rule, excluded: built.excluded,
            employers: lines.values.sorted { $0.employer < $1.employer }, logId: logID)
    }
}

/// A scramble suggestion: an unfilled place an unmatched trainee did not rank, by fit.
public struct ScrambleSuggestion: Sendable, Codable, Hashable {
    public var trainee: String
    public var placement: String
    public var employer: String
    public var title: String
    public var freePlaces: Int
    public var fit: RankingPoints
}

extension KoppelStore {
    /// Computes the trainee-optimal stable assignment for a rotation and stores it as a proposal.
    ///
    /// Trainees' rankings come from the store; a placement whose host ranked no one gets a
    /// ranking of its applicants derived from the ranking engine's scores (ties broken by id,
    /// reported). A trainee is never placed at an organisation where they had another rotation.
    /// Nothing is final until ``acceptRound(_:viewer:actor:reason:)``. Only a regional adviser runs a
    /// round (``AccessPolicy/mayRunRounds``); every input is read in the round's transaction.
    public func runRound(_ rotationID: String, on day: Day, viewer: Viewer, actor: String?) throws -> RoundOutcome {
        try Self.require(AccessPolicy(viewer).mayRunRounds, text: "access.roundRun", ["viewer": viewer])
        return try pool.write { db in
            let catalog = try Self.loadCatalog(db)
            let weights = try WeightsStore.current(db)
            let data = try RoundData.load(rotationID, db)
            if data.assignments.values.contains(where: { $0.status == "final" }) {
                throw StoreError(.invalidState, text: "store.roundAccepted", ["rotation": rotationID])
            }
            let built = try RoundInstance.build(data, catalog: catalog, weights: weights, on: day, db)
            let instance = built.instance
            let matching = PlacementSolver.solve(instance, proposing: .trainee)
            try db.execute(sql: "DELETE FROM assignment WHERE rotation = ? AND status = 'proposed'", arguments: [rotationID])
            for pair in matching.pairs {
                try db.execute(
                    sql: "INSERT INTO assignment (trainee, rotation, placement, status) VALUES (?, ?, ?, 'proposed')",
                    arguments: [pair.trainee, rotationID, pair.placement])
            }
            let input = PlacementJSON.encode(InstanceDocument(instance))
            let outcomeJSON = String(decoding: PlacementJSON.encode(matching), as: UTF8.self)
            let logID = try DecisionLog.append(
                NewDecision(kind: "round", actor: actor, viewer: viewer, input: input, weightsVersion: weights.version,
                            params: #"{"rotation": \#(JSONText.quote(rotationID)), "day": "\#(day)", "optimal": "trainee"}"#,
                            outcome: outcomeJSON, subjects: data.trainees.map(\.person)),
                in: db)
            return RoundOutcome(rotationID, data: data, built: built, matching: matching, logID: logID)
        }
    }

    /// The report of a rotation's stored assignment (proposed or final), recomputed from the
    /// stored rankings, without changing anything: what `round run` printed, for a regional
    /// adviser (``AccessPolicy/mayRunRounds``). `logId` is the latest round entry of the
    /// rotation, 0 when it has none.
    public func roundReport(_ rotationID: String, on day: Day, viewer: Viewer) throws -> RoundOutcome {
        try Self.require(AccessPolicy(viewer).mayRunRounds, text: "access.roundReport", ["viewer": viewer])
        return try pool.read { db in
            let data = try RoundData.load(rotationID, db)
            guard !data.assignments.isEmpty else {
                throw StoreError(.invalidState, text: "store.noProposal", ["rotation": rotationID])
            }
            let built = try RoundInstance.build(data, catalog: try Self.loadCatalog(db), weights: try WeightsStore.current(db), on: day, db)
            let stored = try PlacementMatching(assignments: data.assignments.mapValues(\.placement), for: built.instance)
            // When the stored assignment is still the trainee-optimal stable one, say so; when
            // rankings changed since, the report is of the stored pairs as they are.
            let solved = PlacementSolver.solve(built.instance, proposing: .trainee)
            let matching = solved.pairs == stored.pairs ? solved : stored
            let logID = try Int64.fetchOne(db, sql: """
                SELECT max(id) FROM decision_log WHERE kind = 'round' AND json_extract(params, '$.rotation') = ?
                """, arguments: [rotationID]) ?? 0
            return RoundOutcome(rotationID, data: data, built: built, matching: matching, logID: logID)
        }
    }

    /// Makes a rotation's proposed assignments final: the adviser's decision, with its reason
    /// (required, logged). Returns how many.
    @discardableResult
    public func acceptRound(_ rotationID: String, viewer: Viewer, actor: String?, reason: String) throws -> Int {
        try Self.require(AccessPolicy(viewer).mayRunRounds, text: "access.roundAccept", ["viewer": viewer])
        let reason = try DecisionReason.required(reason, for: CatalogueText("reason.what.acceptRound"))
        return try pool.write { db in
            let data = try RoundData.load(rotationID, db)
            let proposed = data.assignments.filter { $0.value.status == "proposed" }
            guard !proposed.isEmpty else {
                throw StoreError(.invalidState, text: "store.noProposalToAccept", ["rotation": rotationID])
            }
            try db.execute(sql: "UPDATE assignment SET status = 'final' WHERE rotation = ? AND status = 'proposed'", arguments: [rotationID])
            let pairs = proposed.keys.sorted().map { "[\(JSONText.quote($0)), \(JSONText.quote(proposed[$0]!.placement))]" }
            let outcome = "{\"final\": [\(pairs.joined(separator: ", "))]}"
            try DecisionLog.append(
                NewDecision(kind: "round-accept", actor: actor, viewer: viewer, input: Data(outcome.utf8),
                            params: try DecisionLog.json(["rotation": rotationID, "reason": reason]), outcome: outcome,
                            subjects: data.trainees.filter { proposed[$0.id] != nil }.map(\.person)),
                in: db)
            return proposed.count
        }
    }

    /// For the trainees the proposal leaves unmatched, the unfilled places they did not rank,
    /// best fit first (at most `perTrainee` each). Suggestions only; nothing is assigned.
    public func scramble(_ rotationID: String, on day: Day, perTrainee: Int = 3, viewer: Viewer, actor: String?) throws -> [ScrambleSuggestion] {
        try Self.require(AccessPolicy(viewer).mayRunRounds, text: "access.scramble", ["viewer": viewer])
        return try pool.write { db in
            let catalog = try Self.loadCatalog(db)
            let weights = try WeightsStore.current(db)
            let data = try RoundData.load(rotationID, db)
            guard !data.assignments.isEmpty else {
                throw StoreError(.invalidState, text: "store.noProposal", ["rotation": rotationID])
            }
            var filled: [String: Int] = [:]
            for assignment in data.assignments.values { filled[assignment.placement, default: 0] += 1 }
            let open = data.placements.filter { $0.capacity > filled[$0.id, default: 0] }
            let people = try Dictionary(uniqueKeysWithValues: Self.loadPersons(
                db, where: ("id IN (SELECT person FROM trainee WHERE cohort = ?)", [data.rotation.cohort])).map { ($0.id, $0) })
            var suggestions: [ScrambleSuggestion] = []
            for trainee in data.trainees where data.assignments[trainee.id] == nil {
                let ranked = Set(data.traineeRankings[trainee.id] ?? [])
                let earlier = data.history[trainee.id] ?? []
                guard let person = people[trainee.person] else { continue }
                let options = open.filter { !ranked.contains($0.id) && !earlier.contains($0.employer) }.compactMap { placement -> ScrambleSuggestion? in
                    let vacancy = placement.asVacancy(host: catalog.employer(placement.employer), rotation: data.rotation)
                    guard let result = RankingEngine.score(person, for: vacancy, catalog: catalog, on: day, viewer: .regionalAdviser,
                                                           options: RankingOptions(includeIneligible: true, limit: nil), weights: weights)
                    else { return nil }
                    return ScrambleSuggestion(
                        trainee: trainee.id, placement: placement.id, employer: placement.employer, title: placement.title,
                        freePlaces: placement.capacity - filled[placement.id, default: 0], fit: result.score)
                }
                suggestions += options.sorted { ($1.fit, $0.placement) < ($0.fit, $1.placement) }.prefix(perTrainee)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let outcome = String(decoding: try encoder.encode(suggestions), as: UTF8.self)
            try DecisionLog.append(
                NewDecision(kind: "scramble", actor: actor, viewer: viewer, input: Data(outcome.utf8), weightsVersion: weights.version,
                            params: #"{"rotation": \#(JSONText.quote(rotationID))}"#, outcome: "{\"suggestions\": \(outcome)}",
                            subjects: suggestions.compactMap { s in data.trainees.first { $0.id == s.trainee }?.person }),
                in: db)
            return suggestions
        }
    }
}

/// An instance in the interchange format, for hashing a round's input.
struct InstanceDocument: Encodable {
    var instance: PlacementInstance
    init(_ instance: PlacementInstance) { self.instance = instance }

    func encode(to encoder: any Encoder) throws {
        struct PlacementEntry: Encodable { var capacity: Int; var ranking: [String] }
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(
            Dictionary(uniqueKeysWithValues: instance.trainees.map { ($0.id, $0.ranking) }), forKey: DynamicKey("trainees"))
        try container.encode(
            Dictionary(uniqueKeysWithValues: instance.placements.map { ($0.id, PlacementEntry(capacity: $0.capacity, ranking: $0.ranking)) }),
            forKey: DynamicKey("placements"))
    }
}

struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
