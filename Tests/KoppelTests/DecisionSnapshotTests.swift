import Foundation
import Testing
@testable import Koppel

/// Every ranking reads all its inputs in one read transaction: with imports and weight changes
/// running beside it, each logged ranking is the ranking of one state that existed.
@Suite struct DecisionSnapshotTests {
    /// Two states of p1: with nl:bag (eligible for v1) and without.
    static let withBag = "id,display_name,employer,skills\np1,Anouk ter Horst,ENS,nl:bag=4|nl:bgt=3\np5,Trainee Tim,ENS,nl:bag=2\n"
    static let withoutBag = "id,display_name,employer,skills\np1,Anouk ter Horst,ENS,nl:bgt=3\np5,Trainee Tim,ENS,\n"

    @Test func everyLoggedRankingReplaysInOneOfTheStatesThatExisted() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("persons")!, Self.withBag)
        let day = Day("2026-11-25")!
        let writer = Thread {
            for round in 0..<12 {
                _ = try? store.importCSV(.named("persons")!, round % 2 == 0 ? Self.withoutBag : Self.withBag)
                if round % 4 == 1 {
                    _ = try? store.setWeights([.niceSkills: round % 8 == 1 ? 25 : 20, .commute: round % 8 == 1 ? 5 : 10], note: "r\(round)", actor: "t")
                }
            }
        }
        writer.start()
        var logged: [Int64] = []
        for _ in 0..<16 {
            logged.append(try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(includeIneligible: true, limit: nil), on: day).logID)
        }
        while !writer.isFinished { usleep(1000) }
        // Replay each entry in both states of the data; it must match one exactly (inputs and
        // outcome), with the weights version it logged.
        var matchedIn: [Int64: Int] = [:]
        for (state, csv) in [Self.withBag, Self.withoutBag].enumerated() {
            try store.importCSV(.named("persons")!, csv)
            for id in logged {
                let replay = try store.replay(logID: id, viewer: .regionalAdviser)
                if replay.inputsUnchanged {
                    #expect(replay.outcomeMatches, "entry \(id): same inputs, other outcome")
                    matchedIn[id] = state
                }
            }
        }
        #expect(Set(matchedIn.keys) == Set(logged), "every ranking saw a state that existed: \(logged.filter { matchedIn[$0] == nil })")
    }
}
