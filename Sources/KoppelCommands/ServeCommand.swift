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
        discussion: tr("help.serve.discussion"))

    @OptionGroup var store: StoreOptions

    @Option(help: helpText("help.serve.host"))
    var host = "127.0.0.1"

    @Option(help: helpText("help.serve.port"))
    var port = 8080

    @Flag(help: helpText("help.serve.insecureCookie"))
    var insecureCookie = false

    @Option(help: helpText("help.serve.oidcIssuer", valueName: "url"))
    var oidcIssuer: String?

    @Option(help: helpText("help.serve.oidcAudience", valueName: "audience"))
    var oidcAudience: String?

    @Option(help: helpText("help.serve.oidcKeys", valueName: "file"))
    var oidcKeys: String?

    @Option(help: helpText("help.serve.oidcAccountClaim", valueName: "claim"))
    var oidcAccountClaim = "preferred_username"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(tr("serve.badPort")) }
        let given = [oidcIssuer, oidcAudience, oidcKeys].compactMap { $0 }.count
        guard given == 0 || given == 3 else {
            throw ValidationError(tr("serve.oidcTogether"))
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
        Console.error(tr("serve.started", ["path": store.path, "url": "http://\(host):\(port)/api/v1"]))
        if let oidc { Console.error(tr("serve.oidcStarted", ["issuer": oidc.issuer, "audience": oidc.audience, "claim": oidc.accountClaim])) }
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
        Console.error(tr("serve.stopped"))
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
