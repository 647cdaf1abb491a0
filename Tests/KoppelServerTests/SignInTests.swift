import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// Sign-in with a password, the session cookie, CSRF, throttling, tokens and restarts.
@Suite struct SignInTests {
    static let password = "correct horse battery staple"

    /// A fixture with a password for the regional adviser's account.
    func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        try fixture.accounts.setPassword("test-regional", Self.password)
        return fixture
    }

    func login(_ client: some TestClientProtocol, password: String = Self.password, account: String = "test-regional") async throws -> TestResponse {
        try await client.execute(
            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"account":"\#(account)","password":"\#(password)"}"#))
    }

    /// The session cookie's `name=value` and the CSRF token of a successful sign-in.
    func session(_ response: TestResponse) throws -> (cookie: String, csrf: String) {
        let setCookie = try #require(response.headers[.setCookie])
        let cookie = String(setCookie.split(separator: ";")[0])
        struct SignedIn: Decodable { var csrfToken: String }
        let csrf = try JSONDecoder().decode(SignedIn.self, from: Data(String(buffer: response.body).utf8)).csrfToken
        return (cookie, csrf)
    }

    @Test func signInSetsAnHttpOnlyStrictSecureCookieThatAuthenticates() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            let response = try await login(client)
            #expect(response.status == .ok)
            let setCookie = try #require(response.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(setCookie.contains("Secure"))
            let (cookie, _) = try session(response)
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie])
            #expect(me.status == .ok)
            #expect(String(buffer: me.body).contains("\"viewer\" : \"regional\""))
        }
    }

    @Test func aWrongPasswordIsRefusedWithAProblem() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            let response = try await login(client, password: "not the password at all")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(String(buffer: response.body).contains("\"code\" : \"unauthenticated\""))
        }
    }

    @Test func cookieWritesNeedTheSessionsCSRFToken() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            let (cookie, csrf) = try session(try await login(client))
            let refused = try await client.execute(uri: "/api/v1/exchanges/find", method: .post, headers: [.cookie: cookie])
            #expect(refused.status == .forbidden)
            #expect(String(buffer: refused.body).contains("\"code\" : \"csrf\""))
            let wrong = try await client.execute(
                uri: "/api/v1/exchanges/find", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: wrongToken(csrf)])
            #expect(wrong.status == .forbidden)
            let accepted = try await client.execute(
                uri: "/api/v1/exchanges/find", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(accepted.status == .ok)
        }
    }

    /// The token with its first character changed (a fixed "x" would equal a token that starts with x).
    private func wrongToken(_ csrf: String) -> String {
        (csrf.first == "x" ? "y" : "x") + csrf.dropFirst()
    }

    @Test func bearerWritesNeedNoCSRFToken() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/exchanges/find", method: .post, headers: fixture.bearer(.regional))
            #expect(response.status == .ok)
        }
    }

    @Test func repeatedFailuresAreThrottledWithRetryAfterEvenForTheRightPassword() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            for _ in 0..<5 {
                let status1 = try await login(client, password: "wrong password number x").status
                #expect(status1 == .unauthorized)
            }
            let throttled = try await login(client)
            #expect(throttled.status == .tooManyRequests)
            let retryAfter = try #require(throttled.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter > 0)
            #expect(String(buffer: throttled.body).contains("\"code\" : \"throttled\""))
        }
    }

    @Test func throttlingOneAddressAlsoStopsGuessesAtOtherAccounts() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            for index in 0..<5 {
                _ = try await login(client, password: "wrong password number x", account: "nobody-\(index)")
            }
            let status2 = try await login(client).status
            #expect(status2 == .tooManyRequests)
        }
    }

    @Test func aSessionSurvivesARestartOfTheService() async throws {
        let fixture = try fixture()
        let cookie = try await fixture.application().test(.router) { client in try session(try await login(client)).cookie }
        try fixture.store.pool.close()
        let restarted = try fixture.reopened()
        try await fixture.application(store: restarted).test(.router) { client in
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie])
            #expect(me.status == .ok)
        }
    }

    @Test func anIdleSessionEnds() async throws {
        let fixture = try fixture()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let early = ServerConfiguration(sessionIdle: 600, now: { start }, today: { ServerFixture.day })
        let late = ServerConfiguration(sessionIdle: 600, now: { start.addingTimeInterval(601) }, today: { ServerFixture.day })
        let cookie = try await fixture.application(configuration: early).test(.router) { client in try session(try await login(client)).cookie }
        try await fixture.application(configuration: late).test(.router) { client in
            let status3 = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie]).status
            #expect(status3 == .unauthorized)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try fixture()
        try await fixture.application().test(.router) { client in
            let (cookie, csrf) = try session(try await login(client))
            let out = try await client.execute(
                uri: "/api/v1/session", method: .delete, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(out.status == .noContent)
            let status4 = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie]).status
            #expect(status4 == .unauthorized)
        }
    }

    @Test func disabledAccountsAndRevokedTokensAreRefused() async throws {
        let fixture = try fixture()
        let issued = try fixture.accounts.issueToken(for: "test-steward", days: 1)
        try fixture.accounts.revokeToken(issued.id)
        try fixture.accounts.setDisabled("test-auditor")
        try await fixture.application().test(.router) { client in
            let status5 = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(issued.token)"]).status
            #expect(status5 == .unauthorized)
            let status6 = try await client.execute(uri: "/api/v1/me", method: .get, headers: fixture.bearer(.auditor)).status
            #expect(status6 == .unauthorized)
            let status7 = try await client.execute(uri: "/api/v1/me", method: .get, headers: fixture.bearer(.steward)).status
            #expect(status7 == .ok)
        }
    }

    @Test func anExpiredTokenIsRefused() async throws {
        let fixture = try fixture()
        let issued = try fixture.accounts.issueToken(for: "test-steward", days: 1, now: Date(timeIntervalSince1970: 1_000_000_000))
        try await fixture.application().test(.router) { client in
            let status8 = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(issued.token)"]).status
            #expect(status8 == .unauthorized)
        }
    }

    @Test func tokensAreStoredOnlyAsHashesAndPasswordsAsBcryptOfCostTwelve() throws {
        let fixture = try fixture()
        let (tokenHashes, passwordHash) = try fixture.read { db in
            (try Data.fetchAll(db, sql: "SELECT hash FROM account_token"),
             try String.fetchOne(db, sql: "SELECT password_hash FROM account WHERE id = 'test-regional'")!)
        }
        for token in fixture.tokens.values {
            #expect(!tokenHashes.contains(Data(token.utf8)))
        }
        #expect(tokenHashes.allSatisfy { $0.count == 32 })
        #expect(passwordHash.hasPrefix("$2b$12$") || passwordHash.hasPrefix("$2a$12$") || passwordHash.hasPrefix("$2y$12$"))
        #expect(fixture.tokens.values.allSatisfy { $0.count >= 4 + 43 })
    }
}
