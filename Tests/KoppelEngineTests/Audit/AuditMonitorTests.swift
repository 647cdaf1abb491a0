import KoppelDemo
import KoppelEngine
import Testing

/// The DPIA monitor's rows against a hand-computed example.
@Suite struct AuditMonitorTests {
    @Test func rowsPerMonthAndEmployerWithQuartilesAndHistogram() {
        typealias R = AuditMonitor.Ranking
        let rows = AuditMonitor.compute([
            R(month: "2026-11", employer: "ENS", results: [.init(score: 1000, eligible: true), .init(score: 3000, eligible: true)]),
            R(month: "2026-11", employer: "ENS", results: [.init(score: 2000, eligible: true), .init(score: 10000, eligible: false)]),
            R(month: "2026-10", employer: "HGL", results: []),
        ])
        #expect(rows.map { "\($0.month) \($0.employer)" } == ["2026-10 HGL", "2026-11 ENS"])
        let ens = rows[1]
        // Scores 10, 20, 30, 100: quartiles by linear interpolation at 0.75, 1.5 and 2.25.
        #expect(ens.rankings == 2 && ens.results == 4 && ens.ineligibleShare == 0.25)
        #expect(ens.minimum == 10 && ens.lowerQuartile == 17.5 && ens.median == 25 && ens.upperQuartile == 47.5 && ens.maximum == 100)
        #expect(ens.histogram == [0, 1, 1, 1, 0, 0, 0, 0, 0, 1])
        #expect(rows[0].results == 0 && rows[0].histogram.allSatisfy { $0 == 0 })
    }

    @Test func reasonsAndNoDataAreCountedFromTheRankingsThatCarryThem() {
        typealias R = AuditMonitor.Ranking
        let first = RankingAggregates(reasons: ["missingMustSkill": 2], scored: ["commute": 3, "hours": 3], noData: ["commute": 1])
        let second = RankingAggregates(reasons: ["missingMustSkill": 1, "noHoursOverlap": 1], scored: ["commute": 1, "hours": 1], noData: ["commute": 1, "hours": 1])
        let rows = AuditMonitor.compute([
            R(month: "2026-11", employer: "ENS", results: [], aggregates: first),
            R(month: "2026-11", employer: "ENS", results: [], aggregates: second),
            // Logged before the counts were kept: counts as a ranking, not in the counts.
            R(month: "2026-11", employer: "ENS", results: [.init(score: 5000, eligible: false)]),
        ])
        let row = rows[0]
        #expect(row.rankings == 3 && row.countedRankings == 2)
        #expect(row.exclusions == ["missingMustSkill": 3, "noHoursOverlap": 1])
        #expect(row.scored == ["commute": 4, "hours": 4] && row.noData == ["commute": 2, "hours": 1])
        #expect(row.noDataShare == ["commute": 0.5, "hours": 0.25])
    }

    @Test func aggregatesCountAReasonOncePerResultAndEveryComponentScored() {
        func component(_ criterion: RankingCriterion, hasData: Bool) -> RankingComponent {
            RankingComponent(criterion: criterion, points: .zero, max: .zero, detail: "", hasData: hasData)
        }
        let twoMissingSkills = RankingResult(
            person: "p1", vacancy: "v1", score: .zero, eligible: false,
            reasons: [.init(code: .missingMustSkill, subject: "a"), .init(code: .missingMustSkill, subject: "b"), .init(code: .commuteBeyondLimit)],
            flags: [], weightsVersion: 1, components: [component(.commute, hasData: false), component(.hours, hasData: true)])
        let fine = RankingResult(
            person: "p2", vacancy: "v1", score: .zero, eligible: true, reasons: [], flags: [], weightsVersion: 1,
            components: [component(.commute, hasData: true)])
        let aggregates = RankingAggregates([twoMissingSkills, fine])
        #expect(aggregates.reasons == ["missingMustSkill": 1, "commuteBeyondLimit": 1])
        #expect(aggregates.scored == ["commute": 2, "hours": 1] && aggregates.noData == ["commute": 1])
    }

    /// Each row's counts are the sum of its rankings' counts, and no share leaves 0–1.
    @Test(arguments: 0..<20) func rowCountsAreTheSumOfTheirRankings(seed: UInt64) {
        var rng = SeededRandom(seed: seed &+ 0x5EED)
        let codes = ["missingMustSkill", "noHoursOverlap", "commuteBeyondLimit"]
        let criteria = ["commute", "hours", "wishes"]
        let rankings = (0..<rng.int(in: 1...30)).map { _ -> AuditMonitor.Ranking in
            var scored: [String: Int] = [:], noData: [String: Int] = [:], reasons: [String: Int] = [:]
            for criterion in criteria where rng.chance(0.7) {
                scored[criterion] = rng.int(in: 0...9)
                noData[criterion] = rng.int(in: 0...scored[criterion]!)
            }
            for code in codes where rng.chance(0.5) { reasons[code] = rng.int(in: 1...5) }
            return AuditMonitor.Ranking(
                month: "2026-\(rng.int(in: 10...12))", employer: ["ENS", "HGL"][rng.int(in: 0...1)], results: [],
                aggregates: rng.chance(0.8) ? RankingAggregates(reasons: reasons, scored: scored, noData: noData) : nil)
        }
        let rows = AuditMonitor.compute(rankings)
        #expect(rows.reduce(0) { $0 + $1.rankings } == rankings.count)
        for row in rows {
            let members = rankings.filter { $0.month == row.month && $0.employer == row.employer }
            let counted = members.compactMap(\.aggregates)
            #expect(row.countedRankings == counted.count)
            for code in codes {
                #expect((row.exclusions[code] ?? 0) == counted.reduce(0) { $0 + ($1.reasons[code] ?? 0) })
            }
            for criterion in criteria {
                let scored = counted.reduce(0) { $0 + ($1.scored[criterion] ?? 0) }
                #expect((row.scored[criterion] ?? 0) == scored)
                #expect((row.noData[criterion] ?? 0) == counted.reduce(0) { $0 + ($1.noData[criterion] ?? 0) })
                if let share = row.noDataShare[criterion] { #expect(share >= 0 && share <= 1 && scored > 0) }
            }
        }
    }
}
