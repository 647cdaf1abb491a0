import ArgumentParser
import Foundation
import Koppel

/// `koppel vacancies PERSON_ID`: the open vacancies that fit a person best.
struct VacanciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacancies",
        abstract: "Rank the open vacancies for a person (for career conversations).",
        discussion: "With --gaps, lists per vacancy the skills and credentials the person lacks, with a Twentse School course where the catalogue has one."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The person's id.")
    var personID: String

    @Option(help: "How many vacancies to show.")
    var limit: Int = 10

    @Flag(help: "List the missing skills per vacancy, with courses.")
    var gaps = false

    @Flag(help: "Also show vacancies where a must-have fails.")
    var includeIneligible = false

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let options = RankingOptions(includeIneligible: includeIneligible, limit: limit)
            let list: VacancyList
            do {
                list = try db.rankVacancies(personID: personID, viewer: try asker.viewer(db), options: options, withGaps: gaps, on: asker.day, actor: actor.named)
            } catch let error as StoreError where error.code == .notFound {
                throw CLIError.nothingFound(error.message)
            }
            let catalog = try db.catalog()
            switch format {
            case .json: Console.out(try JSONOutput.encode(VacanciesDocument(list)))
            case .csv: Console.out(VacancyOutput.csv(list))
            case .table: Console.screen(TextTable.wrapLines(VacancyOutput.table(list, catalog: catalog, color: Console.colorOnStdout)))
            }
            if list.results.isEmpty { throw CLIError.nothingFound("no open vacancies fit \(personID)") }
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
        var out = [Console.bold("\(person.displayName) (\(person.id)) · \(person.jobTitle ?? "no job title") · \(catalog.employer(person.employer)?.name ?? person.employer)", color: color)]
        out.append("schaal \(person.scale?.description ?? "–") · weights v\(list.weights.version) · reference day \(list.referenceDay)")
        out.append("")
        var table = TextTable(columns: [
            .init(title: "#", alignment: .right, maxWidth: 3), .init(title: "score", alignment: .right, maxWidth: 6),
            .init(title: "vacancy", maxWidth: 8), .init(title: "title", maxWidth: 34), .init(title: "employer", maxWidth: 8),
            .init(title: "scale", maxWidth: 6), .init(title: "notes", maxWidth: 24),
        ])
        var extra: [Int: [String]] = [:]
        for row in rows(list) {
            let vacancy = list.vacancies[row.vacancy]
            let scale = vacancy.map { v in Set([v.scaleMin, v.scaleMax].compactMap { $0 }).sorted().map(\.description).joined(separator: "–") } ?? ""
            var notes = row.reasons.map { RankingOutput.reasonText($0, catalog: catalog) }
            notes += row.flags.map { $0 == .careerMove ? "career move" : "far below own scale" }
            table.rows.append([String(row.rank), row.score.description, row.vacancy, row.title, row.employer, scale, notes.joined(separator: "; ")])
            if let gaps = row.gaps, !(gaps.skills.isEmpty && gaps.credentials.isEmpty) {
                var lines: [String] = []
                for skill in gaps.skills {
                    let course = skill.course.map { " → course \"\($0.title)\" (\($0.days) d, Twentse School)" } ?? ""
                    lines.append("      missing \(skill.kind == .must ? "must-have" : "nice-to-have"): \(skill.label)\(course)")
                }
                for credential in gaps.credentials {
                    lines.append("      \(credential.status == .expired ? "expired" : "missing") credential: \(credential.name)")
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
