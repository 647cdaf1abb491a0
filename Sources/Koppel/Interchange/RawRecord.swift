import Foundation

/// One record as read from a file, before validation: field name → text or list of texts.
package struct RawRecord {
    package var line: Int
    package var values: [String: RawValue]

    package init(line: Int, values: [String: RawValue]) {
        self.line = line
        self.values = values
    }
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
package enum RawValue: Equatable {
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
///
/// The text is read strictly by ``JSONDocument`` (RFC 8259): a key repeated in one record, a
/// trailing comma or any other syntax error refuses the file, naming the line, the record and
/// (for a repeated key) the key.
enum JSONRecords {
    static func parse(_ text: String, kind: EntityKind, file: String) throws -> [RawRecord] {
        let json: JSONDocument
        do {
            json = try JSONDocument(parsing: Array(text.utf8))
        } catch {
            throw ImportError(.unreadable, [issue(error, text: text, file: file)])
        }
        let elements: [JSONDocument.Value]
        switch json.kind(of: json.root) {
        case .array: elements = json.elements(of: json.root)
        case .object: elements = [json.root]
        default:
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 1, field: nil, text: CatalogueText("import.json.notArray"))])
        }
        let lines = json.lines(of: elements)
        let known = Set(kind.columns)
        let listNames = Set(kind.lists.map(\.name))
        var problems: [ImportIssue] = []
        var records: [RawRecord] = []
        for (index, element) in elements.enumerated() {
            let line = lines[index]
            guard json.kind(of: element) == .object else {
                problems.append(ImportIssue(file: file, line: line, field: nil, text: CatalogueText("import.json.notObject", ["number": index + 1])))
                continue
            }
            var values: [String: RawValue] = [:]
            for (key, value) in json.members(of: element).sorted(by: { $0.key < $1.key }) {
                guard known.contains(key) else {
                    problems.append(ImportIssue(file: file, line: line, field: key, text: CatalogueText("import.json.unknownKey", ["kind": kind.name])))
                    continue
                }
                if json.isNull(value) { continue }
                if listNames.contains(key) {
                    let items = json.elements(of: value).map { scalarText(json, $0) }
                    guard json.kind(of: value) == .array, let texts = items.allNonNil() else {
                        problems.append(ImportIssue(file: file, line: line, field: key, text: CatalogueText("import.json.notStrings")))
                        continue
                    }
                    values[key] = .list(texts)
                } else if let text = scalarText(json, value) {
                    values[key] = .text(text)
                } else if json.kind(of: value) == .number {
                    problems.append(ImportIssue(file: file, line: line, field: key, text: CatalogueText("import.json.numberRange")))
                } else {
                    problems.append(ImportIssue(file: file, line: line, field: key, text: CatalogueText("import.json.notScalar")))
                }
            }
            records.append(RawRecord(line: line, values: values))
        }
        if !problems.isEmpty { throw ImportError(.invalidRecords, problems) }
        return records
    }

    /// A string as it is, a finite number plainly, a boolean as true/false; nil otherwise.
    private static func scalarText(_ json: JSONDocument, _ value: JSONDocument.Value) -> String? {
        switch json.kind(of: value) {
        case .string: return json.string(value)
        case .number: return json.double(value).flatMap { $0.isFinite ? $0.plain : nil }
        case .bool: return json.bool(value)! ? "true" : "false"
        default: return nil
        }
    }

    /// The reader's error as an import problem: the line, the record (1-based) and, for a
    /// repeated key, the key.
    private static func issue(_ error: JSONReadError, text: String, file: String) -> ImportIssue {
        let arrayOfRecords = text.utf8.first { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } == UInt8(ascii: "[")
        var record: Int?
        var field: String?
        if arrayOfRecords, case .index(let index)? = error.path.first {
            record = index + 1
            if error.path.count > 1, case .key(let key) = error.path[1] { field = key }
        } else if !arrayOfRecords, case .key(let key)? = error.path.first {
            record = 1
            field = key
        }
        let place = record.map { " in record \($0)" } ?? ""
        switch error.code {
        case .empty:
            return ImportIssue(file: file, line: 0, field: nil, text: CatalogueText("import.emptyFile"))
        case .duplicateKey:
            guard case .key(let key)? = error.path.last else { break }
            let inner = error.path.count > 2 ? " (at \(error.pathText))" : ""
            return ImportIssue(
                file: file, line: error.line, field: field ?? key,
                reason: "the key \"\(key)\" appears twice\(place)\(inner); each key may appear once")
        default:
            break
        }
        return ImportIssue(
            file: file, line: error.line, field: nil,
            reason: "not valid JSON\(place): \(error.reason) (column \(error.column))")
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
