import ArgumentParser
import Foundation
import Koppel

/// `koppel candidates VACANCY_ID`: the best visible candidates for a vacancy.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Rank the candidates for a vacancy, with the reasons for every score.",
        discussion: "Each ranking is recorded in the decision log with the weights version it used."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The vacancy's id.")
    var vacancyID: String

    @Option(help: "How many candidates to show.")
    var limit: Int = 20

    @Flag(help: "Show each candidate's score per criterion.")
    var explain = false

    @Flag(help: "Also show candidates who fail a must-have, with the reason.")
    var includeIneligible = false

    @Option(help: ArgumentHelp("Only people now working for this employer.", valueName: "code"))
    var employer: String?

    @Option(help: ArgumentHelp("Only people living within this straight-line distance of the vacancy.", valueName: "km"))
    var maxKm: Double?

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let maxKm, !(maxKm >= 0) { throw ValidationError("--max-km must be 0 or more") }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let options = RankingOptions(employer: employer, maxKm: maxKm, includeIneligible: includeIneligible, limit: limit)
            let list = try db.rankCandidates(vacancyID: vacancyID, viewer: try asker.viewer(db), options: options, on: asker.day, actor: actor.named)
            switch format {
            case .json: Console.out(try JSONOutput.encode(CandidatesDocument(list)))
            case .csv: Console.out(RankingOutput.csv(list))
            case .table:
                // Only the table names employers and skills; JSON and CSV need no catalog.
                let catalog = try db.catalog()
                Console.screen(TextTable.wrapLines(RankingOutput.table(list, catalog: catalog, explain: explain, color: Console.colorOnStdout)))
            }
            if list.results.isEmpty { throw CLIError.nothingFound("no candidates for \(vacancyID) with these filters") }
        }
    }
}
