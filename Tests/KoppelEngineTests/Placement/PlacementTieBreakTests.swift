import KoppelEngine
import Testing

/// Scored lists become strict rankings: higher score first, ties by id byte-wise.
@Suite struct PlacementTieBreakTests {
    @Test func higherScoresComeFirstAndTiesGoByIdAscending() {
        let strict = PlacementTieBreak.strictRanking([("t2", 0.8), ("t1", 0.8), ("t3", 0.9), ("t0", 0.1)])
        #expect(strict.ranking == ["t3", "t1", "t2", "t0"])
        #expect(strict.ties == [["t1", "t2"]])
    }

    @Test func idsAreComparedByteWiseNotByNumberOrLocale() {
        let strict = PlacementTieBreak.strictRanking([("t2", 1), ("t10", 1), ("a", 1), ("B", 1), ("é", 1), ("z", 1)])
        #expect(strict.ranking == ["B", "a", "t10", "t2", "z", "é"])
        #expect(strict.ties == [["B", "a", "t10", "t2", "z", "é"]])
    }

    @Test func nanScoresSortLastAndEmptyListsWork() {
        let strict = PlacementTieBreak.strictRanking([("b", .nan), ("a", .nan), ("c", -.infinity)])
        #expect(strict.ranking == ["c", "a", "b"])
        #expect(strict.ties == [["a", "b"]])
        #expect(PlacementTieBreak.strictRanking([]).ranking.isEmpty)
    }

    @Test func theRuleCanBeQuotedInAReport() {
        #expect(PlacementTieBreak.rule.contains("byte-wise"))
        #expect(PlacementTieBreak.strictRanking([("x", 1)]).rule == PlacementTieBreak.rule)
    }

    @Test func aDerivedRankingFeedsAnInstance() throws {
        let ranking = PlacementTieBreak.strictRanking([("t2", 3), ("t1", 3), ("t3", 5)]).ranking
        let instance = try PlacementInstance(
            trainees: ["t1", "t2", "t3"].map { .init(id: $0, ranking: ["p"]) },
            placements: [.init(id: "p", capacity: 2, ranking: ranking)])
        #expect(PlacementSolver.solve(instance).trainees(at: "p") == ["t3", "t1"])
    }
}
