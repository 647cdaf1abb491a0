import Foundation
import GRDB
import Koppel
import KoppelDemo

/// What one workload at one size measured, written by the child process as JSON.
struct WorkloadResult: Codable {
    var workload: String
    var size: String
    /// What the cost should grow with: profiles, or acceptable list entries.
    var items: Int
    var itemName: String
    /// The primary timing, one sample per run (wall seconds).
    var samples: [Double]
    /// The same runs' CPU time (user + system seconds).
    var cpu: [Double] = []
    /// Secondary timings by name (e.g. loading vs building).
    var parts: [String: [Double]] = [:]
    /// Peak resident memory of processes this workload started (e.g. `koppel candidates`).
    var spawnedPeakBytes: Int?
    var notes: [String] = []
}

/// How many timed runs and warm-up runs a workload makes at a size.
struct Repetitions {
    var warmup: Int
    var runs: Int
}

enum Workloads {
    static let names = [
        "rank", "index", "candidates", "import", "placements", "round", "exchanges", "browser", "interchange", "peer-placements",
        "person-export",
    ]

    static func run(
        _ name: String, size: BenchSize, data: String, koppel: String, root: String, repetitions: Repetitions
    ) throws -> WorkloadResult {
        let files = DatasetFiles(directory: data, size: size)
        switch name {
        case "rank": return try rank(files, repetitions)
        case "index": return try index(files, repetitions)
        case "candidates": return try candidates(files, koppel: koppel, repetitions)
        case "import": return try importCSV(files, repetitions)
        case "placements": return try placements(size, repetitions)
        case "round": return try twenteRound(repetitions)
        case "exchanges": return try exchanges(size, repetitions)
        case "browser": return try browser(size, repetitions)
        case "person-export": return try personExport(files, repetitions)
        case "interchange": return try interchangeDecode(size, data: data, repetitions)
        case "peer-placements": return try peerPlacements(size, data: data, koppel: koppel, root: root, repetitions)
        default: throw BenchError("unknown workload \(name); known: \(names.joined(separator: ", "))")
        }
    }

    /// Rank all profiles for one vacancy, top 50, on a warm in-process index.
    static func rank(_ files: DatasetFiles, _ repetitions: Repetitions) throws -> WorkloadResult {
        let store = try KoppelStore(path: files.database)
        let people = try store.persons()
        let index = try RankingIndex(people: people, catalog: try store.catalog())
        let weights = try store.currentWeights()
        let vacancies = Array(try store.vacancies(openOnly: true).prefix(25))
        guard !vacancies.isEmpty else { throw BenchError("no open vacancies in \(files.database)") }
        let options = RankingOptions(limit: 50)
        var samples: [Double] = []
        var cpu: [Double] = []
        var shortlisted = 0
        for round in 0..<(repetitions.warmup + repetitions.runs) {
            for vacancy in vacancies {
                let (results, sample) = measured {
                    index.rankPeople(
                        for: vacancy, on: benchToday, viewer: .adviser(employer: vacancy.employer), options: options, weights: weights)
                }
                if round >= repetitions.warmup {
                    samples.append(sample.wall)
                    cpu.append(sample.cpu)
                    shortlisted += results.count
                }
            }
        }
        return WorkloadResult(
            workload: "rank", size: files.size.label, items: index.count, itemName: "profiles", samples: samples, cpu: cpu,
            notes: [
                "\(vacancies.count) vacancies × \(repetitions.runs) rounds, asker = the vacancy's employer; "
                    + "on average \(shortlisted / Swift.max(1, samples.count)) of 50 places filled"
            ])
    }

