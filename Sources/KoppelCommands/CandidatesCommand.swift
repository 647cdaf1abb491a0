import ArgumentParser
import Foundation
import Koppel

/// `koppel candidates VACANCY_ID`: the best visible candidates for a vacancy.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: tr("help.candidates.abstract"),
        discussion: tr("help.candidates.discussion")
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: helpText("help.vacancyID"))
    var vacancyID: String

    @Option(help: helpText("help.candidates.limit"))
    var limit: Int = 20

    @Flag(help: helpText("help.candidates.explain"))
    var explain = false

    @Flag(help: helpText("help.candidates.includeIneligible"))
    var includeIneligible = false

    @Option(help: helpText("help.candidates.employer", valueName: "code"))
    var employer: String?

    @Option(help: helpText("help.candidates.maxKm", valueName: "km"))
    var maxKm: Double?

    @Option(help: helpText("help.format.tableJSONCSV"))
    var format: OutputFormat = .table

    @OptionGroup var excel: ExcelOption

    func validate() throws {
        try excel.check(csv: format == .csv)
        guard limit > 0 else { throw ValidationError(tr("cli.limitAtLeastOne")) }
        if let maxKm, !(maxKm >= 0) { throw ValidationError(tr("cli.maxKmNotNegative")) }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let employerCode = try employer.map { try NameArgument.resolve($0, .employer, in: try db.catalog()) }
            let options = RankingOptions(employer: employerCode, maxKm: maxKm, includeIneligible: includeIneligible, limit: limit)
            let list = try db.rankCandidates(vacancyID: vacancyID, viewer: try asker.viewer(db), options: options, on: asker.day, actor: actor.named, language: CLILanguage.current)
            switch format {
            case .json: Console.out(try JSONOutput.encode(CandidatesDocument(list)))
            case .csv:
                let out = excel.csvWriter()
                out.write(RankingOutput.csv(list))
                out.finish()
            case .table:
                // Only the table names employers and skills; JSON and CSV need no catalog.
                let catalog = try db.catalog()
                Console.screen(TextTable.wrapLines(RankingOutput.table(list, catalog: catalog, explain: explain, color: Console.colorOnStdout)))
            }
            if list.results.isEmpty { throw CLIError.nothingFound(tr("cli.noCandidates", ["vacancy": vacancyID])) }
        }
    }
}
