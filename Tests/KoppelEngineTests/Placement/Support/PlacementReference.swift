import KoppelEngine

/// An independent, slow model of an instance, built only from its public lists, used to
/// check the solver: acceptability, stability, and brute-force enumeration of all stable
/// matchings. Assignments are `[Int?]` indexed like `traineeIDs` (a placement index or nil).
struct PlacementReference {
    let traineeIDs: [String]
    let placementIDs: [String]
    let capacity: [Int]
    /// Per trainee: acceptable placements, best first.
    let acceptable: [[Int]]
    /// Per placement: trainee → position in the placement's ranking (acceptable ones only).
    let rank: [[Int: Int]]

    init(_ instance: PlacementInstance) {
        traineeIDs = instance.trainees.map(\.id)
        placementIDs = instance.placements.map(\.id)
        capacity = instance.placements.map(\.capacity)
        var placementOf = [String: Int]()
        for (p, id) in placementIDs.enumerated() { placementOf[id] = p }
        var traineeOf = [String: Int]()
        for (t, id) in traineeIDs.enumerated() { traineeOf[id] = t }
        let forbidden = instance.forbidden
        var acceptable = [[Int]]()
        var rank = [[Int: Int]](repeating: [:], count: placementIDs.count)
        for trainee in instance.trainees {
            var list = [Int]()
            for placementID in trainee.ranking {
                let p = placementOf[placementID]!
                let placement = instance.placements[p]
                if let r = placement.ranking.firstIndex(of: trainee.id),
                    !forbidden.contains(PlacementPair(trainee: trainee.id, placement: placementID))
                {
                    list.append(p)
                    rank[p][traineeOf[trainee.id]!] = r
                }
            }
            acceptable.append(list)
        }
        self.acceptable = acceptable
        self.rank = rank
    }

    var traineeCount: Int { traineeIDs.count }
    var placementCount: Int { placementIDs.count }

    /// The matching's assignment in this model's indices.
    func assignment(of matching: PlacementMatching) -> [Int?] {
        traineeIDs.map { id in matching.placement(of: id).map { placementIDs.firstIndex(of: $0)! } }
    }

    /// Position of `p` in trainee `t`'s acceptable list; unmatched (nil) ranks after all.
    func traineeRank(_ t: Int, _ p: Int?) -> Int {
        guard let p else { return acceptable[t].count }
        return acceptable[t].firstIndex(of: p) ?? Int.max
    }

    /// Capacities respected, only acceptable pairs, and no blocking pair.
    func isStable(_ assignment: [Int?]) -> Bool {
        var members = [[Int]](repeating: [], count: placementCount)
        for (t, p) in assignment.enumerated() {
            guard let p else { continue }
            guard rank[p][t] != nil else { return false }
            members[p].append(t)
        }
        for p in 0..<placementCount where members[p].count > capacity[p] { return false }
        for t in 0..<traineeCount {
            let current = traineeRank(t, assignment[t])
            for (position, p) in acceptable[t].enumerated() where position < current {
                if members[p].count < capacity[p] { return false }
                if members[p].contains(where: { rank[p][$0]! > rank[p][t]! }) { return false }
            }
        }
        return true
    }

    /// Every stable matching, by enumerating all capacity-respecting acceptable assignments.
    func allStableMatchings() -> [[Int?]] {
        var result = [[Int?]]()
        var assignment = [Int?](repeating: nil, count: traineeCount)
        var used = [Int](repeating: 0, count: placementCount)
        func visit(_ t: Int) {
            if t == traineeCount {
                if isStable(assignment) { result.append(assignment) }
                return
            }
            assignment[t] = nil
            visit(t + 1)
            for p in acceptable[t] where used[p] < capacity[p] {
                used[p] += 1
                assignment[t] = p
                visit(t + 1)
                used[p] -= 1
            }
            assignment[t] = nil
        }
        visit(0)
        return result
    }

    /// Placement p's trainees' ranks under `assignment`, best first.
    func placementRanks(_ p: Int, _ assignment: [Int?]) -> [Int] {
        assignment.indices.filter { assignment[$0] == p }.map { rank[p][$0]! }.sorted()
    }
}
