import Foundation
import Testing

/// Dutch and English from one catalogue: the language from --lang, KOPPEL_LANG or the locale;
/// machine output the same in both; names instead of ids; CSV for Dutch Excel.
@Suite struct LanguageTests {
    static let day = ["--on", "2026-11-25"]
    static let locale = ["KOPPEL_LANG": ""]

    static func run(_ arguments: [String], _ environment: [String: String] = locale) throws -> KoppelBinary.Result {
        try KoppelBinary.run(arguments + ["--db", DemoDatabase.path], environment: environment)
    }

    @Test func theLocaleOrTheOptionChoosesTheLanguage() throws {
        let candidates = ["candidates", "v0001", "--as", "GBT", "--limit", "3"] + Self.day
        let dutch = try Self.run(candidates, ["KOPPEL_LANG": "", "LANG": "nl_NL.UTF-8"])
        #expect(dutch.status == 0)
        #expect(dutch.stdout.contains("kandidaat") && dutch.stdout.contains("opmerkingen") && dutch.stdout.contains("gewichten v1"))
        #expect(dutch.stdout.range(of: #"\n1 +\d+,\d\d "#, options: .regularExpression) != nil, "a decimal comma: \(dutch.stdout)")
        let english = try Self.run(candidates + ["--lang", "en"], ["KOPPEL_LANG": "", "LANG": "nl_NL.UTF-8"])
        #expect(english.stdout.contains("person") && english.stdout.contains("weights v1"))
        #expect(try Self.run(candidates, ["KOPPEL_LANG": "nl", "LANG": "en_GB.UTF-8"]).stdout == dutch.stdout)
        #expect(try Self.run(candidates, ["KOPPEL_LANG": "", "LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB"]).stdout == dutch.stdout)
        #expect(try Self.run(candidates, ["KOPPEL_LANG": "", "LANG": "C.UTF-8"]).stdout == english.stdout)
        #expect(try Self.run(candidates + ["--lang=nl"]).stdout == dutch.stdout)
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let wrong = try Self.run(["weights", "--lang", "fr"])
        #expect(wrong.status == 64 && wrong.stderr.contains("unknown language 'fr' in --lang"))
        let wrongEnv = try Self.run(["weights"], ["KOPPEL_LANG": "de"])
        #expect(wrongEnv.status == 64 && wrongEnv.stderr.contains("KOPPEL_LANG"))
        #expect(try Self.run(["weights", "--lang"]).status == 64)
    }

    @Test func helpIsInTheLanguage() throws {
        let dutch = try KoppelBinary.run(["candidates", "--help", "--lang", "nl"])
        #expect(dutch.stdout.contains("Rangschik de kandidaten voor een vacature"))
        #expect(dutch.stdout.contains("Het databasebestand."))
        let top = try KoppelBinary.run(["--help"], environment: ["KOPPEL_LANG": "nl"])
        #expect(top.stdout.contains("Koppel vacatures, traineeplekken en functieruil"))
        #expect(try KoppelBinary.run(["candidates", "--help"]).stdout.contains("Rank the candidates for a vacancy"))
    }

