import Foundation
import Testing

/// `koppel serve`'s single sign-on options are checked before the service starts.
@Suite struct ServeOIDCOptionsTests {
    @Test func theOIDCOptionsGoTogetherAndABadKeySetStopsTheStart() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        let alone = try KoppelBinary.run(["serve", "--oidc-issuer", "https://login.twentecloud.nl"], in: dir)
        #expect(alone.status == 64 && alone.stderr.contains("--oidc-issuer, --oidc-audience and --oidc-keys go together"))
        try #"{"keys": [{"kty": "oct", "kid": "s", "alg": "HS256", "k": "c2VjcmV0"}]}"#.write(
            to: dir.appendingPathComponent("jwks.json"), atomically: true, encoding: .utf8)
        let secret = try KoppelBinary.run(
            ["serve", "--oidc-issuer", "https://login.twentecloud.nl", "--oidc-audience", "koppel", "--oidc-keys", "jwks.json", "--port", "1"], in: dir)
        #expect(secret.status == 64 && secret.stderr.contains("jwks.json: key 1 ('s')"), "\(secret.stderr)")
        let missing = try KoppelBinary.run(
            ["serve", "--oidc-issuer", "https://login.twentecloud.nl", "--oidc-audience", "koppel", "--oidc-keys", "nope.json", "--port", "1"], in: dir)
        #expect(missing.status != 0 && missing.stderr.contains("nope.json"), "\(missing.stderr)")
    }
}
