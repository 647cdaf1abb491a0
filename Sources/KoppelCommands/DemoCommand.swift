import ArgumentParser
import Koppel

/// `koppel demo`: builds a realistic demo database and prints a first result.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo database from the deterministic generator and show a first result."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            throw CLIError.runtime("not yet")
        }
    }
}
