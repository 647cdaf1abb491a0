import Foundation
import KoppelDemo
@testable import KoppelEngine
import Testing

/// Properties of the explaining scorer and the reference ranking, over many generated instances.
@Suite("Ranking properties")
struct RankingPropertyTests {
    static let day = RankingFixture.referenceDay

    @Test("the explanation adds up exactly to the score", arguments: 0..<60)
    func explanationSumsToTotal(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        let vacancy = fixture.vacancy(id: "v1")
        for person in fixture.people(count: 40) {
            let options = fixture.options(limit: nil)
            let result = RankingEngine.score(
                person, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options)!
            #expect(result.componentSum == result.score.hundredths)
            #expect((0...100_00).contains(result.score.hundredths))
            #expect(result.components.map(\.criterion) == RankingCriterion.allCases)
            #expect(result.components.reduce(0) { $0 + $1.max.hundredths } == 100_00)
            for component in result.components {
                #expect((0...component.max.hundredths).contains(component.points.hundredths))
                if component.detail.hasPrefix("no data") { #expect(component.points == .zero) }
            }
            #expect(result.eligible == result.reasons.isEmpty)
            #expect(result.weightsVersion == 1)
        }
    }

    @Test("the same input gives the same output, whatever the order of the people", arguments: 0..<40)
    func sameInputSameOutputAnyOrder(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 80, clones: seed % 2 == 0)
        let vacancy = fixture.vacancy(id: "v1")
        let options = fixture.options(limit: fixture.rng.element(of: [5, 20, nil]))
        let asker = fixture.asker()
        let first = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: asker, options: options)
        let again = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: asker, options: options)
        let shuffled = try RankingEngine.rankPeople(
            for: vacancy, among: fixture.rng.shuffled(people), catalog: fixture.catalog, on: Self.day,
            viewer: asker, options: options)
        #expect(first == again)
        #expect(first == shuffled)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(first) == encoder.encode(shuffled))

        let index = try RankingIndex(people: fixture.rng.shuffled(people), catalog: fixture.catalog)
        #expect(index.rankPeople(for: vacancy, on: Self.day, viewer: asker, options: options) == first)
    }

    @Test("results are ordered: eligible first, then score, then id", arguments: 0..<20)
    func resultsAreOrdered(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 120, clones: true)
        let vacancy = fixture.vacancy(id: "v1")
        var options = fixture.options(limit: nil)
        options.includeIneligible = true
        let results = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"),
            options: options)
        for (a, b) in zip(results, results.dropFirst()) {
            let inOrder =
                (a.eligible && !b.eligible)
                || (a.eligible == b.eligible && (a.score > b.score || (a.score == b.score && a.person < b.person)))
            #expect(inOrder, "\(a.person) \(a.score) before \(b.person) \(b.score)")
        }
    }

    @Test("adding a skill never lowers a score", arguments: 0..<60)
    func addingSkillNeverLowers(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        let vacancy = fixture.vacancy(id: "v1")
        for person in fixture.people(count: 30) {
            let before = RankingEngine.score(
                person, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .nobody)
            var more = person
            let candidates = fixture.skills + vacancy.mustSkills + vacancy.niceSkills.map(\.skill)
            more.skills.append(PersonSkill(skill: fixture.rng.element(of: candidates), level: fixture.rng.int(in: 1...5)))
            let after = RankingEngine.score(more, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .nobody)
            guard let before, let after else { continue }  // discreet: not visible without an asker
            #expect(after.score >= before.score)
            #expect(after.eligible || !before.eligible)
        }
    }

    @Test("adding a credential never lowers a score", arguments: 0..<60)
    func addingCredentialNeverLowers(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        let vacancy = fixture.vacancy(id: "v1")
        for person in fixture.people(count: 30) {
            let before = RankingEngine.score(
                person, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"))!
            var more = person
            let code = fixture.rng.element(of: fixture.credentials + vacancy.mustCredentials)
            let expires = fixture.rng.chance(0.3) ? nil : fixture.day(around: Self.day, spread: 30)
            more.credentials.append(Credential(code: code, expires: expires))
            let after = RankingEngine.score(
                more, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"))!
            #expect(after.score >= before.score)
            #expect(after.eligible || !before.eligible)
        }
    }

    @Test("renaming a person changes nothing", arguments: 0..<30)
    func renamingChangesNothing(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 50)
        let renamed = people.map { person -> Person in
            var copy = person
            copy.displayName = "Ëmma de Vries-IJzerman 🙂 \(person.displayName.count)"
            return copy
        }
        let vacancy = fixture.vacancy(id: "v1")
        let options = fixture.options(limit: 10)
        let a = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ENS"), options: options)
        let b = try RankingEngine.rankPeople(
            for: vacancy, among: renamed, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ENS"), options: options)
        #expect(a == b)
    }

    @Test("ineligible people never appear unless asked for", arguments: 0..<40)
    func ineligibleOnlyWhenAsked(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 80)
        let vacancy = fixture.vacancy(id: "v1")
        var options = fixture.options(limit: nil)
        options.includeIneligible = false
        let eligibleOnly = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"),
            options: options)
        #expect(eligibleOnly.allSatisfy { $0.eligible && $0.reasons.isEmpty })
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        let fast = index.rankPeople(for: vacancy, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: options)
        #expect(fast.allSatisfy { $0.eligible })
        #expect(fast == eligibleOnly)

        options.includeIneligible = true
        let all = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"),
            options: options)
        #expect(all.filter(\.eligible) == eligibleOnly)
        #expect(all.allSatisfy { $0.eligible || !$0.reasons.isEmpty })
    }

    @Test("a discreet profile never appears for its own employer, nor without an asker", arguments: 0..<40)
    func discreetIsHidden(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 80)
        let byId = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        let vacancy = fixture.vacancy(id: "v1")
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        var options = fixture.options(limit: nil)
        options.includeIneligible = true
        for asker in [Viewer.nobody, .regionalAdviser] + fixture.employers.map { Viewer.adviser(employer: $0) } {
            let slow = try RankingEngine.rankPeople(
                for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: asker,
                options: options)
            let fast = index.rankPeople(for: vacancy, on: Self.day, viewer: asker, options: options)
            for result in slow + fast {
                let person = byId[result.person]!
                if person.visibility == .discreet {
                    #expect(asker == .regionalAdviser || (asker.employer != nil && asker.employer != person.employer))
                }
            }
            // Everyone else is there (includeIneligible, no limit) unless the employer filter drops them.
            let visible = people.filter { (p: Person) -> Bool in
                let shown = p.visibility == .public || asker == .regionalAdviser || (asker.employer.map { $0 != p.employer } ?? false)
                return shown && (options.employer == nil || p.employer == options.employer)
            }
            #expect(Set(slow.map(\.person)) == Set(visible.map(\.id)))
            #expect(fast == slow)
        }
    }

    @Test("filters: employer, maxKm and limit", arguments: 0..<30)
    func filtersHold(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let people = fixture.people(count: 100)
        let byId = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        var vacancy = fixture.vacancy(id: "v1")
        vacancy.location = fixture.point()
        let employer = fixture.rng.element(of: fixture.employers)
        let options = RankingOptions(employer: employer, maxKm: 15, limit: 7)
        let results = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"),
            options: options)
        #expect(results.count <= 7)
        for result in results {
            let person = byId[result.person]!
            #expect(person.employer == employer)
            #expect(person.home!.distanceKm(to: vacancy.location!) <= 15.001)
        }
        var all = options
        all.includeIneligible = true
        all.limit = nil
        let everyone = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: Self.day, viewer: .adviser(employer: "ELSEWHERE"), options: all)
        for result in everyone where byId[result.person]!.home == nil {
            #expect(result.reasons.contains(RankingReason(code: .distanceUnknown)))
        }
    }

    @Test("an empty profile scores exactly 0, and every criterion says no data", arguments: 0..<40)
    func emptyProfileScoresZero(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        let vacancy = fixture.vacancy(id: "v1")
        let empty = Person(id: "leeg", displayName: "Leeg", employer: "ENS")
        let options = RankingOptions(availabilityGraceDays: fixture.rng.element(of: [0, 60]))
        let result = RankingEngine.score(
            empty, for: vacancy, catalog: fixture.catalog, on: Self.day, viewer: .nobody, options: options)!
        #expect(result.score == .zero)
        for component in result.components {
            #expect(component.detail.hasPrefix("no data"), "\(component.criterion): \(component.detail)")
        }
    }

    @Test("a related skill earns less than the exact skill, and nothing more", arguments: 0..<40)
    func relatedCreditBelowExact(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let strength = rng.element(of: [0.01, 0.3, 0.5, 0.9, 0.999, 1.0, 2.0])
        let catalog = Catalog(relations: [SkillRelation(from: "nl:woz", to: "nl:bag", strength: strength)])
        let vacancy = Vacancy(
            id: "v", employer: "ENS", title: "BAG-beheerder",
            niceSkills: [WeightedSkill(skill: "nl:bag", weight: rng.element(of: [1, 2.5])), WeightedSkill(skill: "nl:gis")])
        func nicePoints(_ skills: [String]) -> Int {
            let person = Person(
                id: "p", displayName: "P", employer: "HGL", skills: skills.map { PersonSkill(skill: $0) })
            return RankingEngine.score(person, for: vacancy, catalog: catalog, on: Self.day, viewer: .nobody)!
                .component(.niceSkills)!.points.hundredths
        }
        let exact = nicePoints(["nl:bag"])
        let related = nicePoints(["nl:woz"])
        let both = nicePoints(["nl:bag", "nl:woz"])
        #expect(related < exact)
        #expect(related >= 0)
        if strength >= 0.3 { #expect(related > 0) }
        #expect(both == exact)
        #expect(nicePoints([]) == 0)
    }

    @Test("an expired credential counts as missing; one valid through the reference day counts", arguments: 0..<20)
    func expiredCredentialIsMissing(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let day = Self.day.adding(days: rng.int(in: -400...400))
        let vacancy = Vacancy(id: "v", employer: "ENS", title: "Boa", mustCredentials: ["boa-1"])
        func result(expires: Day?) -> RankingResult {
            let person = Person(
                id: "p", displayName: "P", employer: "HGL", credentials: [Credential(code: "boa-1", expires: expires)])
            return RankingEngine.score(person, for: vacancy, catalog: Catalog(), on: day, viewer: .nobody)!
        }
        let expired = result(expires: day.adding(days: -1))
        #expect(!expired.eligible)
        #expect(expired.reasons == [RankingReason(code: .expiredMustCredential, subject: "boa-1")])
        #expect(expired.component(.mustCredentials)!.points == .zero)
        let lastDay = result(expires: day)
        #expect(lastDay.eligible)
        #expect(lastDay.component(.mustCredentials)!.points == RankingWeights.default.points(for: .mustCredentials))
        #expect(result(expires: nil).eligible)
        let none = RankingEngine.score(
            Person(id: "p", displayName: "P", employer: "HGL"), for: vacancy, catalog: Catalog(), on: day,
            viewer: .nobody)!
        #expect(none.reasons == [RankingReason(code: .missingMustCredential, subject: "boa-1")])
    }

    @Test("ranking vacancies for a person: ordered, filtered, consistent with scoring one pair", arguments: 0..<30)
    func rankVacanciesConsistent(seed: UInt64) throws {
        var fixture = RankingFixture(seed: seed)
        let person = fixture.person(id: "p1")
        let vacancies = (0..<60).map { fixture.vacancy(id: "v\($0)") }
        var options = fixture.options(limit: fixture.rng.element(of: [5, nil]))
        options.employer = nil
        let asker = fixture.asker()
        let results = try RankingEngine.rankVacancies(
            for: person, among: vacancies, catalog: fixture.catalog, on: Self.day, viewer: asker, options: options)
        guard AccessPolicy(asker).maySee(person) else {
            #expect(results.isEmpty)
            return
        }
        let shuffled = try RankingEngine.rankVacancies(
            for: person, among: fixture.rng.shuffled(vacancies), catalog: fixture.catalog, on: Self.day,
            viewer: asker, options: options)
        #expect(results == shuffled)
        let expected = vacancies.compactMap {
            RankingEngine.score(
                person, for: $0, catalog: fixture.catalog, on: Self.day, viewer: asker, options: options)
        }.filter { $0.eligible || options.includeIneligible }
            .sorted {
                $0.eligible != $1.eligible
                    ? $0.eligible : $0.score != $1.score ? $0.score > $1.score : $0.vacancy < $1.vacancy
            }
        #expect(results == Array(expected.prefix(options.limit ?? expected.count)))
    }

    @Test("duplicate ids are an error")
    func duplicateIds() {
        let a = Person(id: "p1", displayName: "A", employer: "ENS")
        let vacancy = Vacancy(id: "v", employer: "ENS", title: "T")
        #expect(throws: RankingError.self) {
            try RankingEngine.rankPeople(
                for: vacancy, among: [a, a], catalog: Catalog(), on: Self.day, viewer: .nobody)
        }
        do {
            _ = try RankingIndex(people: [a, a], catalog: Catalog())
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .duplicateId)
            #expect(error.description == "the person id 'p1' appears more than once")
        }
    }
}

