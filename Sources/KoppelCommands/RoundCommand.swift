import ArgumentParser
import Foundation
import Koppel

/// `koppel round`: trainee placement rounds stored in the database.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: tr("help.round.abstract"),
        discussion: """
            `run` computes the trainee-optimal stable assignment and stores it as a proposal; \
            `accept` makes it final (an adviser decides: nothing is final without it); \
            `scramble` suggests unfilled places to unmatched trainees. A round involves every \
            trainee of the rotation, so it is a regional adviser's task: --as regional.
            """,
        subcommands: [Run.self, Report.self, Accept.self, Place.self, Scramble.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.run"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The rotation's id, e.g. c2026-r1.") var rotation: String
        @Option(help: "table or json.") var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let outcome = try db.runRound(rotation, on: asker.day, viewer: try asker.viewer(db), actor: actor.named)
                switch format {
                case .json: Console.out(try JSONOutput.encode(outcome))
                case .table: Console.out(TextTable.wrapLines(RoundOutput.table(outcome)))
                }
                Console.error("proposal stored (log entry \(outcome.logId)); make it final with `koppel round accept \(rotation) --as regional --actor ID`")
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.report"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @Argument(help: "The rotation's id.") var rotation: String
        @Option(help: "table or json.") var format: SolveFormat = .table

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
            discussion: "A regional adviser accepts (--as regional); --actor says who and --reason why, both recorded in the decision log.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: "The rotation's id.") var rotation: String

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: "accepting a round")
                let db = try store.openExisting()
                let count = try db.acceptRound(rotation, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                Console.error("\(rotation): \(count) assignments are final")
            }
        }
    }

    struct Place: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place a trainee elsewhere than the round proposed: an override, final at once.",
            discussion: """
                The placement must belong to the rotation, have a free place, and not be at an                 organisation where the trainee was placed before. A regional adviser decides                 (--as regional); --actor says who and --reason why, logged as an override                 (`koppel log --kind override`).
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: "The trainee's id.") var trainee: String
        @Argument(help: "The placement's id.") var placement: String
        @Option(help: ArgumentHelp("The rotation's id.", valueName: "id")) var rotation: String

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: "placing a trainee")
                let db = try store.openExisting()
                let placed = try db.placeTrainee(trainee, at: placement, rotation: rotation, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                let was = placed.replaced.map { " instead of \($0)" } ?? ""
                Console.error("\(trainee): placed at \(placement)\(was) in \(rotation), final (override, decision log entry \(placed.logID))")
            }
        }
    }

    struct Scramble: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.round.scramble"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The rotation's id.") var rotation: String
        @Option(help: "Suggestions per trainee.") var limit: Int = 3
        @Option(help: "table or json.") var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let suggestions = try db.scramble(rotation, on: asker.day, perTrainee: limit, viewer: try asker.viewer(db), actor: actor.named)
                if format == .json {
                    Console.out(try JSONOutput.encode(suggestions))
                } else {
                    var table = TextTable(columns: [
                        .init(title: "trainee"), .init(title: "placement"), .init(title: "employer"), .init(title: "title", maxWidth: 36),
                        .init(title: "free", alignment: .right), .init(title: "fit", alignment: .right),
                    ])
                    for s in suggestions {
                        table.rows.append([s.trainee, s.placement, s.employer, s.title, String(s.freePlaces), s.fit.description])
                    }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if suggestions.isEmpty { throw CLIError.nothingFound("no suggestions: every trainee is placed or no place is free") }
            }
        }
    }
}

/// How a round's report is printed.
enum RoundOutput {
    static func table(_ outcome: RoundOutcome) -> String {
        var out = ["Round \(outcome.rotation) (trainee-optimal, stable)", ""]
        out.append(outcome.report.renderTable())
        if !outcome.employers.isEmpty {
            var table = TextTable(columns: [
                .init(title: "host"), .init(title: "placements", alignment: .right), .init(title: "capacity", alignment: .right),
                .init(title: "filled", alignment: .right),
            ])
            for line in outcome.employers {
                table.rows.append([line.employer, String(line.placements), String(line.capacity), String(line.filled)])
            }
            out.append("per host employer:")
            out += table.render()
        }
        if !outcome.derivedRankings.isEmpty {
            out.append("")
            out.append("\(outcome.derivedRankings.count) placements had no host ranking; theirs was derived from fit scores (\(outcome.tieRule)).")
            if !outcome.ties.isEmpty { out.append("ties broken that way: " + outcome.ties.map { $0.joined(separator: "=") }.joined(separator: ", ")) }
        }
        if !outcome.excluded.isEmpty {
            out.append("")
            out.append("left out by the different-organisation rule:")
            for listing in outcome.excluded {
                out.append("  \(listing.trainee) ranked \(listing.placement), but already had a rotation at \(listing.employer)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
