import CSV

/// A CSV file read into records, each with the line it starts on.
///
/// Comma- and semicolon-separated files are both accepted: Dutch spreadsheets write `;`. The
/// delimiter is the one that splits the header into more columns; a header that splits on
/// neither is read as comma-separated.
struct CSVRecords {
    var header: [String]
    var records: [(line: Int, fields: [String])]
    var delimiter: Character

    static func parse(_ text: String, file: String) throws -> CSVRecords {
        guard let firstLine = text.split(separator: "\n", maxSplits: 1).first, !firstLine.isEmpty else {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 0, field: nil, reason: "the file is empty; expected a header line")])
        }
        let semicolons = firstLine.filter { $0 == ";" }.count
        let commas = firstLine.filter { $0 == "," }.count
        let delimiter: Character = semicolons > commas ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 1, field: nil, reason: "cannot read the CSV header (\(error))")])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces }
        var records: [(line: Int, fields: [String])] = []
        var line = 2 + header.joined().reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        while let row = reader.next() {
            let lines = 1 + row.reduce(0) { total, field in total + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            if !(row.count == 1 && row[0].isEmpty) {
                records.append((line, row))
            }
            line += lines
        }
        if let error = reader.error {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: line, field: nil, reason: "cannot read the CSV (\(error))")])
        }
        return CSVRecords(header: header, records: records, delimiter: delimiter)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
