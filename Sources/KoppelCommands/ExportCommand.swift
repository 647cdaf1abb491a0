import ArgumentParser
import Koppel

/// `koppel export KIND`: every record of one kind, sorted by id, on stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("help.export.abstract"),
        discussion: tr("help.export.discussion", ["kinds": EntityKind.all.map(\.name).joined(separator: ", ")])
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: helpText("help.export.kind"), completion: .list(EntityKind.all.map(\.name)))
    var kind: String

    @Option(help: helpText("help.format.csvJSON"))
    var format: DataFormatOption = .csv

    @OptionGroup var excel: ExcelOption

    @OptionGroup var asker: ViewerOption

    func validate() throws {
        try excel.check(csv: format == .csv)
        guard EntityKind.named(kind) != nil else {
            throw ValidationError(tr("cli.unknownKind", ["kind": kind, "kinds": EntityKind.all.map(\.name).joined(separator: ", ")]))
        }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.reads, quickCheck: true)
            let out = excel.csvWriter()
            try db.export(EntityKind.named(kind)!, format: format.format, viewer: try asker.viewer(db)) { out.write($0) }
            out.finish()
        }
    }
}
