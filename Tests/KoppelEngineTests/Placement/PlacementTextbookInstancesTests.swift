import KoppelEngine
import Testing

/// Published instances with their published answers.
enum PlacementTextbookInstances {
    struct Example {
        var trainees: [PlacementInstance.Trainee]
        var placements: [PlacementInstance.Placement]
        var instance: PlacementInstance { try! PlacementInstance(trainees: trainees, placements: placements) }
    }

    /// Gale & Shapley (1962), "College admissions and the stability of marriage", the 3×3
    /// example whose ranking matrix is
    ///
    ///         A     B     C
    ///     α  1,3   2,2   3,1
    ///     β  3,1   1,3   2,2
    ///     γ  2,2   3,1   1,3
    ///
    /// (first number: the man's rank of the woman; second: the woman's rank of the man).
    /// Men are trainees, women are placements of capacity 1.
    static let galeShapley3x3 = Example(
        trainees: [
            .init(id: "alpha", ranking: ["A", "B", "C"]),
            .init(id: "beta", ranking: ["B", "C", "A"]),
            .init(id: "gamma", ranking: ["C", "A", "B"]),
        ],
        placements: [
            .init(id: "A", capacity: 1, ranking: ["beta", "gamma", "alpha"]),
            .init(id: "B", capacity: 1, ranking: ["gamma", "alpha", "beta"]),
            .init(id: "C", capacity: 1, ranking: ["alpha", "beta", "gamma"]),
        ])

    /// Gale & Shapley (1962), the 4×4 example with a single stable matching:
    ///
    ///         A     B     C     D
    ///     α  1,3   2,3   3,2   4,3
    ///     β  1,4   4,1   3,3   2,2
    ///     γ  2,2   1,4   3,4   4,1
    ///     δ  4,1   2,2   3,1   1,4
    static let galeShapley4x4 = Example(
        trainees: [
            .init(id: "alpha", ranking: ["A", "B", "C", "D"]),
            .init(id: "beta", ranking: ["A", "D", "C", "B"]),
            .init(id: "gamma", ranking: ["B", "A", "C", "D"]),
            .init(id: "delta", ranking: ["D", "B", "C", "A"]),
        ],
        placements: [
            .init(id: "A", capacity: 1, ranking: ["delta", "gamma", "alpha", "beta"]),
            .init(id: "B", capacity: 1, ranking: ["beta", "delta", "alpha", "gamma"]),
            .init(id: "C", capacity: 1, ranking: ["delta", "alpha", "beta", "gamma"]),
            .init(id: "D", capacity: 1, ranking: ["gamma", "beta", "alpha", "delta"]),
        ])

    /// The NRMP's "Run a Match" walk-through: five applicants, three programs with two
    /// positions each; Mercy ranks only Chen and Ford, so Davis's first choice is one-sided.
    static let nrmpRunAMatch = Example(
        trainees: [
            .init(id: "Anderson", ranking: ["City"]),
            .init(id: "Chen", ranking: ["City", "Mercy"]),
            .init(id: "Ford", ranking: ["City", "General", "Mercy"]),
            .init(id: "Davis", ranking: ["Mercy", "City", "General"]),
            .init(id: "Eastman", ranking: ["City", "Mercy", "General"]),
        ],
        placements: [
            .init(id: "Mercy", capacity: 2, ranking: ["Chen", "Ford"]),
            .init(id: "City", capacity: 2, ranking: ["Eastman", "Anderson", "Chen", "Davis", "Ford"]),
            .init(id: "General", capacity: 2, ranking: ["Eastman", "Anderson", "Ford", "Davis"]),
        ])
}

@Suite struct PlacementTextbookInstancesTests {
    @Test func galeShapley3x3ManOptimalGivesEveryManHisFirstChoice() {
        let example = PlacementTextbookInstances.galeShapley3x3
        let matching = PlacementSolver.solve(example.instance, proposing: .trainee)
        #expect(
            matching.pairs == [
                PlacementPair(trainee: "alpha", placement: "A"),
                PlacementPair(trainee: "beta", placement: "B"),
                PlacementPair(trainee: "gamma", placement: "C"),
            ])
    }

    @Test func galeShapley3x3WomanOptimalGivesEveryWomanHerFirstChoice() {
        let example = PlacementTextbookInstances.galeShapley3x3
        let matching = PlacementSolver.solve(example.instance, proposing: .placement)
        #expect(
            matching.pairs == [
                PlacementPair(trainee: "alpha", placement: "C"),
                PlacementPair(trainee: "beta", placement: "A"),
                PlacementPair(trainee: "gamma", placement: "B"),
            ])
    }

    /// The third stable matching gives everyone their second choice; there are no others.
    @Test func galeShapley3x3HasExactlyThreeStableMatchings() throws {
        let instance = PlacementTextbookInstances.galeShapley3x3.instance
        let reference = PlacementReference(instance)
        let names = reference.allStableMatchings().map { assignment in
            assignment.enumerated().map { "\(reference.traineeIDs[$0.offset])-\(reference.placementIDs[$0.element!])" }
                .sorted().joined(separator: " ")
        }
        #expect(
            Set(names) == [
                "alpha-A beta-B gamma-C", "alpha-C beta-A gamma-B", "alpha-B beta-C gamma-A",
            ])
        let secondChoices = try PlacementMatching(
            assignments: ["alpha": "B", "beta": "C", "gamma": "A"], for: instance)
        #expect(PlacementSolver.blockingPairs(of: secondChoices, in: instance).isEmpty)
    }

    @Test(arguments: PlacementProposingSide.allCases)
    func galeShapley4x4HasItsUniqueStableMatchingFromBothSides(side: PlacementProposingSide) {
        let matching = PlacementSolver.solve(PlacementTextbookInstances.galeShapley4x4.instance, proposing: side)
        #expect(
            matching.pairs == [
                PlacementPair(trainee: "alpha", placement: "C"),
                PlacementPair(trainee: "beta", placement: "D"),
                PlacementPair(trainee: "delta", placement: "B"),
                PlacementPair(trainee: "gamma", placement: "A"),
            ])
    }

    /// NRMP result: City gets Eastman and Anderson, General gets Ford and Davis, Mercy only
    /// Chen (one position unfilled); everyone matches.
    @Test func nrmpRunAMatchGivesThePublishedResult() {
        let example = PlacementTextbookInstances.nrmpRunAMatch
        let instance = example.instance
        let matching = PlacementSolver.solve(instance, proposing: .trainee)
        #expect(
            matching.matches == [
                "City": ["Eastman", "Anderson"], "General": ["Ford", "Davis"], "Mercy": ["Chen"],
            ])
        #expect(matching.unmatchedTrainees.isEmpty)
        #expect(
            instance.warnings.map(\.message) == [
                "General ranks Anderson, but Anderson does not list General; ignored",
                "Davis lists Mercy, but Mercy does not rank Davis; ignored",
                "Eastman lists Mercy, but Mercy does not rank Eastman; ignored",
            ])
    }
}
