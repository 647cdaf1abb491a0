import ArgumentParser
import Foundation
import Koppel

/// `koppel register export`: the Algoritmeregister entry of one organisation.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Write the Algoritmeregister entry (publication standard 1.0.0).",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one organisation's Algoritmeregister entry as JSON, in Dutch, checked against the standard.",
            discussion: """
                One entry per organisation, as the standard asks: --organisation is an employer \
                code. The entry is filled from the live configuration (the weights and their \
                version, the data used and not used, human intervention, logging, how to object); \
                every field is checked for presence, length and permitted values, and a field that \
                breaks the standard is an error naming it. The export is logged (kind register).
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: ArgumentHelp("The organisation's employer code.", valueName: "code"))
        var organisation: String

        @Option(help: ArgumentHelp("Contact address for questions (required by the standard).", valueName: "email"))
        var contact: String

        @Option(help: ArgumentHelp("The public page about the algorithm (https URL).", valueName: "url"))
        var website: String?

        @Option(help: ArgumentHelp("In use since this month (YYYY-MM).", valueName: "month"))
        var since: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let entry: RegisterEntry
                do {
                    entry = try db.registerEntry(
                        organisation: organisation, contact: contact, website: website, since: since,
                        viewer: try asker.viewer(db), actor: actor.named)
                } catch let error as StoreError where error.code == .notFound || error.code == .invalidInput {
                    Console.error("error: \(error.message)")
                    throw ExitCode(64)
                }
                try writeOutput(entry.json, to: output, what: "Algoritmeregister entry of \(organisation)")
            }
        }
    }
}
