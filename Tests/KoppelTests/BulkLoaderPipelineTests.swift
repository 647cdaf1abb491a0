import Foundation
import GRDB
import Testing
@testable import Koppel
import KoppelEngine
@testable import KoppelDemo

/// The profile loader's two-thread pipeline (``RowPipeline``, ``RowBatch``): it must give the
/// values a single-threaded loop over the same statements gives, at any batch size.
@Suite struct BulkLoaderPipelineTests {
    private func demoStore() throws -> KoppelStore {
        let path = temporaryDirectory().appendingPathComponent("pipeline.koppel").path
        _ = try DemoBuilder.build(
            at: path, seed: 5,
            size: .custom(
                persons: 300, vacancies: 5, trainees: 4, placementsPerRotation: 4, historyTrainees: 2,
                exchangeRequests: 2, standInOffers: 1),
            today: Day("2026-06-01")!)
        return try KoppelStore(path: path)
    }

    @Test func bulkProfileLoaderEqualsTheGeneralLoaderAtAnyBatchSize() throws {
        let store = try demoStore()
        let general = try store.pool.read { db in try KoppelStore.loadPersons(db, where: nil) }
        #expect(general.count == 300)
        for batchRows in [1, 2, 7, 64, 100_000] {
            let bulk = try store.pool.read { db in
                var loader = PersonBulkLoader(db, batchRows: batchRows)
                return try loader.load()
            }
            #expect(bulk == general, "batches of \(batchRows) rows")
        }
    }

    @Test func bulkProfileLoaderKeepsNullsEmptyListsAndOtherScripts() throws {
        let store = try makeStore()
        try store.pool.write { db in
            let employer = try String.fetchOne(db, sql: "SELECT code FROM employer ORDER BY code LIMIT 1")!
            try db.execute(sql: "INSERT INTO person (id, display_name, employer) VALUES ('p-a', 'A', ?)", arguments: [employer])
            try db.execute(
                sql: """
                    INSERT INTO person (id, display_name, employer, job_title, scale, hours_per_week, nlqf, home_place,
                        home_lat, home_lon, max_commute_km, wish_scale_min, wish_hours_max, available_from, visibility, consent_at)
                    VALUES ('p-ë', 'Ëlla Çelik 🙂', ?, 'Jurist', '10A', 36.5, 6, 'Enschede', 52.2, 6.9, 25, '9', 32,
                        '2026-09-01', 'discreet', '2025-01-02')
                    """,
                arguments: [employer])
        }
        let general = try store.pool.read { db in try KoppelStore.loadPersons(db, where: nil) }
        #expect(general.count == 2)
        for batchRows in [1, 512] {
            let bulk = try store.pool.read { db in
                var loader = PersonBulkLoader(db, batchRows: batchRows)
                return try loader.load()
            }
            #expect(bulk == general)
        }
        #expect(try store.persons() == general)
    }

    @Test func pipelineCopiesEveryValueAsSQLiteGivesIt() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b REAL, c INTEGER)")
            for i in 0..<50 {
                try db.execute(
                    sql: "INSERT INTO t VALUES (?, ?, ?)",
                    arguments: [i % 5 == 0 ? nil : (i % 7 == 0 ? "" : "tekst-\(i)-ë"), i % 3 == 0 ? nil : Double(i) / 4, i % 4 == 0 ? nil : i * 1_000_000_007])
            }
        }
        try queue.read { db in
            let expected = try Row.fetchAll(db, sql: "SELECT a, b, c FROM t ORDER BY rowid")
            for batchRows in [1, 3, 50, 64] {
                let pipeline = RowPipeline(
                    db, [(try db.makeStatement(sql: "SELECT a, b, c FROM t ORDER BY rowid"), [.text, .real, .integer]),
                         (try db.makeStatement(sql: "SELECT c FROM t WHERE 0"), [.integer]),
                         (try db.makeStatement(sql: "SELECT a FROM t ORDER BY rowid DESC LIMIT 2"), [.text])],
                    batchRows: batchRows)
                var seen: [[DatabaseValue]] = []
                var tail: [String?] = []
                while let batch = try pipeline.next() {
                    for row in 0..<batch.rows {
                        if batch.statement == 0 {
                            let text: DatabaseValue = batch.isNull(row, 0) ? .null : String(decoding: batch.text(row, 0), as: UTF8.self).databaseValue
                            let real: DatabaseValue = batch.isNull(row, 1) ? .null : batch.real(row, 1).databaseValue
                            let integer: DatabaseValue = batch.isNull(row, 2) ? .null : batch.integer(row, 2).databaseValue
                            seen.append([text, real, integer])
                        } else {
                            #expect(batch.statement == 2, "the empty statement gives no batch")
                            tail.append(batch.isNull(row, 0) ? nil : String(decoding: batch.text(row, 0), as: UTF8.self))
                        }
                    }
                    pipeline.recycle(batch)
                }
                pipeline.stop()
                #expect(seen == expected.map { Array($0.databaseValues) }, "batches of \(batchRows) rows")
                #expect(tail == [expected[49]["a"], expected[48]["a"]])
            }
            // The connection is usable again once the pipeline stopped.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 50)
        }
    }

    @Test func pipelineReportsAFailingStatementAfterTheRowsBeforeIt() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER)")
            for n in [1, 2, 3, 0, 5] { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [n]) }
        }
        try queue.read { db in
            // abs(-9223372036854775808) fails at run time, on the fourth row.
            let statement = try db.makeStatement(
                sql: "SELECT CASE WHEN n = 0 THEN abs(-9223372036854775807 - 1) ELSE n END FROM t ORDER BY rowid")
            let pipeline = RowPipeline(db, [(statement, [.integer])], batchRows: 1)
            defer { pipeline.stop() }
            var values: [Int64] = []
            #expect(throws: DatabaseError.self) {
                while let batch = try pipeline.next() {
                    values.append(batch.integer(0, 0))
                    pipeline.recycle(batch)
                }
            }
            #expect(values == [1, 2, 3])
        }
    }

    @Test func stoppingEarlyLetsGoOfTheConnection() throws {
        let store = try demoStore()
        try store.pool.read { db in
            let pipeline = RowPipeline(
                db, [(try db.makeStatement(sql: "SELECT id FROM person ORDER BY id"), [.text])], batchRows: 2, batchLimit: 2)
            let first = try #require(try pipeline.next())
            pipeline.stop()
            #expect(String(decoding: first.text(0, 0), as: UTF8.self) == (try String.fetchOne(db, sql: "SELECT min(id) FROM person")) ?? "")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM person") == 300)
        }
    }
}
