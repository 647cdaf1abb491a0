import Foundation
import GRDB
import Testing
@testable import Koppel
@testable import KoppelDemo

/// Export → import is the identity for any text: random Unicode with CR, LF, CR LF, quotes,
/// separators and spaces at either end comes back byte for byte, through CSV and JSON.
@Suite struct RoundTripPropertyTests {
    /// Pieces of random text; line ends and tabs only for descriptions.
    static let oneLine = [
        "a", "Z", " ", "  ", "\"", "\"\"", ",", ";", "|", "=", "'", "\\", "ë", "Ö", "IJ", "ĳ", "🙂", "👩‍💻", "e\u{301}", "\u{301}",
        "\u{A0}", "\u{200B}", "\u{FEFF}", "漢", "1e5", "-", "null", "true", "[", "{",
    ]
    static let lineBreaks = ["\r", "\n", "\r\n", "\t", "\n\n", "\r\r\n"]

    static func text(_ random: inout DemoRandom, multiline: Bool) -> String {
        let pieces = multiline ? oneLine + lineBreaks : oneLine
        var text = ""
        for _ in 0..<random.int(in: 1...12) { text += random.element(of: pieces) }
        return text
    }

    /// The stored texts of every vacancy: id → (title, description), compared by their bytes.
    static func texts(_ store: KoppelStore) throws -> [String: [[UInt8]]] {
        try store.pool.read { db in
            var result: [String: [[UInt8]]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, title, place, description FROM vacancy ORDER BY id") {
                result[row["id"]] = [row["title"], row["place"], row["description"]].map { (text: String?) in Array((text ?? "").utf8) }
            }
            return result
        }
    }

    @Test(arguments: 0..<40)
    func anyTextComesBackUnchangedThroughCSVAndJSON(seed: Int) throws {
        var random = DemoRandom(seed: 7, stream: 19, index: UInt64(seed))
        var objects: [String] = []
        for index in 0..<8 {
            let title = Self.text(&random, multiline: false)
            let place = Self.text(&random, multiline: false)
            let description = Self.text(&random, multiline: true)
            objects.append("{\"id\": \"v\(index)\", \"employer\": \"HGL\", \"title\": \(JSONText.quote(title)), \"place\": \(JSONText.quote(place)), \"description\": \(JSONText.quote(description))}")
        }
        let vacancies = EntityKind.named("vacancies")!
        let original = try makeStore()
        try original.importData(Array(("[" + objects.joined(separator: ",\n") + "]").utf8), kind: vacancies, file: "v.json")
        let expected = try Self.texts(original)
        #expect(expected.count == 8)
        for format in DataFormat.allCases {
            let exported = try original.exported(vacancies, format)
            let copy = try makeStore()
            try copy.importData(Array(exported.utf8), kind: vacancies, file: "back.\(format.rawValue)")
            #expect(try Self.texts(copy) == expected, "\(format): \(exported.debugDescription)")
            #expect(try copy.exported(vacancies, format) == exported)
        }
    }
}
