import Foundation
import Koppel
import KoppelDemo

/// The reference day and seed of every benchmark dataset.
let benchToday = Day("2026-06-01")!
let benchSeed: UInt64 = 2026

/// A dataset size: the profiles (and, scaled with them, vacancies, trainees, placements …).
struct BenchSize: Sendable {
    var label: String
    var demo: DemoSize

    var persons: Int { demo.persons }

    static let twente = BenchSize(label: "twente", demo: .twente)
    static let regional = BenchSize(
        label: "regional",
        demo: .custom(
            persons: 200_000, vacancies: 4_000, trainees: 20_000, placementsPerRotation: 2_000,
            exchangeRequests: 1_000, standInOffers: 200))
    static let national = BenchSize(label: "national", demo: .national)

    /// Small sizes for a quick look (`--quick`): same workloads, minutes less.
    static let quickSmall = BenchSize(
        label: "5k", demo: .custom(persons: 5_000, vacancies: 100, trainees: 40, placementsPerRotation: 60))
    static let quickMedium = BenchSize(
        label: "20k", demo: .twente)
    static let quickLarge = BenchSize(
        label: "100k",
        demo: .custom(persons: 100_000, vacancies: 2_000, trainees: 10_000, placementsPerRotation: 1_000))

    static func named(_ label: String) -> BenchSize? {
        [twente, regional, national, quickSmall, quickMedium, quickLarge].first { $0.label == label }
    }
}

/// Where a size's files live in the data folder.
struct DatasetFiles {
    var directory: String
    var size: BenchSize

    /// Bump when the generator or the schema changes so old files are not reused.
    static let version = "v1"

    var database: String { "\(directory)/\(DatasetFiles.version)-\(size.label).koppel" }
    var personsCSV: String { "\(directory)/\(DatasetFiles.version)-\(size.label)-persons.csv" }

    var exist: Bool {
        FileManager.default.fileExists(atPath: database) && FileManager.default.fileExists(atPath: personsCSV)
    }

    /// Builds the demo database through the import path and exports its profiles as CSV.
    func prepare() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let started = now()
        let summary = try DemoBuilder.build(at: database, seed: benchSeed, size: size.demo, today: benchToday) { done, total in
            if done % 100_000 == 0 || done == total {
                FileHandle.standardError.write(Data("  \(size.label): \(done)/\(total) profiles\n".utf8))
            }
        }
        let built = now() - started
        let store = try KoppelStore(path: database)
        FileManager.default.createFile(atPath: personsCSV, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: personsCSV))
        try store.export(.persons, format: .csv, viewer: .dataSteward) { chunk in handle.write(Data(chunk.utf8)) }
        try handle.close()
        try store.checkpoint()
        FileHandle.standardError.write(
            Data(String(format: "  %@: demo database with %d profiles in %.1f s, CSV exported\n", size.label, summary.persons, built).utf8))
    }
}

