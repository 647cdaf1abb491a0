import ArgumentParser
import Foundation
import Koppel

/// `koppel weights`: shows or changes the versioned ranking weights.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: tr("help.weights.abstract"),
        discussion: tr("help.weights.discussion"),
        subcommands: [Show.self, Set.self, History.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.weights.show"))
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("help.format.tableJSON")) var format: OutputFormat = .table

        func run() throws {
            try runReportingErrors {
                let weights = try store.openExisting(.reads).currentWeights()
                Console.out(try WeightsCommand.render(weights, format: format))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.weights.set"))
        @OptionGroup var store: StoreOptions

        @Argument(help: helpText("help.weights.changes", valueName: "criterion=points"))
        var changes: [String]

        @Option(help: helpText("help.weights.note"))
        var note: String

        @OptionGroup var actor: ActorOptions

        func run() throws {
            try runReportingErrors {
                var parsed: [RankingCriterion: Double] = [:]
                for change in changes {
                    let parts = change.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2, let criterion = RankingCriterion(rawValue: parts[0]), let value = Double(parts[1]) else {
                        throw ValidationError(tr("weights.badChange", ["change": change, "criteria": RankingCriterion.allCases.map(\.rawValue).joined(separator: ", ")]))
                    }
                    parsed[criterion] = value
                }
                let who = try actor.required(for: tr("weights.changing"))
                let db = try store.openExisting()
                do {
                    let weights = try db.setWeights(parsed, note: note, actor: who)
                    Console.error(tr("weights.stored", ["version": weights.version]))
                    Console.screen(try WeightsCommand.render(weights, format: .table))
                } catch let error as RankingError {
                    throw CLIError.runtime(error.message(in: CLILanguage.current))
                }
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.weights.history"))
        @OptionGroup var store: StoreOptions

        func run() throws {
            try runReportingErrors {
                var table = TextTable(columns: [.init(title: tr("weights.column.version"), alignment: .right), .init(title: tr("weights.column.created")), .init(title: tr("weights.column.note"), maxWidth: 60)])
                for version in try store.openExisting(.reads).weightsHistory() {
                    table.rows.append([String(version.weights.version), version.createdAt, version.note])
                }
                Console.screen(table.render().joined(separator: "\n") + "\n")
            }
        }
    }

    static func render(_ weights: RankingWeights, format: OutputFormat) throws -> String {
        if format == .json { return try JSONOutput.encode(weights) }
        var table = TextTable(columns: [.init(title: tr("explain.header")), .init(title: tr("weights.column.points"), alignment: .right), .init(title: "")])
        for criterion in RankingCriterion.allCases {
            table.rows.append([criterion.rawValue, CLILanguage.current.decimal(weights.points(for: criterion).description), RankingOutput.criterionName(criterion)])
        }
        return tr("weights.version", ["version": weights.version]) + "\n" + table.render().joined(separator: "\n") + "\n"
    }
}
