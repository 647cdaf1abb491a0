import Foundation
import GRDB
import Testing
@testable import Koppel
@testable import KoppelDemo

/// The benchmark workloads (Benchmarks/) at a tiny size, checking results, never times:
/// the fast paths the benchmarks time must give the answers of the reference paths.
@Suite struct WorkloadSmokeTests {
    static let size = DemoSize.custom(
        persons: 600, vacancies: 15, trainees: 12, placementsPerRotation: 12, historyTrainees: 6,
        exchangeRequests: 10, standInOffers: 4)
    static let today = Day("2026-06-01")!

    private func demoStore(seed: UInt64 = 11) throws -> KoppelStore {
        let path = temporaryDirectory().appendingPathComponent("smoke.koppel").path
        _ = try DemoBuilder.build(at: path, seed: seed, size: Self.size, today: Self.today)
        return try KoppelStore(path: path)
    }

    @Test func bulkProfileLoaderEqualsTheGeneralLoader() throws {
        let store = try demoStore()
        let bulk = try store.persons()
        let general = try store.pool.read { db in try KoppelStore.loadPersons(db, where: nil) }
        #expect(bulk.count == Self.size.persons)
        #expect(bulk == general)
    }

    @Test func rankWorkloadIndexEqualsReferenceForEveryVacancy() throws {
        let store = try demoStore()
        let people = try store.persons()
        let catalog = try store.catalog()
        let index = try RankingIndex(people: people, catalog: catalog)
        let vacancies = try store.vacancies(openOnly: true)
        #expect(!vacancies.isEmpty)
        var nonEmpty = 0
        for vacancy in vacancies {
            for asker in [Viewer.adviser(employer: vacancy.employer), .nobody, .regionalAdviser] {
                let options = RankingOptions(limit: 50)
                let fast = index.rankPeople(for: vacancy, on: Self.today, viewer: asker, options: options)
                let reference = try RankingEngine.rankPeople(
                    for: vacancy, among: people, catalog: catalog, on: Self.today, viewer: asker, options: options)
                #expect(fast == reference, "vacancy \(vacancy.id), viewer \(asker)")
                if !fast.isEmpty { nonEmpty += 1 }
            }
        }
        #expect(nonEmpty > 0, "the smoke data should give some shortlist")
    }

    @Test func candidatesWorkloadGivesTheIndexRankingAndLogsIt() throws {
        let store = try demoStore()
        let vacancy = try #require(try store.vacancies(openOnly: true).first)
        let options = RankingOptions(limit: 50)
        let list = try store.rankCandidates(vacancyID: vacancy.id, viewer: .adviser(employer: vacancy.employer), options: options, on: Self.today)
        let index = try RankingIndex(people: try store.persons(), catalog: try store.catalog())
        #expect(list.results == index.rankPeople(for: vacancy, on: Self.today, viewer: .adviser(employer: vacancy.employer), options: options))
        let visible = try store.persons().filter(AccessPolicy(.adviser(employer: vacancy.employer)).maySee)
        #expect(list.considered == visible.count && visible.count < Self.size.persons, "the adviser's own discreet staff are not counted")
        #expect(list.logID > 0)
    }

    @Test func fastProfileFingerprintIsByteForByteTheReference() throws {
        let people = try demoStore().persons()
        #expect(Fingerprint.peopleBytes(people) == Fingerprint.people(people))
        var full = Person(
            id: "p-ë", displayName: "Ëlla", employer: "ENS", scale: Scale("10A"), hoursPerWeek: 36.5, nlqf: 6,
            skills: [PersonSkill(skill: "nl:bag", level: 4), PersonSkill(skill: "esco:x", level: 1)],
            credentials: [Credential(code: "boa", expires: Day("2027-01-31")), Credential(code: "vca")],
            domains: [DomainExperience(domain: "bag-woz", years: 2.5)], homePlace: "Enschede",
            home: GeoPoint(latitude: 52.2215, longitude: 6.8937), maxCommuteKm: 25,
            wishes: Wishes(
                domains: ["juridisch", "inkoop"], employers: ["HEN"], scaleMin: Scale("9"), scaleMax: Scale("11"),
                hoursMin: 32, hoursMax: 36, moves: [.swap, .standIn]),
            availableFrom: Day("2026-09-01"), visibility: .discreet)
        let bare = Person(id: "p-a", displayName: "A", employer: "ALM")
        #expect(Fingerprint.peopleBytes([bare, full]) == Fingerprint.people([bare, full]))
        // Out of order and duplicate ids take the reference path.
        #expect(Fingerprint.peopleBytes([full, bare]) == Fingerprint.people([full, bare]))
        full.id = "p-a"
        #expect(Fingerprint.peopleBytes([bare, full]) == Fingerprint.people([bare, full]))
    }

