import ArgumentParser
import Foundation
import Koppel

/// `koppel exchanges`: exact staff-exchange cycles and vacancy chains.
struct ExchangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchanges",
        abstract: tr("help.exchanges.abstract"),
        subcommands: [Solve.self, Find.self, Accept.self, Balance.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.solve"),
            discussion: tr("help.exchanges.solve.discussion")
        )

        @Argument(help: helpText("help.instanceFile"), completion: .file(extensions: ["json"]))
        var file: String

        @OptionGroup var search: ExchangeSearchOptions

        @Option(help: helpText("help.format.jsonTable"))
        var format: SolveFormat = .json

        func run() throws {
            try runReportingErrors {
                let data = try readInput(file)
                let instance: ExchangeInstance
                do {
                    instance = try ExchangeInstance(json: data)
                } catch {
                    throw CLIError.runtime("\(file): \(localizedMessage(error))")
                }
                let solution = try ExchangeSolver.solve(
                    instance, maxCycle: search.maxCycle, maxChain: search.maxChain, limits: search.limits)
                switch format {
                case .json: Console.out(solution.json + "\n")
                case .table:
                    var lines = [tr("exchanges.solved", ["moved": solution.moved, "weight": solution.weight])]
                    for cycle in solution.cycles {
                        let moves = cycle.indices.map { tr("exchanges.takesPosition", ["who": cycle[$0], "whose": cycle[($0 + 1) % cycle.count]]) }
                        lines.append(tr("exchanges.cycle", ["moves": moves.joined(separator: ", ")]))
                    }
                    for chain in solution.chains {
                        let moves = (1..<chain.count).map { "\(chain[$0]) → \(chain[$0 - 1])" }
                        lines.append(tr("exchanges.chain", ["start": chain[0], "moves": moves.joined(separator: ", ")]))
                    }
                    Console.screen(lines.joined(separator: "\n") + "\n")
                }
            }
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.find"),
            discussion: tr("help.exchanges.find.discussion")
        )
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var search: ExchangeSearchOptions
        @Flag(help: helpText("help.exchanges.refused")) var refused = false
        @Option(help: helpText("help.format.tableJSON")) var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let shown = try db.findExchanges(
                    maxCycle: search.maxCycle, maxChain: search.maxChain, on: asker.day, viewer: try asker.viewer(db), actor: actor.named,
                    limits: search.limits)
                switch format {
                case .json: Console.out(try JSONOutput.encode(shown))
                case .table: Console.screen(TextTable.wrapLines(ExchangeOutput.table(shown, refused: refused)))
                }
                if shown.groups.isEmpty { throw CLIError.nothingFound(tr("exchanges.none")) }
                Console.error(tr("exchanges.proposalStored", ["id": Int(shown.id)]))
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.accept"),
            discussion: tr("help.exchanges.accept.discussion"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: helpText("help.exchanges.id")) var id: Int64

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: tr("reason.what.acceptExchange"))
                let db = try store.openExisting()
                let count = try db.acceptExchange(id, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                Console.error(tr("exchanges.accepted", ["id": Int(id), "count": count]))
            }
        }
    }

    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.balance"),
            discussion: tr("help.exchanges.balance.discussion"))
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @Option(help: helpText("help.exchanges.from")) var from: Day?
        @Option(help: helpText("help.exchanges.to")) var to: Day?
        @Option(help: helpText("help.format.tableJSONCSV")) var format: OutputFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                let lines = try db.exchangeBalance(from: from, to: to, viewer: try asker.viewer(db))
                switch format {
                case .json: Console.out(try JSONOutput.encode(lines))
                case .csv: Console.out((["employer,lent,borrowed"] + lines.map { "\($0.employer),\($0.lent),\($0.borrowed)" }).joined(separator: "\n") + "\n")
                case .table:
                    var table = TextTable(columns: [
                        .init(title: tr("table.employer")), .init(title: tr("exchanges.column.lent"), alignment: .right),
                        .init(title: tr("exchanges.column.borrowed"), alignment: .right), .init(title: tr("exchanges.column.net"), alignment: .right),
                    ])
                    for line in lines { table.rows.append([line.employer, String(line.lent), String(line.borrowed), String(line.borrowed - line.lent)]) }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if lines.isEmpty { throw CLIError.nothingFound(tr("exchanges.noBalance")) }
            }
        }
    }
}

/// How exchange proposals are printed.
enum ExchangeOutput {
    static func table(_ proposal: ExchangeProposal, refused: Bool) -> String {
        var out = [tr("exchanges.proposal", [
            "id": Int(proposal.id), "moved": proposal.moved, "groups": proposal.groups.count, "weight": proposal.weight,
            "maxCycle": proposal.maxCycle, "maxChain": proposal.maxChain,
        ]), ""]
        for (number, group) in proposal.groups.enumerated() {
            out.append("\(number + 1). " + tr("exchanges.kind.\(group.kind)"))
            for move in group.moves {
                let arguments: [String: any TextArgument] = [
                    "name": move.name, "person": move.person, "from": move.from, "position": move.position, "employer": move.positionEmployer,
                ]
                out.append(tr(move.position.hasPrefix("v") ? "exchanges.takesVacancy" : "exchanges.takesPositionOf", arguments))
            }
        }
        if proposal.someGroupsNotShown {
            out.append("")
            out.append(tr("exchanges.hidden"))
        }
        if refused, !proposal.refused.isEmpty {
            out.append("")
            out.append(tr("exchanges.refusedTitle"))
            for refusal in proposal.refused { out.append("   \(refusal.request) → \(refusal.position): \(refusal.reason)") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
