import Foundation
import Testing
@testable import Koppel

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
}
