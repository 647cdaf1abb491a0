import ArgumentParser
import Foundation
import Koppel

/// `koppel audit impact`: the impact audit of a high-risk system (EU AI Act, Annex III point 4).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: tr("help.audit.abstract"),
        subcommands: [Impact.self, Monitor.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, html
    }

    struct Impact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.audit.impact"),
            discussion: tr("help.audit.impact.discussion"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: helpText("help.audit.groups", valueName: "file"))
        var groups: String

        @Option(help: helpText("help.audit.from", valueName: "date"))
        var from: Day?

        @Option(help: helpText("help.audit.to", valueName: "date"))
        var to: Day?

        @Option(help: helpText("help.audit.top", valueName: "k"))
        var top: Int = 10

        @Option(name: .customLong("min-group"), help: helpText("help.audit.minimumGroupSize", valueName: "n"))
        var minimumGroupSize: Int = 10

        @Option(help: helpText("help.audit.format"))
        var format: Format = .table

        @Option(name: .shortAndLong, help: helpText("help.person.output", valueName: "file"))
        var output: String?

        func validate() throws {
            if let from, let to, from > to {
                throw ValidationError("--from \(from) is after --to \(to)")
            }
            guard top >= 1 else { throw ValidationError(tr("cli.topAtLeastOne")) }
            guard minimumGroupSize >= 2 else { throw ValidationError(tr("cli.minGroupAtLeastTwo")) }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let viewer = try asker.viewer(db)
                let file: (groups: AuditGroups, sha256: String)
                do {
                    file = try GroupFile.read(path: groups)
                } catch let error as StoreError where error.code == .invalidInput {
                    Console.error("error: \(error.message)")
                    throw ExitCode(64)
                }
                let run = try db.impactAudit(
                    groups: file.groups, groupFileSHA256: file.sha256, from: from, to: to,
                    top: top, minimumGroupSize: minimumGroupSize, viewer: viewer, actor: actor.named)
                let text: String
                switch format {
                case .table: text = AuditReportText.table(run)
                case .json: text = try JSONOutput.encode(run)
                case .html: text = AuditReportText.html(run)
                }
                try writeOutput(text, to: output, what: "impact audit")
            }
        }
    }
}

extension AuditCommand {
    struct Monitor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.audit.monitor"),
            discussion: tr("help.audit.monitor.discussion"))

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: helpText("help.audit.from", valueName: "date"))
        var from: Day?

        @Option(help: helpText("help.audit.to", valueName: "date"))
        var to: Day?

        @Option(help: helpText("help.audit.format"))
        var format: Format = .table

        @Option(name: .shortAndLong, help: helpText("help.person.output", valueName: "file"))
        var output: String?

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let rows = try db.monitor(from: from, to: to, viewer: try asker.viewer(db), actor: actor.named)
                let period = "\(from?.description ?? "start of log") to \(to?.description ?? "today")"
                let what = tr("monitor.written")
                switch format {
                case .json: try writeOutput(try JSONOutput.encode(rows), to: output, what: what)
                case .table:
                    let words = tr("monitor.period", [
                        "from": from.map { $0 as any TextArgument } ?? tr("monitor.startOfLog"),
                        "to": to.map { $0 as any TextArgument } ?? tr("monitor.today"),
                    ])
                    try writeOutput(MonitorReportText.table(rows, period: words), to: output, what: what)
                case .html: try writeOutput(MonitorReportText.html(rows, period: period), to: output, what: what)
                }
                if rows.isEmpty { throw CLIError.nothingFound(tr("monitor.noRankings")) }
            }
        }
    }
}

/// Writes `text` to `path`, or to stdout when nil, saying on stderr what was written where.
func writeOutput(_ text: String, to path: String?, what: String) throws {
    guard let path else { return Console.out(text) }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw CLIError.runtime(tr("cli.cannotWrite", ["path": path]))
    }
    Console.error("\(path): \(what)")
}
