import Foundation
import GRDB
import Testing
@testable import Koppel
@testable import KoppelDemo

@Suite struct RoundTests {
    /// A cohort with three rotations, placements at a few employers in each, and random rankings
    /// that often list employers a trainee already had.
    private func makeProgramme(seed: UInt64, trainees: Int = 8) throws -> KoppelStore {
        let store = try makeStore()
        var random = DemoRandom(seed: seed)
        let employers = ["ALM", "ENS", "HGL", "VRT", "WVS"]
        var persons: [RawRecord] = []
        for t in 0..<trainees {
            persons.append(RawRecord(["id": "tp\(t)", "display_name": "Trainee \(t)", "employer": "ENS", "hours_per_week": "36"]))
        }
        try store.write(persons, kind: .persons, file: "t", dryRun: false)
        try store.write([RawRecord(["id": "c1", "name": "Cohort", "start": "2026-09-01"])], kind: .cohorts, file: "t", dryRun: false)
        let starts = ["2026-09-01", "2027-05-01", "2028-01-01"]
        let ends = ["2027-04-30", "2027-12-31", "2028-08-31"]
        try store.write((0..<3).map { RawRecord(["id": "r\($0 + 1)", "cohort": "c1", "number": "\($0 + 1)", "start": starts[$0], "end": ends[$0]]) },
                        kind: .rotations, file: "t", dryRun: false)
        try store.write((0..<trainees).map { RawRecord(["id": "t\($0)", "person": "tp\($0)", "cohort": "c1"]) }, kind: .trainees, file: "t", dryRun: false)
        var placements: [RawRecord] = []
        var rankings: [RawRecord] = []
        var hostRankings: [RawRecord] = []
        for rotation in 1...3 {
            var ids: [String] = []
            for (e, employer) in employers.enumerated() {
                let id = "p\(rotation)-\(e)"
                ids.append(id)
                placements.append(RawRecord(["id": id, "rotation": "r\(rotation)", "employer": employer, "title": "Plek \(id)",
                                             "capacity": String(random.int(in: 1...3))]))
                if random.chance(0.5) {
                    var order = (0..<trainees).map { "t\($0)" }
                    random.shuffle(&order)
                    hostRankings.append(RawRecord(["placement": id], lists: ["trainees": order]))
                }
            }
            for t in 0..<trainees {
                var order = ids
                random.shuffle(&order)
                rankings.append(RawRecord(["trainee": "t\(t)", "rotation": "r\(rotation)"], lists: ["placements": Array(order.prefix(random.int(in: 2...5)))]))
            }
        }
        try store.write(placements, kind: .placements, file: "t", dryRun: false)
        try store.write(rankings, kind: .traineeRankings, file: "t", dryRun: false)
        try store.write(hostRankings, kind: .hostRankings, file: "t", dryRun: false)
        return store
    }

    private func finalEmployers(_ store: KoppelStore) throws -> [String: [String]] {
        try store.pool.read { db in
            var result: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT a.trainee, p.employer FROM assignment a JOIN placement p ON p.id = a.placement WHERE a.status = 'final' ORDER BY a.rotation") {
                result[row[0], default: []].append(row[1])
            }
            return result
        }
    }

    @Test(arguments: 0..<12)
    func threeRotationsNeverPlaceATraineeTwiceAtTheSameOrganisation(seed: UInt64) throws {
        let store = try makeProgramme(seed: seed)
        for rotation in ["r1", "r2", "r3"] {
            let outcome = try store.runRound(rotation, on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: "test")
            #expect(outcome.report.blockingPairs == 0)
            try store.acceptRound(rotation, viewer: .regionalAdviser, actor: "test", reason: "test")
        }
        for (trainee, employers) in try finalEmployers(store) {
            #expect(Set(employers).count == employers.count, "\(trainee) placed twice at one organisation: \(employers)")
        }
    }

    @Test func nothingIsFinalUntilAccepted() throws {
        let store = try makeProgramme(seed: 1)
        #expect { try store.acceptRound("r1", viewer: .regionalAdviser, actor: nil, reason: "test") } throws: { ($0 as? StoreError)?.code == .invalidState }
        let outcome = try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
        #expect(outcome.report.matchedCount > 0)
        #expect(try finalEmployers(store).isEmpty)
        #expect(try store.acceptRound("r1", viewer: .regionalAdviser, actor: "adviseur", reason: "test") == outcome.report.matchedCount)
        #expect(try finalEmployers(store).values.map(\.count).reduce(0, +) == outcome.report.matchedCount)
        #expect { try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil) } throws: { ($0 as? StoreError)?.code == .invalidState }
        // (The set-up's imports are logged too.)
        let kinds = try store.pool.read { try DecisionLog.entries(in: $0) }.map(\.kind).filter { $0 != "import" }
        #expect(kinds == ["round", "round-accept"])
    }

    @Test func rerunningAProposalReplacesIt() throws {
        let store = try makeProgramme(seed: 2)
        let first = try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
        let second = try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
        #expect(first.report == second.report)
        let proposed = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM assignment WHERE rotation = 'r1'") }
        #expect(proposed == second.report.matchedCount)
    }

    @Test func theReportOfAStoredProposalIsTheOneTheRunPrinted() throws {
        let store = try makeProgramme(seed: 5)
        let day = Day("2026-06-01")!
        let run = try store.runRound("r1", on: day, viewer: .regionalAdviser, actor: "t")
        let report = try store.roundReport("r1", on: day, viewer: .regionalAdviser)
        #expect(report.report == run.report)
        #expect(report.employers == run.employers && report.logId == run.logId)
        #expect { try store.roundReport("r1", on: day, viewer: .adviser(employer: "ENS")) } throws: { ($0 as? StoreError)?.code == .notAllowed }
    }

    @Test func hostsWithoutARankingGetOneDerivedFromScores() throws {
        let store = try makeProgramme(seed: 3)
        let outcome = try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
        let ranked = try store.pool.read { try String.fetchAll($0, sql: "SELECT DISTINCT placement FROM host_ranking WHERE placement LIKE 'p1-%'") }
        let applied = try store.pool.read { try String.fetchAll($0, sql: "SELECT DISTINCT placement FROM trainee_ranking WHERE rotation = 'r1'") }
        #expect(Set(outcome.derivedRankings) == Set(applied).subtracting(ranked))
        #expect(outcome.tieRule.contains("by id"))
    }

    @Test func scrambleSuggestsOnlyUnrankedFreePlacesAtNewOrganisations() throws {
        for seed in UInt64(10)..<UInt64(20) {
            let store = try makeProgramme(seed: seed, trainees: 14)
            let outcome = try store.runRound("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
            let suggestions = try store.scramble("r1", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil)
            let unmatched = Set(outcome.report.unmatched.map(\.trainee))
            let free = Set(outcome.report.placements.filter { $0.unfilled > 0 }.map(\.placement))
            for suggestion in suggestions {
                #expect(unmatched.contains(suggestion.trainee))
                #expect(free.contains(suggestion.placement))
                let listed = try store.pool.read {
                    try Int.fetchOne($0, sql: "SELECT count(*) FROM trainee_ranking WHERE trainee = ? AND placement = ?", arguments: [suggestion.trainee, suggestion.placement])
                }
                #expect(listed == 0)
            }
        }
    }

    @Test func unknownRotationIsNotFound() throws {
        let store = try makeStore()
        #expect { try store.runRound("nope", on: Day("2026-06-01")!, viewer: .regionalAdviser, actor: nil) } throws: { ($0 as? StoreError)?.code == .notFound }
    }
}
