import ArgumentParser
import Foundation
import Koppel

/// `koppel shortlist mark`: an adviser's choices on a vacancy's shortlist, on record.
struct ShortlistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract: "Mark candidates on a vacancy's shortlist (contacted, not suitable), as the browser does.",
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
            abstract: "Mark one or more candidates of a vacancy; choosing someone below unmarked others needs --reason.",
            discussion: """
                Marking someone contacted while candidates ranked above them (in your latest \
                `koppel candidates VACANCY` ranking with the same --as) carry no mark yet overrides \
                the shortlist: --reason is required, and the choice is logged as an override with \
                who, when and why (`koppel log --kind override`). Every mark is logged (kind mark).
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The vacancy's id.") var vacancy: String
        @Argument(help: "The candidates' ids.") var people: [String]
        @Flag(help: "The mark to set (--clear removes it).") var choice: MarkChoice
        @Option(help: ArgumentHelp("Why you choose this candidate over higher-ranked ones (required for an override).", valueName: "text"))
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
