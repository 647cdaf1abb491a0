import Foundation
import Testing

/// The Dutch labels of the seed files are spelled with their diacritics ("Financiële analyse",
/// not "Financiele analyse").
@Suite struct SeedSpellingTests {
    /// Dutch words (or parts of compounds) that are misspelled without their diaeresis or accent,
    /// with the proper spelling. Words that are right without one ("financieel", "officieel")
    /// are not in it.
    static let bareForms: [String: String] = [
        "financiele": "financiële", "financien": "financiën", "officiele": "officiële", "coordinat": "coördinat",
        "cooperatie": "coöperatie", "ideeen": "ideeën", "reele": "reële", "reeel": "reëel", "continuiteit": "continuïteit",
        "carriere": "carrière", "categorieen": "categorieën", "materiele": "materiële", "potentiele": "potentiële",
        "essentiele": "essentiële", "geinformeerd": "geïnformeerd", "beinvloed": "beïnvloed", "reintegratie": "re-integratie",
        "efficient": "efficiënt", "geintegreerd": "geïntegreerd", "ingenieur": "ingenieur", "patient": "patiënt",
        "client": "cliënt", "knieen": "knieën", "zeeen": "zeeën", "industriele": "industriële", "commerciele": "commerciële",
        "sociale zekerheid": "sociale zekerheid", "provinciale": "provinciale", "europese": "Europese", "enquete": "enquête",
        "coordinator": "coördinator", "creeren": "creëren", "geexporteerd": "geëxporteerd", "veiligheidsregios": "veiligheidsregio's",
    ].filter { $0.key != $0.value.lowercased() }

    /// The columns that hold Dutch text for people (ids, codes, URIs, English labels and
    /// provenance are left alone).
    static let dutchColumns: [String: [String]] = [
        "skills.csv": ["label_nl"], "nl_skills.csv": ["label_nl"], "domains.csv": ["name_nl"], "courses.csv": ["title"],
        "credentials.csv": ["name"], "job_titles.csv": ["title"], "employers.csv": ["name", "seat"],
        "nlqf_levels.csv": ["diploma"],
    ]

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Seeds")

    @Test(arguments: dutchColumns.keys.sorted())
    func dutchLabelsKeepTheirDiacritics(file: String) throws {
        let rows = try Self.rows(String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8))
        let header = try #require(rows.first)
        let columns = Self.dutchColumns[file]!.map { header.firstIndex(of: $0) }
        #expect(!columns.contains(nil), "\(file) has the columns \(Self.dutchColumns[file]!)")
        var problems: [String] = []
        for (index, row) in rows.enumerated().dropFirst() {
            for case let column? in columns where column < row.count {
                for word in Self.words(row[column]) {
                    if let bare = Self.bareForms.keys.first(where: { word.contains($0) }) {
                        problems.append("\(file):\(index + 1): '\(row[column])': '\(bare)' is written '\(Self.bareForms[bare]!)'")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theCheckFindsAWordWithoutItsDiaeresis() {
        let found = Self.words("Financiele analyse en Overheidsfinancien").filter { word in
            Self.bareForms.keys.contains { word.contains($0) }
        }
        #expect(found == ["financiele", "overheidsfinancien"])
        #expect(Self.words("Financiële analyse, Financieel beheer, officieel").allSatisfy { word in
            !Self.bareForms.keys.contains { word.contains($0) }
        })
    }

    /// Lower-cased words of `text` (letters and apostrophes).
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
    }

    /// The records of a CSV text with double-quoted fields (the seeds' RFC 4180 form).
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var previousQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if previousQuote { field.append("\"") }
                quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            default: field.append(character)
            }
            previousQuote = false
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
