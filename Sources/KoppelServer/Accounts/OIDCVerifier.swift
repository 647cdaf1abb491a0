import Foundation
import JWTKit

/// Accepts bearer JWTs of one OpenID Connect issuer (the region's single sign-on) and names
/// the koppel account each one signs in.
///
/// The keys come from the issuer's key set (JWKS) in a file: public keys only (RSA, EC or
/// OKP), each with its `kid` and `alg`. A token is accepted when its signature verifies with
/// one of them under an asymmetric algorithm, `iss` is the issuer, `aud` holds the audience,
/// `exp` has not passed and `nbf` (if any) has (both with `leeway` seconds), and the account
/// claim (default `preferred_username`) names an account. The account itself must exist in the
/// database and be enabled; the token decides only who is asking, never their role.
///
/// ```swift
/// let oidc = try await OIDCVerifier(issuer: "https://login.twentecloud.nl", audience: "koppel",
///                                   keySet: String(contentsOfFile: "jwks.json"), source: "jwks.json")
/// await oidc.accountID(forToken: jwt, now: Date())   // "mw.jansen", or nil
/// ```
public struct OIDCVerifier: Sendable {
    public let issuer: String
    public let audience: String
    /// The claim that holds the koppel account id.
    public let accountClaim: String
    /// Seconds of clock difference allowed on `exp` and `nbf`.
    public let leeway: TimeInterval
    private let keys: JWTKeyCollection

    /// The signature algorithms accepted: asymmetric only (never `none`, never a shared secret).
    public static let algorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    /// Loads the key set; `source` names it (the file) in errors.
    ///
    /// - Throws: ``AccountError`` `.invalidInput` for a key set that is not JSON with a
    ///   `keys` array, a key without `kid` or `alg`, a secret (`oct`) key, an algorithm
    ///   outside ``algorithms``, or a key jwt-kit cannot read; and for an empty issuer,
    ///   audience or claim.
    public init(
        issuer: String, audience: String, keySet: String, source: String, accountClaim: String = "preferred_username",
        leeway: TimeInterval = 60
    ) async throws {
        for (name, value) in [("issuer", issuer), ("audience", audience), ("account claim", accountClaim)] where value.isEmpty {
            throw AccountError(.invalidInput, "the OIDC \(name) is empty")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(keySet.utf8)) as? [String: Any],
              let list = object["keys"] as? [[String: Any]], !list.isEmpty
        else { throw AccountError(.invalidInput, "\(source): not a JSON key set (an object with a non-empty \"keys\" array)") }
        for (index, key) in list.enumerated() {
            let which = "\(source): key \(index + 1)"
            guard let kid = key["kid"] as? String, !kid.isEmpty else { throw AccountError(.invalidInput, "\(which) has no \"kid\"") }
            guard let kty = key["kty"] as? String, ["RSA", "EC", "OKP"].contains(kty) else {
                throw AccountError(.invalidInput, "\(which) ('\(kid)'): \"kty\" must be RSA, EC or OKP (a public key; never a shared secret)")
            }
            guard let alg = key["alg"] as? String, Self.algorithms.contains(alg) else {
                throw AccountError(.invalidInput, "\(which) ('\(kid)'): \"alg\" must be one of \(Self.algorithms.sorted().joined(separator: ", "))")
            }
            if key["d"] != nil { throw AccountError(.invalidInput, "\(which) ('\(kid)') holds a private key; give the public key set only") }
        }
        let keys = JWTKeyCollection()
        do {
            try await keys.add(jwksJSON: keySet)
        } catch {
            throw AccountError(.invalidInput, "\(source): a key could not be read (\(error))")
        }
        self.issuer = issuer
        self.audience = audience
        self.accountClaim = accountClaim
        self.leeway = leeway
        self.keys = keys
    }

    /// The account id `token` names, or nil when it is not a valid token of this issuer and
    /// audience at `now` (bad form, algorithm, signature, issuer, audience or times, or no
    /// account claim).
    public func accountID(forToken token: String, now: Date) async -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Self.object(parts[0]), let claims = Self.object(parts[1]),
              let alg = header["alg"] as? String, Self.algorithms.contains(alg)
        else { return nil }
        do {
            _ = try await keys.verify(token, as: SignatureOnly.self)
        } catch {
            return nil
        }
        guard claims["iss"] as? String == issuer else { return nil }
        let audiences = (claims["aud"] as? String).map { [$0] } ?? (claims["aud"] as? [String]) ?? []
        guard audiences.contains(audience) else { return nil }
        guard let exp = (claims["exp"] as? NSNumber)?.doubleValue, exp.isFinite, now.timeIntervalSince1970 < exp + leeway else { return nil }
        if let nbf = claims["nbf"] {
            guard let value = (nbf as? NSNumber)?.doubleValue, value.isFinite, value <= now.timeIntervalSince1970 + leeway else { return nil }
        }
        guard let id = claims[accountClaim] as? String, !id.isEmpty else { return nil }
        return id
    }

    /// A base64url JSON object of a token, or nil.
    private static func object(_ part: Substring) -> [String: Any]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// jwt-kit checks the signature only; the claims are checked above, against koppel's clock.
    private struct SignatureOnly: JWTPayload {
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }
}
