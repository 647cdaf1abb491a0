import ArgumentParser
import Foundation
import Koppel

/// `koppel vacancies PERSON_ID`: the open vacancies that fit a person best.
struct VacanciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacancies",
        abstract: tr("help.vacancies.abstract"),
        discussion: tr("help.vacancies.discussion")
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: helpText("help.personID"))
    var personID: String

    @Option(help: helpText("help.vacancies.limit"))
    var limit: Int = 10

    @Flag(help: helpText("help.vacancies.gaps"))
    var gaps = false

    @Flag(help: helpText("help.vacancies.includeIneligible"))
    var includeIneligible = false

    @Option(help: helpText("help.format.tableJSONCSV"))
    var format: OutputFormat = .table

    @OptionGroup var excel: ExcelOption

    func validate() throws {
        try excel.check(csv: format == .csv)
        guard limit > 0 else { throw ValidationError(tr("cli.limitAtLeastOne")) }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let options = RankingOptions(includeIneligible: includeIneligible, limit: limit)
            let list: VacancyList
            do {
                list = try db.rankVacancies(personID: personID, viewer: try asker.viewer(db), options: options, withGaps: gaps, on: asker.day, actor: actor.named, language: CLILanguage.current)
            } catch let error as StoreError where error.code == .notFound {
                throw CLIError.nothingFound(error.localized)
            }
            let catalog = try db.catalog()
            switch format {
            case .json: Console.out(try JSONOutput.encode(VacanciesDocument(list)))
            case .csv:
                let out = excel.csvWriter()
                out.write(VacancyOutput.csv(list))
                out.finish()
            case .table: Console.screen(TextTable.wrapLines(VacancyOutput.table(list, catalog: catalog, color: Console.colorOnStdout)))
            }
            if list.results.isEmpty { throw CLIError.nothingFound(tr("cli.noVacanciesFit", ["person": personID])) }
        }
    }
}

/// How `koppel vacancies` prints its list.
enum VacancyOutput {
    static func rows(_ list: VacancyList) -> [VacanciesDocument.Row] { VacanciesDocument.rows(list) }

    static func csv(_ list: VacancyList) -> String {
        var lines = ["rank,vacancy,title,employer,score,eligible,missing_skills"]
        for row in rows(list) {
            let missing = row.gaps?.skills.map(\.skill).joined(separator: "|") ?? ""
            lines.append([String(row.rank), row.vacancy, row.title, row.employer, row.score.description, String(row.eligible), missing]
                .map(RankingOutput.csvQuote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ list: VacancyList, catalog: Catalog, color: Bool) -> String {
        let person = list.person
        var out = [Console.bold("\(person.displayName) (\(person.id)) · \(person.jobTitle ?? tr("ranking.header.noJobTitle")) · \(catalog.employer(person.employer)?.name ?? person.employer)", color: color)]
        out.append([tr("ranking.header.scale", ["range": person.scale?.description ?? "–"]), tr("ranking.header.weights", ["version": list.weights.version]), tr("ranking.header.referenceDay", ["day": list.referenceDay])].joined(separator: " · "))
        out.append("")
        var table = TextTable(columns: [
            .init(title: tr("table.rank"), alignment: .right, maxWidth: 3), .init(title: tr("table.score"), alignment: .right, maxWidth: 6),
            .init(title: tr("table.vacancy"), maxWidth: 8), .init(title: tr("table.title"), maxWidth: 34), .init(title: tr("table.employer"), maxWidth: 9),
            .init(title: tr("table.scale"), maxWidth: 6), .init(title: tr("table.notes"), maxWidth: 24),
        ])
        var extra: [Int: [String]] = [:]
        for row in rows(list) {
            let vacancy = list.vacancies[row.vacancy]
            let scale = vacancy.map { v in Set([v.scaleMin, v.scaleMax].compactMap { $0 }).sorted().map(\.description).joined(separator: "–") } ?? ""
            var notes = row.reasons.map { RankingOutput.reasonText($0, catalog: catalog) }
            notes += row.flags.map(RankingOutput.flagText)
            table.rows.append([String(row.rank), CLILanguage.current.decimal(row.score.description), row.vacancy, row.title, row.employer, scale, notes.joined(separator: "; ")])
            if let gaps = row.gaps, !(gaps.skills.isEmpty && gaps.credentials.isEmpty) {
                var lines: [String] = []
                for skill in gaps.skills {
                    let course = skill.course.map { tr("vacancies.course", ["title": $0.title, "days": $0.days]) } ?? ""
                    lines.append(tr(skill.kind == .must ? "vacancies.missingMust" : "vacancies.missingNice", ["skill": skill.label, "course": course]))
                }
                for credential in gaps.credentials {
                    lines.append(tr(credential.status == .expired ? "vacancies.expiredCredential" : "vacancies.missingCredential", ["name": credential.name]))
                }
                extra[table.rows.count] = lines.flatMap { TextTable.wrap($0, width: 100) }
            }
        }
        for (index, line) in table.render(bold: color).enumerated() {
            out.append(line)
            if let lines = extra[index] { out.append(contentsOf: lines) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
