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
            discussion: """
                Input: {"participants": ["a", "b"], "acceptable": {"a": ["b"], "b": ["a"]}, "weights": {"a": {"b": 2.5}}} \
                ("a": ["b"] = a may take b's position; weights optional, default 1). Output: \
                {"cycles": [["a", "b"]], "moved": 2, "weight": 3.5}; a cycle [x1, …, xk] means x1 takes \
                x2's position, …, xk takes x1's. Maximises people moved, then total weight, then the \
                smallest sorted list of cycles — exactly, never a heuristic.
                """
        )

        @Argument(help: "The instance file, or - for standard input.", completion: .file(extensions: ["json"]))
        var file: String

        @OptionGroup var search: ExchangeSearchOptions

        @Option(help: "json or table.")
        var format: SolveFormat = .json

        func run() throws {
            try runReportingErrors {
                let data = try readInput(file)
                let instance: ExchangeInstance
                do {
                    instance = try ExchangeInstance(json: data)
                } catch {
                    throw CLIError.runtime("\(file): \(error)")
                }
                let solution = try ExchangeSolver.solve(
                    instance, maxCycle: search.maxCycle, maxChain: search.maxChain, limits: search.limits)
                switch format {
                case .json: Console.out(solution.json + "\n")
                case .table:
                    var lines = ["moved \(solution.moved), weight \(solution.weight.plainNumber)"]
                    for cycle in solution.cycles {
                        lines.append("cycle: " + cycle.indices.map { "\(cycle[$0]) → \(cycle[($0 + 1) % cycle.count])'s position" }.joined(separator: ", "))
                    }
                    for chain in solution.chains {
                        lines.append("chain from \(chain[0]): " + (1..<chain.count).map { "\(chain[$0]) → \(chain[$0 - 1])" }.joined(separator: ", "))
                    }
                    Console.screen(lines.joined(separator: "\n") + "\n")
                }
            }
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.find"),
            discussion: """
                An edge a → b exists when a listed b's position, meets its must-haves (the ranking \
                engine), stays within one scale step (unless a allowed more), and their periods \
                overlap; in each cycle and chain all members' periods overlap. Positions that gave \
                no edge are listed with the reason.
                """
        )
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var search: ExchangeSearchOptions
        @Flag(help: "Also list the listed positions that gave no edge, with the reason.") var refused = false
        @Option(help: "table or json.") var format: SolveFormat = .table

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
                if shown.groups.isEmpty { throw CLIError.nothingFound("no exchange to show among the open requests") }
                Console.error("proposal \(shown.id) stored; a regional adviser makes it final with `koppel exchanges accept \(shown.id) --as regional --actor ID`")
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.accept"),
            discussion: "Only a regional adviser (--as regional) who may see every member accepts a proposal; --actor says who and --reason why.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions
        @OptionGroup var why: ReasonOption
        @Argument(help: "The proposal's number.") var id: Int64

        func run() throws {
            try runReportingErrors {
                let who = try actor.required(for: "accepting an exchange")
                let db = try store.openExisting()
                let count = try db.acceptExchange(id, viewer: try asker.viewer(db), actor: who, reason: why.reason)
                Console.error("exchange proposal \(id) accepted: \(count) moves are final")
            }
        }
    }

    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.exchanges.balance"),
            discussion: "Counts accepted exchanges and stand-in bookings with all three consents, and only the people --as may see.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @Option(help: "From (YYYY-MM-DD).") var from: Day?
        @Option(help: "To (YYYY-MM-DD).") var to: Day?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                let lines = try db.exchangeBalance(from: from, to: to, viewer: try asker.viewer(db))
                switch format {
                case .json: Console.out(try JSONOutput.encode(lines))
                case .csv: Console.out((["employer,lent,borrowed"] + lines.map { "\($0.employer),\($0.lent),\($0.borrowed)" }).joined(separator: "\n") + "\n")
                case .table:
                    var table = TextTable(columns: [.init(title: "employer"), .init(title: "lent", alignment: .right), .init(title: "borrowed", alignment: .right), .init(title: "net", alignment: .right)])
                    for line in lines { table.rows.append([line.employer, String(line.lent), String(line.borrowed), String(line.borrowed - line.lent)]) }
                    Console.screen(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
                }
                if lines.isEmpty { throw CLIError.nothingFound("no accepted exchanges or booked stand-ins in this period") }
            }
        }
    }
}

/// How exchange proposals are printed.
enum ExchangeOutput {
    static func table(_ proposal: ExchangeProposal, refused: Bool) -> String {
        var out = ["Exchange proposal \(proposal.id): \(proposal.moved) people move in \(proposal.groups.count) groups (total weight \(proposal.weight.plainNumber)); exact optimum, cycles ≤ \(proposal.maxCycle), chains ≤ \(proposal.maxChain)", ""]
        for (number, group) in proposal.groups.enumerated() {
            out.append("\(number + 1). \(group.kind)")
            for move in group.moves {
                out.append("   \(move.name) (\(move.person), \(move.from)) takes \(move.position.hasPrefix("v") ? "vacancy" : "the position of") \(move.position) at \(move.positionEmployer)")
            }
        }
        if proposal.someGroupsNotShown {
            out.append("")
            out.append("Some groups are not shown: they involve profiles you may not see.")
        }
        if refused, !proposal.refused.isEmpty {
            out.append("")
            out.append("listed positions that gave no edge:")
            for refusal in proposal.refused { out.append("   \(refusal.request) → \(refusal.position): \(refusal.reason)") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
