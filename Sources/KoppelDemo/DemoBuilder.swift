import Foundation
import GRDB
import Koppel

/// Builds a demo database from the deterministic generator, through the import path.
public enum DemoBuilder {
    /// What a demo build wrote.
    public struct Summary: Sendable {
        public var dataset: DemoDataset
        public var persons: Int
        public var seconds: Double
    }

    /// Writes a fresh demo database at `path`, replacing an earlier demo database there.
    ///
    /// The database is built in a temporary file beside `path` and moved into place when
    /// complete, so an interrupted build never leaves a half-written database. A file at `path`
    /// that is not a demo database is refused, never overwritten.
    public static func build(
        at path: String, seed: UInt64, size: DemoSize, today: Day,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> Summary {
        let start = Date()
        if FileManager.default.fileExists(atPath: path) {
            let existing = try KoppelStore(path: path)
            guard try existing.isDemo() else {
                throw StoreError(.invalidState, "\(path) holds data that is not from `koppel demo`; it was left untouched. Choose another --db.")
            }
        }
        let temporary = path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        let store = try KoppelStore(path: temporary)
        let catalog = try store.catalog()
        let generator = try DemoGenerator(catalog: catalog, seed: seed, size: size, today: today)
        let dataset = generator.generate(includePersons: false)
        let total = size.persons
        var written = 0
        var batch: [RawRecord] = []
        batch.reserveCapacity(20_000)
        func flush() throws {
            try store.write(batch, kind: .persons, file: "demo", dryRun: false)
            written += batch.count
            batch.removeAll(keepingCapacity: true)
            progress?(written, total)
        }
        try generator.generatePersons(nil, progress: nil) { (person: Person) throws in
            batch.append(person.record)
            if batch.count == 20_000 { try flush() }
        }
        if !batch.isEmpty { try flush() }
        try store.write(dataset.vacancies.map(\.record), kind: .vacancies, file: "demo", dryRun: false)
        try store.write(dataset.cohorts.map(\.record), kind: .cohorts, file: "demo", dryRun: false)
        try store.write(dataset.rotations.map(\.record), kind: .rotations, file: "demo", dryRun: false)
        try store.write(dataset.trainees.map(\.record), kind: .trainees, file: "demo", dryRun: false)
        try store.write(dataset.placements.map(\.record), kind: .placements, file: "demo", dryRun: false)
        try store.write(dataset.traineeRankings.map(\.traineeRecord), kind: .traineeRankings, file: "demo", dryRun: false)
        try store.write(dataset.hostRankings.map(\.hostRecord), kind: .hostRankings, file: "demo", dryRun: false)
        try store.write(dataset.assignments.map(\.record), kind: .assignments, file: "demo", dryRun: false)
        try store.write(dataset.exchangeRequests.map(\.record), kind: .exchangeRequests, file: "demo", dryRun: false)
        try store.write(dataset.standInOffers.map(\.record), kind: .standinOffers, file: "demo", dryRun: false)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO demo_info (seed, size, today) VALUES (?, ?, ?)", arguments: [Int64(bitPattern: seed), "\(size.persons) persons", today.description])
        }
        try store.checkpoint()
        try store.pool.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        return Summary(dataset: dataset, persons: written, seconds: Date().timeIntervalSince(start))
    }
}

extension KoppelStore {
    /// Whether this database was built by `koppel demo` (or holds no data of its own yet).
    public func isDemo() throws -> Bool {
        try pool.read { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM demo_info") ?? 0 > 0 { return true }
            return try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM vacancy)") == 0
        }
    }
}