    @Test func importWorkloadReimportsEveryExportedProfile() throws {
        let source = try demoStore()
        let csv = try source.exported(.persons, .csv)
        let target = try makeStore()
        let summary = try target.importData(Array(csv.utf8), kind: .persons, file: "persons.csv")
        #expect(summary.records == Self.size.persons)
        #expect(try target.counts().persons == Self.size.persons)
        #expect(try target.exported(.persons, .csv) == csv)
        #expect(try target.persons() == source.persons())
        // Importing the same file again updates every row in place (the delete-before-insert path).
        try target.importData(Array(csv.utf8), kind: .persons, file: "persons.csv")
        #expect(try target.exported(.persons, .csv) == csv)
    }

    @Test(arguments: [(300, 30), (1_000, 80)])
    func placementsWorkloadIsStableAtSmallScale(trainees: Int, placements: Int) throws {
        let synthetic = PlacementSyntheticInstance(trainees: trainees, placements: placements, listLength: 20, seed: 3)
        #expect(synthetic.traineeRankings.allSatisfy { $0.count == 20 && Set($0).count == 20 })
        let instance = try synthetic.instance()
        #expect(instance.acceptablePairCount == trainees * 20)
        for side in [PlacementProposingSide.trainee, .placement] {
            let matching = PlacementSolver.solve(instance, proposing: side)
            #expect(PlacementSolver.blockingPairs(of: matching, in: instance).isEmpty)
            for (index, id) in synthetic.placementIDs.enumerated() {
                #expect(matching.trainees(at: id).count <= synthetic.capacities[index])
            }
        }
        let again = PlacementSyntheticInstance(trainees: trainees, placements: placements, listLength: 20, seed: 3)
        #expect(again.traineeRankings == synthetic.traineeRankings && again.placementRankings == synthetic.placementRankings)
    }

    @Test func exchangesWorkloadGivesAVerifiedOptimumThatLongerCyclesNeverLower() throws {
        let synthetic = ExchangeSyntheticInstance(requests: 60, outDegree: 4, groupSize: 20, seed: 5)
        #expect(synthetic.participants.allSatisfy { synthetic.acceptable[$0]?.count == 4 })
        let instance = try synthetic.instance()
        let three = try ExchangeSolver.solve(instance, maxCycle: 3, maxChain: 3)
        let two = try ExchangeSolver.solve(instance, maxCycle: 2, maxChain: 3)
        #expect(ExchangeSolver.verify(three, in: instance, maxCycle: 3, maxChain: 3).isEmpty)
        #expect(ExchangeSolver.verify(two, in: instance, maxCycle: 2, maxChain: 3).isEmpty)
        #expect(three.moved >= two.moved && three.moved > 0)
        #expect(try ExchangeSolver.solve(try synthetic.instance(), maxCycle: 3, maxChain: 3) == three)
    }

    @Test func twenteRoundWorkloadHasNoBlockingPairs() throws {
        let store = try demoStore()
        let dataset = try DemoGenerator(catalog: store.catalog(), seed: 11, size: Self.size, today: Self.today)
            .generate(includePersons: false)
        let rotation = try #require(dataset.comingRotation)
        let rankings = dataset.traineeRankings.filter { $0.rotation == rotation.id }
        let hosts = Dictionary(
            uniqueKeysWithValues: dataset.hostRankings.filter { $0.rotation == rotation.id }.map { ($0.owner, $0.ranked) })
        var applicants: [String: [String]] = [:]
        for ranking in rankings { for placement in ranking.ranked { applicants[placement, default: []].append(ranking.owner) } }
        let instance = try PlacementInstance(
            trainees: rankings.map { .init(id: $0.owner, ranking: $0.ranked) },
            placements: dataset.placements(in: rotation.id).map {
                .init(id: $0.id, capacity: $0.capacity, ranking: hosts[$0.id] ?? (applicants[$0.id] ?? []).sorted())
            })
        let matching = PlacementSolver.solve(instance)
        #expect(PlacementSolver.blockingPairs(of: matching, in: instance).isEmpty)
        #expect(matching.matchedCount > 0)
    }
}
