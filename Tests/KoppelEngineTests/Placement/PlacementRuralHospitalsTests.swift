import KoppelEngine
import Testing

/// The rural hospitals theorem: every stable matching matches the same trainees and fills each
/// placement to the same count; an under-filled placement gets the very same trainees.
@Suite struct PlacementRuralHospitalsTests {
    @Test(arguments: 0..<300)
    func bothProposingSidesMatchTheSameTraineesAndFillTheSameCounts(seed: UInt64) {
        let instance = PlacementRandomInstance(
            seed: 70_000 + seed, trainees: 0...40, placements: 0...12, maxCapacity: 3,
            forbiddenChance: seed % 5 == 0 ? 0.1 : 0
        ).instance
        let byTrainees = PlacementSolver.solve(instance, proposing: .trainee)
        let byPlacements = PlacementSolver.solve(instance, proposing: .placement)
        #expect(byTrainees.unmatchedTrainees == byPlacements.unmatchedTrainees)
        for placement in instance.placements {
            let a = byTrainees.trainees(at: placement.id)
            let b = byPlacements.trainees(at: placement.id)
            #expect(a.count == b.count, "placement \(placement.id)")
            if a.count < placement.capacity { #expect(a == b, "under-filled \(placement.id)") }
        }
    }
}
