import Foundation
import Koppel

/// `koppel-bench exchange-families [--time-limit S] [--only PREFIX] [--results FILE] [--no-write]`:
/// the exchange graph families of issue 13 solved by koppel in-process and, in the same command,
/// by HiGHS (`reference/exchange_highs.py`, the yardstick), with both times and their ratio.
///
/// koppel's time is `ExchangeSolver.solve` (enumeration, components, search, tie-break and the
/// solution check), the instance built beforehand; HiGHS's is its MIP solve alone (one integer
/// objective `moved · S + micros`, gap 0), its model built beforehand. The target per instance
/// is max(1 s, 2 × HiGHS). The table goes between its own markers in RESULTS.md.
enum ExchangeFamilies {
    struct Family {
        var label: String
        var arguments: [String]  // exchange-instance arguments
        var maxChain: Int
    }

    /// Out-degree 10 unless named; K = 3 for cycles; chains of 3 where there are vacancies.
    static let families: [Family] = {
        var list: [Family] = []
        func add(_ label: String, _ arguments: String, chain: Int = 3) {
            list.append(Family(label: label, arguments: arguments.split(separator: " ").map(String.init), maxChain: chain))
        }
        for n in [500, 1_000, 2_000, 5_000] {
            add("uniform \(n), weights 1–5", "\(n) \(n) 1 --weights oneToFive")
            add("uniform \(n), weight 1", "\(n) \(n) 1 --weights unit")
        }
        add("uniform 1,000, weights 1–5, seed 2", "1000 1000 2 --weights oneToFive")
        add("uniform 1,000, weights 1–5, out-degree 5", "1000 1000 1 --weights oneToFive --degree 5")
        add("uniform 1,000, weights 1–5, out-degree 20", "1000 1000 1 --weights oneToFive --degree 20")
        add("uniform 1,000, weights 1–5, 50 vacancies", "1000 1000 1 --weights oneToFive --vacancies 50")
        add("uniform 5,000, weights 1–5, 250 vacancies", "5000 5000 1 --weights oneToFive --vacancies 250")
        for n in [500, 2_000, 5_000] {
            add("groups of 20, \(n), weights 1–5", "\(n) 20 1 --weights oneToFive")
            add("groups of 20, \(n), weight 1", "\(n) 20 1 --weights unit")
        }
        add("groups of 20, 500, weights 1–5, out-degree 5", "500 20 1 --weights oneToFive --degree 5")
        add("groups of 20, 500, weights 1–5, 25 vacancies", "500 20 1 --weights oneToFive --vacancies 25")
        add("groups of 20, 2,000, weights 1–5, 100 vacancies", "2000 20 1 --weights oneToFive --vacancies 100")
        for n in [500, 2_000, 5_000] {
            add("groups of 100, \(n), weights 1–5", "\(n) 100 1 --weights oneToFive")
            add("groups of 100, \(n), weight 1", "\(n) 100 1 --weights unit")
        }
        return list
    }()

    struct Row {
        var family: Family
        var candidates: Int
        var largest: Int
        var koppel: String
        var koppelSeconds: Double?
        var koppelValue: (Int, Int64)?
        var highs: String
        var highsSeconds: Double?
        var highsValue: (Int, Int64)?
        var highsProved: Bool
    }

