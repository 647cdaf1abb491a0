import Foundation
import GRDB
import KoppelEngine

/// What a letter about a placement round says about one trainee: the placement they got and,
/// for each placement they wanted more, why not and what would have given it to them.
public struct RoundLetterFacts: Sendable, Hashable, Codable {
    /// The rotation of the round.
    public var rotation: String
    /// The trainee id of the person.
    public var trainee: String
    /// The placement the logged decision gave them; nil when none.
    public var placement: String?
    /// The placements they ranked above it, from the round solved again with the data of now
    /// (``PlacementCounterfactual``).
    public var wanted: [PlacementCounterfactual.Wanted]
    /// Whether solving the round again with the data of now gives them the same placement.
    public var sameToday: Bool
}

extension KoppelStore {
    /// The letter to `person` about the placement round of log entry `entry` (kind `round`:
    /// the proposal, or `round-accept`: the final assignment), written in the caller's
    /// transaction. The round is solved again from the store with the weights version of the
    /// round entry; the counterfactual moves the trainee up one host's ranking at a time and
    /// solves again.
    static func roundLetter(
        _ person: Person, entry: DecisionLogEntry, policy: AccessPolicy, language: Language, _ db: Database
    ) throws -> (text: String, facts: RoundLetterFacts, weightsVersion: Int?) {
        struct Params: Decodable { var rotation: String; var day: Day? }
        guard let params = try? JSONDecoder().decode(Params.self, from: Data(entry.params.utf8)) else {
            throw StoreError(.invalidState, text: "store.unreadableParams", ["id": Int(entry.id)])
        }
        // The round entry the decision rests on: this one, or the last round before an acceptance.
        let round: DecisionLogEntry
        if entry.kind == "round" {
            round = entry
        } else {
            guard let id = try Int64.fetchOne(db, sql: """
                SELECT max(id) FROM decision_log WHERE kind = 'round' AND id < ? AND json_extract(params, '$.rotation') = ?
                """, arguments: [entry.id, params.rotation]), let found = try DecisionLog.entry(id, in: db)
            else { throw StoreError(.invalidState, text: "store.noRoundBefore", ["rotation": params.rotation, "id": Int(entry.id)]) }
            round = found
        }
        // The round's reference day; a round logged without one ran on the day it was logged.
        guard let day = (try? JSONDecoder().decode(Params.self, from: Data(round.params.utf8)))?.day ?? Day(String(round.at.prefix(10))) else {
            throw StoreError(.invalidState, "log entry \(round.id) has no reference day this koppel can read")
        }
        let data = try RoundData.load(params.rotation, db)
        guard let trainee = data.trainees.first(where: { $0.person == person.id }) else {
            throw StoreError(.invalidState, text: "store.notInCohort", ["person": person.id, "rotation": params.rotation])
        }
        try Self.require(
            policy.mayWriteRoundLetter(about: person, trainee: trainee.id),
            text: "access.roundLetter", ["viewer": policy.viewer])
        let catalog = try Self.loadCatalog(db)
        let weights = try Self.storedWeights(round.weightsVersion, db)
        let built = try RoundInstance.build(data, catalog: catalog, weights: weights, on: day, db)
        let placed = Self.loggedPlacement(of: trainee.id, in: entry)
        let today = PlacementSolver.solve(built.instance, proposing: .trainee).placement(of: trainee.id)
        let facts = RoundLetterFacts(
            rotation: params.rotation, trainee: trainee.id, placement: placed,
            wanted: PlacementCounterfactual.explain(trainee: trainee.id, in: built.instance), sameToday: today == placed)
        let cohort = try String.fetchOne(db, sql: "SELECT name FROM cohort WHERE id = ?", arguments: [data.rotation.cohort]) ?? data.rotation.cohort
        let text = RoundLetterWriter(
            person: person, entry: entry, data: data, built: built, catalog: catalog, weights: weights, day: day, cohort: cohort,
            facts: facts, language: language
        ).text
        return (text, facts, weights.version)
    }

    /// The placement a logged round or acceptance gave `trainee`.
    private static func loggedPlacement(of trainee: String, in entry: DecisionLogEntry) -> String? {
        let outcome = Data(entry.outcome.utf8)
        if entry.kind == "round", let output = try? JSONDecoder().decode(PlacementSolveOutput.self, from: outcome) {
            return output.matches.first { $0.value.contains(trainee) }?.key
        }
        struct Accepted: Decodable { var final: [[String]] }
        return (try? JSONDecoder().decode(Accepted.self, from: outcome))?.final.first { $0.first == trainee }?.last
    }
}