@Suite("Ranking commute distance")
struct RankingDistanceTests {
    @Test("the commute in the explanation is GeoPoint's great-circle distance", arguments: 0..<20)
    func commuteMatchesGeoPoint(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        var vacancy = Vacancy(id: "v", employer: "ENS", title: "T")
        vacancy.location = fixture.point()
        for _ in 0..<20 {
            let home = fixture.point()
            let person = Person(id: "p", displayName: "P", employer: "HGL", home: home, maxCommuteKm: 100)
            let detail = RankingEngine.score(
                person, for: vacancy, catalog: Catalog(), on: RankingFixture.referenceDay, viewer: .nobody)!
                .component(.commute)!.detail
            let km = Double(detail.split(separator: " ")[1])!
            #expect(abs(km - home.distanceKm(to: vacancy.location!)) <= 0.0500001, "\(detail)")
            #expect(detail.hasSuffix("(straight line)"))
        }
    }

    @Test("GeoPoint's distance is the ranking's, to the metre, and the haversine's within a metre", arguments: 0..<20)
    func oneDistanceFormula(seed: UInt64) {
        var fixture = RankingFixture(seed: seed)
        for _ in 0..<50 {
            let a = fixture.point()
            let b = fixture.point()
            let metres = RankingRules.distanceMetres(RankingRules.unitVector(a)!, RankingRules.unitVector(b)!)
            #expect(a.distanceKm(to: b) == Double(metres) / 1000)
            #expect(a.distanceKm(to: b) == b.distanceKm(to: a))
            #expect(abs(a.distanceKm(to: b) - Self.haversineKm(a, b)) <= 0.001)
        }
        #expect(GeoPoint(latitude: 91, longitude: 0).distanceKm(to: GeoPoint(latitude: 0, longitude: 0)).isNaN)
    }

    /// The textbook haversine formula, as an independent check.
    static func haversineKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad
        let dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }
}
