import ArgumentParser
import Foundation
import Koppel

/// `koppel standins`: people from other employers who can stand in for a period.
struct StandInsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standins",
        abstract: "Find stand-ins from the pool (vervangingspool) for a role or skill and a period.",
        discussion: """
            Lists offers of people at other employers that cover the whole period and the hours, \
            best fit first, with the three consents a secondment needs (employee, lending \
            employer, borrowing employer). A credential that is not valid through the period is flagged. \
            Record the borrowing employer's consent with `koppel standins book`.
            """,
        subcommands: [Find.self, Book.self],
        defaultSubcommand: Find.self
    )

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rank the stand-ins for a period.")
        @OptionGroup var store: StoreOptions
        @Option(help: "A role type, e.g. BAG-beheerder.") var role: String?
        @Option(help: "A skill: its id (nl:bag) or its Dutch or English name.") var skill: String?
        @Option(name: .customLong("for"), help: "The borrowing employer's code.") var borrower: String
        @Option(help: "First day (YYYY-MM-DD).") var from: String
        @Option(help: "Last day (YYYY-MM-DD).") var to: String
        @Option(help: "Hours per week needed.") var hours: Double?
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            guard (role == nil) != (skill == nil) else { throw ValidationError("give exactly one of --role and --skill") }
            guard Day(from) != nil else { throw ValidationError("--from '\(from)' is not a date (YYYY-MM-DD)") }
            guard Day(to) != nil else { throw ValidationError("--to '\(to)' is not a date (YYYY-MM-DD)") }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.logs)
                let catalog = try db.catalog()
                let query = StandInQuery(
                    role: role, skill: try skill.map { try NameArgument.resolve($0, .skill, in: catalog) },
                    borrower: try NameArgument.resolve(borrower, .employer, in: catalog), from: Day(from)!, to: Day(to)!, hours: hours)
                let list = try db.standIns(query, viewer: try asker.viewer(db), on: Day(from)!, actor: actor.named)
                switch format {
                case .json: Console.out(try JSONOutput.encode(list))
                case .csv:
                    var lines = ["offer,person,name,employer,fit,hours,consent_employee,consent_lender,consent_borrower,expiring"]
                    for c in list {
                        lines.append([c.offer, c.person, c.name, c.employer, c.fit.description, c.hoursPerWeek.plainNumber,
                                      String(c.consentEmployee), String(c.consentLender), String(c.consentBorrower),
                                      c.expiringCredentials.map(\.code).joined(separator: "|")].map(RankingOutput.csvQuote).joined(separator: ","))
                    }
                    Console.out(lines.joined(separator: "\n") + "\n")
                case .table:
                    var table = TextTable(columns: [
                        .init(title: "offer"), .init(title: "name", maxWidth: 24), .init(title: "employer"),
                        .init(title: "fit", alignment: .right), .init(title: "h", alignment: .right),
                        .init(title: "consents E/L/B"), .init(title: "notes", maxWidth: 36),
                    ])
                    for c in list {
                        let consents = [c.consentEmployee, c.consentLender, c.consentBorrower].map { $0 ? "yes" : "no" }.joined(separator: "/")
                        let notes = c.expiringCredentials.map { "\($0.code) valid to \($0.expires!)" }.joined(separator: "; ")
                        table.rows.append([c.offer, c.name, c.employer, c.fit.description, c.hoursPerWeek.plainNumber, consents, notes])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if list.isEmpty { throw CLIError.nothingFound("no stand-in covers \(from) to \(to) for \(borrower)") }
            }
        }
    }

    struct Book: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the borrowing employer's consent for an offer and period.",
            discussion: """
                A booking needs the employee's and the lending employer's consent (on the offer) besides the borrower's; an \
                employer cannot book its own employee's offer, and an offer is never booked twice for overlapping periods. \
                --as: an adviser of the borrowing employer, or regional; --actor says who books.
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The stand-in offer's id.") var offer: String
        @Option(name: .customLong("for"), help: "The borrowing employer's code.") var borrower: String
        @Option(help: "First day (YYYY-MM-DD).") var from: String
        @Option(help: "Last day (YYYY-MM-DD).") var to: String
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        func validate() throws {
            guard Day(from) != nil, Day(to) != nil else { throw ValidationError("--from and --to must be dates (YYYY-MM-DD)") }
        }

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: "booking a stand-in")
                let db = try store.openExisting()
                try db.bookStandIn(offer: offer, borrower: borrower, from: Day(from)!, to: Day(to)!, viewer: try asker.viewer(db), actor: who)
                Console.error("\(offer): consent of \(borrower) recorded for \(from) to \(to)")
            }
        }
    }
}
