/// A reason a matching is not a valid stable matching of its instance.
///
/// ```swift
/// for violation in PlacementSolver.violations(of: matching, in: instance) {
///     print(violation)   // (t2, p1) is a blocking pair: both prefer each other …
/// }
/// ```
public enum PlacementViolation: Hashable, Sendable, CustomStringConvertible {
    /// More trainees are assigned to the placement than its capacity.
    case overCapacity(placement: String, assigned: Int, capacity: Int)
    /// The pair is assigned but not acceptable (one-sided or forbidden).
    case unacceptablePair(PlacementPair)
    /// Trainee and placement would both rather be matched with each other.
    case blockingPair(PlacementPair)

    /// A sentence naming the ids.
    public var description: String {
        switch self {
        case .overCapacity(let placement, let assigned, let capacity):
            return "\(placement) is assigned \(assigned) trainees but has capacity \(capacity)"
        case .unacceptablePair(let pair):
            return "\(pair) is assigned, but they do not both list each other or the pair is forbidden"
        case .blockingPair(let pair):
            return
                "\(pair) is a blocking pair: \(pair.trainee) prefers \(pair.placement) to its assignment, and \(pair.placement) has a free place or prefers \(pair.trainee) to someone it holds"
        }
    }
}

extension PlacementSolver {
    /// The blocking pairs of `matching` in `instance`; empty for a stable matching.
    ///
    /// A pair `(t, p)` blocks when it is acceptable, `t` is unmatched or prefers `p` to its
    /// placement, and `p` has a free place or prefers `t` to one of its trainees (a trainee
    /// assigned to `p` without being acceptable counts as worse than anyone acceptable).
    /// Sorted by trainee id, then by the trainee's preference. Runs in time linear in the
    /// number of acceptable pairs.
    ///
    /// - Precondition: the matching's ids exist in `instance` (normally it was made for it).
    public static func blockingPairs(
        of matching: PlacementMatching, in instance: PlacementInstance
    ) -> [PlacementPair] {
        violations(of: matching, in: instance).compactMap {
            if case .blockingPair(let pair) = $0 { return pair }
            return nil
        }
    }

    /// Every capacity overrun, unacceptable pair and blocking pair of `matching`.
    ///
    /// Ordered: capacity overruns (by placement id), unacceptable pairs, then blocking pairs
    /// (both by trainee id). Empty means `matching` is a stable matching of `instance`.
    public static func violations(
        of matching: PlacementMatching, in instance: PlacementInstance
    ) -> [PlacementViolation] {
        violations(core: instance.core, assignment: matching.assignment(in: instance.core))
    }

    static func violations(
        core: PlacementCore, assignment: [Int32], limit: Int = Int.max
    ) -> [PlacementViolation] {
        let placementCount = core.placementCount
        var assignedCount = [Int](repeating: 0, count: placementCount)
        // Worst acceptable position held; Int32.max when an unacceptable trainee is held.
        var worst = [Int32](repeating: -1, count: placementCount)
        // Per trainee: how many acceptable placements it prefers to its own.
        var preferredCount = [Int](repeating: 0, count: core.traineeCount)
        var unacceptable = [PlacementViolation]()
        for (t, p) in assignment.enumerated() {
            let range = core.accTraineeRange(t)
            guard p >= 0 else {
                preferredCount[t] = range.count
                continue
            }
            assignedCount[Int(p)] += 1
            if let e = core.acceptablePosition(trainee: t, placement: p) {
                preferredCount[t] = e - range.lowerBound
                worst[Int(p)] = max(worst[Int(p)], core.accTraineeRankAtPlacement[e])
            } else {
                preferredCount[t] = range.count
                worst[Int(p)] = Int32.max
                unacceptable.append(
                    .unacceptablePair(
                        PlacementPair(trainee: core.trainees[t].id, placement: core.placements[Int(p)].id)))
            }
        }
        var result = [PlacementViolation]()
        for p in 0..<placementCount where assignedCount[p] > core.capacity[p] {
            result.append(
                .overCapacity(
                    placement: core.placements[p].id, assigned: assignedCount[p],
                    capacity: core.capacity[p]))
        }
        result += unacceptable
        if result.count >= limit { return Array(result.prefix(limit)) }
        for t in 0..<core.traineeCount {
            let start = core.accTraineeStart[t]
            for e in start..<(start + preferredCount[t]) {
                let p = Int(core.accTraineePlacement[e])
                if assignedCount[p] < core.capacity[p] || core.accTraineeRankAtPlacement[e] < worst[p] {
                    result.append(
                        .blockingPair(PlacementPair(trainee: core.trainees[t].id, placement: core.placements[p].id)))
                    if result.count >= limit { return result }
                }
            }
        }
        return result
    }
}
