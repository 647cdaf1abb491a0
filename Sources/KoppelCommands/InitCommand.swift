import ArgumentParser
import Koppel

/// `koppel init`: creates a database with the schema and the reference seed data.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: tr("help.init.abstract")
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            let db = try KoppelStore(path: store.path)
            let counts = try db.counts()
            Console.error(tr("init.done", ["path": store.path, "migrations": try db.appliedMigrations().joined(separator: ", "), "counts": counts.summary(in: CLILanguage.current)]))
        }
    }
}
