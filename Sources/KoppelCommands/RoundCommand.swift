import ArgumentParser
import Foundation
import Koppel

/// `koppel round`: trainee placement rounds stored in the database.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: tr("help.round.abstract"),
        discussion: tr("help.round.discussion"),
        subcommands: [Run.self, Report.self, Accept.self, Place.self, Scramble.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.run"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: helpText("help.round.rotation")) var rotation: String
        @Option(help: helpText("help.format.tableJSON")) var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let outcome = try db.runRound(rotation, on: asker.day, viewer: try asker.viewer(db), actor: actor.named)
                switch format {
                case .json: Console.out(try JSONOutput.encode(outcome))
                case .table: Console.out(TextTable.wrapLines(RoundOutput.table(outcome)))
                }
                Console.error(tr("round.proposalStored", ["id": Int(outcome.logId), "rotation": rotation]))
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.report"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @Argument(help: helpText("help.rotationID")) var rotation: String
        @Option(help: helpText("help.format.tableJSON")) var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let outcome = try db.roundReport(rotation, on: asker.day, viewer: try asker.viewer(db))
                switch format {
                case .json: Console.out(try JSONOutput.encode(outcome))
                case .table: Console.screen(TextTable.wrapLines(RoundOutput.table(outcome)))
                }
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.round.accept"),
            discussion: tr("help.round.accept.discussion"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: helpText("help.rotationID")) var rotation: String

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("reason.what.acceptRound"))
                let db = try store.openExisting()
                let count = try db.acceptRound(rotation, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                Console.error(tr("round.accepted", ["rotation": rotation, "count": count]))
            }
        }
    }

    struct Place: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.round.place"),
            discussion: tr("help.round.place.discussion"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: helpText("help.traineeID")) var trainee: String
        @Argument(help: helpText("help.round.placement")) var placement: String
        @Option(help: helpText("help.rotationID", valueName: "id")) var rotation: String

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("round.placing"))
                let db = try store.openExisting()
                let placed = try db.placeTrainee(trainee, at: placement, rotation: rotation, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                let arguments: [String: any TextArgument] = [
                    "trainee": trainee, "placement": placement, "rotation": rotation, "id": Int(placed.logID), "was": placed.replaced ?? "",
                ]
                Console.error(tr(placed.replaced == nil ? "round.placed" : "round.placedInstead", arguments))
            }
        }
    }

    struct Scramble: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.scramble"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: helpText("help.rotationID")) var rotation: String
        @Option(help: helpText("help.round.limit")) var limit: Int = 3
        @Option(help: helpText("help.format.tableJSON")) var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let suggestions = try db.scramble(rotation, on: asker.day, perTrainee: limit, viewer: try asker.viewer(db), actor: actor.named)
                if format == .json {
                    Console.out(try JSONOutput.encode(suggestions))
                } else {
                    var table = TextTable(columns: [
                        .init(title: tr("round.column.trainee")), .init(title: tr("round.column.placement")), .init(title: tr("table.employer")),
                        .init(title: tr("table.title"), maxWidth: 36), .init(title: tr("round.column.free"), alignment: .right),
                        .init(title: tr("standins.column.fit"), alignment: .right),
                    ])
                    for s in suggestions {
                        table.rows.append([s.trainee, s.placement, s.employer, s.title, String(s.freePlaces), CLILanguage.current.decimal(s.fit.description)])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if suggestions.isEmpty { throw CLIError.nothingFound(tr("round.noSuggestions")) }
            }
        }
    }
}

/// How a round's report is printed.
enum RoundOutput {
    static func table(_ outcome: RoundOutcome) -> String {
        var out = [tr("round.title", ["rotation": outcome.rotation]), ""]
        out.append(PlacementReportText.render(outcome.report))
        if !outcome.employers.isEmpty {
            var table = TextTable(columns: [
                .init(title: tr("round.column.host")), .init(title: tr("round.column.placements"), alignment: .right),
                .init(title: tr("round.column.capacity"), alignment: .right), .init(title: tr("round.column.filled"), alignment: .right),
            ])
            for line in outcome.employers {
                table.rows.append([line.employer, String(line.placements), String(line.capacity), String(line.filled)])
            }
            out.append(tr("round.perHost"))
            out += table.render()
        }
        if !outcome.derivedRankings.isEmpty {
            out.append("")
            out.append(tr("round.derived", ["count": outcome.derivedRankings.count, "rule": tr("round.tieRule")]))
            if !outcome.ties.isEmpty { out.append(tr("round.ties", ["ties": outcome.ties.map { $0.joined(separator: "=") }.joined(separator: ", ")])) }
        }
        if !outcome.excluded.isEmpty {
            out.append("")
            out.append(tr("round.excludedTitle"))
            for listing in outcome.excluded {
                out.append(tr("round.excluded", ["trainee": listing.trainee, "placement": listing.placement, "employer": listing.employer]))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
