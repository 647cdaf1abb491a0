/// Deferred acceptance with capacities (hospitals/residents), on dense integer indices.
///
/// ```swift
/// let instance = try PlacementJSON.decodeInstance(from: data)
/// let matching = PlacementSolver.solve(instance, proposing: .trainee)
/// assert(PlacementSolver.blockingPairs(of: matching, in: instance).isEmpty)
/// ```
///
/// `.trainee` runs trainee-proposing deferred acceptance, the variant the NRMP uses: the
/// result is the trainee-optimal stable matching and no trainee can gain by misreporting
/// their list. `.placement` gives the placement-optimal stable matching. Both run in time
/// linear in the number of acceptable pairs, and the result does not depend on the order in
/// which trainees or placements were given (the optimal stable matching is unique).
///
/// Every result is checked before it is returned: capacities respected, only acceptable
/// pairs, no blocking pair. A failed check is a bug in this module and stops the program with
/// `preconditionFailure` and the first problems found.
public enum PlacementSolver {
    /// Solves `instance`, optimal for the `proposing` side (default: trainees).
    public static func solve(
        _ instance: PlacementInstance,
        proposing side: PlacementProposingSide = .trainee
    ) -> PlacementMatching {
        let core = instance.core
        let assignment: [Int32]
        switch side {
        case .trainee: assignment = traineeProposing(core)
        case .placement: assignment = placementProposing(core)
        }
        let problems = violations(core: core, assignment: assignment, limit: 5)
        if !problems.isEmpty {
            preconditionFailure(
                "PlacementSolver (\(side)-proposing) produced an invalid matching; this is a bug: "
                    + problems.map(\.description).joined(separator: "; "))
        }
        return PlacementMatching(core: core, assignment: assignment, optimal: side)
    }

    /// Trainee-proposing deferred acceptance.
    ///
    /// Each placement holds its tentative trainees as flags over its acceptable ranking, plus
    /// the position of the worst one held. Once full it stays full and its worst position only
    /// moves up, so all scans together cost O(length of its ranking).
    static func traineeProposing(_ core: PlacementCore) -> [Int32] {
        let traineeCount = core.traineeCount
        let placementCount = core.placementCount
        var assignment = [Int32](repeating: -1, count: traineeCount)
        var next = [Int32](repeating: 0, count: traineeCount)
        var held = [Bool](repeating: false, count: core.accPlacementTrainee.count)
        var heldCount = [Int](repeating: 0, count: placementCount)
        var worst = [Int32](repeating: -1, count: placementCount)
        var free = [Int32]()
        free.reserveCapacity(traineeCount)
        for t in stride(from: traineeCount - 1, through: 0, by: -1)
        where core.accTraineeStart[t] < core.accTraineeStart[t + 1] {
            free.append(Int32(t))
        }

        core.accTraineeStart.withUnsafeBufferPointer { tStart in
            core.accTraineePlacement.withUnsafeBufferPointer { tPlacement in
                core.accTraineeRankAtPlacement.withUnsafeBufferPointer { tRank in
                    core.accPlacementStart.withUnsafeBufferPointer { pStart in
                        core.accPlacementTrainee.withUnsafeBufferPointer { pTrainee in
                            core.capacity.withUnsafeBufferPointer { capacity in
                                while var t = free.popLast().map(Int.init) {
                                    proposals: while true {
                                        let e = tStart[t] + Int(next[t])
                                        if e >= tStart[t + 1] { break proposals }  // list exhausted
                                        next[t] += 1
                                        let p = Int(tPlacement[e])
                                        let r = tRank[e]
                                        let base = pStart[p]
                                        if heldCount[p] < capacity[p] {
                                            held[base + Int(r)] = true
                                            heldCount[p] += 1
                                            if r > worst[p] { worst[p] = r }
                                            assignment[t] = Int32(p)
                                            break proposals
                                        }
                                        if capacity[p] == 0 || r > worst[p] { continue proposals }
                                        // Full and prefers t: drop the worst, who proposes next.
                                        var w = Int(worst[p])
                                        let rejected = Int(pTrainee[base + w])
                                        held[base + w] = false
                                        held[base + Int(r)] = true
                                        assignment[t] = Int32(p)
                                        assignment[rejected] = -1
                                        w -= 1
                                        while !held[base + w] { w -= 1 }
                                        worst[p] = Int32(w)
                                        t = rejected
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return assignment
    }

    /// Placement-proposing deferred acceptance.
    ///
    /// A placement with free places offers to the next trainee on its acceptable ranking; a
    /// trainee keeps the best offer so far, and a placement that loses a trainee offers again.
    static func placementProposing(_ core: PlacementCore) -> [Int32] {
        let traineeCount = core.traineeCount
        let placementCount = core.placementCount
        var assignment = [Int32](repeating: -1, count: traineeCount)
        var assignedRank = [Int32](repeating: Int32.max, count: traineeCount)
        var next = [Int](repeating: 0, count: placementCount)
        var heldCount = [Int](repeating: 0, count: placementCount)
        var open = [Int32]()
        open.reserveCapacity(placementCount)
        for p in stride(from: placementCount - 1, through: 0, by: -1) { open.append(Int32(p)) }

        core.accPlacementStart.withUnsafeBufferPointer { pStart in
            core.accPlacementTrainee.withUnsafeBufferPointer { pTrainee in
                core.accPlacementRankAtTrainee.withUnsafeBufferPointer { pRank in
                    core.capacity.withUnsafeBufferPointer { capacity in
                        while let popped = open.popLast() {
                            let p = Int(popped)
                            let end = pStart[p + 1]
                            while heldCount[p] < capacity[p] {
                                let f = pStart[p] + next[p]
                                if f >= end { break }
                                next[p] += 1
                                let t = Int(pTrainee[f])
                                let r = pRank[f]
                                if r < assignedRank[t] {
                                    let previous = assignment[t]
                                    if previous >= 0 {
                                        heldCount[Int(previous)] -= 1
                                        open.append(previous)
                                    }
                                    assignment[t] = Int32(p)
                                    assignedRank[t] = r
                                    heldCount[p] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return assignment
    }
}
