import ArgumentParser
import Foundation
import Koppel
import KoppelDemo

/// `koppel demo`: builds a realistic demo database and prints a first result.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("help.demo.abstract"),
        discussion: tr("help.demo.discussion")
    )

    @OptionGroup var store: StoreOptions

    @Option(help: helpText("help.demo.size"))
    var size: DemoSizeOption = .twente

    @Option(help: helpText("help.demo.seed"))
    var seed: UInt64 = 2026

    @Option(help: helpText("help.demo.today", discussion: "help.on.discussion"))
    var today: Day?

    func run() throws {
        try runReportingErrors {
            let day = today ?? Day.today
            let showProgress = Console.stderrIsTerminal
            let summary = try DemoBuilder.build(at: store.path, seed: seed, size: size.size, today: day) { done, total in
                if showProgress { Console.progress(tr("demo.generating"), done, total) }
            }
            if showProgress { Console.progressDone() }
            Console.error(tr("demo.built", [
                "path": store.path, "seconds": CLILanguage.current.decimal(String(format: "%.1f", summary.seconds)),
                "seed": String(seed), "day": day,
            ]))
            let db = try KoppelStore(path: store.path)
            Console.error(try db.counts().summary(in: CLILanguage.current))
            // A first real result: the best candidates for the first vacancy, as its employer's adviser sees them.
            guard let vacancy = try db.vacancies(openOnly: true).first else { return }
            let list = try db.rankCandidates(
                vacancyID: vacancy.id, viewer: .adviser(employer: vacancy.employer), options: RankingOptions(limit: 5), on: day, actor: "demo",
                language: CLILanguage.current)
            Console.error("")
            Console.screen(RankingOutput.table(list, catalog: try db.catalog(), explain: false, color: Console.colorOnStdout))
            let dbFlag = store.db.map { " --db \($0)" } ?? ""
            Console.error("""

                \(tr("demo.next")) koppel explain \(vacancy.id) \(list.results.first?.person ?? "PERSON")\(dbFlag) --as \(vacancy.employer)
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
