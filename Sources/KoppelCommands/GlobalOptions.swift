import ArgumentParser
import Foundation
import Koppel

/// Options every command that opens the database takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Defaults to $KOPPEL_DB, then ./koppel.db.", valueName: "path"))
    var db: String?

    /// The database path: `--db`, then `KOPPEL_DB`, then `koppel.db`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["KOPPEL_DB"], !env.isEmpty { return env }
        return "koppel.db"
    }

    /// Opens the store, which must exist already (run `koppel init` or `koppel demo` first).
    func openExisting() throws -> KoppelStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.runtime("no database at \(path); create one with `koppel init --db \(path)` or `koppel demo`")
        }
        return try KoppelStore(path: path)
    }
}

/// How a command prints data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
