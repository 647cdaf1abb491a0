import ArgumentParser
import Foundation
import Koppel

/// `koppel explain VACANCY_ID PERSON_ID`: why a person scores what they score for a vacancy.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: tr("help.explain.abstract"),
        discussion: tr("help.explain.discussion")
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: helpText("help.vacancyID"))
    var vacancyID: String

    @Argument(help: helpText("help.personID"))
    var personID: String

    @Option(help: helpText("help.format.tableJSON"))
    var format: OutputFormat = .table

    func run() throws {
        try runReportingErrors {
            let db = try store.openExisting(.logs)
            let explained: (result: RankingResult, person: Person, vacancy: Vacancy, gaps: RankingGaps?)
            do {
                explained = try db.explain(vacancyID: vacancyID, personID: personID, viewer: try asker.viewer(db), on: asker.day, actor: actor.named, language: CLILanguage.current)
            } catch let error as StoreError where error.code == .notFound {
                throw CLIError.nothingFound(error.localized)
            }
            let (result, person, vacancy, gaps) = explained
            if format == .json {
                Console.out(try JSONOutput.encode(ExplainDocument(result: result, gaps: gaps)))
                return
            }
            let catalog = try db.catalog()
            let color = Console.colorOnStdout
            let language = CLILanguage.current
            var out = [Console.bold(tr("explain.title", [
                "name": person.displayName, "person": person.id, "employer": person.employer, "vacancy": vacancy.id,
                "title": vacancy.title, "vacancyEmployer": catalog.employer(vacancy.employer)?.name ?? vacancy.employer,
            ]), color: color)]
            out.append(tr("explain.summary", [
                "score": language.decimal(result.score.description), "eligibility": tr(result.eligible ? "explain.eligible" : "explain.notEligible"),
                "version": result.weightsVersion, "day": asker.day,
            ]))
            for reason in result.reasons { out.append(tr("explain.notEligibleReason", ["reason": RankingOutput.reasonText(reason, catalog: catalog)])) }
            out.append("")
            out.append(DisplayWidth.pad(tr("explain.header"), to: 16) + " " + tr("explain.headerPoints"))
            out += RankingOutput.componentLines(result.components, indent: 0)
            out.append(DisplayWidth.pad(tr("explain.total"), to: 16) + " " + tr("ranking.componentLine", ["points": DisplayWidth.pad(language.decimal(result.score.description), to: 6, alignRight: true), "max": language.decimal("100.00")]))
            if let gaps, !(gaps.skills.isEmpty && gaps.credentials.isEmpty) {
                out.append("")
                out.append(tr("explain.growTitle"))
                for skill in gaps.skills {
                    let course = skill.course.map { tr("explain.course", ["title": $0.title, "days": $0.days]) } ?? ""
                    out.append(tr(skill.kind == .must ? "explain.mustSkill" : "explain.niceSkill", ["skill": skill.label, "course": course]))
                }
                for credential in gaps.credentials {
                    out.append(tr(credential.status == .expired ? "explain.credentialExpired" : "explain.credentialMissing", ["name": credential.name]))
                }
            }
            Console.screen(TextTable.wrapLines(out.joined(separator: "\n") + "\n"))
        }
    }
}
