import ArgumentParser
import Foundation
import Hummingbird
import Koppel
import KoppelServer
import Logging

/// `koppel serve`: the JSON API under /api/v1 for the accounts in the database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the koppel API (JSON under /api/v1) to signed-in accounts.",
        discussion: """
            Accounts are managed with `koppel users`. Listen on loopback and put a TLS reverse \
            proxy in front; SIGTERM or SIGINT finish the requests in flight, then close the database.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Send the session cookie without Secure (only for plain HTTP on loopback, never in production).")
    var insecureCookie = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port is 1 to 65535") }
    }

    func run() async throws {
        let db: KoppelStore
        do { db = try store.openExisting() } catch {
            try runReportingErrors { throw error }
            return
        }
        var logger = Logger(label: "koppel.serve")
        logger.logLevel = .info
        let app = KoppelServer.application(
            store: db, configuration: ServerConfiguration(host: host, port: port, secureCookie: !insecureCookie), logger: logger)
        Console.error("koppel serve: \(store.path) on http://\(host):\(port)/api/v1 (SIGTERM to stop)")
        try await app.runService()
        try db.checkpoint()
        try db.pool.close()
        Console.error("koppel serve: stopped; database closed")
    }
}
