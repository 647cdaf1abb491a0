import Foundation
import Testing

@testable import KoppelEngine
@testable import KoppelDemo

@Suite struct DemoGeneratorDeterminismTests {
    @Test func sameSeedAndSizeGiveTheSameBytes() {
        let first = DemoTestData.generator(seed: 7, size: DemoTestData.small).generate()
        let second = DemoTestData.generator(seed: 7, size: DemoTestData.small).generate()
        #expect(first == second)
        #expect(DemoTestData.json(first) == DemoTestData.json(second))
    }

    @Test func theTwenteDemoIsTheSameWhenMadeAgain() {
        let again = DemoTestData.generator(size: .twente).generate()
        #expect(DemoTestData.json(again) == DemoTestData.json(DemoTestData.twente))
    }

    @Test func aDifferentSeedGivesDifferentData() {
        let first = DemoTestData.generator(seed: 7, size: DemoTestData.small).generate()
        let other = DemoTestData.generator(seed: 8, size: DemoTestData.small).generate()
        #expect(first.persons != other.persons)
        #expect(first.vacancies != other.vacancies)
        #expect(first.placements != other.placements)
        #expect(first.exchangeRequests != other.exchangeRequests)
        let samePeople = zip(first.persons, other.persons).filter { $0 == $1 }.count
        #expect(samePeople == 0)
    }

    /// Pins the bytes across processes, Swift versions and platforms: a Dictionary or Set
    /// iterated during generation, or any change to the generator, shows up here. (A change in
    /// JSONEncoder's number formatting would too; then re-pin after checking the values.)
    @Test func aSmallDatasetHasAFixedFingerprint() {
        let dataset = DemoTestData.generator(
            seed: 1,
            size: .custom(
                persons: 120, vacancies: 8, trainees: 4, placementsPerRotation: 6, historyTrainees: 4,
                exchangeRequests: 10, standInOffers: 4)
        ).generate()
        #expect(DemoTestData.fingerprint(DemoTestData.json(dataset)) == 16_589_907_520_914_770_572)
    }

    @Test func eachProfileIsTheSameAloneInABatchOrInTheDataset() {
        let generator = DemoTestData.generator(seed: 7, size: DemoTestData.small)
        let all = generator.generate().persons
        #expect(all.count == 1_500)
        #expect(generator.persons(batch: 400).flatMap { $0 } == all)
        #expect(generator.persons(batch: 400).map(\.count) == [400, 400, 400, 300])
        var streamed: [Person] = []
        generator.generatePersons(1_000..<1_200) { streamed.append($0) }
        #expect(streamed == Array(all[1_000..<1_200]))
        #expect(generator.person(at: 1_499) == all[1_499])
    }

    @Test func leavingOutProfilesChangesNothingElse() {
        let generator = DemoTestData.generator(seed: 7, size: DemoTestData.small)
        var full = generator.generate()
        let lean = generator.generate(includePersons: false)
        #expect(lean.persons.isEmpty)
        full.persons = []
        #expect(full == lean)
    }

    @Test func progressCountsUpToTheTotal() {
        let generator = DemoTestData.generator(seed: 7, size: .custom(persons: 25_000))
        var reports: [[Int]] = []
        generator.generatePersons(progress: { reports.append([$0, $1]) }, into: { _ in })
        #expect(reports == [[10_000, 25_000], [20_000, 25_000], [25_000, 25_000]])
        var empty: [[Int]] = []
        let nobody = DemoTestData.generator(size: .custom(persons: 0))
        nobody.generatePersons(progress: { empty.append([$0, $1]) }, into: { _ in })
        #expect(empty == [[0, 0]])
    }

    @Test func theNationalSizeStreamsWithWiderIds() {
        let national = DemoTestData.generator(size: .national)
        #expect(national.size.persons == 1_000_000)
        #expect(national.personID(at: 0) == "p0000001")
        #expect(national.personID(at: 999_999) == "p1000000")
        let last = national.person(at: 999_999)
        #expect(last.jobTitle == DemoGenerator.traineeJobTitle)
        let staff = national.person(at: 123_456)
        #expect(staff.id == "p0123457")
        #expect(national.vacancy(at: 19_999).id == "v20000")
    }
}
