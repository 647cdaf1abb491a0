import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// An adviser imports only their own employer's persons and vacancies; imports are all or
/// nothing and every bad record is in the answer.
@Suite struct ImportScopeTests {
    func vacanciesCSV(_ fixture: ServerFixture) throws -> (header: Substring, own: Substring, other: Substring) {
        var csv = ""
        try fixture.store.export(.named("vacancies")!, format: .csv, viewer: .regionalAdviser) { csv += $0 }
        let lines = csv.split(separator: "\n")
        let employerColumn = lines[0].split(separator: ",").firstIndex(of: "employer")!
        func employer(_ line: Substring) -> Substring { line.split(separator: ",", omittingEmptySubsequences: false)[employerColumn] }
        return (lines[0], lines.dropFirst().first { employer($0) == fixture.employer }!, lines.dropFirst().first { employer($0) != fixture.employer }!)
    }

    @Test func anotherEmployersRecordIsRefusedWithItsLineAndFieldAndNothingIsWritten() async throws {
        let fixture = try ServerFixture()
        let (header, own, other) = try vacanciesCSV(fixture)
        let before = try fixture.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM decision_log WHERE kind = 'import'")! }
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/imports/vacancies?format=csv", method: .post, headers: fixture.bearer(.adviser),
                body: ByteBuffer(string: "\(header)\n\(own)\n\(other)\n"))
            #expect(response.status == .unprocessableContent)
            struct Refusal: Decodable { struct Issue: Decodable { var line: Int; var field: String? }; var code: String; var errors: [Issue] }
            let refusal = try JSONDecoder().decode(Refusal.self, from: Data(String(buffer: response.body).utf8))
            #expect(refusal.code == "invalidRecords")
            #expect(refusal.errors.count == 1)
            #expect(refusal.errors.first?.line == 3)
            #expect(refusal.errors.first?.field == "employer")
        }
        let after = try fixture.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM decision_log WHERE kind = 'import'")! }
        #expect(after == before)
    }

    @Test func anAdviserImportsTheirOwnVacanciesAndADryRunWritesNothing() async throws {
        let fixture = try ServerFixture()
        let (header, own, _) = try vacanciesCSV(fixture)
        try await fixture.application().test(.router) { client in
            for dryRun in [true, false] {
                let response = try await client.execute(
                    uri: "/api/v1/imports/vacancies?format=csv&dryRun=\(dryRun)", method: .post, headers: fixture.bearer(.adviser),
                    body: ByteBuffer(string: "\(header)\n\(own)\n"))
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"dryRun\" : \(dryRun)"))
            }
        }
    }

    @Test func anAdviserImportsNoOtherKind() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/imports/skills?format=csv", method: .post, headers: fixture.bearer(.adviser),
                body: ByteBuffer(string: "id,label_nl,label_en,esco_uri,domain,provenance\nx:a,A,a,,geo,test\n"))
            #expect(response.status == .unprocessableContent)
        }
    }
}
