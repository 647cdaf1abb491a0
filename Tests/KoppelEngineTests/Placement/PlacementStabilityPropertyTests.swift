import KoppelEngine
import Testing

/// On hundreds of random instances, both proposing sides give a stable matching that respects
/// capacities and uses only acceptable pairs, by the library's checker and by an independent one.
@Suite struct PlacementStabilityPropertyTests {
    @Test(arguments: 0..<300)
    func smallRandomInstancesAreSolvedStably(seed: UInt64) {
        let instance = PlacementRandomInstance(
            seed: seed, trainees: 0...30, placements: 0...12, maxCapacity: 3,
            forbiddenChance: seed % 3 == 0 ? 0.1 : 0
        ).instance
        let reference = PlacementReference(instance)
        for side in PlacementProposingSide.allCases {
            let matching = PlacementSolver.solve(instance, proposing: side)
            #expect(PlacementSolver.violations(of: matching, in: instance).isEmpty)
            #expect(PlacementSolver.blockingPairs(of: matching, in: instance).isEmpty)
            #expect(reference.isStable(reference.assignment(of: matching)), "side \(side)")
            #expect(matching.optimal == side)
            for pair in matching.pairs {
                #expect(instance.isAcceptable(trainee: pair.trainee, placement: pair.placement))
            }
            for placement in instance.placements {
                #expect(matching.trainees(at: placement.id).count <= placement.capacity)
            }
        }
    }

    @Test(arguments: 0..<20)
    func largerRandomInstancesAreSolvedStably(seed: UInt64) {
        let instance = PlacementRandomInstance(
            seed: 10_000 + seed, trainees: 200...600, placements: 20...60, maxCapacity: 12,
            maxListLength: 15, forbiddenChance: 0.02
        ).instance
        let reference = PlacementReference(instance)
        for side in PlacementProposingSide.allCases {
            let matching = PlacementSolver.solve(instance, proposing: side)
            #expect(PlacementSolver.violations(of: matching, in: instance).isEmpty)
            #expect(reference.isStable(reference.assignment(of: matching)))
        }
    }

    /// Trainee lists longer than the solver's linear-scan limit take another lookup path.
    @Test(arguments: 0..<10)
    func longTraineeListsAreSolvedStably(seed: UInt64) {
        let instance = PlacementRandomInstance(
            seed: 20_000 + seed, trainees: 30...80, placements: 40...70, maxCapacity: 2
        ).instance
        let reference = PlacementReference(instance)
        for side in PlacementProposingSide.allCases {
            let matching = PlacementSolver.solve(instance, proposing: side)
            #expect(PlacementSolver.violations(of: matching, in: instance).isEmpty)
            #expect(reference.isStable(reference.assignment(of: matching)))
        }
    }

    /// The dense acceptability the solver uses agrees with the definition, pair by pair.
    @Test(arguments: 0..<50)
    func acceptabilityMatchesTheDefinition(seed: UInt64) {
        let random = PlacementRandomInstance(
            seed: 30_000 + seed, trainees: 0...20, placements: 0...45, maxCapacity: 2,
            forbiddenChance: 0.1)
        let instance = random.instance
        for trainee in instance.trainees {
            let expected = trainee.ranking.filter { placementID in
                let placement = instance.placements.first { $0.id == placementID }!
                return placement.ranking.contains(trainee.id)
                    && !random.forbidden.contains(PlacementPair(trainee: trainee.id, placement: placementID))
            }
            #expect(instance.acceptablePlacements(of: trainee.id) == expected)
        }
    }
}
