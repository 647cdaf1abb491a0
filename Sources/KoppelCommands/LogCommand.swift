import ArgumentParser
import Foundation
import Koppel

/// `koppel log`: the decision log, and `koppel log replay ID`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the decision log, or replay a logged decision.",
        discussion: """
            Every ranking, explanation, placement round, acceptance, weights change, import and \
            erasure is recorded with the time (UTC), who asked (--as), the SHA-256 of its input \
            data, the weights version and the outcome. The log is append-only: the database \
            refuses to change or delete an entry, except that an erasure replaces the erased \
            person's id by a pseudonym.
            """,
        subcommands: [List.self, Replay.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List log entries, oldest first (the default of `koppel log`).")

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("Only entries on or after this day (YYYY-MM-DD).", valueName: "date"))
        var since: String?

        @Option(help: ArgumentHelp("Only entries of this kind: \(DecisionLog.kinds.joined(separator: ", ")).", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only entries that concern this person.", valueName: "id"))
        var person: String?

        @Option(
            name: .customLong("as"),
            help: ArgumentHelp("The asking adviser's employer code: its discreet profiles are shown as (discreet).", valueName: "employer"))
        var asEmployer: String?

        @Option(help: "table or json.")
        var format: SolveFormat = .table

        func validate() throws {
            if let since, Day(since) == nil { throw ValidationError("--since '\(since)' is not a date (YYYY-MM-DD)") }
            if let kind, !DecisionLog.kinds.contains(kind) {
                throw ValidationError("unknown kind '\(kind)'; use one of: \(DecisionLog.kinds.joined(separator: ", "))")
            }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                var entries = try db.pool.read { try DecisionLog.entries(since: since, kind: kind, person: person, in: $0) }
                if let asEmployer {
                    let hidden = try db.hiddenIdentifiers(from: asEmployer)
                    // Asking for a hidden person's entries finds nothing, as for an unknown id.
                    entries = person.map(hidden.contains) == true ? [] : entries.map { $0.redacting(hidden) }
                }
                switch format {
                case .json: Console.out(try DecisionLogEntry.json(entries))
                case .table: Console.out(LogOutput.table(entries))
                }
                if entries.isEmpty { throw CLIError.nothingFound("no log entries match") }
            }
        }
    }

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute a logged ranking, explanation or round and say whether it still matches.",
            discussion: """
                The decision is recomputed from the data now in the database with the weights \
                version it recorded. Says whether the input hash is the same ("inputs changed \
                since" when not) and whether the outcome matches. Exit code 0 when the outcome \
                matches, 1 when it does not, 2 when the entry cannot be replayed.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The log entry's id.")
        var id: Int64

        @Option(help: "table or json.")
        var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let replay = try store.openExisting(.reads).replay(logID: id)
                switch format {
                case .json: Console.out(try RankingOutput.encode(replay))
                case .table:
                    var lines = [replay.summary]
                    if !replay.inputsUnchanged {
                        lines.append("  logged input hash \(replay.loggedInputHash)")
                        lines.append("  current input hash \(replay.currentInputHash)")
                    }
                    lines += replay.differences.map { "  \($0)" }
                    Console.out(lines.joined(separator: "\n") + "\n")
                }
                if !replay.outcomeMatches { throw CLIError.nothingFound("the recomputed outcome differs from the logged one") }
            }
        }
    }
}

/// How `koppel log` prints entries.
enum LogOutput {
    static func table(_ entries: [DecisionLogEntry]) -> String {
        var table = TextTable(columns: [
            .init(title: "id", alignment: .right, maxWidth: 8), .init(title: "at (UTC)", maxWidth: 20), .init(title: "kind", maxWidth: 15),
            .init(title: "actor", maxWidth: 16), .init(title: "weights", alignment: .right, maxWidth: 7), .init(title: "input", maxWidth: 12),
            .init(title: "subjects", maxWidth: 30), .init(title: "params", maxWidth: 60),
        ])
        for entry in entries {
            let subjects = entry.subjects.count <= 3
                ? entry.subjects.joined(separator: " ")
                : entry.subjects.prefix(2).joined(separator: " ") + " +\(entry.subjects.count - 2)"
            table.rows.append([
                String(entry.id), entry.at, entry.kind, entry.actor, entry.weightsVersion.map { "v\($0)" } ?? "",
                String(entry.inputHash.prefix(12)), subjects, entry.params,
            ])
        }
        return table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n"
    }
}
