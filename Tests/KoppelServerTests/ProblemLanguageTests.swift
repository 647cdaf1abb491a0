import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// A problem's `detail` follows `Accept-Language` (Dutch by default); its `code` never changes.
@Suite struct ProblemLanguageTests {
    @Test func theDetailIsDutchUnlessEnglishIsAskedFor() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var answers: [String: String] = [:]
            for header in ["", "en-GB,en;q=0.9", "nl-NL", "de-DE, en;q=0.5"] {
                var headers: HTTPFields = [:]
                if !header.isEmpty { headers[.acceptLanguage] = header }
                let response = try await client.execute(uri: "/api/v1/log", method: .get, headers: headers)
                #expect(response.status == .unauthorized)
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                #expect(body["code"] as? String == "unauthenticated")
                answers[header] = body["detail"] as? String
            }
            #expect(answers[""] == "meld u eerst aan: met een bearer-token of een sessiecookie")
            #expect(answers["nl-NL"] == answers[""])
            #expect(answers["en-GB,en;q=0.9"] == "sign in first: a bearer token or a session cookie")
            #expect(answers["de-DE, en;q=0.5"] == answers["en-GB,en;q=0.9"])
        }
    }

    /// A signed-in account reads a store's refusal in its own language, whatever
    /// `Accept-Language` asks; the code stays the same.
    @Test func aSignedInAccountReadsTheDetailInItsOwnLanguage() async throws {
        let fixture = try ServerFixture()
        try fixture.accounts.add(
            Account(id: "test-english", displayName: "Test English", role: .regional, language: "en"), password: nil)
        let english = try fixture.accounts.issueToken(for: "test-english", days: 30).token
        try await fixture.application().test(.router) { client in
            func answer(_ token: String, _ acceptLanguage: String) async throws -> (code: String?, detail: String?) {
                let headers: HTTPFields = [.authorization: "Bearer \(token)", .acceptLanguage: acceptLanguage]
                let response = try await client.execute(uri: "/api/v1/vacancies/nope/candidates", method: .get, headers: headers)
                #expect(response.status == .notFound)
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                return (body["code"] as? String, body["detail"] as? String)
            }
            let dutch = try await answer(fixture.tokens[.regional]!, "en-GB")
            #expect(dutch.code == "notFound")
            #expect(dutch.detail == "er is geen vacature met id 'nope'")
            let inEnglish = try await answer(english, "nl-NL")
            #expect(inEnglish.code == "notFound")
            #expect(inEnglish.detail == "no vacancy with id 'nope'")
        }
    }
}
