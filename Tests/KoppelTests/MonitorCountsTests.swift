import Foundation
import GRDB
import Testing
@testable import Koppel

/// The DPIA monitor's counts as rankings leave them in the store: written beside each
/// candidate ranking, equal to what the ranking listed, without a person id, append-only.
@Suite struct MonitorCountsTests {
    private let day = Day("2026-11-25")!

    @Test func monitorCountsAreTheSumOfWhatTheRankingsListed() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let everyone = RankingOptions(includeIneligible: true, limit: nil)
        let lists = [
            try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: everyone, on: day, actor: "a"),
            try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: everyone, on: day, actor: "b"),
            try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(includeIneligible: true, limit: 2), on: day),
            try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(), on: day),
        ]
        // Rankings for a person (vacancies mode) are not candidate rankings: not counted.
        _ = try store.rankVacancies(personID: "p1", viewer: .regionalAdviser, options: everyone, withGaps: false, on: day)
        let expected = lists.map { RankingAggregates($0.results) }.reduce(RankingAggregates(), +)
        #expect(!expected.reasons.isEmpty, "the fixture has ineligible candidates, so reasons fire")

        let rows = try store.monitor(from: nil, to: nil, viewer: .auditor, actor: "auditor")
        let row = try #require(rows.first)
        #expect(rows.count == 1 && row.employer == "HGL")
        #expect(row.rankings == 4 && row.countedRankings == 4)
        #expect(row.exclusions == expected.reasons && row.scored == expected.scored && row.noData == expected.noData)
        #expect(row.results == lists.reduce(0) { $0 + $1.results.count })

        // Only counts are stored: no person id in any column.
        let stored = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT reasons || scored || no_data AS text FROM ranking_monitor").map { $0["text"] as String }
        }
        #expect(stored.count == 4)
        let ids = ["p1", "p2", "p3", "p4", "p5"]
        #expect(stored.allSatisfy { text in !ids.contains { text.contains("\"\($0)\"") } })
    }

    @Test func theMonitorTableIsAppendOnlyAndNeedsAnAuditViewer() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        _ = try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(includeIneligible: true), on: day)
        try store.pool.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE ranking_monitor SET reasons = '{}'") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM ranking_monitor") }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO ranking_monitor (log_id, reasons, scored, no_data) VALUES (999, '[]', '{}', '{}')")
            }
        }
        #expect { _ = try store.monitor(from: nil, to: nil, viewer: .adviser(employer: "HGL"), actor: nil) } throws: {
            ($0 as? StoreError)?.code == .notAllowed
        }
    }
}
