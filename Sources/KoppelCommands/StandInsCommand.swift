import ArgumentParser
import Foundation
import Koppel

/// `koppel standins`: people from other employers who can stand in for a period.
struct StandInsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standins",
        abstract: tr("help.standins.abstract"),
        discussion: tr("help.standins.discussion"),
        subcommands: [Find.self, Book.self],
        defaultSubcommand: Find.self
    )

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.standins.find"))
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("help.standins.role")) var role: String?
        @Option(help: helpText("help.standins.skill")) var skill: String?
        @Option(name: .customLong("for"), help: helpText("help.standins.for")) var borrower: String
        @Option(help: helpText("help.standins.from")) var from: Day
        @Option(help: helpText("help.standins.to")) var to: Day
        @Option(help: helpText("help.standins.hours")) var hours: Double?
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Option(help: helpText("help.format.tableJSONCSV")) var format: OutputFormat = .table

        func validate() throws {
            guard (role == nil) != (skill == nil) else { throw ValidationError(tr("standins.roleOrSkill")) }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.logs)
                let catalog = try db.catalog()
                let query = StandInQuery(
                    role: role, skill: try skill.map { try NameArgument.resolve($0, .skill, in: catalog) },
                    borrower: try NameArgument.resolve(borrower, .employer, in: catalog), from: from, to: to, hours: hours)
                let list = try db.standIns(query, viewer: try asker.viewer(db), on: from, actor: actor.named)
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
                        .init(title: tr("standins.column.offer")), .init(title: tr("table.name"), maxWidth: 24), .init(title: tr("table.employer")),
                        .init(title: tr("standins.column.fit"), alignment: .right), .init(title: tr("standins.column.hours"), alignment: .right),
                        .init(title: tr("standins.column.consents")), .init(title: tr("table.notes"), maxWidth: 36),
                    ])
                    for c in list {
                        let consents = [c.consentEmployee, c.consentLender, c.consentBorrower].map { tr($0 ? "common.yes" : "common.no") }.joined(separator: "/")
                        let notes = c.expiringCredentials.map { tr("standins.validTo", ["code": $0.code, "day": $0.expires!]) }.joined(separator: "; ")
                        table.rows.append([c.offer, c.name, c.employer, CLILanguage.current.decimal(c.fit.description), CLILanguage.current.decimal(c.hoursPerWeek.plainNumber), consents, notes])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if list.isEmpty { throw CLIError.nothingFound(tr("standins.none", ["from": from, "to": to, "borrower": borrower])) }
            }
        }
    }

    struct Book: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.standins.book"),
            discussion: tr("help.standins.book.discussion"))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("help.standins.offer")) var offer: String
        @Option(name: .customLong("for"), help: helpText("help.standins.for")) var borrower: String
        @Option(help: helpText("help.standins.from")) var from: Day
        @Option(help: helpText("help.standins.to")) var to: Day
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("standins.booking"))
                let db = try store.openExisting()
                let borrower = try NameArgument.resolve(borrower, .employer, in: try db.catalog())
                try db.bookStandIn(offer: offer, borrower: borrower, from: from, to: to, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                Console.error(tr("standins.booked", ["offer": offer, "borrower": borrower, "from": from, "to": to]))
            }
        }
    }
}
