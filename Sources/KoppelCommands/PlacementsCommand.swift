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
            discussion: tr("help.placements.solve.discussion")
        )

        @Argument(help: helpText("help.instanceFile"), completion: .file(extensions: ["json"]))
        var file: String

        @Option(help: helpText("help.placements.optimal"))
        var optimal: ProposingSide = .trainee

        @Option(help: helpText("help.format.jsonTable"))
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
