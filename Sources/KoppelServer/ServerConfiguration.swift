import Foundation
import Koppel

/// How `koppel serve` runs: where it listens and how long sessions last.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Seconds of no use after which a session ends (default 30 minutes).
    public var sessionIdle: TimeInterval
    /// Whether the session cookie is `Secure` (true behind the TLS reverse proxy).
    public var secureCookie: Bool
    /// Failed sign-ins allowed per account and address before attempts must wait.
    public var freeLoginFailures: Int
    /// The clock (tests pass a fixed one).
    public var now: @Sendable () -> Date
    /// The reference day when a request gives none.
    public var today: @Sendable () -> Day
    /// Bearer JWTs of this OpenID Connect issuer sign accounts in too; nil: only koppel's own tokens.
    public var oidc: OIDCVerifier?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, sessionIdle: TimeInterval = 1800, secureCookie: Bool = true,
        freeLoginFailures: Int = 5, now: @escaping @Sendable () -> Date = { Date() },
        today: @escaping @Sendable () -> Day = { Day.today }, oidc: OIDCVerifier? = nil
    ) {
        self.host = host
        self.port = port
        self.sessionIdle = sessionIdle
        self.secureCookie = secureCookie
        self.freeLoginFailures = freeLoginFailures
        self.now = now
        self.today = today
        self.oidc = oidc
    }
}
