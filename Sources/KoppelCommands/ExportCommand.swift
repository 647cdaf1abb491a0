import ArgumentParser
import Koppel

/// `koppel export KIND`: every record of one kind, sorted by id, on stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every record of one kind as CSV or JSON to stdout (imports back unchanged).",
        discussion: "KIND is one of: \(EntityKind.all.map(\.name).joined(separator: ", ")). Without --as, discreet profiles are exported too: such an export is for the data steward. With --as EMPLOYER (an adviser), the discreet profiles of that employer, and every record and list item that names them, are left out."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "What to export.", completion: .list(EntityKind.all.map(\.name)))
    var kind: String

    @Option(help: "csv or json.")
    var format: DataFormatOption = .csv

    @Option(name: .customLong("as"), help: ArgumentHelp("The asking adviser's employer code; hides that employer's discreet profiles.", valueName: "employer"))
    var asEmployer: String?

    func validate() throws {
        guard EntityKind.named(kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use one of: \(EntityKind.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.reads, quickCheck: true)
            let hidden = try asEmployer.map { try db.hiddenIdentifiers(from: $0) } ?? []
            try db.export(EntityKind.named(kind)!, format: format.format, hiding: hidden) { Console.out($0) }
        }
    }
}
