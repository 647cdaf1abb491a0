/// An assignment of trainees to placements for one ``PlacementInstance``.
///
/// Made by ``PlacementSolver/solve(_:proposing:)``, or by hand with
/// ``init(assignments:for:)`` (e.g. to check an existing assignment for blocking pairs).
///
/// ```swift
/// let matching = PlacementSolver.solve(instance, proposing: .trainee)
/// matching.placement(of: "t1")     // "p2"
/// matching.trainees(at: "p1")      // ["t2"], in p1's ranking order
/// matching.unmatchedTrainees       // [], sorted by id
/// ```
public struct PlacementMatching: Sendable, Equatable {
    let core: PlacementCore
    /// Per trainee (dense index): the dense placement index, or -1 when unmatched.
    let assignment: [Int32]

    /// The side the matching is optimal for; `nil` for a matching made by hand.
    public let optimal: PlacementProposingSide?

    init(core: PlacementCore, assignment: [Int32], optimal: PlacementProposingSide?) {
        self.core = core
        self.assignment = assignment
        self.optimal = optimal
    }

    /// Makes a matching from `trainee → placement` ids, for checking it against `instance`.
    ///
    /// The pairs need not be acceptable or within capacity: ``PlacementSolver/violations(of:in:)``
    /// reports that. Unknown ids throw `unknownID` with the path `assignments.<trainee>`.
    public init(assignments: [String: String], for instance: PlacementInstance)
        throws(PlacementInputError)
    {
        let core = instance.core
        var assignment = [Int32](repeating: -1, count: core.traineeCount)
        for trainee in PlacementIDOrder.sorted(assignments.keys) {
            let placement = assignments[trainee]!
            guard let t = core.traineeIndex[trainee] else {
                throw PlacementInputError(
                    code: .unknownID, path: "assignments.\(trainee)",
                    description:
                        "The assignment names trainee \(trainee) (assignments.\(trainee)), but there is no trainee \(trainee)."
                )
            }
            guard let p = core.placementIndex[placement] else {
                throw PlacementInputError(
                    code: .unknownID, path: "assignments.\(trainee)",
                    description:
                        "Trainee \(trainee) is assigned to placement \(placement) (assignments.\(trainee)), but there is no placement \(placement)."
                )
            }
            assignment[Int(t)] = p
        }
        self.init(core: core, assignment: assignment, optimal: nil)
    }

    /// The placement `trainee` is assigned to, or `nil` (also for an unknown id).
    public func placement(of trainee: String) -> String? {
        guard let t = core.traineeIndex[trainee] else { return nil }
        let p = assignment[Int(t)]
        return p < 0 ? nil : core.placements[Int(p)].id
    }

    /// The trainees assigned to `placement`, in the placement's ranking order.
    ///
    /// (A hand-made matching may assign a trainee the placement did not rank; such trainees
    /// come last, by id.) Empty for an unfilled placement or an unknown id.
    public func trainees(at placement: String) -> [String] {
        guard let p = core.placementIndex[placement] else { return [] }
        var members = [Int]()
        for f in core.accPlacementRange(Int(p)) {
            let t = Int(core.accPlacementTrainee[f])
            if assignment[t] == p { members.append(t) }
        }
        if hasUnacceptablePairs {
            for (t, q) in assignment.enumerated()
            where q == p && core.acceptablePosition(trainee: t, placement: p) == nil {
                members.append(t)
            }
        }
        return members.map { core.trainees[$0].id }
    }

    /// Every placement id → its trainees in the placement's ranking order (`[]` if unfilled).
    public var matches: [String: [String]] {
        var result = [String: [String]](minimumCapacity: core.placementCount)
        for (p, members) in membersByPlacement().enumerated() {
            result[core.placements[p].id] = members.map { core.trainees[$0].id }
        }
        return result
    }

    /// The unmatched trainees' ids, sorted byte-wise.
    public var unmatchedTrainees: [String] {
        assignment.indices.filter { assignment[$0] < 0 }.map { core.trainees[$0].id }
    }

    /// The matched pairs, sorted by trainee id (byte-wise).
    public var pairs: [PlacementPair] {
        assignment.indices.compactMap { t in
            let p = assignment[t]
            return p < 0
                ? nil
                : PlacementPair(trainee: core.trainees[t].id, placement: core.placements[Int(p)].id)
        }
    }

    /// How many trainees are matched.
    public var matchedCount: Int { assignment.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }

    /// Ignored listings of the instance (one-sided or forbidden), as ``PlacementInstance/warnings``.
    public var warnings: [PlacementWarning] { core.warnings }

    /// Equal when made for instances with the same ids and assigning everyone alike.
    public static func == (lhs: PlacementMatching, rhs: PlacementMatching) -> Bool {
        guard lhs.optimal == rhs.optimal, lhs.assignment == rhs.assignment else { return false }
        if lhs.core === rhs.core { return true }
        return lhs.core.trainees.count == rhs.core.trainees.count
            && lhs.core.placements.count == rhs.core.placements.count
            && zip(lhs.core.trainees, rhs.core.trainees).allSatisfy { PlacementIDTable.equal($0.id, $1.id) }
            && zip(lhs.core.placements, rhs.core.placements).allSatisfy { PlacementIDTable.equal($0.id, $1.id) }
    }

    /// Whether some trainee is assigned to a placement without the pair being acceptable
    /// (possible only in a hand-made matching).
    private var hasUnacceptablePairs: Bool {
        optimal == nil
            && assignment.indices.contains { t in
                assignment[t] >= 0 && core.acceptablePosition(trainee: t, placement: assignment[t]) == nil
            }
    }

    /// Per placement, its trainees' dense indices in the placement's ranking order (then, in
    /// a hand-made matching, trainees it does not rank acceptably, by id).
    func membersByPlacement() -> [[Int]] {
        var members = [[Int]](repeating: [], count: core.placementCount)
        for p in 0..<core.placementCount {
            for f in core.accPlacementRange(p) {
                let t = Int(core.accPlacementTrainee[f])
                if assignment[t] == Int32(p) { members[p].append(t) }
            }
        }
        if hasUnacceptablePairs {
            for (t, p) in assignment.enumerated()
            where p >= 0 && core.acceptablePosition(trainee: t, placement: p) == nil {
                members[Int(p)].append(t)
            }
        }
        return members
    }

    /// This matching's assignment expressed in `other`'s dense indices.
    ///
    /// - Precondition: every id the matching uses exists in `other`.
    func assignment(in other: PlacementCore) -> [Int32] {
        if other === core { return assignment }
        if other.trainees.count == core.trainees.count
            && other.placements.count == core.placements.count
            && zip(other.trainees, core.trainees).allSatisfy({ PlacementIDTable.equal($0.id, $1.id) })
            && zip(other.placements, core.placements).allSatisfy({ PlacementIDTable.equal($0.id, $1.id) })
        {
            return assignment
        }
        var result = [Int32](repeating: -1, count: other.traineeCount)
        for (t, p) in assignment.enumerated() where p >= 0 {
            let traineeID = core.trainees[t].id
            let placementID = core.placements[Int(p)].id
            guard let t2 = other.traineeIndex[traineeID], let p2 = other.placementIndex[placementID]
            else {
                preconditionFailure(
                    "The matching assigns \(traineeID) to \(placementID), which the instance does not know; check a matching against the instance it was made for."
                )
            }
            result[Int(t2)] = p2
        }
        return result
    }
}
