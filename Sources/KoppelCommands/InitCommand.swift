import ArgumentParser
import Koppel

/// `koppel init`: creates a database with the schema and the reference seed data.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database with the schema and the Twente reference data (a second run is harmless)."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            let db = try KoppelStore(path: store.path)
            let counts = try db.counts()
            Console.error("\(store.path): schema \(try db.appliedMigrations().joined(separator: ", ")); \(counts.summary)")
        }
    }
}
