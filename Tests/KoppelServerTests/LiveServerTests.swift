import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// The service over a real socket on loopback.
@Suite struct LiveServerTests {
    func application(_ fixture: ServerFixture) -> some ApplicationProtocol {
        var configuration = fixture.configuration
        configuration.port = 0
        return KoppelServer.application(store: fixture.store, configuration: configuration)
    }

    @Test func aBearerTokenRanksOverLoopbackWithTheCLIsJSON() async throws {
        let fixture = try ServerFixture()
        let vacancy = try fixture.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM vacancy WHERE employer = ? AND status = 'open' ORDER BY id", arguments: [fixture.employer])!
        }
        try await application(fixture).test(.live) { client in
            let response = try await LiveRequest(port: client.port!).send(
                "/api/v1/vacancies/\(vacancy)/candidates?limit=5", headers: fixture.bearer(.adviser))
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "application/json")
            let body = response.body
            let list = try fixture.store.rankCandidates(
                vacancyID: vacancy, viewer: .adviser(employer: fixture.employer), options: RankingOptions(limit: 5), on: ServerFixture.day)
            var expected = try JSONOutput.encode(CandidatesDocument(list))
            // The two rankings differ only in their log entry's id.
            expected = expected.replacingOccurrences(of: "\"logId\" : \(list.logID)", with: "\"logId\" : \(list.logID - 1)")
            #expect(body == expected)
        }
    }

    @Test func aSignedOutCallOverLoopbackIsRefusedWith401() async throws {
        let fixture = try ServerFixture()
        try await application(fixture).test(.live) { client in
            let response = try await LiveRequest(port: client.port!).send("/api/v1/log")
            #expect(response.status == 401)
            #expect(response.headers["content-type"] == "application/problem+json")
        }
    }
}
