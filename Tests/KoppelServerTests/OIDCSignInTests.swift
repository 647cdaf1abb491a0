import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KoppelServer
import Testing

/// Bearer JWTs of the configured OpenID Connect issuer sign accounts in; every other JWT is
/// refused. The tests sign their own tokens with P-256 (ES256), by hand, not with jwt-kit.
@Suite struct OIDCSignInTests {
    static let issuer = "https://login.twentecloud.nl"
    static let audience = "koppel"
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    let key = P256.Signing.PrivateKey()

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func json(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// The key set of `key` (and of any others) as the issuer would publish it.
    static func keySet(_ keys: [(kid: String, key: P256.Signing.PublicKey)]) -> String {
        let list = keys.map { entry -> [String: Any] in
            let raw = entry.key.rawRepresentation
            return ["kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": entry.kid,
                    "x": base64URL(raw.prefix(32)), "y": base64URL(raw.suffix(32))]
        }
        return String(decoding: json(["keys": list]), as: UTF8.self)
    }

    /// A token with these claims, signed ES256 by `key` under `kid`.
    static func token(_ claims: [String: Any], key: P256.Signing.PrivateKey, kid: String = "k1", alg: String = "ES256") -> String {
        let input = base64URL(json(["alg": alg, "typ": "JWT", "kid": kid])) + "." + base64URL(json(claims))
        let signature = try! key.signature(for: Data(input.utf8)).rawRepresentation
        return input + "." + base64URL(signature)
    }

    func claims(account: String = "test-regional", changing changes: [String: Any?] = [:]) -> [String: Any] {
        var claims: [String: Any] = [
            "iss": Self.issuer, "aud": Self.audience, "sub": "0f3c-\(account)", "preferred_username": account,
            "iat": Self.now.timeIntervalSince1970 - 60, "exp": Self.now.timeIntervalSince1970 + 300,
        ]
        for (name, value) in changes { claims[name] = value }
        return claims
    }

    func verifier(_ keySet: String? = nil) async throws -> OIDCVerifier {
        try await OIDCVerifier(issuer: Self.issuer, audience: Self.audience, keySet: keySet ?? Self.keySet([("k1", key.publicKey)]), source: "jwks.json")
    }

    /// The status and body of `GET /api/v1/me` with `token` as the bearer.
    func answer(_ token: String, fixture: ServerFixture, oidc: OIDCVerifier?) async throws -> (status: HTTPResponse.Status, body: String) {
        var configuration = ServerConfiguration(secureCookie: true, now: { Self.now }, today: { ServerFixture.day })
        configuration.oidc = oidc
        return try await fixture.application(configuration: configuration).test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            return (response.status, String(buffer: response.body))
        }
    }

    @Test func aTokenOfTheIssuerSignsItsAccountIn() async throws {
        let fixture = try ServerFixture()
        let oidc = try await verifier()
        let (status, body) = try await answer(Self.token(claims(), key: key), fixture: fixture, oidc: oidc)
        #expect(status == .ok)
        #expect(body.contains("\"viewer\" : \"regional\""))
        // An audience list that holds koppel's, and the adviser's account with its own role.
        let adviser = try await answer(
            Self.token(claims(account: "test-adviser", changing: ["aud": ["portal", Self.audience]]), key: key), fixture: fixture, oidc: oidc)
        #expect(adviser.status == .ok && adviser.body.contains("\"viewer\" : \"adviser:\(fixture.employer)\""))
        // koppel's own API tokens still work beside it.
        let own = try await answer(fixture.tokens[.auditor]!, fixture: fixture, oidc: oidc)
        #expect(own.status == .ok)
    }

    @Test func everyOtherTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try fixture.accounts.setDisabled("test-trainee")
        let oidc = try await verifier()
        let other = P256.Signing.PrivateKey()
        let valid = Self.token(claims(), key: key)
        var tampered = valid.split(separator: ".").map(String.init)
        tampered[1] = Self.base64URL(Self.json(claims(account: "test-admin")))
        let unsigned = Self.base64URL(Self.json(["alg": "none", "typ": "JWT"])) + "." + Self.base64URL(Self.json(claims())) + "."
        let hmacInput = Self.base64URL(Self.json(["alg": "HS256", "typ": "JWT", "kid": "k1"])) + "." + Self.base64URL(Self.json(claims()))
        let hmac = Data(HMAC<SHA256>.authenticationCode(for: Data(hmacInput.utf8), using: SymmetricKey(data: Data("k1".utf8))))
        let refused: [(String, String)] = [
            ("another issuer", Self.token(claims(changing: ["iss": "https://evil.example"]), key: key)),
            ("another audience", Self.token(claims(changing: ["aud": "portal"]), key: key)),
            ("expired beyond the leeway", Self.token(claims(changing: ["exp": Self.now.timeIntervalSince1970 - 61]), key: key)),
            ("no expiry", Self.token(claims(changing: ["exp": nil]), key: key)),
            ("not valid yet", Self.token(claims(changing: ["nbf": Self.now.timeIntervalSince1970 + 120]), key: key)),
            ("no account claim", Self.token(claims(changing: ["preferred_username": nil]), key: key)),
            ("an unknown account", Self.token(claims(account: "nobody-here"), key: key)),
            ("a disabled account", Self.token(claims(account: "test-trainee"), key: key)),
            ("signed by another key under the same kid", Self.token(claims(), key: other)),
            ("signed by another key under another kid", Self.token(claims(), key: other, kid: "k2")),
            ("a changed payload", tampered.joined(separator: ".")),
            ("alg none", unsigned),
            ("HS256 with the kid as secret", hmacInput + "." + Self.base64URL(hmac)),
            ("not a JWT", "a.b.c"),
        ]
        for (why, token) in refused {
            let (status, body) = try await answer(token, fixture: fixture, oidc: oidc)
            #expect(status == .unauthorized, "\(why): \(status) \(body)")
            #expect(body.contains("\"code\""), "\(why): a problem answer")
        }
        // Without an issuer configured, even a well-signed JWT is refused.
        let (status, _) = try await answer(valid, fixture: fixture, oidc: nil)
        #expect(status == .unauthorized)
    }

    @Test func aBadKeySetIsRefusedNamingTheFileAndTheKey() async throws {
        let good = Self.keySet([("k1", key.publicKey)])
        let cases: [(String, String)] = [
            ("not json", "jwks.json: not a JSON key set"),
            (#"{"keys": []}"#, "jwks.json: not a JSON key set"),
            (#"{"keys": [{"kty": "oct", "kid": "s", "alg": "HS256", "k": "c2VjcmV0"}]}"#, "jwks.json: key 1 ('s'): \"kty\" must be RSA, EC or OKP"),
            (good.replacingOccurrences(of: #""alg":"ES256","#, with: ""), "jwks.json: key 1 ('k1'): \"alg\" must be one of"),
            (good.replacingOccurrences(of: #""kid":"k1","#, with: ""), "jwks.json: key 1 has no \"kid\""),
            (good.replacingOccurrences(of: #""crv""#, with: #""d":"AAAA","crv""#), "jwks.json: key 1 ('k1') holds a private key"),
        ]
        for (keySet, message) in cases {
            await #expect { _ = try await verifier(keySet) } throws: { error in
                (error as? AccountError)?.message.hasPrefix(message) == true
            }
        }
    }
}
