import ArgumentParser
import Foundation
import Koppel

/// `koppel exchanges`: exact staff-exchange cycles and vacancy chains.
struct ExchangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchanges",
        abstract: "Find exact job-swap cycles (functieruil) and vacancy chains, accept them, show the balance.",
        subcommands: [Solve.self, Find.self, Accept.self, Balance.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve an exchange instance in the interchange format (no database needed).",
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
            abstract: "Find the best exchanges among the open requests and store them as a proposal.",
            discussion: """
                An edge a → b exists when a listed b's position, meets its must-haves (the ranking \
                engine), stays within one scale step (unless a allowed more), and their periods \
                overlap; in each cycle and chain all members' periods overlap. Positions that gave \
                no edge are listed with the reason.
                """
        )
        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: AskerOptions
        @OptionGroup var search: ExchangeSearchOptions
        @Flag(help: "Also list the listed positions that gave no edge, with the reason.") var refused = false
        @Option(help: "table or json.") var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let proposal = try db.findExchanges(
                    maxCycle: search.maxCycle, maxChain: search.maxChain, on: asker.day, actor: asker.asEmployer,
                    limits: search.limits)
                let shown = try ExchangeOutput.masked(proposal, for: asker.asEmployer, store: db)
                switch format {
                case .json: Console.out(try RankingOutput.encode(shown))
                case .table: Console.screen(TextTable.wrapLines(ExchangeOutput.table(shown, refused: refused)))
                }
                if proposal.groups.isEmpty { throw CLIError.nothingFound("no exchange possible among the open requests") }
                Console.error("proposal \(proposal.id) stored; make it final with `koppel exchanges accept \(proposal.id)`")
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make an exchange proposal final.")
        @OptionGroup var store: StoreOptions
        @Option(name: .customLong("as"), help: "Who accepts (kept in the decision log).") var actor: String?
        @Argument(help: "The proposal's number.") var id: Int64

        func run() throws {
            try runReportingErrors {
                let count = try store.openExisting().acceptExchange(id, actor: actor)
                Console.error("exchange proposal \(id) accepted: \(count) moves are final")
            }
        }
    }

    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "How many people each employer lent and borrowed.")
        @OptionGroup var store: StoreOptions
        @Option(help: "From (YYYY-MM-DD).") var from: String?
        @Option(help: "To (YYYY-MM-DD).") var to: String?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            for date in [from, to].compactMap({ $0 }) where Day(date) == nil { throw ValidationError("'\(date)' is not a date (YYYY-MM-DD)") }
        }

        func run() throws {
            try runReportingErrors {
                let lines = try store.openExisting(.reads).exchangeBalance(from: from.flatMap(Day.init), to: to.flatMap(Day.init))
                switch format {
                case .json: Console.out(try RankingOutput.encode(lines))
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
    /// The proposal as the asker may see it: a discreet person of the asker's employer (or any
    /// discreet person, without --as) is shown as "discreet profile", without id or name.
    static func masked(_ proposal: ExchangeProposal, for asker: String?, store: KoppelStore) throws -> ExchangeProposal {
        var copy = proposal
        for g in copy.groups.indices {
            for m in copy.groups[g].moves.indices {
                let move = copy.groups[g].moves[m]
                if let person = try store.person(move.person), !RankingEngine.isVisible(person, to: asker) {
                    copy.groups[g].moves[m].person = "discreet"
                    copy.groups[g].moves[m].name = "discreet profile"
                    copy.groups[g].moves[m].request = "discreet"
                }
                if let holder = try store.person(move.position), !RankingEngine.isVisible(holder, to: asker) {
                    copy.groups[g].moves[m].position = "discreet"
                }
            }
        }
        copy.refused = try copy.refused.filter { refusal in
            let requester = try store.exchangeRequester(refusal.request)
            let people = [requester, refusal.position].compactMap { $0 }
            return try people.allSatisfy { id in try store.person(id).map { RankingEngine.isVisible($0, to: asker) } ?? true }
        }
        return copy
    }

    static func table(_ proposal: ExchangeProposal, refused: Bool) -> String {
        var out = ["Exchange proposal \(proposal.id): \(proposal.moved) people move in \(proposal.groups.count) groups (total weight \(proposal.weight.plainNumber)); exact optimum, cycles ≤ \(proposal.maxCycle), chains ≤ \(proposal.maxChain)", ""]
        for (number, group) in proposal.groups.enumerated() {
            out.append("\(number + 1). \(group.kind)")
            for move in group.moves {
                out.append("   \(move.name) (\(move.person), \(move.from)) takes \(move.position.hasPrefix("v") ? "vacancy" : "the position of") \(move.position) at \(move.positionEmployer)")
            }
        }
        if refused, !proposal.refused.isEmpty {
            out.append("")
            out.append("listed positions that gave no edge:")
            for refusal in proposal.refused { out.append("   \(refusal.request) → \(refusal.position): \(refusal.reason)") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
