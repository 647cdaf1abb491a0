import Foundation
import Testing

@Suite struct TableOutputTests {
    static let commands: [[String]] = [
        ["candidates", "v0001", "--as", "GBT", "--explain", "--include-ineligible", "--limit", "8"],
        ["vacancies", "p000123", "--gaps", "--as", "HGL"],
        ["explain", "v0001", "p007514", "--as", "GBT"],
        ["round", "run", "c2027-r1", "--as", "regional"],
        ["exchanges", "find", "--as", "ENS", "--refused"],
        ["weights"],
    ]

    @Test(arguments: commands)
    func tablesFitOneHundredColumns(arguments: [String]) throws {
        let day = arguments[0] == "weights" ? [] : ["--on", "2026-11-25"]
        let result = try KoppelBinary.run(arguments + ["--db", DemoDatabase.path] + day)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 100, "\(arguments.joined(separator: " ")) prints a line of \(widest) characters")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func candidatesExplainAddsUpForEveryCandidate() throws {
        let result = try KoppelBinary.run(["candidates", "v0001", "--db", DemoDatabase.path, "--on", "2026-11-25", "--as", "GBT", "--format", "json", "--include-ineligible", "--limit", "30"])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let candidates = document["candidates"] as! [[String: Any]]
        #expect(candidates.count == 30)
        for candidate in candidates {
            let components = candidate["components"] as! [[String: Any]]
            let sum = components.map { Int((($0["points"] as! Double) * 100).rounded()) }.reduce(0, +)
            #expect(sum == Int(((candidate["score"] as! Double) * 100).rounded()))
            #expect(components.count == 10)
        }
        let scores = candidates.map { $0["score"] as! Double }
        let eligible = candidates.map { $0["eligible"] as! Bool }
        #expect(eligible == eligible.sorted { $0 && !$1 }, "eligible candidates come first")
        let eligibleScores: [Double] = zip(scores, eligible).filter { $0.1 }.map { $0.0 }
        #expect(eligibleScores == eligibleScores.sorted(by: >))
    }

    @Test func unknownVacancyIsARuntimeErrorAndAnEmptyResultExits1() throws {
        let missing = try KoppelBinary.run(["candidates", "nope", "--db", DemoDatabase.path])
        #expect(missing.status == 2 && missing.stderr.contains("no vacancy with id 'nope'"))
        let none = try KoppelBinary.run(["candidates", "v0001", "--db", DemoDatabase.path, "--employer", "RT", "--as", "GBT"])
        #expect(none.status == 1)
    }
}
