import Foundation

/// One record as read from a file, before validation: field name → text or list of texts.
struct RawRecord {
    var line: Int
    var values: [String: RawValue]
}

/// One record as read, by position: `values[i]` is the value of `kind.columns[i]` (scalar
/// fields, then list fields), nil when absent; `extra` counts CSV fields beyond the header.
struct SlottedRecord {
    var line: Int
    var extra: Int
    var values: [RawValue?]
}

extension RawRecord {
    /// Fills `record` with this record's values, by the kind's column slots.
    func fill(_ record: inout SlottedRecord, slots: [String: Int], columnCount: Int) {
        record.line = line
        record.extra = 0
        record.values.removeAll(keepingCapacity: true)
        record.values.append(contentsOf: repeatElement(nil, count: columnCount))
        for (name, value) in values {
            if let slot = slots[name] {
                record.values[slot] = value
            } else if name == "\u{0}extra", case .text(let count) = value {
                record.extra = Int(count) ?? 0
            }
        }
    }
}

extension EntityKind {
    /// Column name → position in ``columns``.
    var columnSlots: [String: Int] {
        Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    }
}

/// A field's value as read: one text, or a list (CSV `a|b|c`, a JSON array).
enum RawValue: Equatable {
    case text(String)
    case list([String])
}

/// The file formats of `koppel import` and `koppel export`.
public enum DataFormat: String, Sendable, CaseIterable {
    case csv
    case json

    /// JSON when the file name ends in `.json` or the text starts with `[` or `{`; CSV otherwise.
    static func guess(file: String, text: String) -> DataFormat {
        if file.lowercased().hasSuffix(".json") { return .json }
        if file.lowercased().hasSuffix(".csv") { return .csv }
        let first = text.first { !$0.isWhitespace }
        return first == "[" || first == "{" ? .json : .csv
    }
}

/// The separator between list items inside one CSV field.
let listSeparator: Character = "|"

/// Reads a JSON import file: an array of objects whose keys are the kind's columns.
enum JSONRecords {
    static func parse(_ text: String, kind: EntityKind, file: String) throws -> [RawRecord] {
        let lines = objectStartLines(text)
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw ImportError(.unreadable, [
                ImportIssue(file: file, line: 0, field: nil, reason: "not valid JSON (\(detail ?? context.debugDescription))")
            ])
        } catch let error as DecodingError {
            // Valid syntax, but a value JSONValue cannot hold (a number beyond Double's range).
            var path: [any CodingKey] = []
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
                path = context.codingPath
            @unknown default: break
            }
            let line = path.first?.intValue.flatMap { $0 < lines.count ? lines[$0] : nil } ?? 0
            let field = path.dropFirst().first.map(\.stringValue)
            throw ImportError(.unreadable, [
                ImportIssue(file: file, line: line, field: field, reason: "holds a value that is not a string, a number in range, a boolean, an array or an object")
            ])
        }
        let array: [JSONValue]
        switch document {
        case .array(let list): array = list
        case .object: array = [document]
        default:
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 1, field: nil, reason: "expected an array of objects")])
        }
        let known = Set(kind.columns)
        let listNames = Set(kind.lists.map(\.name))
        var problems: [ImportIssue] = []
        var records: [RawRecord] = []
        for (index, element) in array.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard case .object(let dictionary) = element else {
                problems.append(ImportIssue(file: file, line: line, field: nil, reason: "record \(index + 1) is not an object"))
                continue
            }
            var values: [String: RawValue] = [:]
            for key in dictionary.keys.sorted() {
                let value = dictionary[key]!
                guard known.contains(key) else {
                    problems.append(ImportIssue(file: file, line: line, field: key, reason: "unknown key for \(kind.name)"))
                    continue
                }
                if case .null = value { continue }
                if listNames.contains(key) {
                    guard case .array(let items) = value, let texts = items.map(\.scalarText).allNonNil() else {
                        problems.append(ImportIssue(file: file, line: line, field: key, reason: "expected an array of strings"))
                        continue
                    }
                    values[key] = .list(texts)
                } else if let text = value.scalarText {
                    values[key] = .text(text)
                } else {
                    problems.append(ImportIssue(file: file, line: line, field: key, reason: "expected a string, number or boolean"))
                }
            }
            records.append(RawRecord(line: line, values: values))
        }
        if !problems.isEmpty { throw ImportError(.invalidRecords, problems) }
        return records
    }

    /// The 1-based line on which each element of the top-level array starts.
    static func objectStartLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                if depth <= 1 { lines.append(line) }
                depth += 1
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        // For a top-level array the first entry is the array itself.
        if text.first(where: { !$0.isWhitespace }) == "[" { lines.removeFirst() }
        return lines
    }
}

/// Any JSON value, decoded without losing the difference between booleans and numbers.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The value as field text: strings as they are, numbers plainly, booleans as true/false.
    var scalarText: String? {
        switch self {
        case .string(let text): return text
        case .number(let value): return value.plain
        case .bool(let value): return value ? "true" : "false"
        default: return nil
        }
    }
}

extension Array {
    fileprivate func allNonNil<T>() -> [T]? where Element == T? {
        var result: [T] = []
        for element in self {
            guard let element else { return nil }
            result.append(element)
        }
        return result
    }
}
