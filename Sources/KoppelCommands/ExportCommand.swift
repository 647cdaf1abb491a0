import ArgumentParser
import Koppel

/// `koppel export KIND`: every record of one kind, sorted by id, on stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every record of one kind as CSV or JSON to stdout (imports back unchanged).",
        discussion: "KIND is one of: \(EntityKind.all.map(\.name).joined(separator: ", ")). What is exported follows --as: with --as EMPLOYER (an adviser) the discreet profiles of that employer, and every record and list item that names them, are left out; without --as every discreet profile is left out; --as steward (the data steward) or --as regional exports everything."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "What to export.", completion: .list(EntityKind.all.map(\.name)))
    var kind: String

    @Option(help: "csv or json.")
    var format: DataFormatOption = .csv

    @OptionGroup var asker: ViewerOption

    func validate() throws {
        guard EntityKind.named(kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use one of: \(EntityKind.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.reads, quickCheck: true)
            try db.export(EntityKind.named(kind)!, format: format.format, viewer: try asker.viewer(db)) { Console.out($0) }
        }
    }
}
