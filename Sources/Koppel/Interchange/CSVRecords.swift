import CSV

/// A CSV file's header, and its records read one at a time, each with the line it starts on.
///
/// Parsing is CSV.swift's `CSVReader` (RFC 4180 quoting, CR, LF and CR LF line ends). Comma- and
/// semicolon-separated files are both accepted: Dutch spreadsheets write `;`. The delimiter is
/// the one that splits the header into more columns; a header that splits on neither is read as
/// comma-separated.
struct CSVRecords {
    var header: [String]
    var delimiter: Character
    private let text: String
    private let file: String

    /// Reads the header; the records are read by ``forEachRow(_:)``.
    static func open(_ text: String, file: String) throws -> CSVRecords {
        guard let firstLine = text.split(separator: "\n", maxSplits: 1).first, !firstLine.isEmpty else {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 0, field: nil, reason: "the file is empty; expected a header line")])
        }
        let semicolons = firstLine.utf8.filter { $0 == 0x3B }.count
        let commas = firstLine.utf8.filter { $0 == 0x2C }.count
        let delimiter: Character = semicolons > commas ? ";" : ","
        let reader = try makeReader(text, delimiter: delimiter, file: file)
        guard let headerRow = reader.headerRow else {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 1, field: nil, reason: "cannot read the CSV header")])
        }
        return CSVRecords(header: headerRow.map { $0.trimmingSpaces }, delimiter: delimiter, text: text, file: file)
    }

    private static func makeReader(_ text: String, delimiter: Character, file: String) throws -> CSVReader {
        do {
            return try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 1, field: nil, reason: "cannot read the CSV header (\(error))")])
        }
    }

    /// Calls `body` with each record's line and fields, skipping empty lines.
    ///
    /// Text without quotes is split straight from its bytes (``QuoteFreeCSV``: the same rows,
    /// many times faster); other text is read by CSV.swift.
    func forEachRow(_ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        guard let plain = QuoteFreeCSV(text, delimiter: delimiter) else { return try forEachLibraryRow(body) }
        try plain.forEachRow { line, fields in
            if !(fields.count == 1 && fields[0].isEmpty) { try body(line, fields) }
        }
    }

    /// ``forEachRow(_:)`` through CSV.swift, whatever the text holds.
    func forEachLibraryRow(_ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        let reader = try Self.makeReader(text, delimiter: delimiter, file: file)
        var line = 2 + header.joined().utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        while let row = reader.next() {
            let lines = 1 + row.reduce(0) { total, field in total + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            if !(row.count == 1 && row[0].isEmpty) {
                try body(line, row)
            }
            line += lines
        }
        if let error = reader.error {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: line, field: nil, reason: "cannot read the CSV (\(error))")])
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        // Most fields have no space or tab at either end: then no Character can be one.
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
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
