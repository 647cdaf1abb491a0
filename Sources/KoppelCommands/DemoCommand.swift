import ArgumentParser
import Foundation
import Koppel
import KoppelDemo

/// `koppel demo`: builds a realistic demo database and prints a first result.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo database from the deterministic generator and show a first result.",
        discussion: """
            Twente size: about 20,000 profiles, 300 vacancies, 40 trainees, 60 placements per \
            rotation, 80 exchange requests, 30 stand-in offers. National size: 1,000,000 \
            profiles, for benchmarks. The same --seed and --today give the same database. \
            An existing database that was not built by `koppel demo` is never overwritten.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "twente or national.")
    var size: DemoSizeOption = .twente

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 2026

    @Option(help: ArgumentHelp("The reference day of the data (YYYY-MM-DD).", discussion: "Defaults to today."))
    var today: String?

    func validate() throws {
        if let today, Day(today) == nil { throw ValidationError("--today '\(today)' is not a date (YYYY-MM-DD)") }
    }

    func run() throws {
        try runReportingErrors {
            let day = today.flatMap(Day.init) ?? Day.today
            let showProgress = Console.stderrIsTerminal
            let summary = try DemoBuilder.build(at: store.path, seed: seed, size: size.size, today: day) { done, total in
                if showProgress { Console.progress("generating profiles", done, total) }
            }
            if showProgress { Console.progressDone() }
            Console.error(String(format: "%@: demo database built in %.1f s (seed %llu, reference day %@)", store.path, summary.seconds, seed, day.description))
            let db = try KoppelStore(path: store.path)
            Console.error(try db.counts().summary)
            // A first real result: the best candidates for the first vacancy, as its employer's adviser sees them.
            guard let vacancy = try db.vacancies(openOnly: true).first else { return }
            let list = try db.rankCandidates(
                vacancyID: vacancy.id, viewer: .adviser(employer: vacancy.employer), options: RankingOptions(limit: 5), on: day, actor: "demo")
            Console.error("")
            Console.screen(RankingOutput.table(list, catalog: try db.catalog(), explain: false, color: Console.colorOnStdout))
            let dbFlag = store.db.map { " --db \($0)" } ?? ""
            Console.error("""

                Next: koppel explain \(vacancy.id) \(list.results.first?.person ?? "PERSON")\(dbFlag) --as \(vacancy.employer)
                      koppel candidates \(vacancy.id)\(dbFlag) --as \(vacancy.employer) --explain
                      koppel round run \(summary.dataset.comingRotation?.id ?? "ROTATION") --as regional\(dbFlag)
                """)
        }
    }
}

/// `--size twente|national`.
enum DemoSizeOption: String, ExpressibleByArgument, CaseIterable {
    case twente, national
    var size: DemoSize { self == .twente ? .twente : .national }
}
