import Foundation
import KoppelEngine

/// Reads the auditor's group file: a CSV with a `person` column and one or more label columns.
///
/// ```
/// person,geslacht,leeftijd
/// p000001,v,30-50
/// p000002,m,
/// ```
///
/// Comma or semicolon separated (the header decides), UTF-8, quotes as RFC 4180. An empty
/// label leaves the person out of that column. The labels are held in memory only; the store
/// keeps nothing of them but the file's SHA-256 and the column names.
public enum GroupFile {
    /// The groups and the file's SHA-256 (hex).
    public static func read(path: String) throws -> (groups: AuditGroups, sha256: String) {
        let bytes = try InputFile.bytes(atPath: path)
        return (try parse(String(decoding: bytes, as: UTF8.self), file: path), InputHash.hex(bytes))
    }

    /// Parses the text of a group file named `file` (for messages).
    public static func parse(_ text: String, file: String) throws -> AuditGroups {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: UInt8 = firstLine.contains(";") && !firstLine.contains(",") ? 0x3B : 0x2C
        var header: [String]?
        var labels: [String: [String]] = [:]
        var problems: [String] = []
        func problem(_ line: Int, _ field: String?, _ reason: String) {
            problems.append("\(file):\(line)" + (field.map { ": field '\($0)'" } ?? "") + ": \(reason)")
        }
        do {
            try QuotedCSV(text: body, delimiter: delimiter, file: file).forEachRecord(from: 0, line: 1) { line, fields, _, _ in
                let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
                if trimmed.allSatisfy(\.isEmpty) { return true }
                guard let columns = header else {
                    if trimmed.first?.lowercased() != "person" {
                        problem(line, trimmed.first, "the first column must be 'person' (the person's id)")
                    }
                    if trimmed.count < 2 { problem(line, nil, "no group column: give at least one after 'person'") }
                    for (index, name) in trimmed.enumerated().dropFirst() {
                        if name.isEmpty { problem(line, "column \(index + 1)", "a column without a name") }
                        if trimmed.prefix(index).contains(name) { problem(line, name, "the column appears twice") }
                    }
                    header = trimmed
                    return problems.count < 100
                }
                let person = trimmed.first ?? ""
                if trimmed.count != columns.count {
                    problem(line, nil, "\(trimmed.count) fields, the header has \(columns.count)")
                } else if person.isEmpty {
                    problem(line, "person", "empty person id")
                } else if labels[person] != nil {
                    problem(line, "person", "person '\(person)' appears twice")
                } else {
                    labels[person] = Array(trimmed.dropFirst())
                }
                return problems.count < 100
            }
        } catch let error as ImportError {
            throw StoreError(.invalidInput, "group file refused:\n  " + error.issues.map(\.description).joined(separator: "\n  "))
        }
        guard let columns = header else { throw StoreError(.invalidInput, "\(file): the group file is empty; it needs a header 'person,COLUMN…'") }
        guard problems.isEmpty else { throw StoreError(.invalidInput, "group file refused:\n  " + problems.joined(separator: "\n  ")) }
        return AuditGroups(columns: Array(columns.dropFirst()), labels: labels)
    }
}
