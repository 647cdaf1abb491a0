import Foundation
import GRDB
import Koppel
import Testing

/// Two writers and a reader at once: no lost write; a writer that waits too long says so.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func twoWritersAndAReaderAtOnceLoseNothing() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init", "--db", "c.db"], in: dir).status == 0)
        let size = 1_500
        for round in 0..<3 {
            for side in ["a", "b"] {
                try personsCSV(prefix: "\(side)\(round)", count: size)
                    .write(to: dir.appendingPathComponent("\(side)\(round).csv"), atomically: true, encoding: .utf8)
            }
            let writers = try ["a", "b"].map { side in
                try KoppelProcess(["import", "persons", "\(side)\(round).csv", "--db", "c.db", "--actor", "writer-\(side)"], in: dir)
            }
            let reader = try KoppelProcess(["export", "persons", "--db", "c.db"], in: dir)
            for writer in writers {
                #expect(writer.wait() == 0, "stderr: \(writer.stderr)")
                // Nothing but the summary, and at most the busy notice.
                let lines = writer.stderr.split(separator: "\n").filter { !$0.contains("persons imported") && !$0.hasPrefix("database busy, retrying") }
                #expect(lines.isEmpty, "unexpected messages: \(lines)")
            }
            #expect(reader.wait() == 0, "stderr: \(reader.stderr)")
            // The reader saw a consistent state: whole imports only.
            let rows = reader.stdout.split(separator: "\n").count - 1
            #expect(rows % size == 0 && rows <= 2 * size * (round + 1), "reader saw \(rows) rows")
        }
        let store = try KoppelStore(path: dir.appendingPathComponent("c.db").path)
        #expect(try store.counts().persons == 2 * size * 3)
        let imports = try store.pool.read { try DecisionLog.entries(kind: "import", in: $0) }
        #expect(imports.count == 6 && Set(imports.map(\.actor)) == ["writer-a", "writer-b"])
    }

    /// Holds the write lock from another connection until the CLI has said it is retrying.
    @Test func aWriterThatFindsTheDatabaseBusyRetriesWithAClearMessage() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init", "--db", "c.db"], in: dir).status == 0)
        try personsCSV(prefix: "late", count: 10).write(to: dir.appendingPathComponent("late.csv"), atomically: true, encoding: .utf8)
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("c.db").path)
        var importer: KoppelProcess?
        try queue.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO person (id, display_name, employer) VALUES ('holder', 'Lock Holder', 'ENS')")
            importer = try KoppelProcess(["import", "persons", "late.csv", "--db", "c.db"], in: dir, environment: ["KOPPEL_BUSY_TIMEOUT": "0.5"])
            let deadline = Date().addingTimeInterval(20)
            while !importer!.stderr.contains("database busy, retrying"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            try db.execute(sql: "COMMIT")
        }
        let process = try #require(importer)
        #expect(process.wait() == 0, "stderr: \(process.stderr)")
        #expect(process.stderr.contains("database busy, retrying (attempt 2 of 3)"))
        #expect(process.stderr.contains("10 persons imported"))
        #expect(!process.stderr.contains("error"))
        try queue.close()
        let store = try KoppelStore(path: dir.appendingPathComponent("c.db").path)
        #expect(try store.counts().persons == 11, "both writes are there")
    }

    @Test func aWriterThatStaysBlockedGivesUpClearlyAndWritesNothing() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init", "--db", "c.db"], in: dir).status == 0)
        try personsCSV(prefix: "late", count: 10).write(to: dir.appendingPathComponent("late.csv"), atomically: true, encoding: .utf8)
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("c.db").path)
        var status: Int32 = -1
        var stderr = ""
        try queue.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let importer = try KoppelProcess(["import", "persons", "late.csv", "--db", "c.db"], in: dir, environment: ["KOPPEL_BUSY_TIMEOUT": "0.2"])
            status = importer.wait()
            stderr = importer.stderr
            try db.execute(sql: "ROLLBACK")
        }
        #expect(status == 2)
        #expect(stderr.contains("database busy, retrying (attempt 3 of 3)"))
        #expect(stderr.contains("error: database busy: another koppel kept it locked; nothing was written"))
        try queue.close()
        #expect(try KoppelStore(path: dir.appendingPathComponent("c.db").path).counts().persons == 0)
    }
}
