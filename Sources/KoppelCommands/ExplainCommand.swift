import ArgumentParser
import Foundation
import Koppel

/// `koppel explain VACANCY_ID PERSON_ID`: why a person scores what they score for a vacancy.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one person's score for one vacancy, criterion by criterion.",
        discussion: "The points of the criteria add up exactly to the score. A criterion without data scores 0 and says \"no data\"."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The vacancy's id.")
    var vacancyID: String

    @Argument(help: "The person's id.")
    var personID: String

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let explained: (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?)
            do {
                explained = try db.explain(vacancyID: vacancyID, personID: personID, viewer: try asker.viewer(db), on: asker.day, actor: actor.named)
            } catch let error as StoreError where error.code == .notFound {
                throw CLIError.nothingFound(error.message)
            }
            let (result, person, vacancy, gaps) = explained
            if format == .json {
                Console.out(try JSONOutput.encode(ExplainDocument(result: result, gaps: gaps)))
                return
            }
            let catalog = try db.catalog()
            let color = Console.colorOnStdout
            var out = [Console.bold("\(person.displayName) (\(person.id), \(person.employer)) for \(vacancy.id) \(vacancy.title) at \(catalog.employer(vacancy.employer)?.name ?? vacancy.employer)", color: color)]
            out.append("score \(result.score) of 100 · \(result.eligible ? "eligible" : "not eligible") · weights v\(result.weightsVersion) · reference day \(asker.day)")
            for reason in result.reasons { out.append("  not eligible: \(RankingOutput.reasonText(reason, catalog: catalog))") }
            out.append("")
            out.append("criterion        points of    max  detail")
            out += RankingOutput.componentLines(result.components, indent: 0)
            out.append("total            \(result.score.description.leftPadded(6)) of 100.00")
            if let gaps, !(gaps.skills.isEmpty && gaps.credentials.isEmpty) {
                out.append("")
                out.append("to grow into this job:")
                for skill in gaps.skills {
                    let course = skill.course.map { " → Twentse School: \"\($0.title)\" (\($0.days) d)" } ?? ""
                    out.append("  \(skill.kind == .must ? "must-have" : "nice-to-have") \(skill.label)\(course)")
                }
                for credential in gaps.credentials {
                    out.append("  credential \(credential.name) (\(credential.status == .expired ? "expired" : "missing"))")
                }
            }
            Console.screen(TextTable.wrapLines(out.joined(separator: "\n") + "\n"))
        }
    }
}
