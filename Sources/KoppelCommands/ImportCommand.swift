import ArgumentParser
import Foundation
import Koppel

/// `koppel import KIND FILE`: all-or-nothing import of CSV or JSON.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("help.import.abstract"),
        discussion: tr("help.import.discussion", ["kinds": EntityKind.all.map(\.name).joined(separator: ", ")])
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: helpText("help.import.kind"), completion: .list(EntityKind.all.map(\.name)))
    var kind: String

    @Argument(help: helpText("help.import.file"), completion: .file(extensions: ["csv", "json"]))
    var file: String

    @Option(help: helpText("help.import.format"))
    var format: DataFormatOption?

    @Flag(help: helpText("help.import.dryRun"))
    var dryRun = false

    @OptionGroup var actor: ActorOptions

    func validate() throws {
        guard EntityKind.named(kind) != nil else {
            throw ValidationError(tr("cli.unknownKind", ["kind": kind, "kinds": EntityKind.all.map(\.name).joined(separator: ", ")]))
        }
    }

    func run() throws {
        try runReportingErrors {
            let bytes = try InputFile.bytes(atPath: file)
            let db = try store.openExisting()
            do {
                let who = dryRun ? actor.named : try actor.required(for: tr("cli.actor.import"))
                let summary = try db.importData(bytes, kind: EntityKind.named(kind)!, file: file, format: format?.format, dryRun: dryRun, actor: who)
                Console.error(summary.description(in: CLILanguage.current))
            } catch let error as ImportError {
                throw CLIError.runtime(error.description(in: CLILanguage.current))
            }
        }
    }
}

/// `--format csv|json` for import and export.
enum DataFormatOption: String, ExpressibleByArgument, CaseIterable {
    case csv, json
    var format: DataFormat { self == .csv ? .csv : .json }
}
