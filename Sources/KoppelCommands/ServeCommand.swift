import ArgumentParser
import Foundation
import Hummingbird
import Koppel
import KoppelServer
import Logging

/// `koppel serve`: the JSON API under /api/v1 for the accounts in the database.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: tr("help.serve.abstract"),
        discussion: """
            Accounts are managed with `koppel users`. Listen on loopback and put a TLS reverse \
            proxy in front; SIGTERM or SIGINT finish the requests in flight, then close the database. \
            With --oidc-issuer, --oidc-audience and --oidc-keys, bearer JWTs of that OpenID Connect \
            issuer are accepted as well: signed with a key of the key-set file (public keys, each with \
            kid and alg), for the audience, not expired; the claim named by --oidc-account-claim \
            names the koppel account, which must exist and be enabled.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Send the session cookie without Secure (only for plain HTTP on loopback, never in production).")
    var insecureCookie = false

    @Option(help: ArgumentHelp("Accept bearer JWTs of this OpenID Connect issuer (its `iss`).", valueName: "url"))
    var oidcIssuer: String?

    @Option(help: ArgumentHelp("The audience (`aud`) such a JWT must be for.", valueName: "audience"))
    var oidcAudience: String?

    @Option(help: ArgumentHelp("The issuer's key set (JWKS JSON) to verify JWTs with.", valueName: "file"))
    var oidcKeys: String?

    @Option(help: ArgumentHelp("The JWT claim that holds the koppel account id.", valueName: "claim"))
    var oidcAccountClaim = "preferred_username"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port is 1 to 65535") }
        let given = [oidcIssuer, oidcAudience, oidcKeys].compactMap { $0 }.count
        guard given == 0 || given == 3 else {
            throw ValidationError("--oidc-issuer, --oidc-audience and --oidc-keys go together: give all three or none")
        }
    }

    /// The verifier of the identity provider's JWTs, when configured; exits 64 on a bad key set.
    private func oidcVerifier() throws -> OIDCVerifier? {
        guard let oidcIssuer, let oidcAudience, let oidcKeys else { return nil }
        let keySet = String(decoding: try InputFile.bytes(atPath: oidcKeys), as: UTF8.self)
        let loaded = ResultBox<OIDCVerifier>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                loaded.result = .success(try await OIDCVerifier(
                    issuer: oidcIssuer, audience: oidcAudience, keySet: keySet, source: oidcKeys, accountClaim: oidcAccountClaim))
            } catch {
                loaded.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        do {
            return try loaded.result!.get()
        } catch let error as AccountError {
            Console.error(tr("common.error", ["message": error.message]))
            throw ExitCode(64)
        }
    }

    func run() throws {
        var opened: KoppelStore?
        var oidc: OIDCVerifier?
        try runReportingErrors {
            oidc = try oidcVerifier()
            opened = try store.openExisting()
        }
        guard let db = opened else { return }
        var logger = Logger(label: "koppel.serve")
        logger.logLevel = .info
        let app = KoppelServer.application(
            store: db, configuration: ServerConfiguration(host: host, port: port, secureCookie: !insecureCookie, oidc: oidc), logger: logger)
        Console.error("koppel serve: \(store.path) on http://\(host):\(port)/api/v1 (SIGTERM to stop)")
        if let oidc { Console.error("koppel serve: also accepting JWTs of \(oidc.issuer) for \(oidc.audience) (account in claim \(oidc.accountClaim))") }
        // The CLI's commands are synchronous; the service runs on the concurrency pool until a
        // signal ends it, while this thread waits.
        let ended = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.error = error }
            ended.signal()
        }
        ended.wait()
        if let error = failure.error { try runReportingErrors { throw error } }
        try db.checkpoint()
        try db.pool.close()
        Console.error("koppel serve: stopped; database closed")
    }
}

/// The error a task ended with, handed to the waiting thread (read only after it signalled).
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}

/// A task's result, handed to the waiting thread (read only after it signalled).
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
