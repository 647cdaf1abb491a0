import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// The warm index: rankings come from the snapshot of one data version; after a write the next
/// one is built in the background and swapped in, and every answer meanwhile is of the old
/// state or of the new one, never a mix.
@Suite struct WarmIndexTests {
    /// A ranking's answer: the body without its log id (which every request changes) and the
    /// data version it was ranked from.
    struct Answer: Equatable {
        var body: String
        var version: Int64
    }

    /// How many answers the readers have had.
    actor Counter {
        var count = 0
        func add() { count += 1 }
    }

    static let versionHeader = HTTPField.Name("Koppel-Data-Version")!

    static func answer(_ response: TestResponse) throws -> Answer {
        #expect(response.status == .ok, "\(String(buffer: response.body).prefix(300))")
        var document = try JSONDecoder().decode(CandidatesDocument.self, from: Data(String(buffer: response.body).utf8))
        document.logId = 0
        let body = try JSONOutput.encode(document)
        return Answer(body: body, version: Int64(try #require(response.headers[versionHeader]))!)
    }

    func application(_ fixture: ServerFixture, _ warm: WarmIndex) -> some ApplicationProtocol {
        Application(router: KoppelServer.router(store: fixture.store, configuration: fixture.configuration, warm: warm))
    }

    /// A persons import (JSON) that makes the vacancy's best candidate unavailable until 2099.
    func importMakingUnavailable(_ person: String, _ fixture: ServerFixture) throws -> String {
        var json = ""
        try fixture.store.export(.named("persons")!, format: .json, viewer: .regionalAdviser) { json += $0 }
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        var record = try #require(records.first { $0["id"] as? String == person })
        record["available_from"] = "2099-01-01"
        return String(decoding: try JSONSerialization.data(withJSONObject: [record]), as: UTF8.self)
    }

    func vacancy(_ fixture: ServerFixture) throws -> String {
        try fixture.read { db in try String.fetchOne(db, sql: "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id")! }
    }

    @Test func readersDuringAnImportAndASwapSeeTheOldStateOrTheNewNeverAMix() async throws {
        let fixture = try ServerFixture()
        let warm = WarmIndex(store: fixture.store)
        let uri = "/api/v1/vacancies/\(try vacancy(fixture))/candidates?limit=50"
        let regional = fixture.bearer(.regional)
        try await application(fixture, warm).test(.router) { client in
            let old = try Self.answer(try await client.execute(uri: uri, method: .get, headers: regional))
            let top = try JSONDecoder().decode(CandidatesDocument.self, from: Data(old.body.utf8)).candidates[0].person
            let body = try importMakingUnavailable(top, fixture)
            let started = Counter()
            let readers = Task {
                try await withThrowingTaskGroup(of: [Answer].self) { group in
                    for _ in 0..<8 {
                        group.addTask {
                            var seen: [Answer] = []
                            // Until this reader has seen the new state twice, 400 requests at most.
                            while seen.count < 400, seen.filter({ $0.version > old.version }).count < 2 {
                                seen.append(try Self.answer(try await client.execute(uri: uri, method: .get, headers: regional)))
                                await started.add()
                            }
                            return seen
                        }
                    }
                    return try await group.reduce(into: []) { $0 += $1 }
                }
            }
            // The import starts once the readers are under way (at most 10 s of waiting).
            for _ in 0..<1000 where await started.count < 16 { try await Task.sleep(for: .milliseconds(10)) }
            let imported = try await client.execute(
                uri: "/api/v1/imports/persons?format=json", method: .post, headers: regional, body: ByteBuffer(string: body))
            #expect(imported.status == .ok, "\(String(buffer: imported.body))")
            try await warm.waitUntilCurrent()
            let answers = try await readers.value
            let new = try Self.answer(try await client.execute(uri: uri, method: .get, headers: regional))
            #expect(new.version == old.version + 1)
            #expect(new.body != old.body, "the import must change the ranking for this test to mean anything")
            #expect(!new.body.contains("\"\(top)\""))
            #expect(answers.contains(old) && answers.contains(new))
            for answer in answers {
                #expect(answer == old || answer == new, "an answer of data version \(answer.version) is neither the old state nor the new")
            }
        }
    }

    @Test func theLogRecordsTheVersionRankedAndReplayChecksIt() async throws {
        let fixture = try ServerFixture()
        let warm = WarmIndex(store: fixture.store)
        let uri = "/api/v1/vacancies/\(try vacancy(fixture))/candidates?limit=20"
        try await application(fixture, warm).test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.regional))
            let answer = try Self.answer(response)
            let logID = try JSONDecoder().decode(CandidatesDocument.self, from: Data(String(buffer: response.body).utf8)).logId
            let logged = try fixture.read { db in
                try Int64.fetchOne(db, sql: "SELECT data_version FROM decision_log WHERE id = ?", arguments: [logID])
            }
            #expect(logged == answer.version)
            #expect(answer.version == (try fixture.store.dataVersion()))
            let replay = try await client.execute(uri: "/api/v1/log/\(logID)/replay", method: .post, headers: fixture.bearer(.regional))
            let replayed = try JSONDecoder().decode(DecisionReplay.self, from: Data(String(buffer: replay.body).utf8))
            #expect(replayed.inputsUnchanged && replayed.outcomeMatches)
            #expect(replayed.loggedDataVersion == answer.version && replayed.currentDataVersion == answer.version)
        }
    }

    @Test func aWriteOfAnotherProgramOnTheSameFileIsPickedUp() async throws {
        let fixture = try ServerFixture()
        let warm = WarmIndex(store: fixture.store)
        let uri = "/api/v1/vacancies/\(try vacancy(fixture))/candidates?limit=20"
        try await application(fixture, warm).test(.router) { client in
            let before = try Self.answer(try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.regional)))
            // As `koppel weights set` would, in another process over the same file.
            let other = try fixture.reopened()
            try other.setWeights([.mustSkills: 10, .niceSkills: 30], note: "test", actor: "cli")
            try await warm.waitUntilCurrent()
            let after = try Self.answer(try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.regional)))
            #expect(after.version == before.version + 1)
            #expect(after.body != before.body)
        }
    }

    @Test func anErasedPersonIsInNoRankingAfterTheErasureAnswers() async throws {
        let fixture = try ServerFixture()
        let warm = WarmIndex(store: fixture.store)
        let uri = "/api/v1/vacancies/\(try vacancy(fixture))/candidates?limit=1000&includeIneligible=true"
        try await application(fixture, warm).test(.router) { client in
            let before = try Self.answer(try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.regional)))
            let person = try JSONDecoder().decode(CandidatesDocument.self, from: Data(before.body.utf8)).candidates[0].person
            let erased = try await client.execute(uri: "/api/v1/persons/\(person)", method: .delete, headers: fixture.bearer(.steward))
            #expect(erased.status == .ok, "\(String(buffer: erased.body))")
            let after = try Self.answer(try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.regional)))
            #expect(!after.body.contains("\"\(person)\""))
            #expect(after.version > before.version)
        }
    }
}
