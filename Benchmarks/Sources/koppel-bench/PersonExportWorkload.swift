import Foundation
import Koppel

extension Workloads {
    /// Workloads measured at the Twente size only.
    static let twenteOnly: Set<String> = ["round", "person-export"]

    /// Subject rows the decision log holds before `person export` is timed: a million, as after
    /// a season of large rankings.
    static let personExportLogRows = 1_000_000

    /// A data-access request (`personData`) after logged rankings that name everyone, until the
    /// log holds ``personExportLogRows`` subject rows; the person is in every one of them.
    ///
    /// Works on a copy of the dataset's database, so the other workloads see the log as built.
    static func personExport(_ files: DatasetFiles, _ repetitions: Repetitions) throws -> WorkloadResult {
        let copy = NSTemporaryDirectory() + "koppel-bench-person-export.koppel"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        let source = try KoppelStore(path: files.database)
        try source.checkpoint()
        try source.close()
        try FileManager.default.copyItem(atPath: files.database, toPath: copy)
        let store = try KoppelStore(path: copy)
        guard let vacancy = try store.vacancies(openOnly: true).first else { throw BenchError("no open vacancy") }
        let everyone = RankingOptions(includeIneligible: true, limit: nil)
        var rows = try store.counts().decisionSubjects
        var entries = 0
        var person = ""
        while rows < personExportLogRows {
            let list = try store.rankCandidates(vacancyID: vacancy.id, viewer: .regionalAdviser, options: everyone, on: benchToday)
            rows += list.results.count
            entries += 1
            if person.isEmpty, let last = list.results.last { person = last.person }
        }
        var samples: [Double] = []
        var cpu: [Double] = []
        var bytes = 0
        for run in 0..<(repetitions.warmup + repetitions.runs) {
            let (json, sample) = try measured { try store.personData(person, viewer: .dataSteward) }
            bytes = json.utf8.count
            if run >= repetitions.warmup {
                samples.append(sample.wall)
                cpu.append(sample.cpu)
            }
        }
        try store.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        return WorkloadResult(
            workload: "person-export", size: files.size.label, items: rows, itemName: "log subject rows", samples: samples, cpu: cpu,
            notes: ["\(person) is in \(entries) logged rankings of every profile; the export is \(bytes) bytes"])
    }
}
