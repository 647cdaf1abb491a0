import Foundation
import Koppel
import KoppelDemo

/// The interchange files of `placements solve` and `exchanges solve`, made once from the
/// engine's synthetic generators (seed 2026) and kept in the data folder.
///
/// One shape per size: `twente` = placements 1,000 trainees × 40 placements with complete lists
/// (everyone lists and ranks everyone), `regional` = placements 10,000 × 1,000 with lists of 20,
/// `national` = exchanges, 5,000 requests of out-degree 10 (the peer comparison has no exchange shape).
struct InterchangeFile {
    var label: String
    var path: String
    var isExchange: Bool

    static func make(_ size: BenchSize, data: String) throws -> InterchangeFile {
        let directory = data + "/interchange-v1"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file: InterchangeFile
        let contents: () throws -> Data
        switch size.label {
        case "twente", "5k":
            file = InterchangeFile(label: "placements 1k×40 complete", path: directory + "/placements-1000x40-complete.json", isExchange: false)
            contents = { placementJSON(PlacementSyntheticInstance(trainees: 1_000, placements: 40, listLength: 40, seed: benchSeed)) }
        case "regional", "20k":
            file = InterchangeFile(label: "placements 10k×1k lists of 20", path: directory + "/placements-10000x1000-20.json", isExchange: false)
            contents = { placementJSON(PlacementSyntheticInstance(trainees: 10_000, placements: 1_000, listLength: 20, seed: benchSeed)) }
        default:
            file = InterchangeFile(label: "exchanges 5000 requests", path: directory + "/exchanges-5000.json", isExchange: true)
            contents = { try exchangeJSON(ExchangeSyntheticInstance(requests: 5_000, outDegree: 10, groupSize: 5_000, seed: benchSeed)) }
        }
        if !FileManager.default.fileExists(atPath: file.path) {
            try contents().write(to: URL(fileURLWithPath: file.path), options: .atomic)
        }
        return file
    }

    /// The instance in the hospitals/residents interchange format, ids in order, one member a line.
    static func placementJSON(_ synthetic: PlacementSyntheticInstance) -> Data {
        func list(_ ids: [Int32], _ names: [String]) -> String { "[" + ids.map { "\"\(names[Int($0)])\"" }.joined(separator: ", ") + "]" }
        var text = "{\"trainees\": {\n"
        text += zip(synthetic.traineeIDs, synthetic.traineeRankings).map { "  \"\($0)\": \(list($1, synthetic.placementIDs))" }
            .joined(separator: ",\n")
        text += "\n}, \"placements\": {\n"
        text += synthetic.placementIDs.indices.map { p in
            "  \"\(synthetic.placementIDs[p])\": {\"capacity\": \(synthetic.capacities[p]), \"ranking\": \(list(synthetic.placementRankings[p], synthetic.traineeIDs))}"
        }.joined(separator: ",\n")
        text += "\n}}\n"
        return Data(text.utf8)
    }

    static func exchangeJSON(_ synthetic: ExchangeSyntheticInstance) throws -> Data {
        let object: [String: Any] = [
            "participants": synthetic.participants, "acceptable": synthetic.acceptable, "weights": synthetic.weights,
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

/// The part of a peer-placements result that holds the peer's wall times (the ratio target's yardstick).
let peerWallPart = "matching 1.4.3 HospitalResident (python3, whole process)"

extension Workloads {
    /// The sizes whose interchange shape is a placement instance (the peer has no exchange game).
    static func peerSizes(_ sizes: [BenchSize]) -> [BenchSize] {
        sizes.filter { ["twente", "regional", "5k", "20k"].contains($0.label) }
    }

    /// Reading an interchange file into a validated instance, in-process (what both solve commands do first).
    static func interchangeDecode(_ size: BenchSize, data: String, _ repetitions: Repetitions) throws -> WorkloadResult {
        let file = try InterchangeFile.make(size, data: data)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file.path))
        var samples: [Double] = []
        var cpu: [Double] = []
        var pairs = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let (count, sample) = try measured { () throws -> Int in
                if file.isExchange { return try ExchangeInstance(json: bytes).participants.count }
                return try PlacementJSON.decodeInstance(from: bytes).acceptablePairCount
            }
            pairs = count
            if run >= repetitions.warmup {
                samples.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        return WorkloadResult(
            workload: "interchange", size: file.label, items: bytes.count, itemName: "bytes", samples: samples, cpu: cpu,
            notes: [
                "\(file.isExchange ? "\(pairs) participants" : "\(pairs) acceptable pairs"); `PlacementJSON.decodeInstance` / `ExchangeInstance(json:)` from bytes in memory to a validated instance"
            ])
    }

    /// `koppel placements solve FILE` against the Python `matching` package's HospitalResident game
    /// on the same file, both as whole processes, run alternately; the matchings are compared.
    static func peerPlacements(_ size: BenchSize, data: String, koppel: String, root: String, _ repetitions: Repetitions)
        throws -> WorkloadResult
    {
        let file = try InterchangeFile.make(size, data: data)
        guard !file.isExchange else { throw BenchError("peer-placements has no exchange shape; sizes twente and regional") }
        let script = root + "/Benchmarks/reference/placements_matching.py"
        let koppelOut = NSTemporaryDirectory() + "koppel-bench-peer-koppel.json"
        let peerOut = NSTemporaryDirectory() + "koppel-bench-peer-matching.json"
        var ours: [Double] = []
        var oursCPU: [Double] = []
        var theirs: [Double] = []
        var theirsCPU: [Double] = []
        var peak = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let a = try runChild(koppel, ["placements", "solve", file.path, "--format", "json"], stdout: koppelOut)
            let b = try runChild("/usr/bin/env", ["python3", script, file.path], stdout: peerOut)
            guard a.status == 0 else { throw BenchError("koppel placements solve failed (exit \(a.status))") }
            guard b.status == 0 else { throw BenchError("\(script) failed (exit \(b.status)); pip install matching==1.4.3") }
            peak = max(peak, a.peakBytes)
            if run >= repetitions.warmup {
                ours.append(a.seconds)
                oursCPU.append(a.cpu)
                theirs.append(b.seconds)
                theirsCPU.append(b.cpu)
            }
        }
        // The trainee-optimal stable matching is unique: both must print the same one.
        func matches(_ path: String) throws -> [String: Set<String>] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            return ((object?["matches"] as? [String: [String]]) ?? [:]).mapValues(Set.init)
        }
        guard try matches(koppelOut) == matches(peerOut) else {
            throw BenchError("koppel and matching 1.4.3 disagree on \(file.path)")
        }
        let ratio = Summary(theirs).median / Summary(ours).median
        let cpuRatio = Summary(theirsCPU).median / Summary(oursCPU).median
        return WorkloadResult(
            workload: "peer-placements", size: file.label, items: try Data(contentsOf: URL(fileURLWithPath: file.path)).count,
            itemName: "bytes", samples: ours, cpu: oursCPU,
            parts: [peerWallPart: theirs, "matching 1.4.3 CPU (user + system)": theirsCPU],
            spawnedPeakBytes: peak,
            notes: [
                String(
                    format: "koppel is %.0f× faster than matching 1.4.3 on wall time and %.0f× on CPU time (medians, %d alternating runs each); both print the same matching",
                    ratio, cpuRatio, ours.count)
            ])
    }
}
