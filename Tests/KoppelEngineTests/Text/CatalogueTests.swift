import Foundation
import Testing

@testable import KoppelEngine

/// The catalogue holds every text in both languages, and every key the sources use.
@Suite struct CatalogueTests {
    @Test func everyKeyHasBothLanguagesWithTheSameArguments() {
        var problems: [String] = []
        for (key, entry) in Catalogue.entries {
            if entry.nl.isEmpty { problems.append("\(key): no Dutch") }
            if entry.en.isEmpty { problems.append("\(key): no English") }
            if Set(Catalogue.argumentNames(entry.nl)) != Set(Catalogue.argumentNames(entry.en)) {
                problems.append("\(key): arguments differ: \(Catalogue.argumentNames(entry.nl)) / \(Catalogue.argumentNames(entry.en))")
            }
            if entry.nl == entry.en && entry.en.contains(where: \.isLetter) && !Catalogue.sameInBothLanguages.contains(key) {
                problems.append("\(key): the Dutch is the English ('\(entry.en)')")
            }
        }
        #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
    }

    @Test func noKeyIsInTwoAreas() {
        var seen: [String: String] = [:]
        var twice: [String] = []
        for part in Catalogue.parts {
            for key in part.entries.keys {
                if let other = seen[key] { twice.append("\(key) in \(other) and \(part.area)") }
                seen[key] = part.area
            }
        }
        #expect(twice.isEmpty, "\(twice)")
        #expect(Catalogue.sameInBothLanguages.subtracting(Catalogue.entries.keys).isEmpty)
    }

    /// Every literal key in `tr("…")`, `text("…")`, `t("…")` and `helpText("…")` under Sources is
    /// in the catalogue, and so is every key built from a criterion, flag or reason code.
    @Test func everyKeyTheSourcesUseIsInTheCatalogue() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(
            pattern: #"(?:\btr|\.text|\bt|\bhelpText|discussion:|\btext:|CatalogueText|StoreError\.text)\(?\s*"([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)""#)
        var used: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                used[key] = file.lastPathComponent
            }
        }
        #expect(used.count > 50, "the scan finds the keys (\(used.count))")
        let missing = used.filter { Catalogue.entries[$0.key] == nil }.map { "\($0.key) (\($0.value))" }
        #expect(missing.isEmpty, "\(missing.sorted())")
        for criterion in RankingCriterion.allCases { #expect(Catalogue.entries["criterion.\(criterion.rawValue)"] != nil) }
        for flag in RankingFlag.allCases { #expect(Catalogue.entries["flag.\(flag.rawValue)"] != nil) }
        for code: RankingReasonCode in [
            .missingMustSkill, .missingMustCredential, .expiredMustCredential, .workingLevelBelowRequired, .noHoursOverlap,
            .notAvailableByStart, .commuteBeyondLimit, .beyondMaxKm, .distanceUnknown,
        ] {
            #expect(Catalogue.entries["reason.\(code.rawValue)"] != nil, "\(code)")
        }
    }

    @Test func argumentsAreFilledAndWrittenForTheLanguage() {
        #expect(Language.nl.text("ranking.mustSkills.held", ["held": 3, "count": 4]) == "3 van 4 vereiste vaardigheden")
        #expect(Language.en.text("ranking.mustSkills.held", ["held": 3, "count": 4]) == "3 of 4 must-have skills")
        #expect(Language.pseudo.text("ranking.mustSkills.held", ["held": 3, "count": 4]) == "⟦3 of 4 must-have skills⟧")
        #expect(Language.nl.text("ranking.header.start", ["day": Day("2026-12-03")!]) == "start 3 december 2026")
        #expect(Language.en.text("ranking.header.start", ["day": Day("2026-12-03")!]) == "start 2026-12-03")
        #expect(Language.nl.text("no.such.key") == "⟦?no.such.key⟧")
        #expect(Language.nl.list(["a", "b", "c"]) == "a, b en c")
    }

    @Test func dutchWritesADecimalCommaAndTheMonthInWords() {
        #expect(Language.nl.decimal("71.25") == "71,25")
        #expect(Language.nl.decimal("23.4 km, limit 30 km") == "23,4 km, limit 30 km")
        #expect(Language.nl.decimal("v1.2.3 nl:bag. Klaar.") == "v1,2,3 nl:bag. Klaar.")
        #expect(Language.en.decimal("71.25") == "71.25")
        #expect(Language.nl.number(31.5) == "31,5" && Language.nl.number(36) == "36")
        #expect(Language.nl.hundredths(-150) == "-1,50")
        for (text, nl, en) in [
            ("2026-12-03", "3 december 2026", "3 December 2026"), ("2027-01-31", "31 januari 2027", "31 January 2027"),
            ("2026-03-01", "1 maart 2026", "1 March 2026"),
        ] {
            #expect(Language.nl.longDate(Day(text)!) == nl)
            #expect(Language.en.longDate(Day(text)!) == en)
        }
    }

    @Test func theLanguageComesFromTheOptionThenKoppelLangThenTheLocale() {
        #expect(Language.resolve(option: "nl", environment: ["LANG": "en_GB.UTF-8"]) == .nl)
        #expect(Language.resolve(option: "en", environment: ["KOPPEL_LANG": "nl"]) == .en)
        #expect(Language.resolve(option: "fr", environment: [:]) == nil)
        #expect(Language.resolve(option: nil, environment: ["KOPPEL_LANG": "nl", "LANG": "en_US"]) == .nl)
        #expect(Language.resolve(option: nil, environment: ["KOPPEL_LANG": "de"]) == nil)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "nl_NL.UTF-8", "LANG": "en_US"]) == .nl)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LC_MESSAGES": "nl_BE", "LANG": "en_US"]) == .nl)
        #expect(Language.resolve(option: nil, environment: ["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.resolve(option: nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LANG": ""]) == .en)
        #expect(Language.resolve(option: nil, environment: [:]) == .en)
    }

    @Test func theServiceReadsAcceptLanguageAndDefaultsToDutch() {
        #expect(Language.accepting(nil) == .nl)
        #expect(Language.accepting("en-GB,en;q=0.9") == .en)
        #expect(Language.accepting("en;q=0.8, nl;q=0.9") == .nl)
        #expect(Language.accepting("de-DE, fr;q=0.5") == .nl)
        #expect(Language.accepting("de-DE, en;q=0.5") == .en)
        #expect(Language.accepting("xx") == .nl)
        #expect(Language.accepting("en;q=0") == .nl)
    }
}
