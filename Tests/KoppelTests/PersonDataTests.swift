import Foundation
import GRDB
import KoppelEngine
import Testing
@testable import Koppel

@Suite struct PersonDataTests {
    private func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func exportHoldsProfileListsAndTheLogEntriesThatConcernThePerson() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        _ = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: RankingOptions(includeIneligible: true, limit: nil), on: Day("2026-11-25")!)
        let json = try store.personData("p1", viewer: .dataSteward)
        let document = try object(json)
        #expect((document["person"] as? [String: Any])?["display_name"] as? String == "Anouk ter Horst")
        #expect((document["skills"] as? [[String: Any]])?.count == 3)
        #expect((document["credentials"] as? [[String: Any]])?.count == 2)
        #expect((document["wishes"] as? [[String: Any]])?.count == 6)
        #expect((document["exchangeRequests"] as? [[String: Any]])?.first?["wants"] as? [[String: Any]] != nil)
        #expect((document["wantedBy"] as? [[String: Any]])?.first?["request"] as? String == "x2")
        #expect((document["standinOffers"] as? [[String: Any]])?.first?["roles"] as? [String] == ["BAG-beheerder", "Medewerker BGT"])
        let log = try #require(document["decisionLog"] as? [[String: Any]])
        #expect(log.map { $0["kind"] as? String } == ["import", "import", "import", "ranking"], "persons, exchange requests, stand-in offers, ranking")
        #expect(log.allSatisfy { $0["subjects"] == nil && $0["aboutYou"] is [[String: Any]] }, "their own part of each entry only")
        let ranking = try #require(log.last?["aboutYou"] as? [[String: Any]])
        let own = try #require(ranking.first { $0["in"] as? String == "outcome" })
        #expect((own["record"] as? [Any])?.first as? String == "p1" && own["key"] as? String == "results" && (own["position"] as? Int ?? 0) >= 1,
                "their place in the ranking: \(own)")
    }

    @Test func exportDoesNotShowOtherPeopleFromTheSameLogEntries() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        _ = try store.rankCandidates(vacancyID: "v1", viewer: .adviser(employer: "HGL"), options: RankingOptions(includeIneligible: true, limit: nil), on: Day("2026-11-25")!)
        let json = try store.personData("p1", viewer: .dataSteward)
        for other in ["\"p3\"", "\"p4\"", "\"p5\"", "Jöbsis", "Tessa"] {
            #expect(!json.contains(other), "\(other) belongs to someone else")
        }
        #expect(try object(json)["decisionLog"] is [[String: Any]])
    }

    @Test func exportOfAnUnknownPersonIsNotFound() throws {
        let store = try makeStore()
        #expect { try store.personData("nobody", viewer: .dataSteward) } throws: { ($0 as? StoreError)?.code == .notFound }
    }

    @Test func staleProfilesAreThoseNotUpdatedForNMonthsOrNever() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let stale = try store.staleProfiles(months: 6, on: Day("2026-11-25")!, viewer: .dataSteward)
        #expect(stale.map(\.id) == ["p3", "p2"], "p3 never updated, p2 on 2025-06-30; the others in 2026")
        #expect(try store.staleProfiles(months: 3, on: Day("2026-11-25")!, viewer: .dataSteward).map(\.id) == ["p3", "p2", "p4", "p5"])
        #expect(try store.staleProfiles(months: 1, on: Day("2026-12-01")!, viewer: .dataSteward).map(\.id) == ["p3", "p2", "p4", "p5", "p1"])
    }

    @Test(arguments: [("2026-03-31", 1, "2026-02-28"), ("2024-03-31", 1, "2024-02-29"), ("2026-01-15", 1, "2025-12-15"),
                      ("2026-11-25", 24, "2024-11-25"), ("2026-05-31", 15, "2025-02-28")])
    func monthsAreCalendarMonths(day: String, months: Int, expected: String) {
        #expect(Day(day)!.subtracting(months: months).description == expected)
    }
}
