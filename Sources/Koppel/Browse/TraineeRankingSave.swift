import Foundation
import GRDB
import KoppelEngine

extension KoppelStore {
    /// Replaces a trainee's ranking for a rotation, in one transaction, and logs it in the
    /// decision log (kind `ranking-saved`). `koppel round run` uses the stored ranking.
    ///
    /// ```swift
    /// try store.saveTraineeRanking(
    ///     traineeID: "t03", rotationID: "c2026-r1", placements: ["pl12", "pl04"], viewer: .trainee(id: "t03", person: "p03"))
    /// ```
    ///
    /// - Returns: the decision log entry's id.
    /// Only the trainee themselves saves their ranking (``Viewer/trainee(id:person:)``).
    ///
    /// - Throws: ``StoreError`` `.notAllowed` (another viewer), `.notFound` (trainee, rotation), `.invalidInput` (a placement of
    ///   another rotation, or listed twice; a rotation of another cohort), `.invalidState` (the
    ///   trainee's assignment in this rotation is final), `.busy` (another writer kept the lock).
    @discardableResult
    public func saveTraineeRanking(
        traineeID: String, rotationID: String, placements: [String], viewer: Viewer, actor: String? = nil
    ) throws -> Int64 {
        try Self.require(viewer == .trainee(id: traineeID, person: ""), text: "access.saveRanking", ["trainee": traineeID, "viewer": viewer])
        return try StoreError.reportingBusy(CatalogueText("busy.what.ranking")) {
            try pool.write { db in
                guard let trainee = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [traineeID]) else {
                    throw StoreError(.notFound, text: "store.noTrainee", ["id": traineeID])
                }
                guard let cohort = try String.fetchOne(db, sql: "SELECT cohort FROM rotation WHERE id = ?", arguments: [rotationID]) else {
                    throw StoreError(.notFound, text: "store.noRotation", ["id": rotationID])
                }
                guard cohort == trainee["cohort"] as String else {
                    throw StoreError(.invalidInput, text: "store.otherCohort", ["rotation": rotationID, "cohort": cohort, "trainee": traineeID])
                }
                let final = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM assignment WHERE trainee = ? AND rotation = ? AND status = 'final')",
                    arguments: [traineeID, rotationID]) ?? false
                if final {
                    throw StoreError(.invalidState, text: "store.rankingFinal", ["trainee": traineeID, "rotation": rotationID])
                }
                var seen = Set<String>()
                for placement in placements where !seen.insert(placement).inserted {
                    throw StoreError(.invalidInput, text: "store.placementTwice", ["placement": placement])
                }
                let inRotation = Set(try String.fetchAll(db, sql: "SELECT id FROM placement WHERE rotation = ?", arguments: [rotationID]))
                if let stranger = placements.first(where: { !inRotation.contains($0) }) {
                    throw StoreError(.invalidInput, text: "store.placementElsewhere", ["placement": stranger, "rotation": rotationID])
                }
                try db.execute(sql: "DELETE FROM trainee_ranking WHERE trainee = ? AND rotation = ?", arguments: [traineeID, rotationID])
                for (offset, placement) in placements.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO trainee_ranking (trainee, rotation, rank, placement) VALUES (?, ?, ?, ?)",
                        arguments: [traineeID, rotationID, offset + 1, placement])
                }
                let ranked = "[" + placements.map(JSONText.quote).joined(separator: ", ") + "]"
                let params = "{\"trainee\": \(JSONText.quote(traineeID)), \"rotation\": \(JSONText.quote(rotationID))}"
                return try DecisionLog.append(
                    NewDecision(
                        kind: "ranking-saved", actor: actor ?? viewer.description, viewer: viewer, input: Data((params + ranked).utf8), params: params,
                        outcome: "{\"ranking\": \(ranked)}", subjects: [trainee["person"]]),
                    in: db)
            }
        }
    }
}
