import Foundation

/// A CSV file's header, and its records read one at a time, each with the line it starts on.
///
/// RFC 4180: a field in double quotes keeps every character (the delimiter, `""` for a quote,
/// CR, LF and CR LF) exactly; outside quotes CR, LF and CR LF end a record. Comma- and
/// semicolon-separated files are both accepted: Dutch spreadsheets write `;`. The delimiter is
/// the one that splits the first line into more columns; a line that splits on neither is read
/// as comma-separated. A header past ``InputLimits/headerColumns`` columns and a record past
/// ``InputLimits/recordBytes`` are refused.
///
/// ```swift
/// let csv = try CSVRecords.open("id;name\np1;\" Jansen \"\n", file: "p.csv")
/// try csv.forEachRow { line, fields, quoted in … }   // 2, ["p1", " Jansen "], [false, true]
/// ```
struct CSVRecords {
    var header: [String]
    var delimiter: Character
    private let text: String
    private let file: String
    /// Where the first record after the header starts, in UTF-8 bytes, and its line.
    private let bodyStart: Int
    private let bodyLine: Int

    /// Reads the header; the records are read by ``forEachRow(_:)``.
    static func open(_ text: String, file: String) throws -> CSVRecords {
        var copy = text
        let firstLine = copy.withUTF8 { bytes in bytes.prefix { $0 != 0x0A && $0 != 0x0D } }
        guard !firstLine.isEmpty else {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 0, field: nil, text: CatalogueText("import.emptyNoHeader"))])
        }
        let semicolons = firstLine.filter { $0 == 0x3B }.count
        let commas = firstLine.filter { $0 == 0x2C }.count
        let delimiter: Character = semicolons > commas ? ";" : ","
        if max(semicolons, commas) + 1 > InputLimits.headerColumns {
            throw ImportError(.unreadable, [ImportIssue(
                file: file, line: 1, field: nil,
                text: CatalogueText("import.tooManyColumns", ["count": max(semicolons, commas) + 1, "max": InputLimits.headerColumns]))])
        }
        var header: [String] = []
        var next = (offset: 0, line: 1)
        try QuotedCSV(text: text, delimiter: delimiter.asciiValue!, file: file).forEachRecord(from: 0, line: 1) { _, fields, _, end in
            header = fields
            next = end
            return false
        }
        return CSVRecords(
            header: header.map(\.trimmingSpaces), delimiter: delimiter, text: text, file: file,
            bodyStart: next.offset, bodyLine: next.line)
    }

    /// Calls `body` with each record's line, its fields and, per field, whether it was quoted
    /// (empty when none was), skipping empty lines. Unquoted fields are passed as written, with
    /// their spaces; quoted ones without their quotes.
    ///
    /// Text without quotes or CR is split straight from its bytes (``QuoteFreeCSV``: the same
    /// rows, many times faster); other text is read by ``QuotedCSV``.
    func forEachRow(_ body: (_ line: Int, _ fields: [String], _ quoted: [Bool]) throws -> Void) throws {
        guard let plain = QuoteFreeCSV(text, delimiter: delimiter, file: file) else { return try forEachQuotedRow(body) }
        try plain.forEachRow { line, fields in
            if !(fields.count == 1 && fields[0].isEmpty) { try body(line, fields, []) }
        }
    }

    /// ``forEachRow(_:)`` through ``QuotedCSV``, whatever the text holds.
    func forEachQuotedRow(_ body: (_ line: Int, _ fields: [String], _ quoted: [Bool]) throws -> Void) throws {
        try QuotedCSV(text: text, delimiter: delimiter.asciiValue!, file: file).forEachRecord(from: bodyStart, line: bodyLine) {
            line, fields, quoted, _ in
            if !(fields.count == 1 && fields[0].isEmpty && quoted == [false]) { try body(line, fields, quoted.contains(true) ? quoted : []) }
            return true
        }
    }
}

extension String {
    /// `split(separator:omittingEmptySubsequences:)` on an ASCII separator, as Strings.
    ///
    /// ASCII text is split by bytes: there every Character is one byte, except CR LF, which is
    /// never the separator, so the pieces are the same. Other text is split by Characters, as
    /// before (a separator followed by a combining mark is not a separator there).
    func splitASCII(_ separator: Character, omittingEmptySubsequences: Bool) -> [String] {
        asciiPieces(separator, omittingEmpty: omittingEmptySubsequences, trimming: false)
            ?? split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences).map(String.init)
    }

    /// ``splitASCII(_:omittingEmptySubsequences:)`` followed by ``trimmingSpaces`` of every
    /// piece and, with `droppingEmpty`, leaving out pieces that are then empty: the same pieces,
    /// built in one pass over ASCII text without the intermediate arrays.
    func splitASCIITrimmed(_ separator: Character, droppingEmpty: Bool) -> [String] {
        if let pieces = asciiPieces(separator, omittingEmpty: droppingEmpty, trimming: true) { return pieces }
        let trimmed = splitASCII(separator, omittingEmptySubsequences: droppingEmpty).map(\.trimmingSpaces)
        return droppingEmpty ? trimmed.filter { !$0.isEmpty } : trimmed
    }

    /// The pieces between ASCII `separator` bytes, with `trimming` without leading and trailing
    /// spaces and tabs (bytes, the same as Characters in ASCII), with `omittingEmpty` without
    /// the empty ones; nil when the text is not ASCII.
    private func asciiPieces(_ separator: Character, omittingEmpty: Bool, trimming: Bool) -> [String]? {
        let byte = separator.asciiValue!
        var copy = self
        return copy.withUTF8 { bytes -> [String]? in
            var result: [String] = []
            var start = 0
            func add(_ end: Int) {
                var low = start
                var high = end
                if trimming {
                    while low < high && (bytes[low] == 0x20 || bytes[low] == 0x09) { low += 1 }
                    while high > low && (bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09) { high -= 1 }
                }
                if omittingEmpty && low == high { return }
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
            }
            for index in 0..<bytes.count {
                let current = bytes[index]
                if current >= 0x80 { return nil }
                if current == byte {
                    add(index)
                    start = index + 1
                }
            }
            add(bytes.count)
            return result
        }
    }
}
