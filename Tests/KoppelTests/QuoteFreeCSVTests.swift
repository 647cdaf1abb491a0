import KoppelDemo
import Testing
@testable import Koppel

/// Text without quotes is split straight from its bytes; these tests hold that split to
/// ``QuotedCSV``'s reading of the same text.
@Suite struct QuoteFreeCSVTests {
    /// Pieces of random CSV bodies: multi-byte letters, spaces, both delimiters, empty fields,
    /// empty lines and list separators, never a quote or a CR.
    static let pieces = ["a", "p001", "é", "Öztürk", "🙂", " ", "\t", ",", ";", ",,", "\n", "\n\n", "|", "=", "esco:09d6ed43=4", ""]

    static func rows(_ csv: CSVRecords, library: Bool) throws -> [String] {
        var rows: [String] = []
        let collect: (Int, [String], [Bool]) throws -> Void = { line, fields, _ in rows.append("\(line):\(fields)") }
        if library { try csv.forEachQuotedRow(collect) } else { try csv.forEachRow(collect) }
        return rows
    }

    @Test(arguments: 0..<300)
    func quoteFreeTextGivesTheRowsTheQuotedReaderReads(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let delimiter = random.element(of: [",", ";"])
        let header = (0..<random.int(in: 1...5)).map { "c\($0)" }.joined(separator: delimiter)
        var body = ""
        for _ in 0..<random.int(in: 0...40) { body += random.element(of: Self.pieces) }
        if random.chance(0.5) { body += "\n" }
        let text = header + "\n" + body
        #expect(QuoteFreeCSV(text, delimiter: Character(delimiter)) != nil)
        let csv = try CSVRecords.open(text, file: "t.csv")
        #expect(try Self.rows(csv, library: false) == Self.rows(csv, library: true), "text: \(text.debugDescription)")
    }

    @Test func textWithAQuoteOrACarriageReturnIsLeftToTheQuotedReader() throws {
        #expect(QuoteFreeCSV("id,name\np1,\"Jansen, P.\"\n", delimiter: ",") == nil)
        #expect(QuoteFreeCSV("id,name\r\np1,Jansen\r\n", delimiter: ",") == nil)
        let csv = try CSVRecords.open("id,name\np1,\"Jansen, P.\"\n\np2,Smit", file: "t.csv")
        #expect(try Self.rows(csv, library: false) == ["2:[\"p1\", \"Jansen, P.\"]", "4:[\"p2\", \"Smit\"]"])
    }

    @Test func emptyLinesAreSkippedButCounted() throws {
        let csv = try CSVRecords.open("id;name\n\np1;a\n\n\np2;\n", file: "t.csv")
        #expect(try Self.rows(csv, library: false) == ["3:[\"p1\", \"a\"]", "6:[\"p2\", \"\"]"])
    }
}
