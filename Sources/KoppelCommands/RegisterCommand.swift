import ArgumentParser
import Foundation
import Koppel

/// `koppel register export`: the Algoritmeregister entry of one organisation.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: tr("help.register.abstract"),
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.register.export"),
            discussion: tr("help.register.export.discussion"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: helpText("help.register.organisation", valueName: "code"))
        var organisation: String

        @Option(help: helpText("help.register.contact", valueName: "email"))
        var contact: String

        @Option(help: helpText("help.register.website", valueName: "url"))
        var website: String?

        @Option(help: helpText("help.register.since", valueName: "month"))
        var since: String?

        @Option(name: .shortAndLong, help: helpText("help.person.output", valueName: "file"))
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
