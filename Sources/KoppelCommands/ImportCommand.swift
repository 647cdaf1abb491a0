import ArgumentParser
import Foundation
import Koppel

/// `koppel import KIND FILE`: all-or-nothing import of CSV or JSON.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV or JSON file of one kind; all records or none.",
        discussion: """
            KIND is one of: \(EntityKind.all.map(\.name).joined(separator: ", ")). \
            Records with an existing id update it. Every bad record is reported with file, \
            line and field, and then nothing is written. CSV may be comma- or \
            semicolon-separated (as Dutch spreadsheets write it), UTF-8 with or without BOM, \
            LF or CRLF. List fields hold items separated by '|'. Formats: see README.
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "What the file holds.", completion: .list(EntityKind.all.map(\.name)))
    var kind: String

    @Argument(help: "The file, or - for standard input.", completion: .file(extensions: ["csv", "json"]))
    var file: String

    @Option(help: "The file's format; guessed from the name or content when left out.")
    var format: DataFormatOption?

    @Flag(help: "Check every record, write nothing.")
    var dryRun = false

    @OptionGroup var actor: ActorOptions

    func validate() throws {
        guard EntityKind.named(kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use one of: \(EntityKind.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        try runReportingErrors {
            let bytes = try InputFile.bytes(atPath: file)
            let db = try store.openExisting()
            do {
                let who = dryRun ? actor.named : try actor.required(for: "an import")
                let summary = try db.importData(bytes, kind: EntityKind.named(kind)!, file: file, format: format?.format, dryRun: dryRun, actor: who)
                Console.error(summary.description)
            } catch let error as ImportError {
                throw CLIError.runtime(error.description)
            }
        }
    }
}

/// `--format csv|json` for import and export.
enum DataFormatOption: String, ExpressibleByArgument, CaseIterable {
    case csv, json
    var format: DataFormat { self == .csv ? .csv : .json }
}
