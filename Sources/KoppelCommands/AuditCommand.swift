import ArgumentParser
import Foundation
import Koppel

/// `koppel audit impact`: the impact audit of a high-risk system (EU AI Act, Annex III point 4).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit the decisions koppel supported: impact per group (four-fifths rule), and the DPIA monitor.",
        subcommands: [Impact.self, Monitor.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, html
    }

    struct Impact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Selection rates and impact ratios per group, from the decision log and a group file you bring.",
            discussion: """
                --groups FILE is a CSV with a column person (the person's id) and one or more \
                columns of group labels, for example opt-in self-identification collected outside \
                koppel. koppel never stores or logs the labels: the audit's own log entry records \
                only the file's SHA-256 and the column names. For each stage (shortlisted: among \
                the first --top eligible of a logged candidate ranking; contacted: marked on a \
                shortlist; placed: in an accepted round; moved: in an accepted exchange), each \
                column and each pair of columns, it prints the selection rate per group (selected \
                / people of the group in the file), the impact ratio against the group with the \
                highest rate and a flag below 0.8 (the four-fifths rule); and per group the share \
                of ranked scores above their ranking's median. A group with fewer than --min-group \
                people is suppressed, never shown as numbers. Only aggregates are shown, never a \
                person id. Run by the auditor or a regional adviser: --as auditor or --as regional.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: ArgumentHelp("The group file (CSV: person,COLUMN…).", valueName: "file"))
        var groups: String

        @Option(help: ArgumentHelp("Only decisions on or after this day (YYYY-MM-DD, UTC).", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Only decisions on or before this day (YYYY-MM-DD, UTC).", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("k: shortlisted means among the first k eligible of a ranking.", valueName: "k"))
        var top: Int = 10

        @Option(name: .customLong("min-group"), help: ArgumentHelp("Suppress groups with fewer people than this.", valueName: "n"))
        var minimumGroupSize: Int = 10

        @Option(help: "table, json or html.")
        var format: Format = .table

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func validate() throws {
            if let from, Day(from) == nil { throw ValidationError("--from '\(from)' is not a date (YYYY-MM-DD)") }
            if let to, Day(to) == nil { throw ValidationError("--to '\(to)' is not a date (YYYY-MM-DD)") }
            if let from = from.flatMap(Day.init), let to = to.flatMap(Day.init), from > to {
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
                    groups: file.groups, groupFileSHA256: file.sha256, from: from.flatMap(Day.init), to: to.flatMap(Day.init),
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
            abstract: "Per month and employer, how the logged candidate rankings came out (for the DPIA).",
            discussion: """
                From the decision log: the number of rankings, the results they listed, the share \
                of listed results that failed a must-have, how often each exclusion reason fired, \
                per criterion the share scored without data, and the score distribution \
                (minimum, quartiles, median, maximum, and a histogram per ten points), per month \
                and per employer of the vacancy — so drift shows before it does harm. Aggregates \
                only. Run by the auditor or a regional adviser.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var asker: ViewerOption
        @OptionGroup var actor: ActorOptions

        @Option(help: ArgumentHelp("Only decisions on or after this day (YYYY-MM-DD, UTC).", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Only decisions on or before this day (YYYY-MM-DD, UTC).", valueName: "date"))
        var to: String?

        @Option(help: "table, json or html.")
        var format: Format = .table

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func validate() throws {
            if let from, Day(from) == nil { throw ValidationError("--from '\(from)' is not a date (YYYY-MM-DD)") }
            if let to, Day(to) == nil { throw ValidationError("--to '\(to)' is not a date (YYYY-MM-DD)") }
        }

        func run() throws {
            try runReportingErrors {
                let db = try store.openExisting()
                let (fromDay, toDay) = (from.flatMap(Day.init), to.flatMap(Day.init))
                let rows = try db.monitor(from: fromDay, to: toDay, viewer: try asker.viewer(db), actor: actor.named)
                let period = "\(fromDay?.description ?? "start of log") to \(toDay?.description ?? "today")"
                switch format {
                case .json: try writeOutput(try JSONOutput.encode(rows), to: output, what: "monitor")
                case .table: try writeOutput(MonitorReportText.table(rows, period: period), to: output, what: "monitor")
                case .html: try writeOutput(MonitorReportText.html(rows, period: period), to: output, what: "monitor")
                }
                if rows.isEmpty { throw CLIError.nothingFound("no candidate rankings in the log for this period") }
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
