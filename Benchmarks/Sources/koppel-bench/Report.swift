import Foundation

/// A workload's target at one size, as the issue states it.
struct Target {
    var workload: String
    var size: String
    var text: String
    /// The limit on the median (seconds), and on peak memory (bytes) when given.
    var seconds: Double
    var bytes: Int?
    /// For a comparison with a peer: how many times faster than the peer (its median over ours).
    var ratio: Double? = nil
}

let targets: [Target] = [
    Target(workload: "rank", size: "national", text: "median ≤ 30 ms", seconds: 0.030),
    Target(workload: "rank", size: "twente", text: "median ≤ 2 ms", seconds: 0.002),
    Target(workload: "candidates", size: "twente", text: "≤ 300 ms", seconds: 0.300),
    Target(workload: "index", size: "national", text: "≤ 10 s, RSS ≤ 1.5 GB", seconds: 10, bytes: 1_500_000_000),
    Target(workload: "placements", size: "100k×10k", text: "solve ≤ 200 ms", seconds: 0.200),
    Target(workload: "round", size: "twente", text: "≤ 5 ms", seconds: 0.005),
    Target(workload: "import", size: "national", text: "≤ 60 s", seconds: 60),
    Target(workload: "exchanges", size: "5000 requests", text: "exact, K = 3, ≤ 1 s", seconds: 1),
    Target(workload: "browser", size: "5000 placements", text: "keypress → redrawn screen ≤ 16 ms", seconds: 0.016),
    Target(workload: "person-export", size: "twente", text: "≤ 1 s at 1,000,000 log subject rows", seconds: 1),
    Target(
        workload: "peer-placements", size: "placements 1k×40 complete", text: "≥ 50× faster than matching 1.4.3",
        seconds: .infinity, ratio: 50),
    Target(
        workload: "peer-placements", size: "placements 10k×1k lists of 20", text: "≥ 300× faster than matching 1.4.3",
        seconds: .infinity, ratio: 300),
]

let workloadTitles: [String: String] = [
    "rank": "rank one vacancy, top 50, warm in-process",
    "index": "build the ranking index from the SQLite file",
    "candidates": "`koppel candidates`, whole process",
    "import": "import profiles from CSV",
    "placements": "`placements solve` engine: deferred acceptance, lists of 20",
    "round": "the Twente placement round (engine)",
    "exchanges": "exchanges, exact, K = 3, out-degree 10 (engine)",
    "browser": "terminal browser: keypress → redrawn screen",
    "person-export": "data-access export (`person export`) after a million logged subject rows",
    "interchange": "read interchange JSON into a validated instance (engine)",
    "peer-placements": "`koppel placements solve`, whole process, beside matching 1.4.3",
]

/// A measured row: the child's result plus its own peak memory.
struct Measured: Codable {
    var result: WorkloadResult
    var peakBytes: Int
    var wall: Double

    var summary: Summary { Summary(result.samples) }
    var cpuSummary: Summary { Summary(result.cpu) }
    /// The memory that matters: the spawned `koppel` for process workloads, else the child.
    var relevantPeak: Int { result.spawnedPeakBytes ?? peakBytes }
}

