import Foundation
import Testing

/// `koppel audit monitor` and the letter about a placement round, on a copy of the demo
/// database, as a user runs them.
@Suite struct MonitorAndRoundLetterCLITests {
    private func demoCopy() throws -> URL {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(atPath: DemoDatabase.path, toPath: dir.appendingPathComponent("koppel.db").path)
        return dir
    }

    @Test func theMonitorShowsReasonsAndNoDataAndNamesNoOne() throws {
        let dir = try demoCopy()
        var listed: Set<String> = []
        // v0008 and v0010 have fewer than 60 eligible candidates, so ineligible ones are listed too.
        for vacancy in ["v0001", "v0008", "v0010"] {
            let ranked = try KoppelBinary.run(
                ["candidates", vacancy, "--db", "koppel.db", "--as", "regional", "--on", "2026-11-25", "--include-ineligible", "--limit", "60", "--format", "json"],
                in: dir)
            #expect(ranked.status == 0, "\(ranked.stderr)")
            listed.formUnion(ranked.stdout.matches(of: /"person" : "(p\d+)"/).map { String($0.1) })
        }
        #expect(listed.count > 40)
        let json = try KoppelBinary.run(["audit", "monitor", "--db", "koppel.db", "--as", "auditor", "--format", "json"], in: dir)
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let exclusions = rows.compactMap { $0["exclusions"] as? [String: Int] }.flatMap(\.values).reduce(0, +)
        #expect(exclusions > 0, "ineligible results were listed, so reasons fired")
        #expect(rows.allSatisfy { ($0["noDataShare"] as? [String: Double])?.values.allSatisfy { (0...1).contains($0) } == true })
        let table = try KoppelBinary.run(["audit", "monitor", "--db", "koppel.db", "--as", "regional"], in: dir)
        #expect(table.status == 0 && table.stdout.contains("exclusion reasons") && table.stdout.contains("criteria scored without data"))
        let html = try KoppelBinary.run(["audit", "monitor", "--db", "koppel.db", "--as", "auditor", "--format", "html", "-o", "m.html"], in: dir)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: dir.appendingPathComponent("m.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg"))
        for output in [json.stdout, table.stdout, page] {
            #expect(!listed.contains { output.contains($0) }, "the monitor shows aggregates only")
        }
        #expect(try KoppelBinary.run(["audit", "monitor", "--db", "koppel.db", "--as", "ENS"], in: dir).status == 64)
    }

    @Test func aTraineeReadsTheLetterAboutTheirRound() throws {
        let dir = try demoCopy()
        let round = try KoppelBinary.run(["round", "run", "c2027-r1", "--db", "koppel.db", "--as", "regional", "--actor", "mw.jansen", "--on", "2026-11-25"], in: dir)
        #expect(round.status == 0, "\(round.stderr)")
        let id = try #require(round.stderr.firstMatch(of: /log entry (\d+)/).map { String($0.1) })
        // The demo is deterministic: trainee t001 of cohort c2027 is person p019925.
        let letter = try KoppelBinary.run(
            ["person", "letter", "p019925", "--log", id, "--db", "koppel.db", "--as", "trainee:t001"], in: dir,
            environment: ["KOPPEL_LANG": "", "LANG": "", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.hasPrefix("Uitleg over een beslissing") && letter.stdout.contains("Uw keuzes, en hoe het daar ging:"))
        #expect(letter.stdout.contains("Noem het nummer \(id)."))
        let other = try KoppelBinary.run(["person", "letter", "p019925", "--log", id, "--db", "koppel.db", "--as", "trainee:t002"], in: dir)
        #expect(other.status == 64, "another trainee may not ask: \(other.stderr)")
    }
}