    /// JSON keys, reason codes, flags and every number are the same in both languages; only
    /// the `detail` texts differ.
    @Test func jsonIsTheSameInBothLanguagesButForTheDetails() throws {
        let arguments = ["candidates", "v0001", "--as", "GBT", "--format", "json", "--include-ineligible", "--limit", "15"] + Self.day
        let dutch = try JSONSerialization.jsonObject(with: Data(try Self.run(arguments + ["--lang", "nl"]).stdout.utf8))
        let english = try JSONSerialization.jsonObject(with: Data(try Self.run(arguments + ["--lang", "en"]).stdout.utf8))
        #expect(NSDictionary(dictionary: Self.withoutDetails(dutch) as! [String: Any])
            .isEqual(to: Self.withoutDetails(english) as! [String: Any]))
        let components = ((english as! [String: Any])["candidates"] as! [[String: Any]]).flatMap { $0["components"] as! [[String: Any]] }
        #expect(components.allSatisfy { $0["hasData"] is Bool && $0["facts"] is [String: Any] })
        let dutchDetails = ((dutch as! [String: Any])["candidates"] as! [[String: Any]])
            .flatMap { $0["components"] as! [[String: Any]] }.map { $0["detail"] as! String }
        #expect(dutchDetails.contains { $0.hasPrefix("geen gegevens") } || dutchDetails.contains { $0.contains(" van ") })
        let csvDutch = try Self.run(["candidates", "v0001", "--as", "GBT", "--format", "csv"] + Self.day + ["--lang", "nl"])
        let csvEnglish = try Self.run(["candidates", "v0001", "--as", "GBT", "--format", "csv"] + Self.day + ["--lang", "en"])
        #expect(csvDutch.stdout == csvEnglish.stdout, "the default CSV is for scripts")
    }

    static func withoutDetails(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "detail" && $0.key != "logId" && $0.key != "logID" }
                .mapValues(withoutDetails)
        }
        if let array = value as? [Any] { return array.map(withoutDetails) }
        return value
    }

    @Test func excelCSVHasSemicolonsDecimalCommasAndAByteOrderMark() throws {
        let plain = try Self.run(["candidates", "v0001", "--as", "GBT", "--format", "csv", "--limit", "5"] + Self.day)
        let excel = try Self.run(["candidates", "v0001", "--as", "GBT", "--format", "csv", "--excel", "--limit", "5"] + Self.day)
        #expect(excel.status == 0)
        #expect(excel.stdout.hasPrefix("\u{FEFF}rank;person;name;employer;score;eligible;reasons\n"))
        let plainScores = plain.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] }
        let excelScores = excel.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false)[4] }
        #expect(excelScores.map { $0.replacingOccurrences(of: ",", with: ".") } == plainScores.map(String.init))
        #expect(excelScores.contains { $0.contains(",") })
        let export = try Self.run(["export", "vacancies", "--excel", "--as", "regional"])
        #expect(export.stdout.hasPrefix("\u{FEFF}id;"))
        #expect(try Self.run(["candidates", "v0001", "--excel"] + Self.day).status == 64, "--excel goes with --format csv")
    }

    @Test func anEmployerIsNamedByNameAndAnUnknownNameGetsTheClosest() throws {
        let base = ["candidates", "v0001", "--as", "regional", "--format", "csv"] + Self.day
        let byCode = try Self.run(base + ["--employer", "ENS"])
        let byName = try Self.run(base + ["--employer", "gemeente enschede"])
        #expect(byCode.status == 0 && byName.stdout == byCode.stdout)
        let typo = try Self.run(base + ["--employer", "Gemeente Enschedee", "--lang", "nl"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("onbekende werkgever 'Gemeente Enschedee'; bedoelt u Gemeente Enschede (ENS)?"), "\(typo.stderr)")
    }

    /// In the pseudo-language every catalogue text is wrapped in ⟦…⟧: what is left outside is
    /// data (names, titles, labels, ids, numbers), never a text that bypassed the catalogue.
    @Test(arguments: [
        ["candidates", "v0001", "--as", "GBT", "--explain", "--include-ineligible", "--limit", "8"],
        ["vacancies", "p000123", "--gaps", "--as", "HGL", "--include-ineligible"],
        ["explain", "v0001", "p007514", "--as", "GBT"],
    ])
    func everyTextOfTheRankingCommandsComesFromTheCatalogue(arguments: [String]) throws {
        let result = try Self.run(arguments + Self.day + ["--lang", "xx"])
        let leaked = Self.leaks(result.stdout + "\n" + result.stderr, words: try Self.dataWords())
        #expect(result.stdout.contains("⟦") || result.stderr.contains("⟦"))
        #expect(leaked.isEmpty, "\(leaked.prefix(20).joined(separator: "\n"))")
    }

    /// The words of `text` outside every ⟦…⟧ (nested, and across the lines a wrapped text
    /// takes) that are not in `words`, each with its line.
    static func leaks(_ text: String, words: Set<String>) -> [String] {
        var leaked: [String] = []
        var outside = ""
        var depth = 0
        for character in text {
            if character == "⟦" { depth += 1 } else if character == "⟧" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(character) }
        }
        for line in outside.split(separator: "\n") {
            for word in line.split(whereSeparator: { !$0.isLetter }) where !words.contains(String(word).lowercased()) {
                // A table cuts long data with "…".
                let lowered = String(word).lowercased()
                if line.contains(word + "…") && words.contains(where: { $0.hasPrefix(lowered) }) { continue }
                leaked.append("\(word) in: \(line)")
            }
        }
        return leaked
    }

    /// Every word of the demo database's data: names, titles, labels, places, ids and codes.
    static func dataWords() throws -> Set<String> {
        var words: Set<String> = []
        var texts: [String] = []
        for kind in ["persons", "vacancies", "employers", "skills"] {
            texts.append(try KoppelBinary.run(["export", kind, "--db", DemoDatabase.path, "--as", "steward"]).stdout)
        }
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Seeds")
        for file in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where file.hasSuffix(".csv") {
            texts.append(try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
        }
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter }) { words.insert(String(word).lowercased()) }
        }
        return words
    }
}
