import Foundation
import KoppelEngine
@testable import KoppelDemo

/// Datasets shared by the demo-generator tests, each made once per test run.
enum DemoTestData {
    static let today = Day("2026-06-01")!

    static func generator(seed: UInt64 = 2026, size: DemoSize) -> DemoGenerator {
        do {
            return try DemoGenerator(catalog: DemoSeedCatalog.catalog, seed: seed, size: size, today: today)
        } catch {
            fatalError("the seed catalog must be usable: \(error)")
        }
    }

    /// The Twente demo as a store would load it.
    static let twente: DemoDataset = generator(size: .twente).generate()

    /// A small size with every part present, for tests that generate more than once.
    static let small = DemoSize.custom(
        persons: 1_500, vacancies: 40, trainees: 12, placementsPerRotation: 16, historyTrainees: 10,
        exchangeRequests: 30, standInOffers: 10)

    /// JSON with sorted keys: the byte-for-byte form determinism is judged by.
    static func json(_ dataset: DemoDataset) -> [UInt8] {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Array(try encoder.encode(dataset))
        } catch {
            fatalError("a dataset must encode: \(error)")
        }
    }

    /// FNV-1a, 64 bits: a fingerprint that is the same in every process (unlike Hasher).
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
