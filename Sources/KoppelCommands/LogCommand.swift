import ArgumentParser
import Foundation
import Koppel

/// `koppel log`: the decision log, and `koppel log replay ID`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: tr("help.log.abstract"),
        discussion: """
            Every ranking, explanation, placement round, acceptance, weights change, import and \
            erasure is recorded with the time (UTC), the viewer it was taken for (--as), who \
            acted (--actor), the SHA-256 of its input \
            data, the weights version and the outcome. The log is append-only: the database \
            refuses to change or delete an entry, except that an erasure replaces the erased \
            person's id by a pseudonym.
            """,
        subcommands: [List.self, Show.self, Replay.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: tr("help.log.list"),
            discussion: """
                Each entry counts the people it concerns; `koppel log show ID` lists them. What you \
                see follows --as: an adviser reads the decisions taken without a viewer or by \
                advisers of their own employer, never anything about their own discreet staff; \
                without --as only decisions taken without a viewer; regional, auditor (with \
                pseudonyms) and steward read every entry.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption

        @Option(help: ArgumentHelp("Only entries on or after this day (YYYY-MM-DD).", valueName: "date"))
        var since: Day?

        @Option(help: ArgumentHelp("Only entries of this kind: \(DecisionLog.kinds.joined(separator: ", ")).", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only entries that concern this person.", valueName: "id"))
        var person: String?

        @Option(help: "At most this many entries.")
        var limit: Int = 20

        @Option(help: ArgumentHelp("Only entries older than this id (the next page).", valueName: "id"))
        var before: Int64?

        @Option(help: "table or json.")
        var format: SolveFormat = .table

        func validate() throws {
            if let kind, !DecisionLog.kinds.contains(kind) {
                throw ValidationError("unknown kind '\(kind)'; use one of: \(DecisionLog.kinds.joined(separator: ", "))")
            }
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting(.reads)
                let query = LogQuery(since: since?.description, kind: kind, person: person, before: before, limit: limit)
                let entries = try db.logPage(query, viewer: try asker.viewer(db))
                switch format {
                case .json: Console.out(try JSONOutput.log(entries, withSubjects: false))
                case .table: Console.out(LogOutput.table(entries))
                }
                if entries.isEmpty { throw CLIError.nothingFound("no log entries match") }
                if entries.count == limit, let oldest = entries.last {
                    Console.error("older entries: koppel log --before \(oldest.id)")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.log.show"))

        @OptionGroup var entry: LogEntrySelection

        func run() throws {
            try runReportingErrors {
                let db = try entry.store.openExisting()
                guard let logged = try db.logEntry(entry.id, viewer: try entry.asker.viewer(db)) else {
                    throw CLIError.nothingFound("no decision log entry with id \(entry.id)")
                }
                switch entry.format {
                case .json: Console.out(try JSONOutput.log([logged], withSubjects: true))
                case .table: Console.out(LogOutput.detail(logged))
                }
            }
        }
    }

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.log.replay"),
            discussion: """
                The decision is recomputed from the data now in the database with the weights \
                version it recorded. Says whether the input hash is the same ("inputs changed \
                since" when not) and whether the outcome matches. Exit code 0 when the outcome \
                matches, 1 when it does not, 2 when the entry cannot be replayed.
                """)

        @OptionGroup var entry: LogEntrySelection

        func run() throws {
            try runReportingErrors {
                let db = try entry.store.openExisting(.reads)
                let replay: DecisionReplay
                do {
                    replay = try db.replay(logID: entry.id, viewer: try entry.asker.viewer(db))
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.message)
                }
                switch entry.format {
                case .json: Console.out(try JSONOutput.encode(replay))
                case .table:
                    var lines = [replay.summary]
                    if !replay.inputsUnchanged {
                        lines.append("  logged input hash \(replay.loggedInputHash)")
                        lines.append("  current input hash \(replay.currentInputHash)")
                    }
                    lines += replay.differences.map { "  \($0)" }
                    if replay.differencesWithheld { lines.append("  (some differences concern profiles you may not see)") }
                    Console.out(lines.joined(separator: "\n") + "\n")
                }
                if !replay.outcomeMatches { throw CLIError.nothingFound("the recomputed outcome differs from the logged one") }
            }
        }
    }
}

/// What `koppel log show` and `koppel log replay` take: the database, the viewer, one entry's
/// id and the output format.
struct LogEntrySelection: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: ViewerOption

    @Argument(help: "The log entry's id.")
    var id: Int64

    @Option(help: "table or json.")
    var format: SolveFormat = .table
}

/// How `koppel log` prints entries.
enum LogOutput {
    static func table(_ entries: [DecisionLogEntry]) -> String {
        var table = TextTable(columns: [
            .init(title: "id", alignment: .right, maxWidth: 8), .init(title: "at (UTC)", maxWidth: 20), .init(title: "kind", maxWidth: 15),
            .init(title: "viewer", maxWidth: 16), .init(title: "actor", maxWidth: 16), .init(title: "weights", alignment: .right, maxWidth: 7),
            .init(title: "input", maxWidth: 12), .init(title: "people", alignment: .right, maxWidth: 8), .init(title: "params", maxWidth: 50),
        ])
        for entry in entries {
            table.rows.append([
                String(entry.id), entry.at, entry.kind, entry.viewer ?? "", entry.actor, entry.weightsVersion.map { "v\($0)" } ?? "",
                String(entry.inputHash.prefix(12)), String(entry.subjectCount), entry.params,
            ])
        }
        return table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n"
    }

    /// One entry, field by field, with its subjects.
    static func detail(_ entry: DecisionLogEntry) -> String {
        var lines = [
            "log entry \(entry.id) · \(entry.kind) · \(entry.at)",
            "viewer:  \(entry.viewer ?? "(not recorded)")",
            "actor:   \(entry.actor)",
            "weights: \(entry.weightsVersion.map { "v\($0)" } ?? "-")",
            "input:   \(entry.inputHash)",
            "params:  \(entry.params)",
            "outcome: \(entry.outcome.count > 2000 ? String(entry.outcome.prefix(2000)) + " …" : entry.outcome)",
            "people:  \(entry.subjectCount)",
        ]
        lines += entry.subjects.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