    /// Load every profile from the SQLite file and build the ranking index.
    static func index(_ files: DatasetFiles, _ repetitions: Repetitions) throws -> WorkloadResult {
        let store = try KoppelStore(path: files.database)
        var total: [Double] = []
        var load: [Double] = []
        var build: [Double] = []
        var count = 0
        var cpu: [Double] = []
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let startCPU = cpuNow()
            let start = now()
            var people: [Person]? = try store.persons()
            let catalog = try store.catalog()
            let loaded = now()
            var index: RankingIndex? = try RankingIndex(people: people!, catalog: catalog)
            let end = now()
            count = index!.count
            people = nil
            index = nil
            if run >= repetitions.warmup {
                cpu.append(cpuNow() - startCPU)
                total.append(end - start)
                load.append(loaded - start)
                build.append(end - loaded)
            }
        }
        return WorkloadResult(
            workload: "index", size: files.size.label, items: count, itemName: "profiles", samples: total, cpu: cpu,
            parts: ["load from SQLite": load, "build index": build])
    }

    /// `koppel candidates` as a whole process, on a warm page cache.
    static func candidates(_ files: DatasetFiles, koppel: String, _ repetitions: Repetitions) throws -> WorkloadResult {
        let store = try KoppelStore(path: files.database)
        guard let vacancy = try store.vacancies(openOnly: true).first else { throw BenchError("no open vacancy") }
        let count = try store.counts().persons
        try store.close()
        let arguments = [
            "candidates", vacancy.id, "--db", files.database, "--as", vacancy.employer, "--on", benchToday.description,
            "--limit", "50", "--format", "json",
        ]
        var samples: [Double] = []
        var cpu: [Double] = []
        var peak = 0
        let output = NSTemporaryDirectory() + "koppel-bench-candidates.json"
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let child = try runChild(koppel, arguments, stdout: output)
            guard child.status == 0 else { throw BenchError("koppel candidates exited with \(child.status)") }
            if run >= repetitions.warmup {
                samples.append(child.seconds)
                cpu.append(child.cpu)
                peak = Swift.max(peak, child.peakBytes)
            }
        }
        let json = try String(contentsOfFile: output, encoding: .utf8)
        guard json.contains(vacancy.id) else { throw BenchError("koppel candidates printed no ranking for \(vacancy.id)") }
        return WorkloadResult(
            workload: "candidates", size: files.size.label, items: count, itemName: "profiles", samples: samples, cpu: cpu,
            spawnedPeakBytes: peak, notes: ["`koppel \(arguments.joined(separator: " "))`"])
    }

    /// Import the exported profiles CSV into a fresh database (seeded, empty).
    static func importCSV(_ files: DatasetFiles, _ repetitions: Repetitions) throws -> WorkloadResult {
        var samples: [Double] = []
        var cpu: [Double] = []
        var imported = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let path = NSTemporaryDirectory() + "koppel-bench-import-\(getpid()).koppel"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try KoppelStore(path: path)
            let (summary, sample) = try measured { () throws -> ImportSummary? in
                let bytes = try InputFile.bytes(atPath: files.personsCSV)
                return try store.importData(bytes, kind: .persons, file: files.personsCSV)
            }
            let stored = try store.counts().persons
            guard stored == summary?.records else { throw BenchError("imported \(summary?.records ?? -1) but stored \(stored)") }
            imported = stored
            try store.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            if run >= repetitions.warmup {
                samples.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        return WorkloadResult(
            workload: "import", size: files.size.label, items: imported, itemName: "profiles", samples: samples, cpu: cpu,
            notes: ["reads the file, validates every row and writes in one transaction (WAL, synchronous=FULL)"])
    }

    /// The synthetic placement shapes: trainees × placements, lists of 20.
    static func placementShape(_ size: BenchSize) -> (trainees: Int, placements: Int) {
        switch size.label {
        case "twente", "5k", "20k": return (10_000, 1_000)
        case "regional", "100k": return (30_000, 3_000)
        default: return (100_000, 10_000)
        }
    }

    /// Deferred acceptance on a large synthetic instance; building from string ids is timed apart.
    static func placements(_ size: BenchSize, _ repetitions: Repetitions) throws -> WorkloadResult {
        let shape = placementShape(size)
        let synthetic = PlacementSyntheticInstance(
            trainees: shape.trainees, placements: shape.placements, listLength: 20, seed: benchSeed)
        var build: [Double] = []
        var solve: [Double] = []
        var cpu: [Double] = []
        var instance = try synthetic.instance()
        var matched = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let built = try timedValue { try synthetic.instance() }
            instance = built.value
            let (matching, sample) = measured { PlacementSolver.solve(instance, proposing: .trainee) }
            matched = matching.matchedCount
            if run >= repetitions.warmup {
                build.append(built.seconds)
                solve.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        return WorkloadResult(
            workload: "placements", size: "\(shape.trainees / 1000)k×\(shape.placements / 1000)k",
            items: instance.acceptablePairCount, itemName: "acceptable pairs", samples: solve, cpu: cpu,
            parts: ["build instance from string ids": build],
            notes: ["\(matched) of \(shape.trainees) trainees placed; every solve is checked for blocking pairs by the solver"])
    }

    /// The Twente round: the demo's coming rotation (40 trainees, 60 placements), build + solve.
    static func twenteRound(_ repetitions: Repetitions) throws -> WorkloadResult {
        let catalog = try KoppelStore(path: NSTemporaryDirectory() + "koppel-bench-catalog.koppel").catalog()
        let dataset = try DemoGenerator(catalog: catalog, seed: benchSeed, size: .twente, today: benchToday)
            .generate(includePersons: false)
        guard let rotation = dataset.comingRotation else { throw BenchError("the demo has no coming rotation") }
        let rankings = dataset.traineeRankings.filter { $0.rotation == rotation.id }
        let placements = dataset.placements(in: rotation.id)
        let hosts = Dictionary(uniqueKeysWithValues: dataset.hostRankings.filter { $0.rotation == rotation.id }.map { ($0.owner, $0.ranked) })
        var applicants: [String: [String]] = [:]
        for ranking in rankings { for placement in ranking.ranked { applicants[placement, default: []].append(ranking.owner) } }
        let trainees = rankings.map { PlacementInstance.Trainee(id: $0.owner, ranking: $0.ranked) }
        // Hosts without a ranking rank their applicants by id here (the store derives one from scores).
        let hostLists = placements.map {
            PlacementInstance.Placement(id: $0.id, capacity: $0.capacity, ranking: hosts[$0.id] ?? (applicants[$0.id] ?? []).sorted())
        }
        var samples: [Double] = []
        var cpu: [Double] = []
        var pairs = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let (_, sample) = try measured {
                let instance = try PlacementInstance(trainees: trainees, placements: hostLists)
                let matching = PlacementSolver.solve(instance, proposing: .trainee)
                pairs = instance.acceptablePairCount
                precondition(PlacementSolver.blockingPairs(of: matching, in: instance).isEmpty)
            }
            if run >= repetitions.warmup {
                samples.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        return WorkloadResult(
            workload: "round", size: "twente", items: pairs, itemName: "acceptable pairs", samples: samples, cpu: cpu,
            notes: ["\(trainees.count) trainees, \(placements.count) placements; build + solve + blocking-pair check"])
    }
}

extension Workloads {
    static func exchangeRequests(_ size: BenchSize) -> Int {
        if let given = ProcessInfo.processInfo.environment["KOPPEL_BENCH_EXCHANGE_REQUESTS"], let count = Int(given) {
            return count
        }
        // The exact solver is exponential here (see RESULTS.md): small sizes show the growth.
        switch size.label {
        case "5k": return 40
        case "twente", "20k": return 50
        case "regional", "100k": return 100
        default: return 5_000
        }
    }

    /// The exact exchange solver, cycles of at most 3, on a synthetic graph of out-degree 10.
    static func exchanges(_ size: BenchSize, _ repetitions: Repetitions) throws -> WorkloadResult {
        let requests = exchangeRequests(size)
        // Uniform: everyone's 10 wishes drawn from all requests (see RESULTS.md for a clustered graph).
        let synthetic = ExchangeSyntheticInstance(
            requests: requests, outDegree: 10, groupSize: Swift.max(2, requests), seed: benchSeed)
        var build: [Double] = []
        var solve: [Double] = []
        var cpu: [Double] = []
        var moved = 0
        var candidates = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let built = try timedValue { try synthetic.instance() }
            let (solution, sample) = try measured { try ExchangeSolver.solve(built.value, maxCycle: 3, maxChain: 3) }
            let problems = ExchangeSolver.verify(solution, in: built.value, maxCycle: 3, maxChain: 3)
            guard problems.isEmpty else { throw BenchError("exchange solution failed its check: \(problems)") }
            moved = solution.moved
            candidates = solution.statistics.cycleCount
            if run >= repetitions.warmup {
                build.append(built.seconds)
                solve.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        return WorkloadResult(
            workload: "exchanges", size: "\(requests) requests", items: requests * 10, itemName: "acceptable pairs",
            samples: solve, cpu: cpu, parts: ["build instance": build],
            notes: ["\(moved) of \(requests) people move; \(candidates) cycles of ≤ 3 enumerated; wishes uniform over all requests; every solution verified"])
    }
}

func timedValue<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
    let start = now()
    let value = try body()
    return (value, now() - start)
}
