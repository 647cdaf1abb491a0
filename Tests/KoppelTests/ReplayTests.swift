import Foundation
import GRDB
import KoppelEngine
import Testing
@testable import Koppel

@Suite struct ReplayTests {
    let day = Day("2026-11-25")!
    let all = RankingOptions(includeIneligible: true, limit: nil)

    @Test func aRankingReplaysToTheSameOutcomeOnUnchangedData() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: all, on: day)
        let replay = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        #expect(replay.inputsUnchanged && replay.outcomeMatches && replay.differences.isEmpty)
        #expect(replay.weightsVersion == 1)
    }

    @Test func replayUsesTheLoggedWeightsVersionNotTheCurrentOne() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: all, on: day)
        try store.setWeights([.mustSkills: 10, .niceSkills: 30], note: "test", actor: "HGL")
        let changed = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: all, on: day)
        #expect(changed.results.map(\.score) != list.results.map(\.score), "the new weights must change the scores for this test to mean anything")
        let replay = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        #expect(replay.outcomeMatches && replay.weightsVersion == 1)
        #expect(try store.replay(logID: changed.logID, viewer: .regionalAdviser).weightsVersion == 2)
    }

    @Test func changedInputsAreReportedAndADifferentOutcomeNamed() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: all, on: day)
        // p1 loses the must-have skill nl:bag.
        try store.importCSV(.named("persons")!, "id,display_name,employer,skills\np1,Anouk ter Horst,ENS,nl:bgt=2\n")
        let replay = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        #expect(!replay.inputsUnchanged && replay.currentInputHash != replay.loggedInputHash)
        #expect(!replay.outcomeMatches)
        #expect(replay.differences.contains { $0.hasPrefix("p1: was #") })
        #expect(replay.summary.contains("inputs changed since"))
    }

    @Test func anIrrelevantChangeChangesTheHashButNotTheOutcome() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: all, on: day)
        try store.importCSV(.named("persons")!, "id,display_name,employer,skills\np9,Nieuw Iemand,ALM,\n")
        let replay = try store.replay(logID: list.logID, viewer: .regionalAdviser)
        // A new profile with no data scores 0 and is added at the end: the logged outcome differs
        // only by that line, which replay names.
        #expect(!replay.inputsUnchanged)
        #expect(replay.differences.allSatisfy { $0.hasPrefix("p9: new") })
    }

    @Test func explanationsAndVacancyRankingsReplay() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        _ = try store.explain(vacancyID: "v1", personID: "p1", viewer: .adviser(employer: "HGL"), on: day)
        _ = try store.rankVacancies(personID: "p1", viewer: .adviser(employer: "HGL"), options: all, withGaps: false, on: day)
        let entries = try store.pool.read { try DecisionLog.entries(in: $0) }.filter { $0.kind == "explain" || $0.kind == "ranking" }
        #expect(entries.count == 2)
        for entry in entries {
            let replay = try store.replay(logID: entry.id, viewer: .regionalAdviser)
            #expect(replay.outcomeMatches && replay.inputsUnchanged, "\(entry.kind)")
        }
    }

    @Test func aRoundReplaysAndNoticesChangedRankings() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let outcome = try store.runRound("c2026-r1", on: day, viewer: .regionalAdviser, actor: "HGL")
        #expect(try store.replay(logID: outcome.logId, viewer: .regionalAdviser).outcomeMatches)
        try store.importCSV(.named("trainee-rankings")!, "trainee,rotation,placements\nt1,c2026-r1,pl1\n")
        let replay = try store.replay(logID: outcome.logId, viewer: .regionalAdviser)
        #expect(!replay.inputsUnchanged)
    }

    @Test func importsAndUnknownEntriesAreNotReplayed() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        #expect { try store.replay(logID: 1, viewer: .regionalAdviser) } throws: { ($0 as? StoreError)?.code == .invalidState && "\($0)".contains("import") }
        #expect { try store.replay(logID: 999, viewer: .regionalAdviser) } throws: { ($0 as? StoreError)?.code == .notFound }
    }
}
