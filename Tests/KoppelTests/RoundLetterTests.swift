import Foundation
import GRDB
import Testing
@testable import Koppel

/// The letter to a trainee about a placement round: what they got, how each choice went, and
/// a counterfactual that holds when the round is run again with the change made.
@Suite struct RoundLetterTests {
    static let day = Day("2026-11-25")!

    /// The fixture with t1 (Trainee Tessa, p4) wanting pl1 first: pl1 has one place and ranks
    /// t2 above t1, so t1 gets pl2, their second choice.
    func roundStore() throws -> (KoppelStore, RoundOutcome) {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("trainee-rankings")!, "trainee,rotation,placements\nt1,c2026-r1,pl1|pl2\nt2,c2026-r1,pl1\n")
        let round = try store.runRound("c2026-r1", on: Self.day, viewer: .regionalAdviser, actor: "mw.jansen")
        return (store, round)
    }

    @Test func theLetterSaysWhatTheTraineeGotAndWhatWouldHaveGivenThemMore() throws {
        let (store, round) = try roundStore()
        let letter = try store.personLetter("p4", logID: round.logId, language: .nl, viewer: .regionalAdviser, actor: "mw.jansen")
        let facts = try #require(letter.round)
        #expect(facts.trainee == "t1" && facts.placement == "pl2" && facts.sameToday)
        #expect(facts.wanted.map(\.placement) == ["pl1"] && facts.wanted[0].hostRank == 2 && facts.wanted[0].neededRank == 1)
        #expect(letter.text.hasPrefix("Uitleg over een beslissing\n\nBeste Trainee Tessa,"))
        #expect(letter.text.contains("mw.jansen") && letter.text.contains("Dat was uw keuze 2 van 2."))
        #expect(letter.text.contains("1. Beleid sociaal domein bij") && letter.text.contains("de organisatie zette u op plaats 2 van 2; er was 1 plek, die ging naar de trainee op plaats 1"))
        #expect(letter.text.contains("2. Waterbeleid bij") && letter.text.contains("hier bent u geplaatst"))
        #expect(letter.text.contains("de organisatie gaf zelf geen volgorde"), "pl2's host ranked no one: its order came from scores")
        #expect(letter.text.contains("op plaats 1 van haar lijst had gezet (u stond op plaats 2)") && letter.text.contains("Noem het nummer \(round.logId)."))
        #expect(letter.text.range(of: #"\d\.\d"#, options: .regularExpression) == nil, "Dutch numbers have a decimal comma")
        let logged = try #require(try store.pool.read { try DecisionLog.entries(kind: "letter", in: $0) }.last)
        #expect(logged.subjects == ["p4"] && logged.actor == "mw.jansen" && logged.params.contains("\"entry\":\(round.logId)"))

        // The counterfactual holds: with pl1's host ranking t1 first, the round places t1 there.
        try store.importCSV(.named("host-rankings")!, "placement,trainees\npl1,t1|t2\n")
        let again = try store.runRound("c2026-r1", on: Self.day, viewer: .regionalAdviser, actor: "check")
        #expect(again.report.placements.first { $0.placement == "pl1" }?.assigned == ["t1"])
        // The old letter's round now comes out differently, and a new letter says so.
        let later = try store.personLetter("p4", logID: round.logId, language: .en, viewer: .dataSteward, actor: "dpo")
        #expect(later.round?.sameToday == false && later.text.contains("the data changed since this decision"))
    }

    @Test func theAcceptedRoundIsExplainedWithItsReason() throws {
        let (store, _) = try roundStore()
        try store.acceptRound("c2026-r1", viewer: .regionalAdviser, actor: "mw.jansen", reason: "besproken met de mentoren")
        let accept = try #require(try store.pool.read { try DecisionLog.entries(kind: "round-accept", in: $0) }.last)
        let letter = try store.personLetter("p5", logID: accept.id, language: .nl, viewer: .trainee(id: "t2", person: "p5"), actor: "t2")
        #expect(letter.round?.placement == "pl1" && letter.round?.wanted.isEmpty == true)
        #expect(letter.text.contains("definitief") && letter.text.contains("besproken met de mentoren") && letter.text.contains("U kreeg uw eerste keuze."))
        let english = try store.personLetter("p4", logID: accept.id, language: .en, viewer: .trainee(id: "t1", person: "p4"), actor: "t1")
        #expect(english.text.contains("Dear Trainee Tessa,") && english.text.contains("your choice 2 of 2"))
    }

    @Test func onlyTheTraineeTheirAdvisersAndTheStewardMayAsk() throws {
        let (store, round) = try roundStore()
        for viewer: Viewer in [.trainee(id: "t2", person: "p5"), .adviser(employer: "ENS"), .auditor] {
            #expect { try store.personLetter("p4", logID: round.logId, viewer: viewer, actor: "x") } throws: {
                ($0 as? StoreError)?.code == .notAllowed
            }
        }
        #expect { try store.personLetter("p1", logID: round.logId, viewer: .regionalAdviser, actor: "x") } throws: {
            ($0 as? StoreError)?.code == .invalidState
        }
        let letters = try store.pool.read { try DecisionLog.entries(kind: "letter", in: $0) }
        #expect(letters.isEmpty, "a refused letter is not logged")
    }
}
