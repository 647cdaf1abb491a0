import ArgumentParser
import Foundation
import Koppel

/// `koppel placements solve FILE`: the hospitals/residents interchange format.
struct PlacementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: tr("help.placements.abstract"),
        subcommands: [Solve.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.placements.solve"),
            discussion: """
                Input: {"trainees": {"t1": ["p1", "p2"]}, "placements": {"p1": {"capacity": 1, "ranking": ["t1"]}}}. \
                A pair is acceptable only when both list each other; one-sided listings are ignored \
                with a warning on stderr. The result is checked for blocking pairs before it is shown.
                """
        )

        @Argument(help: "The instance file, or - for standard input.", completion: .file(extensions: ["json"]))
        var file: String

        @Option(help: "Which side proposes: trainee (trainee-optimal, the default) or placement.")
        var optimal: ProposingSide = .trainee

        @Option(help: "json or table.")
        var format: SolveFormat = .json

        func run() throws {
            try runReportingErrors {
                let data = try readInput(file)
                let instance: PlacementInstance
                do {
                    instance = try PlacementJSON.decodeInstance(from: data)
                } catch {
                    throw CLIError.runtime("\(file): \(error)")
                }
                let matching = PlacementSolver.solve(instance, proposing: optimal.side)
                for warning in instance.warnings { Console.error(tr("common.warning", ["message": PlacementReportText.warning(warning)])) }
                switch format {
                case .json: Console.out(String(decoding: PlacementJSON.encode(matching), as: UTF8.self) + "\n")
                case .table: Console.screen(PlacementReportText.render(PlacementReport(instance: instance, matching: matching)))
                }
            }
        }
    }
}

enum ProposingSide: String, ExpressibleByArgument, CaseIterable {
    case trainee, placement
    var side: PlacementProposingSide { self == .trainee ? .trainee : .placement }
}

enum SolveFormat: String, ExpressibleByArgument, CaseIterable {
    case json, table
}

/// The bytes of a file, or of standard input for `-`, read by ``InputFile`` (bounded, checked).
func readInput(_ file: String) throws -> Data {
    Data(try InputFile.bytes(atPath: file))
}
