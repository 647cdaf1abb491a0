import Foundation
import GRDB
import Koppel
import Testing

/// A killed import leaves the database sound and holding all of that import or none of it.
@Suite(.serialized) struct CrashSafetyTests {
    /// Imports `count` profiles per run and SIGKILLs the process after a random delay, `kills`
    /// times; after each kill the database must pass `integrity_check` (and the full-text index
    /// its own check), and hold either none or all of the killed import's profiles, with its
    /// decision log entry exactly when it holds them.
    ///
    /// The size is 6,000 profiles, not 50,000: a debug build takes ~30 s for 50,000 on these
    /// machines, too long to kill it 20 times within a minute. The delays cover the whole import
    /// (parse, validation, writing, commit), measured from one complete run first.
    @Test func killingAnImportAtRandomMomentsNeverCorruptsOrHalfWrites() throws {
        let dir = temporaryDirectory()
        let count = 6_000
        let kills = 20
        #expect(try KoppelBinary.run(["init", "--db", "k.db"], in: dir).status == 0)
        let database = dir.appendingPathComponent("k.db").path

        // Two complete imports, to measure how long an import runs: the second one, since every
        // killed import goes into a table that holds profiles already (the first import, into
        // an empty table, builds its indexes at the end and takes a different time).
        var duration = 0.0
        for warm in ["warm0", "warm1"] {
            try personsCSV(prefix: warm, count: count).write(to: dir.appendingPathComponent("\(warm).csv"), atomically: true, encoding: .utf8)
            let started = Date()
            let process = try KoppelProcess(["import", "persons", "\(warm).csv", "--db", "k.db"], in: dir)
            #expect(process.wait() == 0)
            duration = Date().timeIntervalSince(started)
        }

        var random = SystemRandomNumberGenerator()
        var completed = 0
        var killedMidway = 0
        for run in 0..<kills {
            let prefix = "kill\(run)"
            try personsCSV(prefix: prefix, count: count).write(to: dir.appendingPathComponent("\(prefix).csv"), atomically: true, encoding: .utf8)
            let (before, logBefore) = try state(of: database)
            let process = try KoppelProcess(["import", "persons", "\(prefix).csv", "--db", "k.db"], in: dir)
            let delay = Double.random(in: 0.02...(duration * 1.1), using: &random)
            Thread.sleep(forTimeInterval: delay)
            process.killHard()
            process.wait()
            if process.killedBySignal { killedMidway += 1 }

            let store = try KoppelStore(path: database)
            #expect(try store.integrityCheck() == ["ok"], "run \(run), killed after \(delay) s")
            try store.pool.write { db in try db.execute(sql: "INSERT INTO person_fts (person_fts) VALUES ('integrity-check')") }
            let (after, logAfter) = try state(of: store)
            try store.pool.close()
            #expect(after == before || after == before + count, "run \(run): \(after - before) of \(count) profiles after a kill at \(delay) s")
            if after == before + count {
                completed += 1
                #expect(logAfter == logBefore + 1, "a complete import has its log entry")
            } else {
                #expect(logAfter == logBefore, "an import that left nothing left no log entry either")
            }
        }
        // The test means something only if most kills landed while the import ran.
        #expect(killedMidway >= kills / 2, "\(killedMidway) of \(kills) kills landed during the import")
        print("crash test: import of \(count) takes \(String(format: "%.1f", duration)) s; \(killedMidway) kills mid-import, \(completed) imports complete")
    }

    private func state(of path: String) throws -> (persons: Int, imports: Int) {
        let store = try KoppelStore(path: path)
        defer { try? store.pool.close() }
        return try state(of: store)
    }

    private func state(of store: KoppelStore) throws -> (persons: Int, imports: Int) {
        try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM decision_log WHERE kind = 'import'") ?? -1)
        }
    }
}
