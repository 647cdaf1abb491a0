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

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(tr("serve.badPort")) }
    }

    func run() throws {
        var opened: KoppelStore?
        try runReportingErrors { opened = try store.openExisting() }
        guard let db = opened else { return }
        var logger = Logger(label: "koppel.serve")
        logger.logLevel = .info
        let app = KoppelServer.application(
            store: db, configuration: ServerConfiguration(host: host, port: port, secureCookie: !insecureCookie), logger: logger)
        Console.error(tr("serve.started", ["path": store.path, "url": "http://\(host):\(port)/api/v1"]))
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
