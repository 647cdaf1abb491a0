import Foundation
import Koppel
import Testing

/// `koppel serve` as a process: accounts made with `koppel users`, SIGTERM drains a request
/// in flight and closes the database, SIGKILL during an import leaves the database as it was.
@Suite(.serialized) struct ServeProcessTests {
    /// A copy of the demo database with a regional adviser's account and token, served.
    struct Served {
        let database: String
        let token: String
        let server: ServedKoppel
        var process: KoppelProcess { server.process }

        init() throws {
            let directory = temporaryDirectory()
            database = directory.appendingPathComponent("serve.db").path
            try FileManager.default.copyItem(atPath: DemoDatabase.path, toPath: database)
            token = try ServedKoppel.account("tk-regio", role: "regional", database: database)
            server = try ServedKoppel(database: database, in: directory)
        }

        func request(_ path: String, method: String = "GET", body: String? = nil) throws -> HTTP.Answer {
            try server.request(path, method: method, token: token, body: body, timeout: 120)
        }

        func persons() throws -> (count: Int, imports: Int, version: Int64) {
            let store = try KoppelStore(path: database)
            defer { try? store.pool.close() }
            #expect(try store.integrityCheck() == ["ok"])
            return try store.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM decision_log WHERE kind = 'import'") ?? -1,
                 try Int64.fetchOne(db, sql: "SELECT version FROM data_version") ?? -1)
            }
        }
    }

    /// A CSV import of `count` new profiles, under the service's body limit.
    /// An import request sent on a thread of its own; `answer` waits for it to end.
    final class ImportSender: @unchecked Sendable {
        private let thread: Thread
        private let holder = Holder()

        /// Written by `thread` only, read after it finished.
        private final class Holder: @unchecked Sendable { var result: Result<HTTP.Answer, any Error>? }

        init(port: Int, token: String, body: String) {
            let holder = holder
            thread = Thread {
                holder.result = Result {
                    try HTTP.request(
                        "http://127.0.0.1:\(port)/api/v1/imports/persons?format=csv", method: "POST",
                        headers: ["Authorization": "Bearer \(token)"], body: body, timeout: 120)
                }
            }
            thread.start()
        }

        var answer: Result<HTTP.Answer, any Error>? {
            while !thread.isFinished { usleep(1000) }
            return holder.result
        }
    }

    static func importBody(_ prefix: String, count: Int = 30_000) -> String { personsCSV(prefix: prefix, count: count) }

    @Test func sigtermFinishesTheImportInFlightThenClosesTheDatabase() throws {
        let served = try Served()
        let before = try served.persons()
        let sender = ImportSender(port: served.server.port, token: served.token, body: Self.importBody("term"))
        // Usually the import is in flight by now; on a slow machine the signal may come first.
        // Either way the verdict is fixed: an import the server took is finished and answered,
        // one it did not take leaves nothing, and the server exits 0 with the database closed.
        Thread.sleep(forTimeInterval: 0.3)
        kill(served.process.process.processIdentifier, SIGTERM)
        #expect(served.process.wait() == 0, "\(served.process.stderr)")
        #expect(served.process.stderr.contains("database closed"))
        let after = try served.persons()
        switch sender.answer {
        case .success(let response)?:
            #expect(response.status == 200, "an import in flight is finished, not cut off: \(response.body.prefix(300))")
            #expect(after.count == before.count + 30_000 && after.imports == before.imports + 1)
        default:
            #expect(after == before, "an import the server never took leaves nothing: \(before) → \(after)")
        }
        print("serve term test: the import was \((try? sender.answer?.get()) != nil ? "in flight and finished" : "not yet taken")")
    }

    @Test func sigkillDuringAnImportLeavesTheDatabaseAsItWas() throws {
        let served = try Served()
        // How long an import request takes here, so the kill lands while one runs.
        let started = Date()
        #expect(try served.request("/api/v1/imports/persons?format=csv", method: "POST", body: Self.importBody("warm")).status == 200)
        let duration = Date().timeIntervalSince(started)
        let before = try served.persons()
        let sender = ImportSender(port: served.server.port, token: served.token, body: Self.importBody("kill"))
        Thread.sleep(forTimeInterval: duration / 2)
        served.process.killHard()
        served.process.wait()
        let answer = sender.answer
        #expect(served.process.killedBySignal)
        let after = try served.persons()
        if case .success(let response)? = answer, response.status == 200 {
            // The kill came after the commit: all of it, with its log entry.
            #expect(after.count == before.count + 30_000 && after.imports == before.imports + 1)
        } else {
            #expect(after == before, "an import killed before it answered leaves nothing: \(before) → \(after)")
        }
        print("serve kill test: an import request takes \(String(format: "%.2f", duration)) s; answered before the kill: \((try? answer?.get()) != nil)")
    }

    @Test func usersAddListDisablePasswdAndToken() throws {
        let directory = temporaryDirectory()
        let database = directory.appendingPathComponent("users.db").path
        #expect(try KoppelBinary.run(["init", "--db", database]).status == 0)
        let added = try KoppelBinary.run(
            ["users", "add", "anna", "--name", "Anna de Vries", "--role", "adviser", "--employer", "ENS", "--db", database],
            input: "een lang wachtwoord\n")
        #expect(added.status == 0, "\(added.stderr)")
        let again = try KoppelBinary.run(
            ["users", "add", "anna", "--name", "Anna", "--role", "adviser", "--employer", "ENS", "--db", database], input: "x\n")
        #expect(again.status != 0 && !again.stderr.isEmpty)
        let badRole = try KoppelBinary.run(["users", "add", "bob", "--name", "Bob", "--role", "koning", "--no-password", "--db", database])
        #expect(badRole.status != 0 && badRole.stderr.contains("--role"))
        let noPassword = try KoppelBinary.run(["users", "add", "carl", "--name", "Carl", "--role", "auditor", "--db", database], input: "")
        #expect(noPassword.status != 0 && noPassword.stderr.contains("password"))

        struct Listed: Decodable { var id: String; var role: String; var employer: String?; var disabled: Bool }
        func list() throws -> [Listed] {
            let listed = try KoppelBinary.run(["users", "list", "--format", "json", "--db", database])
            #expect(listed.status == 0, "\(listed.stderr)")
            return try JSONDecoder().decode([Listed].self, from: Data(listed.stdout.utf8))
        }
        #expect(try list().map(\.id) == ["anna"])
        #expect(try list().first?.employer == "ENS" && list().first?.role == "adviser")

        let token = try KoppelBinary.run(["users", "token", "anna", "--days", "7", "--label", "portal", "--db", database])
        #expect(token.status == 0)
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.utf8.count >= 43, "at least 256 bits, shown once: \(secret)")
        // Only the token's hash is stored: its text is in neither the file nor its WAL.
        let files = [database, database + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }
        #expect(!files.isEmpty && files.allSatisfy { $0.range(of: Data(secret.utf8)) == nil }, "the token is stored as a hash")
        let tokens = try KoppelBinary.run(["users", "token", "anna", "--list", "--db", database])
        #expect(tokens.stdout.contains("portal") && !tokens.stdout.contains(secret))

        #expect(try KoppelBinary.run(["users", "passwd", "anna", "--db", database], input: "een ander wachtwoord\n").status == 0)
        #expect(try KoppelBinary.run(["users", "disable", "anna", "--db", database]).status == 0)
        #expect(try list().first?.disabled == true)
        #expect(try KoppelBinary.run(["users", "disable", "anna", "--enable", "--db", database]).status == 0)
        #expect(try list().first?.disabled == false)
        let unknown = try KoppelBinary.run(["users", "disable", "niemand", "--db", database])
        #expect(unknown.status != 0 && unknown.stderr.contains("niemand"))
    }
}

