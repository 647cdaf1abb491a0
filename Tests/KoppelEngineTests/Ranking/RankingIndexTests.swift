import KoppelEngine
import Testing

/// The index's fast scan against the reference path that scores everyone one by one.
@Suite("Ranking index equals the reference")
struct RankingIndexTests {
    static let day = RankingFixture.referenceDay

    @Test("the fast path returns exactly the reference top-k", arguments: 0..<120)
    func fastEqualsReference(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed, skillCount: seed % 3 == 0 ? 8 : 24)
        let people = fixture.people(count: 150 + Int(seed % 5) * 40, clones: seed % 2 == 1)
        let index = try RankingIndex(people: fixture.rng.shuffled(people), catalog: fixture.catalog)
        for v in 0..<6 {
            let vacancy = fixture.vacancy(id: "v\(v)")
            for limit in [1, 3, 10, 50, nil] {
                let options = fixture.options(limit: limit)
                let asker = fixture.asker()
                let reference = try RankingEngine.rankPeople(
                    for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: asker,
                    options: options)
                let fast = index.rankPeople(for: vacancy, on: Self.day, viewer: asker, options: options)
                #expect(
                    fast.map(\.person) == reference.map(\.person),
                    "seed \(seed) vacancy \(v) limit \(String(describing: limit))")
                #expect(fast.map(\.score) == reference.map(\.score))
                #expect(fast.map(\.eligible) == reference.map(\.eligible))
                #expect(fast == reference)
            }
        }
    }

    @Test("ties are broken by id in both paths", arguments: 0..<30)
    func tiesBrokenById(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed, skillCount: 6)
        // Many clones of a few profiles: large groups with equal scores.
        let people = fixture.people(count: 200, clones: true)
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        let vacancy = fixture.vacancy(id: "v")
        for limit in [1, 2, 7, 25, 60] {
            let options = RankingOptions(includeIneligible: true, limit: limit)
            let reference = try RankingEngine.rankPeople(
                for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"),
                options: options)
            let fast = index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options)
            #expect(fast == reference)
            for (a, b) in zip(fast, fast.dropFirst()) where a.eligible == b.eligible && a.score == b.score {
                #expect(a.person < b.person)
            }
        }
    }

    @Test("must-have skills unknown to the index give no results unless ineligible people are wanted")
    func unknownMustSkill() throws {
        var fixture = RankingFixture(seed: 7)
        let people = fixture.people(count: 50)
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        let vacancy = Vacancy(id: "v", employer: "ENS", title: "T", mustSkills: ["nl:onbekend"])
        #expect(index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ENS")).isEmpty)
        let options = RankingOptions(includeIneligible: true, limit: nil)
        let all = index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options)
        #expect(all.count == people.count)
        #expect(all.allSatisfy { $0.reasons.contains(RankingReason(code: .missingMustSkill, subject: "nl:onbekend")) })
    }

    @Test("an index of nobody, and a limit of 0, give nothing")
    func emptyCases() throws {
        let index = try RankingIndex(people: [], catalog: Catalog())
        let vacancy = Vacancy(id: "v", employer: "ENS", title: "T")
        #expect(index.rankPeople(for: vacancy, on: Self.day, viewer: .nobody).isEmpty)
        var fixture = RankingFixture(seed: 3)
        let full = try RankingIndex(people: fixture.people(count: 20), catalog: fixture.catalog)
        #expect(
            full.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ENS"), options: RankingOptions(limit: 0)).isEmpty)
        #expect(full.count == 20)
        #expect(full.person(id: full.people[5].id) == full.people[5])
        #expect(full.person(id: "nobody") == nil)
    }

    @Test("people and profiles over the scan's counter widths take the reference path")
    func wideVacancyFallsBack() throws {
        var fixture = RankingFixture(seed: 11)
        let people = fixture.people(count: 60)
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        let vacancy = Vacancy(
            id: "v", employer: "ENS", title: "T",
            niceSkills: (0..<2100).map { WeightedSkill(skill: "nl:x\($0)", weight: 1) }
                + fixture.skills.map {
                    WeightedSkill(skill: $0, weight: 3)
                })
        let options = RankingOptions(includeIneligible: true, limit: 15)
        let reference = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "X"), options: options)
        #expect(index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "X"), options: options) == reference)
    }

    @Test("concurrent queries on one index give the same results as one at a time")
    func concurrentQueries() async throws {
        var fixture = RankingFixture(seed: 99)
        let people = fixture.people(count: 300)
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        let vacancies = (0..<16).map { fixture.vacancy(id: "v\($0)") }
        let options = RankingOptions(includeIneligible: true, limit: 20)
        let sequential = vacancies.map {
            index.rankPeople(for: $0, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options)
        }
        let concurrent = await withTaskGroup(of: (Int, [RankingResult]).self) { group in
            for (i, vacancy) in vacancies.enumerated() {
                group.addTask {
                    (i, index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options))
                }
            }
            var out = [[RankingResult]](repeating: [], count: vacancies.count)
            for await (i, results) in group { out[i] = results }
            return out
        }
        #expect(concurrent == sequential)
    }
}
