import Foundation
import KoppelEngine
import Testing

/// The counterfactual of a letter, checked by ranking everyone again with the change applied.
@Suite("Ranking counterfactual")
struct RankingCounterfactualTests {
    static let day = RankingFixture.referenceDay

    @Test("the change found puts the person in the top k when everyone is ranked again, and no smaller change does", arguments: 0..<40)
    func changePutsPersonOnTheShortlist(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 60)
        let vacancy = fixture.vacancy(id: "v1")
        let k = 5
        let options = RankingOptions(includeIneligible: false, limit: k)
        let ranked = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .regionalAdviser, options: options)
        let shortlisted = Set(ranked.map(\.person))
        var checked = 0
        for person in people where !shortlisted.contains(person.id) {
            let others = ranked.filter { $0.person != person.id }
            let bar = others.count >= k ? RankingCounterfactual.Bar(score: others[k - 1].score.hundredths, person: others[k - 1].person) : nil
            guard let found = RankingCounterfactual.smallestChange(
                for: person, vacancy: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .regionalAdviser,
                weights: .default, toBeat: bar)
            else {
                // Nothing of up to three changes is enough: check every single change indeed falls short.
                for change in RankingCounterfactual.candidates(for: person, vacancy: vacancy, on: Self.day) {
                    let result = RankingEngine.score(
                        change.applied(to: person), for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .regionalAdviser,
                        options: RankingOptions(includeIneligible: true, limit: nil))!
                    #expect(!RankingCounterfactual.reaches(result, bar))
                }
                continue
            }
            checked += 1
            let changed = found.changes.reduce(person) { $1.applied(to: $0) }
            let again = try RankingEngine.rankPeople(
                for: vacancy, among: people.map { $0.id == person.id ? changed : $0 }, catalog: fixture.catalog, on: Self.day,
                viewer: .regionalAdviser, options: options)
            #expect(again.contains { $0.person == person.id }, "\(person.id) with \(found.changes) is in the top \(k)")
            #expect(again.first { $0.person == person.id }?.score == found.result.score)
            // Minimal: no set of fewer changes reaches the shortlist.
            if found.changes.count > 1 {
                for change in RankingCounterfactual.candidates(for: person, vacancy: vacancy, on: Self.day) {
                    let result = RankingEngine.score(
                        change.applied(to: person), for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .regionalAdviser,
                        options: RankingOptions(includeIneligible: true, limit: nil))!
                    #expect(!RankingCounterfactual.reaches(result, bar), "\(change) alone would have been enough")
                }
            }
        }
        _ = checked
    }

    @Test func aMissingMustHaveSkillIsTheChange() throws {
        let catalog = RankingFixture(seed: 1).catalog
        let skill = try #require(catalog.skills.first).id
        let vacancy = Vacancy(id: "v", employer: "ENS", title: "BAG-beheerder", mustSkills: [skill])
        let person = Person(id: "p", displayName: "Anna", employer: "HGL")
        let found = try #require(RankingCounterfactual.smallestChange(
            for: person, vacancy: vacancy, catalog: catalog, on: Self.day, viewer: .regionalAdviser, weights: .default, toBeat: nil))
        #expect(found.changes == [.addSkill(skill)])
        #expect(found.result.eligible)
    }

    @Test func subsetsAreEnumeratedOnceEach() {
        var seen: [[Int]] = []
        RankingCounterfactual.forEachSubset(of: 5, size: 3) { seen.append($0) }
        #expect(seen.count == 10 && Set(seen).count == 10 && seen.allSatisfy { $0 == $0.sorted() && Set($0).count == 3 })
    }
}
