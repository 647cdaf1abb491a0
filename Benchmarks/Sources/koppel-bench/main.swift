import Foundation

/// koppel's benchmark harness.
///
///     koppel-bench [--quick] [--only rank,import,…] [--sizes twente,national] [--data DIR]
///                  [--results FILE] [--koppel PATH] [--no-write]
///
/// Every workload at every size runs in a child process of its own (`koppel-bench child …`),
/// so the peak resident memory that `wait4` reports is that workload's alone. Datasets are
/// made once with the project's demo generator (through the import path) and kept in the
/// data folder.

let usage = """
    usage: koppel-bench [--quick] [--only WORKLOADS] [--sizes SIZES] [--data DIR] [--results FILE] [--koppel PATH] [--no-write]
      workloads: \(Workloads.names.joined(separator: ", "))
      sizes: twente (20,000 profiles), regional (200,000), national (1,000,000); --quick uses 5k, 20k, 100k
    also: koppel-bench exchange-instance REQUESTS GROUP SEED [--weights steps|unit|oneToFive] [--degree D] [--vacancies V]
            (one synthetic exchange instance as JSON)
          koppel-bench exchange-families [--time-limit S] [--only LABEL-PREFIX] [--no-write]
            (issue 13's exchange families, koppel beside HiGHS, table into RESULTS.md)
    """

func selfPath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}

