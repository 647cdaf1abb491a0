import ArgumentParser
import Foundation
import Koppel
import KoppelBrowser

/// `koppel browse`: the full-screen browser for trainees (placements) and advisers (shortlists).
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: tr("help.browse.abstract"),
        discussion: tr("help.browse.discussion")
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: AskerOptions
    @OptionGroup var actor: ActorOptions

    @Option(help: helpText("help.browse.trainee", valueName: "id"))
    var trainee: String?

    @Option(help: helpText("help.browse.vacancy", valueName: "id"))
    var vacancy: String?

    @Option(help: helpText("help.browse.limit"))
    var limit: Int = 50

    @Flag(help: helpText("help.browse.noColor"))
    var noColor = false

    func validate() throws {
        if (trainee == nil) == (vacancy == nil) { throw ValidationError(tr("browse.traineeOrVacancy")) }
        guard limit > 0 else { throw ValidationError(tr("cli.limitAtLeastOne")) }
    }

    func run() throws {
        var exit = BrowserExit.normal
        try runReportingErrors {
            let db = try store.openExisting()
            let data: BrowserData
            let save: (BrowserSaveRequest) throws -> String
            if let trainee {
                // The trainee browses as themselves unless --as says otherwise.
                let viewer = try asker.viewerText == nil ? ViewerOption.resolve("trainee:\(trainee)", db) : asker.viewer(db)
                let browse = try db.browseTraineeData(traineeID: trainee, viewer: viewer, on: asker.day)
                data = BrowseData.trainee(browse)
                save = { request in
                    guard case .ranking(let placements) = request else { return tr("browse.nothingToSave") }
                    let log = try db.saveTraineeRanking(
                        traineeID: trainee, rotationID: browse.rotation.id, placements: placements, viewer: viewer, actor: actor.named)
                    return tr(placements.count == 1 ? "browse.savedRankingOne" : "browse.savedRanking", ["count": placements.count, "id": Int(log)])
                }
            } else {
                let vacancyID = vacancy!
                let viewer = try asker.viewer(db)
                let browse = try db.browseShortlist(vacancyID: vacancyID, viewer: viewer, limit: limit, on: asker.day, actor: actor.named)
                data = BrowseData.shortlist(browse, viewer: viewer)
                save = { request in
                    guard case .marks(let marks) = request else { return tr("browse.nothingToSave") }
                    guard let who = actor.named else { return tr("browse.notSavedNoActor") }
                    let log: Int64
                    do {
                        log = try db.markCandidates(
                            vacancyID: vacancyID, marks: marks.mapValues { $0.map(BrowseData.candidateMark) }, viewer: viewer, actor: who)
                    } catch let error as StoreError where error.code == .invalidInput {
                        // An override of the shortlist needs a reason, which the browser does not ask.
                        return tr("browse.notSavedOverride", ["message": error.localized, "vacancy": vacancyID])
                    }
                    return tr(marks.count == 1 ? "browse.savedMarksOne" : "browse.savedMarks", ["count": marks.count, "id": Int(log)])
                }
            }
            guard BrowserDriver.canDraw else {
                let state = BrowserState(data: data, size: BrowserSize(columns: 80, rows: 24))
                Console.out(BrowserPlainText.render(state))
                if data.items.isEmpty { throw CLIError.nothingFound(tr("browse.nothing")) }
                return
            }
            do {
                exit = try BrowserDriver.run(data, color: !noColor && Console.wantsColor(fd: 1), save: save)
            } catch {
                throw CLIError.runtime(localizedMessage(error))
            }
        }
        if exit == .interrupted { throw ExitCode(130) }
    }
}
