import KoppelEngine
import Testing

/// Trainee-proposing deferred acceptance is strategy-proof for trainees: no reordering,
/// truncation or extension of a trainee's list gets them a placement they truly prefer.
@Suite struct PlacementStrategyProofnessTests {
    /// Every ordered list of distinct elements of `items` of length 0…`maxLength`.
    static func orderedSubsets(_ items: [String], maxLength: Int) -> [[String]] {
        var result: [[String]] = [[]]
        var frontier: [[String]] = [[]]
        for _ in 0..<min(maxLength, items.count) {
            frontier = frontier.flatMap { list in items.filter { !list.contains($0) }.map { list + [$0] } }
            result += frontier
        }
        return result
    }

    /// The first trainee (id) who gains by some misreport, and the misreport; nil if none.
    static func profitableMisreport(
        trainees: [PlacementInstance.Trainee], placements: [PlacementInstance.Placement],
        side: PlacementProposingSide
    ) -> (trainee: String, list: [String])? {
        let truthful = PlacementSolver.solve(
            try! PlacementInstance(trainees: trainees, placements: placements), proposing: side)
        for (index, trainee) in trainees.enumerated() {
            let truePreference = trainee.ranking
            func value(_ placement: String?) -> Int {
                guard let placement else { return truePreference.count }
                return truePreference.firstIndex(of: placement) ?? Int.max  // unlisted: worse than nothing
            }
            let honest = value(truthful.placement(of: trainee.id))
            for list in orderedSubsets(placements.map(\.id), maxLength: 4) where list != truePreference {
                var lying = trainees
                lying[index].ranking = list
                let outcome = PlacementSolver.solve(
                    try! PlacementInstance(trainees: lying, placements: placements), proposing: side)
                if value(outcome.placement(of: trainee.id)) < honest { return (trainee.id, list) }
            }
        }
        return nil
    }

    @Test(arguments: 0..<60)
    func noTraineeGainsByMisreportingUnderTraineeProposing(seed: UInt64) {
        let random = PlacementRandomInstance(
            seed: 90_000 + seed, trainees: 2...5, placements: 2...4, maxCapacity: 2, maxListLength: 4)
        let misreport = Self.profitableMisreport(
            trainees: random.trainees, placements: random.placements, side: .trainee)
        #expect(misreport == nil, "\(String(describing: misreport))")
    }

    /// The check has teeth: under placement-proposing, in Gale and Shapley's 3×3 example,
    /// man α gains by truncating his list to his first choice.
    @Test func aTraineeCanGainByTruncationUnderPlacementProposing() {
        let example = PlacementTextbookInstances.galeShapley3x3
        let misreport = Self.profitableMisreport(
            trainees: example.trainees, placements: example.placements, side: .placement)
        #expect(misreport != nil)
        var lying = example.trainees
        lying[0].ranking = ["A"]
        let outcome = PlacementSolver.solve(
            try! PlacementInstance(trainees: lying, placements: example.placements), proposing: .placement)
        #expect(outcome.placement(of: "alpha") == "A")
    }
}