func repetitions(_ workload: String, _ size: BenchSize, quick: Bool) -> Repetitions {
    let big = size.persons >= 1_000_000
    let medium = size.persons >= 100_000
    switch workload {
    case "rank": return Repetitions(warmup: 1, runs: big ? 4 : medium ? 10 : 40)
    case "index": return Repetitions(warmup: 1, runs: big ? 3 : medium ? 3 : 5)
    case "candidates": return Repetitions(warmup: 2, runs: big ? 3 : medium ? 5 : 15)
    case "import": return Repetitions(warmup: big ? 1 : 1, runs: big ? 2 : medium ? 3 : 5)
    case "placements": return Repetitions(warmup: 1, runs: quick ? 3 : 7)
    case "round": return Repetitions(warmup: 20, runs: 200)
    case "exchanges": return size.persons >= 100_000 ? Repetitions(warmup: 0, runs: 1) : Repetitions(warmup: 1, runs: 3)
    // Rounds of the key mix (11 keys each, on two screens): hundreds of keypresses per size.
    case "browser": return Repetitions(warmup: 5, runs: big ? 20 : 60)
    case "interchange": return Repetitions(warmup: 2, runs: quick ? 5 : 15)
    // Whole processes, koppel and matching 1.4.3 in turn; matching takes 40–100 s at 10k×1k.
    case "peer-placements": return size.persons >= 200_000 ? Repetitions(warmup: 0, runs: 3) : Repetitions(warmup: 1, runs: 9)
    default: return Repetitions(warmup: 1, runs: 3)
    }
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// Prints a result line at once (stdout to a file is block-buffered).
func printLine(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func main() throws -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.contains("--help") || arguments.contains("-h") {
        print(usage)
        return 0
    }
    let root: String = {
        if let given = option("--root", in: arguments) { return given }
        let cwd = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: cwd + "/Benchmarks/Package.swift") { return cwd }
        return (cwd as NSString).deletingLastPathComponent
    }()
    let data = option("--data", in: arguments) ?? root + "/Benchmarks/.data"
    let koppel: String = {
        if let given = option("--koppel", in: arguments) { return given }
        let beside = (selfPath() as NSString).deletingLastPathComponent + "/koppel"
        if FileManager.default.fileExists(atPath: beside) { return beside }
        return root + "/.build/release/koppel"
    }()

    // Child modes.
    if arguments.first == "exchange-families" {
        return try ExchangeFamilies.run(Array(arguments.dropFirst()), root: root)
    }
    if arguments.first == "exchange-instance" {
        try ExchangeInstanceFile.write(Array(arguments.dropFirst()))
        return 0
    }
    if arguments.first == "prepare", arguments.count > 1, let size = BenchSize.named(arguments[1]) {
        try DatasetFiles(directory: data, size: size).prepare()
        return 0
    }
    if arguments.first == "child", arguments.count > 2, let size = BenchSize.named(arguments[2]),
        let out = option("--out", in: arguments)
    {
        let reps = Repetitions(
            warmup: Int(option("--warmup", in: arguments) ?? "1") ?? 1, runs: Int(option("--runs", in: arguments) ?? "3") ?? 3)
        let result = try Workloads.run(arguments[1], size: size, data: data, koppel: koppel, root: root, repetitions: reps)
        try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: out))
        return 0
    }

    // The parent: prepare, run every workload in its own process, report.
    let quick = arguments.contains("--quick")
    var sizes: [BenchSize] = quick ? [.quickSmall, .quickMedium, .quickLarge] : [.twente, .regional, .national]
    if let names = option("--sizes", in: arguments) {
        sizes = try names.split(separator: ",").map { name in
            guard let size = BenchSize.named(String(name)) else { throw BenchError("unknown size \(name)") }
            return size
        }
    }
    var workloads = Workloads.names
    if let names = option("--only", in: arguments) { workloads = names.split(separator: ",").map(String.init) }
    for name in workloads where !Workloads.names.contains(name) { throw BenchError("unknown workload \(name)\n\(usage)") }
    let results = option("--results", in: arguments) ?? root + (quick ? "/Benchmarks/RESULTS-quick.md" : "/Benchmarks/RESULTS.md")
    let started = Date()
    let atStart = Report.start(root: root)
    let me = selfPath()
    guard FileManager.default.isExecutableFile(atPath: koppel) || !workloads.contains("candidates") else {
        throw BenchError("no koppel binary at \(koppel); build it with Benchmarks/run.sh or pass --koppel PATH")
    }

    let needsData = workloads.contains { ["rank", "index", "candidates", "import"].contains($0) }
    let ranked = needsData ? sizes : []
    let dataSizes = ranked + (workloads.contains("person-export") && !ranked.contains { $0.label == "twente" } ? [.twente] : [])
    if !dataSizes.isEmpty {
        for size in dataSizes where !DatasetFiles(directory: data, size: size).exist {
            log("preparing the \(size.label) dataset (\(size.persons) profiles) in \(data) …")
            let run = try runChild(me, ["prepare", size.label, "--data", data], stdout: nil)
            guard run.status == 0 else { throw BenchError("preparing \(size.label) failed (exit \(run.status))") }
            log(String(format: "  prepared in %.1f s", run.seconds))
        }
    }

    var rows: [Measured] = []
    for workload in workloads {
        // The round and the data-access export have one size each (the Twente round; a Twente
        // database whose log is grown to a million subject rows); placements and interchange use
        // their own shapes (one per size); the peer comparison has two (1k×40 complete, 10k×1k
        // lists of 20).
        let workloadSizes =
            Workloads.twenteOnly.contains(workload)
            ? [BenchSize.twente] : workload == "peer-placements" ? Workloads.peerSizes(sizes) : sizes
        for size in workloadSizes {
            let reps = repetitions(workload, size, quick: quick)
            let out = NSTemporaryDirectory() + "koppel-bench-\(workload)-\(size.label).json"
            try? FileManager.default.removeItem(atPath: out)
            log("running \(workload) @ \(size.label) (\(reps.warmup) warm-up, \(reps.runs) runs) …")
            let childArguments = [
                "child", workload, size.label, "--data", data, "--koppel", koppel, "--root", root, "--out", out,
                "--warmup", String(reps.warmup), "--runs", String(reps.runs),
            ]
            // The exact exchange solver may search for a very long time: it is stopped.
            let limit = 120
            let run =
                workload == "exchanges"
                ? try runChild("/usr/bin/timeout", ["--signal=KILL", String(limit), me] + childArguments, stdout: nil)
                : try runChild(me, childArguments, stdout: nil)
            let result: WorkloadResult
            if workload == "exchanges" && (run.status == 137 || run.status == 124) {
                let requests = Workloads.exchangeRequests(size)
                result = WorkloadResult(
                    workload: "exchanges", size: "\(requests) requests", items: requests * 10, itemName: "acceptable pairs",
                    samples: [Double(limit)], cpu: [Double(limit)],
                    notes: ["did not finish: stopped after \(limit) s (the times shown are that lower bound)"])
            } else {
                guard run.status == 0, let bytes = FileManager.default.contents(atPath: out) else {
                    log("  FAILED (exit \(run.status))")
                    continue
                }
                result = try JSONDecoder().decode(WorkloadResult.self, from: bytes)
            }
            let row = Measured(result: result, peakBytes: run.peakBytes, wall: run.seconds)
            rows.append(row)
            let s = row.summary
            printLine(
                "\(result.workload) @ \(result.size) [\(result.items) \(result.itemName)]: median \(formatSeconds(s.median)), "
                    + "p95 \(formatSeconds(s.p95)), CPU \(formatSeconds(row.cpuSummary.median)), \(s.count) runs, peak RSS \(formatBytes(row.relevantPeak))"
                    + result.parts.keys.sorted().map { "; \($0) \(formatSeconds(Summary(result.parts[$0]!).median))" }.joined())
        }
    }
    let markdown = Report.markdown(rows, mode: quick ? "quick sizes" : "full sizes", started: started, start: atStart)
    if !arguments.contains("--no-write") {
        try Report.write(markdown, to: results)
        log("wrote \(results)")
    }
    let expected = workloads.reduce(0) {
        $0 + (Workloads.twenteOnly.contains($1) ? 1 : $1 == "peer-placements" ? Workloads.peerSizes(sizes).count : sizes.count)
    }
    return rows.count == expected ? 0 : 1
}

do {
    exit(try main())
} catch {
    log("koppel-bench: \(error)")
    exit(2)
}
