import ArgumentParser
import Foundation
import Koppel

/// `koppel person export|erase|stale`: the data subject's rights (AVG).
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: tr("help.person.abstract"),
        subcommands: [Export.self, Erase.self, Letter.self, Stale.self, Compact.self]
    )

    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a person a letter about a logged ranking or placement round (AI Act art. 86, AVG art. 22).",
            discussion: """
                In plain Dutch (B1) or English: what was decided about them, by whom and when, and \
                how to object. --log is the entry of a candidate ranking or explanation, or of a \
                placement round (round, round-accept). About a ranking: the criteria with their \
                points, the must-haves they missed and the smallest change to their profile that \
                would have put them on the shortlist (computed by scoring again, up to three \
                changes); asked by the data steward, a regional adviser, or an adviser of the \
                vacancy's employer. About a round: the placement they got, how each of their \
                choices went, and the smallest move up one host's ranking that would have given \
                them a place they wanted more (computed by solving the round again); asked by the \
                data steward, a regional adviser, or the trainee (--as trainee:ID). Only a viewer \
                who may see the person asks. Each letter is logged (kind letter).
                """)

        enum Language: String, ExpressibleByArgument, CaseIterable { case nl, en }

        @OptionGroup var store: StoreOptions
        @Argument(help: "The person's id.") var id: String
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Option(help: ArgumentHelp("The decision log entry of the ranking or round.", valueName: "id")) var log: Int64
        @Option(help: ArgumentHelp("The shortlist's size k (default: every result the ranking listed).", valueName: "k")) var top: Int?
        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file")) var output: String?

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let letter: PersonLetter
                do {
                    letter = try db.personLetter(
                        id, logID: log, top: top, language: CLILanguage.chosen ? CLILanguage.current : .nl, viewer: try asker.viewer(db), actor: actor.named)
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.message)
                }
                try writeOutput(letter.text, to: output, what: "letter to \(id) (decision log entry \(letter.logID))")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.export"),
            discussion: """
                Profile, skills, credentials, domains, wishes, traineeship, rankings, exchange \
                requests, stand-in offers, shortlist marks and every decision log entry that \
                concerns them (only their own part of it; other people appear as "(someone else)"). \
                A data access request is answered by the data steward: --as steward.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person's id.")
        var id: String

        @OptionGroup var asker: ViewerOption

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                let json: String
                do {
                    json = try db.personData(id, viewer: try asker.viewer(db))
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.message)
                }
                if let output {
                    guard FileManager.default.createFile(atPath: output, contents: Data(json.utf8)) else {
                        throw CLIError.runtime("cannot write \(output)")
                    }
                    Console.error("\(output): everything stored about \(id)")
                } else {
                    Console.out(json)
                }
            }
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.erase"),
            discussion: """
                Removes the profile with skills, credentials, domains and wishes, the trainee \
                record with rankings and assignments, exchange requests, stand-in offers, \
                shortlist marks, open exchange proposals that move them and their full-text \
                index entries. In the decision log their id is replaced by a pseudonym that \
                cannot be traced back. Then the database is vacuumed and its WAL checkpointed, \
                so (with secure_delete) no byte of the erased data stays in the file; a koppel \
                killed before that finishes it the next time any koppel opens the database. \
                Cannot be undone: --yes is required. The data steward erases: --as steward, \
                and --actor says who.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person's id.")
        var id: String

        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Flag(help: "Confirm: the erasure cannot be undone.")
        var yes = false

        @Option(help: "table or json.")
        var format: SolveFormat = .table

        func validate() throws {
            guard yes else { throw ValidationError("erasing \(id) cannot be undone; add --yes to confirm") }
        }

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: "erasing a person")
                let report: ErasureReport
                do {
                    let db = try store.openExisting()
                    report = try db.erasePerson(id, viewer: try asker.viewer(db), actor: who, step: FaultInjection.erasureStep)
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.message)
                }
                switch format {
                case .json: Console.out(try JSONOutput.encode(report))
                case .table:
                    var lines = ["\(id) erased; in the decision log now \(report.pseudonym) (log entry \(report.logID))"]
                    lines.append("removed: " + report.removed.keys.sorted().map { "\($0) \(report.removed[$0]!)" }.joined(separator: ", "))
                    if report.proposalsWithdrawn > 0 { lines.append("open exchange proposals withdrawn: \(report.proposalsWithdrawn)") }
                    lines.append("log entries pseudonymised: \(report.logEntriesPseudonymised)")
                    if report.walTruncated { lines.append("database vacuumed, WAL checkpointed and empty") }
                    Console.screen(lines.joined(separator: "\n") + "\n")
                }
                if !report.walTruncated {
                    throw CLIError.runtime("""
                        \(id) is erased from every table and the log is pseudonymised, but another process is using the \
                        database, so its file may still hold old pages with their data. Run `koppel person compact` when \
                        no other koppel is running.
                        """)
                }
            }
        }
    }

    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.compact"),
            discussion: "`koppel person erase` does this itself; run it when an erasure reported that another process kept the database busy.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try runReportingErrors {
                guard try store.openExisting().compact() else {
                    throw CLIError.runtime("the WAL could not be emptied: another process is still using the database; try again when it is idle")
                }
                Console.error("\(store.path): vacuumed; WAL checkpointed and empty")
            }
        }
    }

    struct Stale: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.stale"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption

        @Option(help: "Months without an update.")
        var months: Int

        @Option(help: ArgumentHelp("The reference day (YYYY-MM-DD).", discussion: "Defaults to today.", valueName: "date"))
        var on: Day?

        @Option(help: "table, json or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            guard months >= 1 else { throw ValidationError("--months must be at least 1") }
        }

        func run() throws {
            try runReportingErrors {
                let day = on ?? .today
                let db = try store.openExisting(.reads)
                let stale = try db.staleProfiles(months: months, on: day, viewer: try asker.viewer(db))
                switch format {
                case .json: Console.out(try JSONOutput.encode(stale))
                case .csv:
                    var lines = ["id,display_name,employer,updated_at,consent_at"]
                    for p in stale {
                        lines.append([p.id, p.displayName, p.employer, p.updatedAt?.description ?? "", p.consentAt?.description ?? ""]
                            .map(RankingOutput.csvQuote).joined(separator: ","))
                    }
                    Console.out(lines.joined(separator: "\n") + "\n")
                case .table:
                    var table = TextTable(columns: [
                        .init(title: "id"), .init(title: "name", maxWidth: 30), .init(title: "employer"),
                        .init(title: "updated"), .init(title: "consent"),
                    ])
                    for p in stale {
                        table.rows.append([p.id, p.displayName, p.employer, p.updatedAt?.description ?? "never", p.consentAt?.description ?? ""])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if stale.isEmpty { throw CLIError.nothingFound("no profile went \(months) months without an update") }
                Console.error("\(stale.count) profiles not updated since \(day.subtracting(months: months)) or never")
            }
        }
    }
}
