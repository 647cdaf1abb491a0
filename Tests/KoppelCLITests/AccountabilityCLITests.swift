import Foundation
import Testing

/// `koppel audit impact`, `koppel register export`, `koppel person letter`, the reasons and
/// overrides, as a user runs them.
@Suite struct AccountabilityCLITests {
    private func setUp() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        #expect(try KoppelBinary.run(["import", "persons", "-", "--actor", "steward"], in: dir, input: TrustCommandsTests.persons).status == 0)
        #expect(try KoppelBinary.run(["import", "vacancies", "-", "--actor", "steward"], in: dir, input: TrustCommandsTests.vacancies).status == 0)
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "regional", "--on", "2026-11-25", "--actor", "mw.jansen"], in: dir).status == 0)
        return dir
    }

    @Test(arguments: [["audit", "impact"], ["register", "export"], ["person", "letter"], ["round", "place"], ["shortlist", "mark"]])
    func newCommandsHaveHelp(command: [String]) throws {
        let result = try KoppelBinary.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: koppel \(command.joined(separator: " "))"))
    }

    @Test func impactAuditShowsAggregatesOnlyAndRefusesOthers() throws {
        let dir = try setUp()
        try "person,groep\np1,A\np2,A\np3,B\n".write(to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
        let json = try KoppelBinary.run(["audit", "impact", "--groups", "g.csv", "--as", "auditor", "--min-group", "2", "--format", "json"], in: dir)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("\"p1\"") && !json.stdout.contains("\"p2\"") && !json.stdout.contains("\"p3\""))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let report = try #require(object["report"] as? [String: Any])
        #expect(report["columns"] as? [String] == ["groep"])
        // B has one person: suppressed, and then A too (no count by subtraction).
        #expect(json.stdout.contains("\"suppressed\" : true") && !json.stdout.contains("\"suppressed\" : false"))
        let table = try KoppelBinary.run(["audit", "impact", "--groups", "g.csv", "--as", "regional", "--min-group", "2"], in: dir)
        #expect(table.status == 0 && table.stdout.contains("suppressed") && table.stdout.contains("shortlisted"))
        let html = try KoppelBinary.run(["audit", "impact", "--groups", "g.csv", "--as", "auditor", "--format", "html", "-o", "r.html"], in: dir)
        #expect(html.status == 0)
        let page = try String(contentsOf: dir.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg") && !page.contains("p1"))
        #expect(try KoppelBinary.run(["audit", "impact", "--groups", "g.csv", "--as", "HGL"], in: dir).status == 64)
        try "person,groep\np1,A\np1,B\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try KoppelBinary.run(["audit", "impact", "--groups", "bad.csv", "--as", "auditor"], in: dir)
        #expect(bad.status == 64 && bad.stderr.contains("bad.csv:3: field 'person'"))
        // The runs are logged, without labels.
        let log = try KoppelBinary.run(["log", "--kind", "audit", "--as", "regional", "--format", "json"], in: dir)
        #expect(log.status == 0 && log.stdout.contains("groupFileSHA256") && !log.stdout.contains("\"A\""))
    }

    @Test func registerExportWritesACheckedDutchEntry() throws {
        let dir = try setUp()
        let result = try KoppelBinary.run(["register", "export", "--organisation", "HGL", "--contact", "privacy@hengelo.nl", "--as", "regional"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["lang"] as? String == "nld" && object["publication_category"] as? String == "Hoog-risico AI-systeem")
        let bad = try KoppelBinary.run(["register", "export", "--organisation", "HGL", "--contact", "x", "--since", "2026-1"], in: dir)
        #expect(bad.status == 64 && bad.stderr.contains("begin_date"))
    }

    @Test func letterAndReasonsOnTheCommandLine() throws {
        let dir = try setUp()
        let log = try KoppelBinary.run(["log", "--kind", "ranking", "--as", "regional", "--format", "json"], in: dir)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        let id = try #require(entries.first?["id"] as? Int)
        // Dutch unless a language is chosen; the tests' KOPPEL_LANG=en is cleared here.
        let letter = try KoppelBinary.run(
            ["person", "letter", "p3", "--log", String(id), "--as", "regional", "--actor", "mw.jansen"], in: dir,
            environment: ["KOPPEL_LANG": "", "LANG": "", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.hasPrefix("Uitleg over een beslissing") && letter.stdout.contains("Beste Ëlla Jöbsis,"))
        #expect(letter.stdout.range(of: #"\d\.\d"#, options: .regularExpression) == nil,
                "Dutch text writes numbers with a decimal comma")
        let english = try KoppelBinary.run(["person", "letter", "p3", "--log", String(id), "--as", "regional", "--lang", "en"], in: dir)
        #expect(english.status == 0 && english.stdout.contains("Dear Ëlla Jöbsis,"), "\(english.stderr)")
        #expect(try KoppelBinary.run(["person", "letter", "p3", "--log", String(id), "--as", "ALM"], in: dir).status == 64)
        let letters = try KoppelBinary.run(["log", "--kind", "letter", "--as", "regional"], in: dir)
        #expect(letters.status == 0)
        // Accepting without a reason is a usage error.
        let accept = try KoppelBinary.run(["round", "accept", "r1", "--as", "regional", "--actor", "a"], in: dir)
        #expect(accept.status == 64 && accept.stderr.contains("--reason"))
        let overrides = try KoppelBinary.run(["log", "--kind", "override", "--as", "regional"], in: dir)
        #expect(overrides.status == 1, "no overrides yet: nothing found")
    }
}
