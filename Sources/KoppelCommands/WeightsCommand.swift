import ArgumentParser
import Foundation
import Koppel

/// `koppel weights`: shows or changes the versioned ranking weights.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Show the ranking weights, or store a new version with changed weights.",
        discussion: """
            Weights are points out of 100 per criterion. `koppel weights set niceSkills=25 commute=5 \
            --note "…"` stores a new version; the weights must still sum to 100. Every ranking \
            records the version it used.
            """,
        subcommands: [Show.self, Set.self, History.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the current weights.")
        @OptionGroup var store: StoreOptions
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            try runReportingErrors {
                let weights = try store.openExisting(.reads).currentWeights()
                Console.out(try WeightsCommand.render(weights, format: format))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store a new weights version.")
        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("Changes as criterion=points.", valueName: "criterion=points"))
        var changes: [String]

        @Option(help: "Why the weights change (kept with the version).")
        var note: String

        @OptionGroup var actor: ActorOptions

        func run() throws {
            try runReportingErrors {
                var parsed: [RankingCriterion: Double] = [:]
                for change in changes {
                    let parts = change.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, let criterion = RankingCriterion(rawValue: parts[0]), let value = Double(parts[1]) else {
                        throw ValidationError("'\(change)' should be criterion=points with a criterion from: \(RankingCriterion.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    parsed[criterion] = value
                }
                let who = try actor.required(for: "changing the weights")
                let db = try store.openExisting()
                do {
                    let weights = try db.setWeights(parsed, note: note, actor: who)
                    Console.error("stored weights version \(weights.version)")
                    Console.screen(try WeightsCommand.render(weights, format: .table))
                } catch let error as RankingError {
                    throw CLIError.runtime(error.message)
                }
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every weights version.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try runReportingErrors {
                var table = TextTable(columns: [.init(title: "version", alignment: .right), .init(title: "created"), .init(title: "note", maxWidth: 60)])
                for version in try store.openExisting(.reads).weightsHistory() {
                    table.rows.append([String(version.weights.version), version.createdAt, version.note])
                }
                Console.screen(table.render().joined(separator: "\n") + "\n")
            }
        }
    }

    static func render(_ weights: RankingWeights, format: OutputFormat) throws -> String {
        if format == .json { return try JSONOutput.encode(weights) }
        var table = TextTable(columns: [.init(title: "criterion"), .init(title: "points", alignment: .right)])
        for criterion in RankingCriterion.allCases {
            table.rows.append([criterion.rawValue, weights.points(for: criterion).description])
        }
        return "weights version \(weights.version)\n" + table.render().joined(separator: "\n") + "\n"
    }
}
