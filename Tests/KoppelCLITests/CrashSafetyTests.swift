import Foundation
import GRDB
import Koppel
import KoppelDemo
import Testing

/// A killed import leaves the database sound and holding all of that import or none of it.
@Suite(.serialized) struct CrashSafetyTests {
    /// Imports `count` profiles per run and SIGKILLs the process at a seeded point of its work,
    /// `kills` times; after each kill the database must pass `integrity_check` (and the full-text
    /// index its own check), and hold either none or all of the killed import's profiles, with
    /// its decision log entry exactly when it holds them.
    ///
    /// A point is a number of bytes the import has written (``BytesWritten``), not a time: what
    /// a kill leaves on disk changes only with the writes, and where the kills land does not
    /// depend on the machine's speed or load. The points are drawn between none and a tenth
    /// more than a complete import writes (measured from one complete run first), so they fall
    /// all over the commit (the WAL frames) and the checkpoint after it, and a few after the
    /// import has ended. (Reading and parsing write next to nothing: a kill there leaves what
    /// a kill before the first write leaves.)
    ///
    /// The size is 6,000 profiles, not 50,000: a debug build takes ~30 s for 50,000 on these
    /// machines, too long to run it 20 times within a minute.
    @Test func killingAnImportAtSeededPointsOfItsWorkNeverCorruptsOrHalfWrites() throws {
        let dir = temporaryDirectory()
        let count = 6_000
        let kills = 20
        #expect(try KoppelBinary.run(["init", "--db", "k.db"], in: dir).status == 0)
        let database = dir.appendingPathComponent("k.db").path

        // Two complete imports, to measure how much an import writes: the second one,
        // since every killed import goes into a table that holds profiles already (the first
        // import, into an empty table, builds its indexes at the end and does other work).
        var total = 0
        for warm in ["warm0", "warm1"] {
            try personsCSV(prefix: warm, count: count).write(to: dir.appendingPathComponent("\(warm).csv"), atomically: true, encoding: .utf8)
            let process = try KoppelProcess(["import", "persons", "\(warm).csv", "--db", "k.db"], in: dir)
            total = try #require(BytesWritten.lastSeen(of: process), "needs /proc/PID/io (Linux) to follow the import")
            #expect(process.wait() == 0)
        }
        #expect(total > count * 100, "a complete import writes at least as much as it imports: \(total) bytes")

        var random = SeededRandom(seed: 2026)
        var completed = 0
        var killedMidway = 0
        for run in 0..<kills {
            let prefix = "kill\(run)"
            try personsCSV(prefix: prefix, count: count).write(to: dir.appendingPathComponent("\(prefix).csv"), atomically: true, encoding: .utf8)
            let (before, logBefore) = try state(of: database)
            let process = try KoppelProcess(["import", "persons", "\(prefix).csv", "--db", "k.db"], in: dir)
            let point = random.int(in: 0...(total + total / 10))
            BytesWritten.wait(for: process, toReach: point)
            process.killHard()
            process.wait()
            if process.killedBySignal { killedMidway += 1 }

            let store = try KoppelStore(path: database)
            #expect(try store.integrityCheck() == ["ok"], "run \(run), killed at \(point) bytes written")
            try store.pool.write { db in try db.execute(sql: "INSERT INTO person_fts (person_fts) VALUES ('integrity-check')") }
            let (after, logAfter) = try state(of: store)
            try store.pool.close()
            #expect(after == before || after == before + count, "run \(run): \(after - before) of \(count) profiles after a kill at \(point) bytes written")
            if after == before + count {
                completed += 1
                #expect(logAfter == logBefore + 1, "a complete import has its log entry")
            } else {
                #expect(logAfter == logBefore, "an import that left nothing left no log entry either")
            }
        }
        // The test means something only if most kills landed while the import ran.
        #expect(killedMidway >= kills / 2, "\(killedMidway) of \(kills) kills landed during the import")
        print("crash test: an import of \(count) writes \(total) bytes; \(killedMidway) kills mid-import, \(completed) imports complete")
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