enum Report {
    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var name = utsname()
        uname(&name)
        let kernel = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return String(format: "%@, %d cores, %.0f GiB, Linux %@", model, cores, memory, kernel)
    }

    static func shell(_ command: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The commit (and whether the tree differs from it) and the load average, read when the run starts.
    static func start(root: String) -> (commit: String, load: String) {
        let commit = shell("git -C '\(root)' rev-parse --short HEAD")
        let dirty = shell("git -C '\(root)' status --porcelain --untracked-files=no").isEmpty ? "" : " (with uncommitted changes)"
        return (commit + dirty, shell("cut -d' ' -f1-3 /proc/loadavg"))
    }

    static func markdown(
        _ rows: [Measured], mode: String, started: Date, start: (commit: String, load: String)
    ) -> String {
        var out = ""
        let date = ISO8601DateFormatter().string(from: started)
        let swift = shell("swift --version 2>/dev/null | head -1")
        out += "Run: \(date) · commit `\(start.commit)` (read at the start) · \(mode) · release build\n\n"
        out += "Machine: \(machine()) · load average at start: \(start.load), at the end: \(shell("cut -d' ' -f1-3 /proc/loadavg"))\n\n"
        out += "Toolchain: \(swift)\n\n"

        out += "### Targets\n\n"
        out += "Verdicts are on the median wall time, as the targets are stated. The machine is shared (see the load average above), so the median CPU time (user + system) is shown too: it is what the run would take with a core to itself, and where wall time misses only because of other people's work, the verdict says so.\n\n"
        out += "| workload | size | target | median (wall) | p95 (wall) | median CPU | runs | peak RSS | verdict |\n"
        out += "|---|---|---|---:|---:|---:|---:|---:|---|\n"
        for target in targets {
            guard let row = rows.first(where: { $0.result.workload == target.workload && $0.result.size == target.size }) else {
                out += "| \(workloadTitles[target.workload] ?? target.workload) | \(target.size) | \(target.text) | – | – | – | – | not run |\n"
                continue
            }
            let s = row.summary
            let c = row.cpuSummary
            let memoryMet = target.bytes.map { row.relevantPeak <= $0 } ?? true
            let verdict: String
            if let ratio = target.ratio {
                let peer = row.result.parts[peerWallPart].map { Summary($0).median } ?? .nan
                let measured = peer / s.median
                verdict = measured >= ratio ? String(format: "met (%.0f×)", measured) : String(format: "**missed** (%.0f×)", measured)
            } else if s.median <= target.seconds && memoryMet {
                verdict = "met"
            } else if memoryMet && c.median.isFinite && c.median <= target.seconds {
                verdict = "**missed on wall time**, met on CPU time (machine loaded)"
            } else {
                verdict = "**missed**"
            }
            out += "| \(workloadTitles[target.workload] ?? target.workload) | \(target.size) | \(target.text) | "
            out += "\(formatSeconds(s.median)) | \(formatSeconds(s.p95)) | \(formatSeconds(c.median)) | \(s.count) | "
            out += "\(formatBytes(row.relevantPeak)) | \(verdict) |\n"
        }

        out += "\n### Every measurement\n\n"
        out += "| workload | size | items | median (wall) | p95 (wall) | min (wall) | median CPU | runs | peak RSS | parts (median wall) |\n"
        out += "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n"
        for row in rows {
            let s = row.summary
            let parts = row.result.parts.keys.sorted().map { "\($0): \(formatSeconds(Summary(row.result.parts[$0]!).median))" }
                .joined(separator: "; ")
            out += "| \(row.result.workload) | \(row.result.size) | \(row.result.items) \(row.result.itemName) | "
            out += "\(formatSeconds(s.median)) | \(formatSeconds(s.p95)) | \(formatSeconds(s.min)) | "
            out += "\(formatSeconds(row.cpuSummary.median)) | \(s.count) | "
            out += "\(formatBytes(row.relevantPeak)) | \(parts) |\n"
        }

        out += "\n### Scaling\n\n"
        out += "Median CPU time per 1,000 items at each size (CPU rather than wall time, so other people's load does not bend the curve); the last column is (time ratio) / (size ratio) from the smallest to the largest size: 1.0 is linear, below 1 better than linear.\n\n"
        out += "| workload | sizes (items) | CPU per 1,000 items | growth vs linear |\n|---|---|---|---:|\n"
        var seen: [String] = []
        for row in rows where !seen.contains(row.result.workload) {
            seen.append(row.result.workload)
            let series = rows.filter { $0.result.workload == row.result.workload }.sorted { $0.result.items < $1.result.items }
            guard series.count >= 2, let first = series.first, let last = series.last, first.result.items > 0 else { continue }
            let sizes = series.map { "\($0.result.size) (\($0.result.items))" }.joined(separator: ", ")
            let per = series.map { formatSeconds($0.cpuSummary.median / Double($0.result.items) * 1000) }.joined(separator: ", ")
            let growth = (last.cpuSummary.median / first.cpuSummary.median) / (Double(last.result.items) / Double(first.result.items))
            out += "| \(workloadTitles[row.result.workload] ?? row.result.workload) | \(sizes) | \(per) | \(String(format: "%.2f", growth)) |\n"
        }

        let notes = rows.flatMap { row in row.result.notes.map { "- \(row.result.workload) @ \(row.result.size): \($0)" } }
        if !notes.isEmpty { out += "\n### Notes from the run\n\n" + notes.joined(separator: "\n") + "\n" }
        return out
    }

    static let begin = "<!-- koppel-bench:begin (generated; edits inside are overwritten) -->"
    static let end = "<!-- koppel-bench:end -->"

    /// Replaces the generated part of `path`, keeping the text around it.
    static func write(_ generated: String, to path: String, begin: String = begin, end: String = end) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmark results\n\n\(begin)\n\(end)\n"
        let text: String
        if let start = existing.range(of: begin), let stop = existing.range(of: end), start.upperBound <= stop.lowerBound {
            text = String(existing[..<start.upperBound]) + "\n" + generated + "\n" + String(existing[stop.lowerBound...])
        } else {
            text = existing + "\n\(begin)\n" + generated + "\n\(end)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
