import KoppelEngine
import Testing

/// The public checker finds blocking pairs, overfull placements and unacceptable pairs.
@Suite struct PlacementVerificationTests {
    @Test func theCheckerFindsTheBlockingPairsOfAnUnstableMatching() throws {
        let instance = PlacementTextbookInstances.galeShapley3x3.instance
        // alpha-A, beta-C, gamma-B: alpha has his first choice; beta prefers B, and B prefers
        // gamma to beta, so no; gamma prefers C and A; C prefers beta to gamma? C ranks
        // alpha, beta, gamma, so no. A ranks gamma above alpha: (gamma, A) blocks.
        let matching = try PlacementMatching(assignments: ["alpha": "A", "beta": "C", "gamma": "B"], for: instance)
        #expect(
            PlacementSolver.blockingPairs(of: matching, in: instance) == [
                PlacementPair(trainee: "gamma", placement: "A")
            ])
    }

    @Test func theCheckerReportsOverfullPlacementsAndUnacceptablePairs() throws {
        let instance = try PlacementInstance(
            trainees: [
                .init(id: "t1", ranking: ["p1"]), .init(id: "t2", ranking: ["p1"]), .init(id: "t3", ranking: []),
            ],
            placements: [.init(id: "p1", capacity: 1, ranking: ["t1", "t2"])])
        let matching = try PlacementMatching(assignments: ["t1": "p1", "t2": "p1", "t3": "p1"], for: instance)
        let violations = PlacementSolver.violations(of: matching, in: instance)
        #expect(
            violations == [
                .overCapacity(placement: "p1", assigned: 3, capacity: 1),
                .unacceptablePair(PlacementPair(trainee: "t3", placement: "p1")),
            ])
        #expect(violations.map(\.description).allSatisfy { $0.contains("p1") })
        #expect(matching.trainees(at: "p1") == ["t1", "t2", "t3"])
        #expect(matching.matches == ["p1": ["t1", "t2", "t3"]])
    }

    @Test func anUnassignedTraineeWithAFreeAcceptablePlaceBlocks() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1"])],
            placements: [.init(id: "p1", capacity: 1, ranking: ["t1"])])
        let empty = try PlacementMatching(assignments: [:], for: instance)
        #expect(
            PlacementSolver.blockingPairs(of: empty, in: instance) == [PlacementPair(trainee: "t1", placement: "p1")])
    }

    @Test func aMatchingCanBeCheckedAgainstAnEqualInstanceBuiltSeparately() throws {
        let example = PlacementTextbookInstances.galeShapley3x3
        let matching = PlacementSolver.solve(example.instance)
        #expect(PlacementSolver.blockingPairs(of: matching, in: example.instance).isEmpty)
    }

    /// A matching made for one instance can be checked against a larger one (e.g. after a
    /// late registration): pairs are translated by id.
    @Test func aMatchingIsCheckedByIdAgainstAnotherInstance() throws {
        let small = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1"])],
            placements: [.init(id: "p1", capacity: 1, ranking: ["t1"])])
        let larger = try PlacementInstance(
            trainees: [.init(id: "t0", ranking: ["p1"]), .init(id: "t1", ranking: ["p1"])],
            placements: [
                .init(id: "p1", capacity: 1, ranking: ["t1", "t0"]), .init(id: "p2", capacity: 1, ranking: ["t0"]),
            ])
        let matching = PlacementSolver.solve(small)
        #expect(matching.matchedCount == 1)
        #expect(PlacementSolver.blockingPairs(of: matching, in: larger).isEmpty)
        let report = PlacementReport(instance: larger, matching: matching)
        #expect(report.unmatched == [.init(trainee: "t0", reason: .allFull)])
    }

    @Test func handMadeMatchingsRejectUnknownIds() throws {
        let instance = PlacementTextbookInstances.galeShapley3x3.instance
        #expect(throws: PlacementInputError.self) { try PlacementMatching(assignments: ["omega": "A"], for: instance) }
        do {
            _ = try PlacementMatching(assignments: ["alpha": "Z"], for: instance)
        } catch {
            #expect(error.code == .unknownID)
            #expect(error.path == "assignments.alpha")
        }
    }
}