    static func run(_ arguments: [String], root: String) throws -> Int32 {
        let limit = option("--time-limit", in: arguments).flatMap(Double.init) ?? 120
        let only = option("--only", in: arguments)
        let results = option("--results", in: arguments) ?? root + "/Benchmarks/RESULTS.md"
        let started = Date()
        let start = Report.start(root: root)
        let script = root + "/Benchmarks/reference/exchange_highs.py"
        let haveHighs = Report.shell("python3 -c 'import highspy' && echo yes") == "yes"
        if !haveHighs { log("exchange-families: highspy not installed (pip install highspy numpy scipy): koppel only") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("koppel-families-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rows: [Row] = []
        for family in families where only.map({ family.label.hasPrefix($0) }) ?? true {
            let synthetic = try ExchangeInstanceFile.synthetic(family.arguments)
            let instance = try synthetic.instance()
            var row = Row(
                family: family, candidates: 0, largest: 0, koppel: "", koppelSeconds: nil, koppelValue: nil,
                highs: "not run", highsSeconds: nil, highsValue: nil, highsProved: false)
            do {
                let (solution, sample) = try measured {
                    try ExchangeSolver.solve(
                        instance, maxCycle: 3, maxChain: family.maxChain,
                        limits: .init(timeLimit: .milliseconds(Int64(limit * 1000))))
                }
                let problems = ExchangeSolver.verify(solution, in: instance, maxCycle: 3, maxChain: family.maxChain)
                guard problems.isEmpty else { throw BenchError("exchange solution failed its check: \(problems)") }
                row.candidates = solution.statistics.cycleCount + solution.statistics.chainCount
                row.largest = solution.statistics.largestComponent
                row.koppelSeconds = sample.wall
                row.koppelValue = (solution.moved, solution.weightMicros)
                row.koppel = "\(seconds(sample.wall)), moves \(solution.moved), weight \(ExchangeFamilies.decimal(solution.weightMicros))"
            } catch let error as ExchangeLimitError {
                let p = error.progress
                row.koppel = "no proof in \(Int(limit)) s"
                    + (p.map { " (best \($0.bestMoved), bound \($0.boundMoved.map(String.init) ?? "?"))" } ?? "")
            }
            if haveHighs {
                let file = dir.appendingPathComponent("instance.json")
                try ExchangeInstanceFile.json(synthetic).write(to: file)
                let output = Report.shell(
                    "python3 '\(script)' '\(file.path)' --max-cycle 3 --max-chain \(family.maxChain) --time-limit \(limit) --json")
                // HiGHS prints a banner first: the result is the last line.
                let last = output.split(separator: "\n").last.map(String.init) ?? ""
                if let data = last.data(using: .utf8),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let status = object["status"] as? String, let secs = object["seconds"] as? Double,
                    let moved = object["moved"] as? Int, let micros = (object["weightMicros"] as? NSNumber)?.int64Value
                {
                    row.highsProved = status == "Optimal"
                    row.highsSeconds = secs
                    row.highsValue = (moved, micros)
                    row.highs = row.highsProved
                        ? "\(seconds(secs)), moves \(moved), weight \(decimal(micros))"
                        : "no proof in \(Int(limit)) s (\(status), best \(moved))"
                } else {
                    row.highs = "failed: \(output.prefix(80))"
                }
            }
            printLine("\(family.label) | koppel: \(row.koppel) | HiGHS: \(row.highs)")
            rows.append(row)
        }
        let table = markdown(rows, limit: limit, started: started, start: start)
        if !arguments.contains("--no-write") && only == nil {
            try Report.write(table, to: results, begin: begin, end: end)
            log("wrote \(results)")
        }
        return 0
    }

    static let begin = "<!-- koppel-bench:exchange-families:begin (generated; edits inside are overwritten) -->"
    static let end = "<!-- koppel-bench:exchange-families:end -->"

    static func seconds(_ s: Double) -> String {
        s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.2f s", s)
    }

    static func decimal(_ micros: Int64) -> String {
        micros % 1_000_000 == 0 ? "\(micros / 1_000_000)" : String(format: "%.6f", Double(micros) / 1e6)
    }

    static func markdown(_ rows: [Row], limit: Double, started: Date, start: (commit: String, load: String)) -> String {
        var out = "Run: \(ISO8601DateFormatter().string(from: started)) · commit `\(start.commit)` · "
        out += "`koppel-bench exchange-families --time-limit \(Int(limit))` · release build\n\n"
        out += "Machine: \(Report.machine()) · load average at start: \(start.load), at the end: "
        out += Report.shell("cut -d' ' -f1-3 /proc/loadavg") + "\n\n"
        out += "| instance (K = 3, chains ≤ 3) | candidates | largest component | koppel | HiGHS | koppel ÷ HiGHS | target max(1 s, 2 × HiGHS) |\n"
        out += "|---|---:|---:|---|---|---:|---|\n"
        for row in rows {
            var ratio = "–"
            var verdict = "–"
            if let k = row.koppelSeconds, let h = row.highsSeconds, row.highsProved {
                ratio = String(format: "%.2f", k / max(h, 1e-4))
            }
            if let h = row.highsSeconds, row.highsProved {
                let target = max(1, 2 * h)
                if let k = row.koppelSeconds {
                    let same = row.koppelValue.map { $0.0 == row.highsValue?.0 && $0.1 == row.highsValue?.1 } ?? false
                    verdict = (k <= target ? "met" : "missed") + (same ? "" : " (value differs!)")
                } else {
                    verdict = "missed"
                }
            } else if row.highsSeconds != nil {
                verdict = row.koppelSeconds == nil ? "neither proves" : "HiGHS no proof"
            }
            out += "| \(row.family.label) | \(row.candidates) | \(row.largest) | \(row.koppel) | \(row.highs) | \(ratio) | \(verdict) |\n"
        }
        return out
    }
}
