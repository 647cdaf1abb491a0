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
        try Self.require(viewer == .trainee(id: traineeID, person: ""), "only trainee \(traineeID) saves their own ranking, not \(viewer)")
        return try StoreError.reportingBusy("the ranking") {
            try pool.write { db in
                guard let trainee = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [traineeID]) else {
                    throw StoreError(.notFound, "no trainee with id '\(traineeID)'")
                }
                guard let cohort = try String.fetchOne(db, sql: "SELECT cohort FROM rotation WHERE id = ?", arguments: [rotationID]) else {
                    throw StoreError(.notFound, "no rotation with id '\(rotationID)'")
                }
                guard cohort == trainee["cohort"] as String else {
                    throw StoreError(.invalidInput, "rotation \(rotationID) belongs to cohort \(cohort), not to trainee \(traineeID)'s")
                }
                let final = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM assignment WHERE trainee = ? AND rotation = ? AND status = 'final')",
                    arguments: [traineeID, rotationID]) ?? false
                if final {
                    throw StoreError(.invalidState, "trainee \(traineeID)'s placement in \(rotationID) is final; the ranking can no longer change")
                }
                var seen = Set<String>()
                for placement in placements where !seen.insert(placement).inserted {
                    throw StoreError(.invalidInput, "placement '\(placement)' appears twice in the ranking")
                }
                let inRotation = Set(try String.fetchAll(db, sql: "SELECT id FROM placement WHERE rotation = ?", arguments: [rotationID]))
                if let stranger = placements.first(where: { !inRotation.contains($0) }) {
                    throw StoreError(.invalidInput, "placement '\(stranger)' is not a placement of rotation \(rotationID)")
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
