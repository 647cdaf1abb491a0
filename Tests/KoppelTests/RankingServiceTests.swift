import Foundation
import Testing
@testable import Koppel

@Suite struct RankingServiceTests {
    private let day = Day("2026-11-25")!
    private let everyone = RankingOptions(includeIneligible: true, limit: nil)

    @Test func everyRankingRecordsTheWeightsVersionItUsed() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let first = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: everyone, on: day, actor: "adviseur@HGL")
        #expect(first.weights.version == 1 && first.results.allSatisfy { $0.weightsVersion == 1 })
        try store.setWeights([.niceSkills: 25, .commute: 5], note: "meer nadruk op vaardigheden", actor: "adviseur@ENS")
        let second = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: everyone, on: day, actor: "adviseur@HGL")
        #expect(second.weights.version == 2 && second.results.allSatisfy { $0.weightsVersion == 2 })
        let log = try store.pool.read { try DecisionLog.entries(kind: "ranking", in: $0) }
        #expect(log.map(\.weightsVersion) == [1, 2])
        #expect(log.allSatisfy { $0.actor == "adviseur@HGL" && $0.viewer == "adviser:HGL" && $0.params.contains("\"v1\"") })
        #expect(try store.weightsHistory().map(\.note) == ["default profile", "meer nadruk op vaardigheden"])
    }

    @Test func weightsThatDoNotSumTo100AreRefusedAndNothingIsStored() throws {
        let store = try makeStore()
        #expect(throws: RankingError.self) { try store.setWeights([.niceSkills: 30], note: "te veel", actor: nil) }
        #expect(try store.currentWeights().version == 1)
        #expect(try store.weightsHistory().count == 1)
    }

    @Test func discreetProfilesNeverReachTheirOwnEmployer() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        // p2 is discreet and works for HGL.
        let own = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: everyone, on: day)
        #expect(!own.results.map(\.person).contains("p2"))
        let anonymous = try store.rankCandidates(vacancyID: "v1", viewer: .nobody, options: everyone, on: day)
        #expect(!anonymous.results.map(\.person).contains("p2"))
        let other = try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: everyone, on: day)
        #expect(other.results.map(\.person).contains("p2"))
        #expect { _ = try store.explain(vacancyID: "v1", personID: "p2", viewer: .adviser(employer: "HGL"), on: day) } throws: {
            ($0 as? StoreError)?.code == .notFound
        }
        #expect { _ = try store.rankVacancies(personID: "p2", viewer: .nobody, options: everyone, withGaps: false, on: day) } throws: {
            ($0 as? StoreError)?.code == .notFound
        }
    }

    @Test func explanationAddsUpAndNamesMissingMustHaves() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let explained = try store.explain(vacancyID: "v1", personID: "p3", viewer: .regionalAdviser, on: day)
        #expect(explained.result.components.reduce(RankingPoints.zero) { $0 + $1.points } == explained.result.score)
        #expect(!explained.result.eligible)
        #expect(explained.result.reasons.contains { $0.code == .missingMustSkill && $0.subject == "nl:bag" })
        #expect(explained.gaps?.skills.contains { $0.skill == "nl:bag" && $0.course?.id == "ts-bag-basis" } == true)
    }

    @Test func unknownVacancyIsNotFound() throws {
        let store = try makeStore()
        #expect { _ = try store.rankCandidates(vacancyID: "nope", viewer: .nobody, options: everyone, on: day) } throws: {
            ($0 as? StoreError)?.code == .notFound
        }
    }
}
