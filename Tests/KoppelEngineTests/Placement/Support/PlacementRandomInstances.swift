import KoppelDemo
import KoppelEngine

/// Random hospitals/residents instances with partial lists, one-sided listings, capacities
/// 0…max and (optionally) forbidden pairs, from a seed.
struct PlacementRandomInstance {
    var trainees: [PlacementInstance.Trainee]
    var placements: [PlacementInstance.Placement]
    var forbidden: Set<PlacementPair>

    var instance: PlacementInstance {
        // The generator never makes invalid input.
        try! PlacementInstance(trainees: trainees, placements: placements, forbidden: forbidden)
    }

    /// - Parameters:
    ///   - maxListLength: cap on a trainee's list length (`nil` = no cap).
    ///   - forbiddenChance: probability that a trainee–placement pair is forbidden.
    init(
        seed: UInt64,
        trainees traineeRange: ClosedRange<Int>,
        placements placementRange: ClosedRange<Int>,
        maxCapacity: Int = 3,
        maxListLength: Int? = nil,
        forbiddenChance: Double = 0
    ) {
        var rng = SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 17)
        let traineeCount = rng.int(in: traineeRange)
        let placementCount = rng.int(in: placementRange)
        let traineeIDs = (0..<traineeCount).map { "t\($0)" }
        let placementIDs = (0..<placementCount).map { "p\($0)" }
        let listChance = [0.3, 0.5, 0.8, 1.0][rng.int(in: 0...3)]
        let oneSidedHostChance = [0.0, 0.1, 0.3][rng.int(in: 0...2)]
        let hostDropChance = [0.0, 0.1, 0.3][rng.int(in: 0...2)]

        var applicants = [[Int]](repeating: [], count: placementCount)
        var trainees = [PlacementInstance.Trainee]()
        for t in 0..<traineeCount {
            var list = (0..<placementCount).filter { _ in rng.chance(listChance) }
            list.shuffle(using: &rng)
            if let cap = maxListLength { list = Array(list.prefix(cap)) }
            for p in list { applicants[p].append(t) }
            trainees.append(.init(id: traineeIDs[t], ranking: list.map { placementIDs[$0] }))
        }
        var placements = [PlacementInstance.Placement]()
        for p in 0..<placementCount {
            var ranked = applicants[p].filter { _ in !rng.chance(hostDropChance) }
            let applied = Set(applicants[p])
            ranked += (0..<traineeCount).filter { !applied.contains($0) && rng.chance(oneSidedHostChance) }
            ranked.shuffle(using: &rng)
            placements.append(
                .init(
                    id: placementIDs[p], capacity: rng.int(in: 0...maxCapacity), ranking: ranked.map { traineeIDs[$0] })
            )
        }
        var forbidden = Set<PlacementPair>()
        if forbiddenChance > 0 {
            for t in 0..<traineeCount {
                for p in 0..<placementCount where rng.chance(forbiddenChance) {
                    forbidden.insert(PlacementPair(trainee: traineeIDs[t], placement: placementIDs[p]))
                }
            }
        }
        trainees.shuffle(using: &rng)
        placements.shuffle(using: &rng)
        self.trainees = trainees
        self.placements = placements
        self.forbidden = forbidden
    }
}
