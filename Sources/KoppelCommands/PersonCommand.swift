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
            abstract: tr("help.person.letter"),
            discussion: tr("help.person.letter.discussion"))

        enum Language: String, ExpressibleByArgument, CaseIterable { case nl, en }

        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("help.personID")) var id: String
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @Option(help: helpText("help.person.log", valueName: "id")) var log: Int64
        @Option(help: helpText("help.person.top", valueName: "k")) var top: Int?
        @Option(name: .shortAndLong, help: helpText("help.person.output", valueName: "file")) var output: String?

        func validate() throws {
            if let top, top < 1 { throw ValidationError(tr("cli.topAtLeastOne")) }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let letter: PersonLetter
                do {
                    letter = try db.personLetter(
                        id, logID: log, top: top, language: CLILanguage.chosen ? CLILanguage.current : .nl, viewer: try asker.viewer(db), actor: actor.named)
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.localized)
                }
                try writeOutput(letter.text, to: output, what: tr("person.letterWritten", ["id": id, "log": Int(letter.logID)]))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.export"),
            discussion: tr("help.person.export.discussion"))

        @OptionGroup var store: StoreOptions

        @Argument(help: helpText("help.personID"))
        var id: String

        @OptionGroup var asker: ViewerOption

        @Option(name: .shortAndLong, help: helpText("help.person.output", valueName: "file"))
        var output: String?

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                let json: String
                do {
                    json = try db.personData(id, viewer: try asker.viewer(db))
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.localized)
                }
                if let output {
                    guard FileManager.default.createFile(atPath: output, contents: Data(json.utf8)) else {
                        throw CLIError.runtime(tr("cli.cannotWrite", ["path": output]))
                    }
                    Console.error(tr("person.exported", ["path": output, "id": id]))
                } else {
                    Console.out(json)
                }
            }
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.erase"),
            discussion: tr("help.person.erase.discussion"))

        @OptionGroup var store: StoreOptions

        @Argument(help: helpText("help.personID"))
        var id: String

        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Flag(help: helpText("help.person.yes"))
        var yes = false

        @Option(help: helpText("help.format.tableJSON"))
        var format: SolveFormat = .table

        func validate() throws {
            guard yes else { throw ValidationError(tr("person.confirmErase", ["id": id])) }
        }

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("person.erasing"))
                let report: ErasureReport
                do {
                    let db = try store.openExisting()
                    report = try db.erasePerson(id, viewer: try asker.viewer(db), actor: who, step: FaultInjection.erasureStep)
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.localized)
                }
                switch format {
                case .json: Console.out(try JSONOutput.encode(report))
                case .table:
                    var lines = [tr("person.erased", ["id": id, "pseudonym": report.pseudonym, "log": Int(report.logID)])]
                    let removed = report.removed.keys.sorted().map { "\($0) \(report.removed[$0]!)" }.joined(separator: ", ")
                    lines.append(tr("person.removed", ["tables": removed]))
                    if report.proposalsWithdrawn > 0 { lines.append(tr("person.proposalsWithdrawn", ["count": report.proposalsWithdrawn])) }
                    lines.append(tr("person.pseudonymised", ["count": report.logEntriesPseudonymised]))
                    if report.walTruncated { lines.append(tr("person.vacuumed")) }
                    Console.screen(lines.joined(separator: "\n") + "\n")
                }
                if !report.walTruncated {
                    throw CLIError.runtime(tr("person.erasedButBusy", ["id": id]))
                }
            }
        }
    }

    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.compact"),
            discussion: tr("help.person.compact.discussion"))

        @OptionGroup var store: StoreOptions

        func run() throws {
            try runReportingErrors {
                guard try store.openExisting().compact() else {
                    throw CLIError.runtime(tr("person.compactBusy"))
                }
                Console.error(tr("person.compacted", ["path": store.path]))
            }
        }
    }

    struct Stale: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.person.stale"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption

        @Option(help: helpText("help.person.months"))
        var months: Int

        @Option(help: helpText("help.person.on", discussion: "help.on.discussion", valueName: "date"))
        var on: Day?

        @Option(help: helpText("help.format.tableJSONCSV"))
        var format: OutputFormat = .table

        func validate() throws {
            guard months >= 1 else { throw ValidationError(tr("person.monthsAtLeastOne")) }
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
                        .init(title: tr("log.column.id")), .init(title: tr("table.name"), maxWidth: 30), .init(title: tr("table.employer")),
                        .init(title: tr("person.column.updated")), .init(title: tr("person.column.consent")),
                    ])
                    for p in stale {
                        table.rows.append([p.id, p.displayName, p.employer, p.updatedAt?.description ?? tr("person.never"), p.consentAt?.description ?? ""])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if stale.isEmpty { throw CLIError.nothingFound(tr("person.noneStale", ["months": months])) }
                Console.error(tr("person.stale", ["count": stale.count, "day": day.subtracting(months: months)]))
            }
        }
    }
}
