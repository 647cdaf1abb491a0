import Foundation
import GRDB
import KoppelEngine

/// A trainee placed elsewhere than the round proposed: the adviser's override, on record.
public struct PlacementOverride: Sendable, Codable, Equatable {
    public var trainee: String
    public var rotation: String
    public var placement: String
    /// What the stored assignment said before (proposed or final); nil when the trainee had none.
    public var replaced: String?
    /// The `override` entry in the decision log.
    public var logID: Int64
}

extension KoppelStore {
    /// Places a trainee at a placement of the rotation other than the stored one, final at
    /// once, and logs it as an `override` with who, when and the (required) reason.
    ///
    /// The rules of a round still hold: the placement belongs to the rotation, has a free place,
    /// and is not at an organisation where the trainee was placed before. Only a regional
    /// adviser overrides (``AccessPolicy/mayRunRounds``).
    ///
    /// - Throws: ``StoreError`` `.notAllowed`, `.notFound` (rotation, trainee, placement),
    ///   `.invalidInput` (no reason, the same placement), `.invalidState` (full, earlier host).
    @discardableResult
    public func placeTrainee(
        _ traineeID: String, at placementID: String, rotation rotationID: String, viewer: Viewer, actor: String, reason: String
    ) throws -> PlacementOverride {
        try Self.require(AccessPolicy(viewer).mayRunRounds, text: "access.place", ["viewer": viewer])
        let reason = try DecisionReason.required(reason, for: CatalogueText("reason.what.place"))
        return try pool.write { db in
            let data = try RoundData.load(rotationID, db)
            guard let trainee = data.trainees.first(where: { $0.id == traineeID }) else {
                throw StoreError(.notFound, text: "store.noTraineeInCohort", ["trainee": traineeID, "cohort": data.rotation.cohort, "rotation": rotationID])
            }
            guard let placement = data.placements.first(where: { $0.id == placementID }) else {
                throw StoreError(.notFound, text: "store.noPlacement", ["placement": placementID, "rotation": rotationID])
            }
            let current = data.assignments[traineeID]
            if current?.placement == placementID {
                throw StoreError(.invalidInput, text: "store.alreadyPlaced", ["trainee": traineeID, "placement": placementID, "rotation": rotationID])
            }
            let taken = data.assignments.filter { $0.key != traineeID && $0.value.placement == placementID }.count
            guard taken < placement.capacity else {
                throw StoreError(.invalidState, text: "store.placementFull", ["placement": placementID, "capacity": placement.capacity])
            }
            if data.history[traineeID, default: []].contains(placement.employer) {
                throw StoreError(.invalidState, text: "store.placedBefore", ["trainee": traineeID, "employer": placement.employer])
            }
            try db.execute(sql: """
                INSERT INTO assignment (trainee, rotation, placement, status) VALUES (?, ?, ?, 'final')
                ON CONFLICT (trainee, rotation) DO UPDATE SET placement = excluded.placement, status = 'final'
                """, arguments: [traineeID, rotationID, placementID])
            let params = try DecisionLog.json([
                "type": "placement", "rotation": rotationID, "trainee": traineeID, "placement": placementID,
                "replaced": current.map { $0.placement as Any } ?? NSNull(), "replacedStatus": current.map { $0.status as Any } ?? NSNull(),
                "employer": placement.employer, "reason": reason,
            ])
            let outcome = try DecisionLog.json(["final": [traineeID, placementID]])
            let logID = try DecisionLog.append(
                NewDecision(kind: "override", actor: actor, viewer: viewer, input: Data((params + outcome).utf8), params: params,
                            outcome: outcome, subjects: [trainee.person]),
                in: db)
            return PlacementOverride(trainee: traineeID, rotation: rotationID, placement: placementID, replaced: current?.placement, logID: logID)
        }
    }
}
