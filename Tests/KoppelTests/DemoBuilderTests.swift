import Foundation
import Testing
@testable import Koppel
@testable import KoppelDemo

@Suite struct DemoBuilderTests {
    static let small = DemoSize.custom(
        persons: 400, vacancies: 12, trainees: 8, placementsPerRotation: 10, historyTrainees: 6,
        exchangeRequests: 12, standInOffers: 6)
    static let today = Day("2026-11-25")!

    private func build(seed: UInt64) throws -> KoppelStore {
        let path = temporaryDirectory().appendingPathComponent("demo.koppel").path
        _ = try DemoBuilder.build(at: path, seed: seed, size: Self.small, today: Self.today)
        return try KoppelStore(path: path)
    }

    @Test func sameSeedGivesTheSameExportByteForByte() throws {
        let first = try build(seed: 7).exportedAll()
        let second = try build(seed: 7).exportedAll()
        #expect(first == second)
        #expect(try build(seed: 8).exportedAll() != first)
    }

    @Test func demoDataHasEveryKind() throws {
        let counts = try build(seed: 1).counts()
        #expect(counts.persons == 400 && counts.vacancies == 12 && counts.exchangeRequests == 12 && counts.standinOffers == 6)
        #expect(counts.trainees == 14 && counts.placements > 0)
    }

    @Test func demoDataSurvivesExportAndImport() throws {
        let source = try build(seed: 3)
        let target = try makeStore()
        for kind in EntityKind.all {
            try target.importData(Array(try source.exported(kind, .json).utf8), kind: kind, file: "\(kind.name).json")
        }
        #expect(try target.exportedAll() == source.exportedAll())
    }

    @Test func aDatabaseWithRealDataIsNeverOverwritten() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let before = try store.exportedAll()
        #expect {
            _ = try DemoBuilder.build(at: store.path, seed: 1, size: Self.small, today: Self.today)
        } throws: { ($0 as? StoreError)?.code == .invalidState }
        #expect(try KoppelStore(path: store.path).exportedAll() == before)
    }

    @Test func rebuildingADemoDatabaseReplacesIt() throws {
        let path = temporaryDirectory().appendingPathComponent("demo.koppel").path
        _ = try DemoBuilder.build(at: path, seed: 1, size: Self.small, today: Self.today)
        _ = try DemoBuilder.build(at: path, seed: 2, size: Self.small, today: Self.today)
        #expect(try KoppelStore(path: path).counts().persons == 400)
        #expect(!FileManager.default.fileExists(atPath: path + ".building"))
    }

    @Test func storedProfilesAndVacanciesLoadBackAsGenerated() throws {
        let path = temporaryDirectory().appendingPathComponent("demo.koppel").path
        let summary = try DemoBuilder.build(at: path, seed: 5, size: Self.small, today: Self.today)
        let store = try KoppelStore(path: path)
        let generator = try DemoGenerator(catalog: store.catalog(), seed: 5, size: Self.small, today: Self.today)
        var generated: [Person] = []
        generator.generatePersons(nil, progress: nil) { (person: Person) in generated.append(person.normalized) }
        #expect(try store.persons().map(\.normalized) == generated.sorted { $0.id < $1.id })
        #expect(try store.vacancies().map(\.normalized) == summary.dataset.vacancies.map(\.normalized).sorted { $0.id < $1.id })
        let one = generated[17]
        #expect(try store.person(one.id)?.normalized == one)
        #expect(try store.person("nobody") == nil)
    }
}

extension Person {
    /// The same profile with every list in a canonical order.
    var normalized: Person {
        var copy = self
        copy.skills.sort { $0.skill < $1.skill }
        copy.credentials.sort { $0.code < $1.code }
        copy.domains.sort { $0.domain < $1.domain }
        copy.wishes.domains.sort()
        copy.wishes.employers.sort()
        copy.wishes.moves.sort { $0.rawValue < $1.rawValue }
        return copy
    }
}

extension Vacancy {
    var normalized: Vacancy {
        var copy = self
        copy.mustSkills.sort()
        copy.niceSkills.sort { $0.skill < $1.skill }
        copy.mustCredentials.sort()
        return copy
    }
}
