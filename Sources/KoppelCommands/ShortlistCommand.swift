import ArgumentParser
import Foundation
import Koppel

/// `koppel shortlist mark`: an adviser's choices on a vacancy's shortlist, on record.
struct ShortlistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract: tr("help.shortlist.abstract"),
        subcommands: [Mark.self]
    )

    enum MarkChoice: String, EnumerableFlag {
        case contacted, notSuitable, clear

        var mark: CandidateMark? {
            switch self {
            case .contacted: .contacted
            case .notSuitable: .notSuitable
            case .clear: nil
            }
        }
    }

    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.shortlist.mark"),
            discussion: tr("help.shortlist.mark.discussion"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Argument(help: helpText("help.vacancyID")) var vacancy: String
        @Argument(help: helpText("help.shortlist.people")) var people: [String]
        @Flag(help: helpText("help.shortlist.choice")) var choice: MarkChoice
        @Option(help: helpText("help.shortlist.reason", valueName: "text"))
        var reason: String?

        func validate() throws {
            guard !people.isEmpty else { throw ValidationError(tr("shortlist.nameACandidate")) }
        }

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("shortlist.marking"))
                let db = try store.openExisting()
                let marks = Dictionary(people.map { ($0, choice.mark) }, uniquingKeysWith: { a, _ in a })
                let log: Int64
                do {
                    log = try db.markCandidates(vacancyID: vacancy, marks: marks, viewer: try asker.viewer(db), actor: who, reason: reason)
                } catch let error as StoreError where error.code == .invalidInput {
                    throw ValidationError(error.localized)
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.localized)
                }
                Console.error(tr(marks.count == 1 ? "shortlist.savedOne" : "shortlist.saved", ["vacancy": vacancy, "count": marks.count, "id": Int(log)]))
            }
        }
    }
}
