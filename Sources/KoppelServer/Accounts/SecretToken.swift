import Crypto
import Foundation

/// Random secrets (API tokens, session ids, CSRF tokens) and the hashes stored in their place.
enum SecretToken {
    /// How every API token koppel issues begins (a JWT never does).
    static let apiTokenPrefix = "kpt_"

    /// 256 random bits from the system's generator, base64url without padding, after `prefix`.
    static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a secret: what the database keeps.
    static func hash(_ secret: String) -> Data { Data(SHA256.hash(data: Data(secret.utf8))) }

    /// Compares two byte strings in time that depends on their lengths only.
    static func constantTimeEqual(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
