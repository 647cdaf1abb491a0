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
}
