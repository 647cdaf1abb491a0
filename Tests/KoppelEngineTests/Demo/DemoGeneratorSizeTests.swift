import Testing

@testable import KoppelEngine
@testable import KoppelDemo

@Suite struct DemoGeneratorSizeTests {
    @Test func theTwenteDemoHasTheAdvertisedCounts() {
        let demo = DemoTestData.twente
        let size = DemoSize.twente
        #expect(demo.persons.count == 20_000)
        #expect(demo.vacancies.count == 300)
        #expect(demo.trainees.count == size.trainees + size.historyTrainees)
        #expect(demo.trainees.filter { $0.cohort == "c2026" }.count == 40)
        #expect(demo.cohorts.map(\.id) == ["c2026", "c2025"])
        #expect(demo.rotations.filter { $0.cohort == "c2026" }.count == 3)
        #expect(demo.placements(in: "c2026-r1").count == 60)
        #expect(demo.placements(in: "c2025-r1").count == 60)
        #expect(demo.placements(in: "c2025-r2").count == 60)
        #expect(demo.exchangeRequests.count == 80)
        #expect(demo.standInOffers.count == 30)
    }

    @Test func idsFollowTheAgreedPatterns() {
        let demo = DemoTestData.twente
        #expect(demo.persons.first?.id == "p000001" && demo.persons.last?.id == "p020000")
        #expect(demo.vacancies.first?.id == "v0001" && demo.vacancies.last?.id == "v0300")
        #expect(demo.trainees.first?.id == "t001" && demo.trainees.last?.id == "t076")
        #expect(demo.placements.first?.id == "pl-c2026-r1-001")
        #expect(demo.exchangeRequests.first?.id == "x0001")
        #expect(demo.standInOffers.first?.id == "s001" && demo.standInOffers.last?.id == "s030")
        let placementsByRotation = demo.rotations.map { demo.placements(in: $0.id).map(\.id) }
        for ids in [
            demo.persons.map(\.id), demo.vacancies.map(\.id), demo.trainees.map(\.id),
            demo.exchangeRequests.map(\.id), demo.standInOffers.map(\.id),
        ] + placementsByRotation {
            #expect(Set(ids).count == ids.count)
            #expect(ids == ids.sorted(), "text order is number order")
        }
        #expect(Set(demo.placements.map(\.id)).count == demo.placements.count)
    }

    @Test func rotationsAreEightMonthsFromTheFirstOfSeptember() {
        let rotations = DemoTestData.twente.rotations.filter { $0.cohort == "c2026" }
        #expect(rotations.map(\.id) == ["c2026-r1", "c2026-r2", "c2026-r3"])
        #expect(rotations.map(\.start.description) == ["2026-09-01", "2027-05-01", "2028-01-01"])
        #expect(rotations.map(\.end.description) == ["2027-04-30", "2027-12-31", "2028-08-31"])
        #expect(DemoTestData.twente.cohorts[0].start.description == "2026-09-01")
        #expect(DemoTestData.twente.comingRotation?.id == "c2026-r1")
    }

    @Test(arguments: ["2026-09-01", "2026-09-02", "2027-01-15"])
    func theComingCohortStartsOnTheNextFirstOfSeptember(today: String) throws {
        let generator = try DemoGenerator(
            catalog: DemoSeedCatalog.catalog, seed: 1, size: .custom(persons: 10), today: Day(today)!)
        #expect(generator.cohortYear == (today == "2026-09-01" ? 2026 : 2027))
    }

    @Test func tinyAndEmptySizesWork() {
        let empty = DemoTestData.generator(size: .custom(persons: 0)).generate()
        #expect(empty.persons.isEmpty && empty.vacancies.isEmpty && empty.exchangeRequests.isEmpty)
        #expect(empty.cohorts.count == 1 && empty.placements.isEmpty && empty.traineeRankings.isEmpty)

        let raised = DemoSize.custom(persons: 3, trainees: 5, historyTrainees: 2)
        #expect(raised.persons == 7 && raised.staff == 0)
        let onlyTrainees = DemoTestData.generator(size: raised).generate()
        #expect(onlyTrainees.persons.count == 7)
        #expect(onlyTrainees.persons.allSatisfy { $0.jobTitle == DemoGenerator.traineeJobTitle })

        let few = DemoTestData.generator(size: .custom(persons: 5, exchangeRequests: 50, standInOffers: 50)).generate()
        #expect(few.exchangeRequests.count <= 5 && few.standInOffers.count <= 5)
        #expect(DemoSize.custom(persons: -4, vacancies: -1).persons == 0)
    }

    @Test func aCatalogWithoutEmployersIsRefusedWithACode() {
        #expect(throws: DemoGeneratorError.self) {
            try DemoGenerator(catalog: Catalog(), seed: 1, size: .twente, today: DemoTestData.today)
        }
        do {
            _ = try DemoGenerator(catalog: Catalog(), seed: 1, size: .twente, today: DemoTestData.today)
        } catch {
            #expect(error.code == .noActiveEmployer)
        }
        var noTitles = DemoSeedCatalog.catalog
        noTitles.jobTitles = []
        do {
            _ = try DemoGenerator(catalog: noTitles, seed: 1, size: .twente, today: DemoTestData.today)
            Issue.record("a catalog without job titles must be refused")
        } catch {
            #expect(error.code == .noJobTitle)
        }
    }
}
