import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// Every read of a person's data by an account is recorded, and the person's data export
/// lists those reads (AVG art. 15: recipients).
@Suite struct PersonReadTests {
    @Test func aPersonsExportListsTheAccountsThatReadThem() async throws {
        let fixture = try ServerFixture()
        let vacancy = try fixture.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM vacancy WHERE employer = ? AND status = 'open' ORDER BY id", arguments: [fixture.employer])!
        }
        try await fixture.application().test(.router) { client in
            let ranking = try await client.execute(uri: "/api/v1/vacancies/\(vacancy)/candidates?limit=3&includeIneligible=true", method: .get, headers: fixture.bearer(.adviser))
            #expect(ranking.status == .ok)
            struct Ranking: Decodable { struct Row: Decodable { var person: String }; var candidates: [Row] }
            let first = try #require(try JSONDecoder().decode(Ranking.self, from: Data(String(buffer: ranking.body).utf8)).candidates.first)
            let export = try await client.execute(uri: "/api/v1/persons/\(first.person)/export", method: .get, headers: fixture.bearer(.steward))
            #expect(export.status == .ok)
            struct Export: Decodable { struct Read: Decodable { var account: String; var purpose: String; var employer: String? }; var readBy: [Read] }
            let reads = try JSONDecoder().decode(Export.self, from: Data(String(buffer: export.body).utf8)).readBy
            #expect(reads.contains { $0.account == "test-adviser" && $0.purpose == "candidates" && $0.employer == fixture.employer })
        }
    }

    @Test func erasingAPersonErasesTheRecordOfWhoReadThem() async throws {
        let fixture = try ServerFixture()
        let person = try fixture.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM person WHERE visibility = 'public' AND id NOT IN (SELECT person FROM trainee) ORDER BY id")!
        }
        try await fixture.application().test(.router) { client in
            let status1 = try await client.execute(uri: "/api/v1/persons/\(person)/vacancies", method: .get, headers: fixture.bearer(.regional)).status
            #expect(status1 == .ok)
            let status2 = try await client.execute(uri: "/api/v1/persons/\(person)", method: .delete, headers: fixture.bearer(.steward)).status
            #expect(status2 == .ok)
        }
        let left = try fixture.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM person_read WHERE person = ?", arguments: [person])! }
        #expect(left == 0)
    }
}
