import KoppelEngine
import Testing

/// For small instances, deferred acceptance is compared with every stable matching found by
/// enumerating all assignments.
@Suite struct PlacementBruteForceTests {
    static func smallInstance(_ seed: UInt64) -> PlacementInstance {
        PlacementRandomInstance(
            seed: 50_000 + seed, trainees: 1...7, placements: 1...5, maxCapacity: 2,
            maxListLength: 4, forbiddenChance: seed % 4 == 0 ? 0.15 : 0
        ).instance
    }

    @Test(arguments: 0..<250)
    func traineeProposingGivesTheTraineeOptimalStableMatching(seed: UInt64) {
        let instance = Self.smallInstance(seed)
        let reference = PlacementReference(instance)
        let stable = reference.allStableMatchings()
        let result = reference.assignment(of: PlacementSolver.solve(instance, proposing: .trainee))
        #expect(!stable.isEmpty)
        #expect(stable.contains(result))
        for other in stable {
            for t in 0..<reference.traineeCount {
                #expect(reference.traineeRank(t, result[t]) <= reference.traineeRank(t, other[t]))
            }
        }
    }

    @Test(arguments: 0..<250)
    func placementProposingGivesThePlacementOptimalStableMatching(seed: UInt64) {
        let instance = Self.smallInstance(seed)
        let reference = PlacementReference(instance)
        let stable = reference.allStableMatchings()
        let result = reference.assignment(of: PlacementSolver.solve(instance, proposing: .placement))
        #expect(stable.contains(result))
        for other in stable {
            // Placement-optimal = trainee-pessimal: every trainee weakly prefers any stable matching.
            for t in 0..<reference.traineeCount {
                #expect(reference.traineeRank(t, result[t]) >= reference.traineeRank(t, other[t]))
            }
            // And each placement's k-th best trainee is at least as good as in any stable matching.
            for p in 0..<reference.placementCount {
                let mine = reference.placementRanks(p, result)
                let theirs = reference.placementRanks(p, other)
                #expect(mine.count == theirs.count)
                for (a, b) in zip(mine, theirs) { #expect(a <= b) }
            }
        }
    }
}
