import ArgumentParser
import Foundation
import Koppel

/// `koppel log`: the decision log, and `koppel log replay ID`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: tr("help.log.abstract"),
        discussion: tr("help.log.discussion"),
        subcommands: [List.self, Show.self, Replay.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: tr("help.log.list"),
            discussion: tr("help.log.list.discussion"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption

        @Option(help: helpText("help.log.since", valueName: "date"))
        var since: Day?

        @Option(help: ArgumentHelp(tr("help.log.kind", ["kinds": DecisionLog.kinds.joined(separator: ", ")]), valueName: "kind"))
        var kind: String?

        @Option(help: helpText("help.log.person", valueName: "id"))
        var person: String?

        @Option(help: helpText("help.log.limit"))
        var limit: Int = 20

        @Option(help: helpText("help.log.before", valueName: "id"))
        var before: Int64?

        @Option(help: helpText("help.format.tableJSON"))
        var format: SolveFormat = .table

        func validate() throws {
            if let kind, !DecisionLog.kinds.contains(kind) {
                throw ValidationError(tr("cli.unknownKind", ["kind": kind, "kinds": DecisionLog.kinds.joined(separator: ", ")]))
            }
            guard limit >= 1 else { throw ValidationError(tr("cli.limitAtLeastOne")) }
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
                if entries.isEmpty { throw CLIError.nothingFound(tr("log.none")) }
                if entries.count == limit, let oldest = entries.last {
                    Console.error(tr("log.older", ["id": Int(oldest.id)]))
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
                    throw CLIError.nothingFound(tr("store.noLogEntry", ["id": Int(entry.id)]))
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
            discussion: tr("help.log.replay.discussion"))

        @OptionGroup var entry: LogEntrySelection

        func run() throws {
            try runReportingErrors {
                let db = try entry.store.openExisting(.reads)
                let replay: DecisionReplay
                do {
                    replay = try db.replay(logID: entry.id, viewer: try entry.asker.viewer(db))
                } catch let error as StoreError where error.code == .notFound {
                    throw CLIError.nothingFound(error.localized)
                }
                switch entry.format {
                case .json: Console.out(try JSONOutput.encode(replay))
                case .table:
                    var lines = [replay.summary(in: CLILanguage.current)]
                    if !replay.inputsUnchanged {
                        lines.append(tr("log.replay.loggedHash", ["hash": replay.loggedInputHash]))
                        lines.append(tr("log.replay.currentHash", ["hash": replay.currentInputHash]))
                    }
                    lines += replay.differences.map { "  \($0)" }
                    if replay.differencesWithheld { lines.append(tr("log.replay.withheld")) }
                    Console.out(lines.joined(separator: "\n") + "\n")
                }
                if !replay.outcomeMatches { throw CLIError.nothingFound(tr("log.replay.differs")) }
            }
        }
    }
}

/// What `koppel log show` and `koppel log replay` take: the database, the viewer, one entry's
/// id and the output format.
struct LogEntrySelection: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var asker: ViewerOption

    @Argument(help: helpText("help.log.id"))
    var id: Int64

    @Option(help: helpText("help.format.tableJSON"))
    var format: SolveFormat = .table
}

/// How `koppel log` prints entries.
enum LogOutput {
    static func table(_ entries: [DecisionLogEntry]) -> String {
        var table = TextTable(columns: [
            .init(title: tr("log.column.id"), alignment: .right, maxWidth: 8), .init(title: tr("log.column.at"), maxWidth: 20),
            .init(title: tr("log.column.kind"), maxWidth: 15), .init(title: tr("log.column.viewer"), maxWidth: 16),
            .init(title: tr("log.column.actor"), maxWidth: 16), .init(title: tr("log.column.weights"), alignment: .right, maxWidth: 7),
            .init(title: tr("log.column.input"), maxWidth: 12), .init(title: tr("log.column.people"), alignment: .right, maxWidth: 8),
            .init(title: tr("log.column.params"), maxWidth: 50),
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
            tr("log.detail.title", ["id": Int(entry.id), "kind": entry.kind, "at": entry.at]),
            tr("log.detail.viewer", ["viewer": entry.viewer ?? tr("log.detail.notRecorded")]),
            tr("log.detail.actor", ["actor": entry.actor]),
            tr("log.detail.weights", ["weights": entry.weightsVersion.map { "v\($0)" } ?? "-"]),
            tr("log.detail.input", ["hash": entry.inputHash]),
            tr("log.detail.params", ["params": entry.params]),
            tr("log.detail.outcome", ["outcome": entry.outcome.count > 2000 ? String(entry.outcome.prefix(2000)) + " …" : entry.outcome]),
            tr("log.detail.people", ["count": entry.subjectCount]),
        ]
        lines += entry.subjects.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
