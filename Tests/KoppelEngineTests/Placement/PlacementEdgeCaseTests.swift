import KoppelEngine
import Testing

/// Forbidden pairs, capacity 0, empty lists, one-sided listings: handled, reported, no crash.
@Suite struct PlacementEdgeCaseTests {
    @Test(arguments: 0..<100)
    func forbiddenPairsAreNeverMatched(seed: UInt64) {
        let random = PlacementRandomInstance(
            seed: 110_000 + seed, trainees: 1...25, placements: 1...8, maxCapacity: 3, forbiddenChance: 0.3)
        let instance = random.instance
        for side in PlacementProposingSide.allCases {
            let matching = PlacementSolver.solve(instance, proposing: side)
            for pair in matching.pairs { #expect(!random.forbidden.contains(pair)) }
        }
    }

    @Test func aForbiddenMutualPairIsIgnoredWithAWarningAndTheNextChoiceIsUsed() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1", "p2"])],
            placements: [.init(id: "p1", capacity: 1, ranking: ["t1"]), .init(id: "p2", capacity: 1, ranking: ["t1"])],
            forbidden: [PlacementPair(trainee: "t1", placement: "p1")])
        let matching = PlacementSolver.solve(instance)
        #expect(matching.placement(of: "t1") == "p2")
        #expect(instance.warnings.map(\.message) == ["t1 and p1 list each other, but the pair is forbidden; ignored"])
        #expect(instance.warnings.map(\.code) == [.forbiddenPair])
        #expect(!instance.isAcceptable(trainee: "t1", placement: "p1"))
    }

    @Test func aForbiddenOneSidedListingIsReportedAsOneSided() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1"]), .init(id: "t2", ranking: [])],
            placements: [.init(id: "p1", capacity: 2, ranking: ["t2"])],
            forbidden: [PlacementPair(trainee: "t1", placement: "p1"), PlacementPair(trainee: "t2", placement: "p1")])
        #expect(instance.warnings.map(\.code) == [.notRankedByPlacement, .notListedByTrainee])
        #expect(PlacementSolver.solve(instance).pairs.isEmpty)
    }

    @Test(arguments: PlacementProposingSide.allCases)
    func aPlacementWithCapacityZeroTakesNobody(side: PlacementProposingSide) throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p0", "p1"]), .init(id: "t2", ranking: ["p0"])],
            placements: [
                .init(id: "p0", capacity: 0, ranking: ["t1", "t2"]), .init(id: "p1", capacity: 1, ranking: ["t1"]),
            ])
        let matching = PlacementSolver.solve(instance, proposing: side)
        #expect(matching.trainees(at: "p0") == [])
        #expect(matching.placement(of: "t1") == "p1")
        #expect(matching.unmatchedTrainees == ["t2"])
        #expect(PlacementSolver.violations(of: matching, in: instance).isEmpty)
    }

    @Test(arguments: PlacementProposingSide.allCases)
    func emptyInstancesAndEmptyListsGiveAnEmptyMatching(side: PlacementProposingSide) throws {
        let nothing = try PlacementInstance(trainees: [], placements: [])
        #expect(PlacementSolver.solve(nothing, proposing: side).pairs.isEmpty)

        let noPlacements = try PlacementInstance(trainees: [.init(id: "t1", ranking: [])], placements: [])
        #expect(PlacementSolver.solve(noPlacements, proposing: side).unmatchedTrainees == ["t1"])

        let noTrainees = try PlacementInstance(trainees: [], placements: [.init(id: "p1", capacity: 3, ranking: [])])
        #expect(PlacementSolver.solve(noTrainees, proposing: side).matches == ["p1": []])

        let emptyLists = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: []), .init(id: "t2", ranking: [])],
            placements: [.init(id: "p1", capacity: 1, ranking: [])])
        let matching = PlacementSolver.solve(emptyLists, proposing: side)
        #expect(matching.unmatchedTrainees == ["t1", "t2"])
        #expect(emptyLists.warnings.isEmpty)
    }

    @Test func aHostRankingANonApplicantIsAWarningNotAnError() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1"]), .init(id: "t2", ranking: [])],
            placements: [.init(id: "p1", capacity: 2, ranking: ["t2", "t1"])])
        #expect(instance.warnings.map(\.message) == ["p1 ranks t2, but t2 does not list p1; ignored"])
        #expect(instance.warnings.map(\.code) == [.notListedByTrainee])
        let matching = PlacementSolver.solve(instance)
        #expect(matching.matches == ["p1": ["t1"]])
        #expect(matching.warnings == instance.warnings)
    }

    @Test func aTraineeListingAPlacementThatDoesNotRankThemIsAWarning() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t3", ranking: ["p2", "p1"])],
            placements: [.init(id: "p1", capacity: 1, ranking: ["t3"]), .init(id: "p2", capacity: 1, ranking: [])])
        #expect(instance.warnings.map(\.description) == ["t3 lists p2, but p2 does not rank t3; ignored"])
        #expect(PlacementSolver.solve(instance).placement(of: "t3") == "p1")
    }

    @Test func aHugeCapacityIsFine() throws {
        let instance = try PlacementInstance(
            trainees: [.init(id: "t1", ranking: ["p1"]), .init(id: "t2", ranking: ["p1"])],
            placements: [.init(id: "p1", capacity: Int.max, ranking: ["t1", "t2"])])
        for side in PlacementProposingSide.allCases {
            #expect(PlacementSolver.solve(instance, proposing: side).matches == ["p1": ["t1", "t2"]])
        }
        let report = PlacementReport(instance: instance, matching: PlacementSolver.solve(instance))
        #expect(report.totalCapacity == Int.max)
    }

    @Test func programmaticInputErrorsNameThePlace() {
        func error(
            _ trainees: [PlacementInstance.Trainee], _ placements: [PlacementInstance.Placement],
            _ forbidden: Set<PlacementPair> = []
        ) -> PlacementInputError? {
            do {
                _ = try PlacementInstance(trainees: trainees, placements: placements, forbidden: forbidden)
                return nil
            } catch {
                return error
            }
        }
        let p1 = PlacementInstance.Placement(id: "p1", capacity: 1, ranking: [])
        let e1 = error([.init(id: "t1", ranking: []), .init(id: "t1", ranking: [])], [p1])
        #expect(e1?.code == .duplicateID && e1?.path == "trainees.t1")
        let e2 = error([], [p1, p1])
        #expect(e2?.code == .duplicateID && e2?.path == "placements.p1")
        let e3 = error([.init(id: "t1", ranking: ["p1", "p9"])], [p1])
        #expect(e3?.code == .unknownID && e3?.path == "trainees.t1[1]")
        let e4 = error([.init(id: "t1", ranking: ["p1", "p1"])], [p1])
        #expect(e4?.code == .duplicateInList && e4?.path == "trainees.t1[1]")
        let e5 = error([], [.init(id: "p1", capacity: -2, ranking: [])])
        #expect(e5?.code == .negativeCapacity && e5?.path == "placements.p1.capacity")
        let e6 = error([], [.init(id: "p1", capacity: 1, ranking: ["t7"])])
        #expect(e6?.code == .unknownID && e6?.path == "placements.p1.ranking[0]")
        let e7 = error([.init(id: "t1", ranking: [])], [p1], [PlacementPair(trainee: "t1", placement: "p4")])
        #expect(e7?.code == .unknownID && e7?.path == "forbidden.t1")
        let e8 = error([.init(id: "", ranking: [])], [p1])
        #expect(e8?.code == .emptyID)
        #expect(e3?.description == "Trainee t1 lists placement p9 (trainees.t1[1]), but there is no placement p9.")
    }

    /// "\u{212A}" (KELVIN SIGN) is canonically equal to "K" in Swift, but a different id here.
    @Test func aCanonicallyEquivalentButDifferentIdIsUnknown() {
        #expect(throws: PlacementInputError.self) {
            _ = try PlacementInstance(
                trainees: [.init(id: "K", ranking: ["p1"])],
                placements: [.init(id: "p1", capacity: 1, ranking: ["\u{212A}"])])
        }
        #expect(throws: PlacementInputError.self) {
            _ = try PlacementInstance(
                trainees: [.init(id: "t1", ranking: ["\u{212A}"])],
                placements: [.init(id: "K", capacity: 1, ranking: ["t1"])])
        }
    }

    /// Ids are compared byte-wise: a precomposed and a decomposed "é" are two different ids.
    @Test func idsAreComparedByteWise() throws {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        let instance = try PlacementInstance(
            trainees: [.init(id: composed, ranking: ["p1"]), .init(id: decomposed, ranking: ["p1"])],
            placements: [.init(id: "p1", capacity: 1, ranking: [decomposed, composed])])
        #expect(instance.trainees.count == 2)
        #expect(PlacementSolver.solve(instance).trainees(at: "p1").map { Array($0.utf8) } == [Array(decomposed.utf8)])
    }
}
