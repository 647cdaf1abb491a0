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
}
