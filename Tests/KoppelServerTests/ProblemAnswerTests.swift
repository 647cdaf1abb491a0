import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// Errors as RFC 9457 problems with a stable code and the security headers, never a path,
/// SQL or a stack trace.
@Suite struct ProblemAnswerTests {
    @Test func anUnknownRouteIsAProblemWithSecurityHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/nothing-here", method: .get, headers: fixture.bearer(.regional))
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'; frame-ancestors 'none'")
        }
    }

    @Test func aBodyOverTheLimitIsRefusedWith413() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let big = String(repeating: "x", count: ServerLimits.maxBodyBytes + 1)
            let response = try await client.execute(
                uri: "/api/v1/imports/persons?dryRun=true", method: .post, headers: fixture.bearer(.regional), body: ByteBuffer(string: big))
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("\"code\" : \"bodyTooLarge\""))
        }
    }

    @Test func aStoreRefusalNamesItsCodeButNoPathOrSQL() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/vacancies/nope/candidates", method: .get, headers: fixture.bearer(.regional))
            #expect(response.status == .notFound)
            let body = String(buffer: response.body)
            #expect(body.contains("\"code\" : \"notFound\""))
            #expect(!body.contains(fixture.path))
            #expect(!body.contains("SELECT"))
        }
    }

    @Test func aMalformedBodyIsABadRequest() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{not json"))
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("\"code\" : \"invalidBody\""))
        }
    }
}
