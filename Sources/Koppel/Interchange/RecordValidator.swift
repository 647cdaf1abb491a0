import Foundation
import GRDB
import KoppelEngine

/// The outcome of validating one record.
enum Validation {
    case valid(PreparedRecord)
    case invalid([ImportIssue])
}

/// Checks raw records of one kind against types, ranges, references and duplicate keys.
final class RecordValidator {
    let kind: EntityKind
    let file: String
    let db: Database
    private var seenKeys: [[DatabaseValue]: Int] = [:]
    /// Keys of one text value, the usual case, kept by their text (hashing a one-element array
    /// of `DatabaseValue` costs more); every other key is in `seenKeys`.
    private var seenTextKeys: [String: Int] = [:]
    /// The first parts of the current list's items, emptied for every list (its storage is kept).
    private var seenItems = SeenTexts()
    private let keyIndices: [Int]
    private let keyName: String
    /// Per pair rule, the positions of its two fields.
    private let pairPositions: [(Int, Int)]
    /// Per scalar field, and per list field and part, the slot of its reference set (or -1).
    private let fieldReference: [Int]
    private let partReference: [[Int]]
    private let referenceTables: [(table: String, column: String)]
    /// The referenced keys, each loaded once, when first needed.
    private var referenceSets: [Set<String>?]
    /// The names of the referenced keys, loaded when a value is not a key.
    private var nameMatchers: [Int: NameMatcher] = [:]
    private var namesLoaded: Set<Int> = []

    init(kind: EntityKind, file: String, db: Database) {
        self.kind = kind
        self.file = file
        self.db = db
        keyIndices = kind.key.map { name in kind.fields.firstIndex { $0.name == name }! }
        keyName = kind.key.joined(separator: "+")
        pairPositions = kind.pairRules.map { rule in
            (kind.fields.firstIndex { $0.name == rule.first }!, kind.fields.firstIndex { $0.name == rule.second }!)
        }
        precondition(kind.columns.count <= 64, "a kind's columns are noted in a 64-bit mask")
        var tables: [(table: String, column: String)] = []
        func slot(_ type: FieldType) -> Int {
            guard case .reference(let table, let column) = type else { return -1 }
            if let found = tables.firstIndex(where: { $0.table == table && $0.column == column }) { return found }
            tables.append((table, column))
            return tables.count - 1
        }
        fieldReference = kind.fields.map { slot($0.type) }
        partReference = kind.lists.map { $0.parts.map { slot($0.type) } }
        referenceTables = tables
        referenceSets = Array(repeating: nil, count: tables.count)
    }

    func prepare(_ record: SlottedRecord) throws -> Validation {
        var issues: [ImportIssue] = []
        func issue(_ field: String?, _ reason: String) {
            issues.append(ImportIssue(file: file, line: record.line, field: field, reason: reason))
        }
        func issue(_ field: String?, text key: String, _ arguments: [String: any TextArgument] = [:]) {
            issues.append(ImportIssue(file: file, line: record.line, field: field, text: CatalogueText(key, arguments)))
        }
        func issue(_ field: String?, _ text: CatalogueText) {
            issues.append(ImportIssue(file: file, line: record.line, field: field, text: text))
        }
        if record.extra > 0 {
            issue(nil, text: "import.extraFields", ["count": record.extra])
        }
        // Every value is clean text of a bounded length before anything else looks at it (a
        // refused value is not parsed, so no message repeats it); which columns the record
        // gives at all is noted: the others keep their stored values.
        let columns = kind.columns
        var present: UInt64 = 0
        var refused: UInt64 = 0
        for (index, value) in record.values.enumerated() where index < columns.count {
            guard let value else { continue }
            present |= 1 << UInt64(index)
            let multiline = index < kind.fields.count && kind.fields[index].multiline
            let problem: String?
            switch value {
            case .text(let text): problem = CleanText.problem(text, multiline: multiline)
            case .list(let items): problem = items.lazy.compactMap { CleanText.problem($0, multiline: false) }.first
            }
            if let problem {
                issue(columns[index], problem)
                refused |= 1 << UInt64(index)
            }
        }
        var main: [DatabaseValue] = []
        main.reserveCapacity(kind.fields.count)
        for (position, field) in kind.fields.enumerated() {
            if refused & (1 << UInt64(position)) != 0 {
                main.append(.null)
                continue
            }
            var text: String?
            switch record.values[position] {
            case .text(let value)?: text = value.isEmpty ? nil : value
            case .list?: issue(field.name, text: "import.notAList")
            case nil: break
            }
            if text == nil { text = field.defaultValue }
            guard let text else {
                if field.required { issue(field.name, text: "import.required") }
                main.append(.null)
                continue
            }
            switch try parse(text, field.type, reference: fieldReference[position]) {
            case .success(let value): main.append(value)
            case .failure(let problem):
                issue(field.name, problem.reason)
                main.append(.null)
            }
        }
        var lists: [[[DatabaseValue]]] = []
        lists.reserveCapacity(kind.lists.count)
        let fieldCount = kind.fields.count
        for (listPosition, list) in kind.lists.enumerated() {
            var items: [[DatabaseValue]] = []
            let raw: [String]
            if refused & (1 << UInt64(fieldCount + listPosition)) != 0 {
                lists.append([])
                continue
            }
            switch record.values[fieldCount + listPosition] {
            case .list(let values)?: raw = values
            case .text(let value)?: raw = value.isEmpty ? [] : [value]
            case nil: raw = []
            }
            seenItems.removeAll()
            for item in raw {
                let parts = item.splitASCIITrimmed("=", droppingEmpty: false)
                guard parts.count <= list.parts.count, !parts[0].isEmpty else {
                    issue(list.name, text: "import.itemShape", ["item": item, "shape": list.parts.map(\.column).joined(separator: "=")])
                    continue
                }
                if !seenItems.insert(parts[0]).inserted {
                    issue(list.name, text: "import.itemTwice", ["item": parts[0]])
                    continue
                }
                var values: [DatabaseValue] = []
                values.reserveCapacity(list.parts.count)
                for (index, part) in list.parts.enumerated() {
                    let text = index < parts.count && !parts[index].isEmpty ? parts[index] : part.defaultValue
                    guard let text else {
                        if !part.optional { issue(list.name, text: "import.itemLacks", ["item": item, "part": part.column]) }
                        values.append(.null)
                        continue
                    }
                    switch try parse(text, part.type, reference: partReference[listPosition][index]) {
                    case .success(let value): values.append(value)
                    case .failure(let problem):
                        issue(list.name, problem.reason)
                        values.append(.null)
                    }
                }
                items.append(values)
            }
            lists.append(items)
        }
        for (rule, positions) in zip(kind.pairRules, pairPositions) {
            let (a, b) = positions
            let given = (present & (1 << UInt64(a)) != 0, present & (1 << UInt64(b)) != 0)
            if refused & ((1 << UInt64(a)) | (1 << UInt64(b))) == 0, issues.allSatisfy({ $0.field != rule.first && $0.field != rule.second }),
               let problem = rule.problem(main[a], main[b], type: kind.fields[a].type, given: given) {
                issue(nil, problem)
            }
        }
        let key = keyIndices.map { main[$0] }
        if issues.isEmpty {
            let first: Int?
            if key.count == 1, case .string(let text) = key[0].storage {
                first = seenTextKeys[text]
                if first == nil { seenTextKeys[text] = record.line }
            } else {
                first = seenKeys[key]
                if first == nil { seenKeys[key] = record.line }
            }
            if let first {
                issue(keyName, text: "import.duplicateKey", ["key": key.map(\.plainText).joined(separator: "+"), "line": first])
            }
        }
        return issues.isEmpty
            ? .valid(PreparedRecord(line: record.line, key: key, main: main, lists: lists, present: present)) : .invalid(issues)
    }

    /// ``FieldType/parse(_:references:)``, with references checked against sets loaded once.
    @inline(__always)
    private func parse(_ text: String, _ type: FieldType, reference slot: Int) throws -> Result<DatabaseValue, FieldProblem> {
        guard slot >= 0 else { return type.parse(text, references: { _, _ in [] }) }
        let known = try references(slot)
        guard known.contains(text) else { return try byName(text, slot) }
        return .success(text.databaseValue)
    }

    /// A reference given by name instead of id (a skill's Dutch or English label, an
    /// employer's name …), case- and diacritics-insensitive; unknown or ambiguous names are
    /// refused with the closest matches.
    private func byName(_ text: String, _ slot: Int) throws -> Result<DatabaseValue, FieldProblem> {
        let what = FieldProblem.what(referenceTables[slot].table)
        guard let matcher = try nameMatcher(slot) else { return .failure(.init("import.unknownReference", ["what": what, "value": text])) }
        switch matcher.match(text) {
        case .found(let id):
            return .success(id.databaseValue)
        case .ambiguous(let candidates):
            return .failure(.init("import.ambiguousName", ["value": text, "what": what, "candidates": candidates.joined(separator: ", ")]))
        case .unknown(let suggestions):
            guard !suggestions.isEmpty else { return .failure(.init("import.unknownReference", ["what": what, "value": text])) }
            return .failure(.init("import.unknownName", ["what": what, "value": text, "names": Alternatives(suggestions)]))
        }
    }

    /// The names of the references of `slot`, for the tables people name things in: nil for
    /// the others (people, rotations …, which are named by id only).
    private func nameMatcher(_ slot: Int) throws -> NameMatcher? {
        if let cached = nameMatchers[slot] { return cached }
        if namesLoaded.contains(slot) { return nil }
        namesLoaded.insert(slot)
        let (table, column) = referenceTables[slot]
        let names: [String]
        switch table {
        case "skill": names = ["label_nl", "label_en"]
        case "domain": names = ["name_nl", "name_en"]
        case "employer": names = ["name", "seat"]
        case "credential_type": names = ["name"]
        default: return nil
        }
        let rows = try Row.fetchAll(
            db, sql: "SELECT \"\(column)\", \(names.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \"\(table)\"")
        let matcher = NameMatcher(rows.map { row in
            (id: row[0] as String, names: names.indices.compactMap { row[$0 + 1] as String? })
        })
        nameMatchers[slot] = matcher
        return matcher
    }

    /// Reads every reference set this kind uses, and the names people may give instead of
    /// their keys (validation may then run on another thread, away from the database).
    func loadReferences() throws {
        for slot in referenceTables.indices {
            _ = try references(slot)
            _ = try nameMatcher(slot)
        }
    }

    private func references(_ slot: Int) throws -> Set<String> {
        if let cached = referenceSets[slot] { return cached }
        let (table, column) = referenceTables[slot]
        let values = Set(try String.fetchAll(db, sql: "SELECT \"\(column)\" FROM \"\(table)\""))
        referenceSets[slot] = values
        return values
    }
}

/// The first parts of a list's items so far: a short list is scanned, a long one hashed (the
/// same answers as a `Set<String>`, without building one for every list of every record).
struct SeenTexts {
    private var few: [String] = []
    private var many: Set<String>?

    /// Forgets every text, keeping the short list's storage for the next use.
    mutating func removeAll() {
        few.removeAll(keepingCapacity: true)
        many = nil
    }

    /// Adds `text`; false when it was there already.
    mutating func insert(_ text: String) -> (inserted: Bool, memberAfterInsert: String) {
        if many != nil { return many!.insert(text) }
        if few.contains(text) { return (false, text) }
        few.append(text)
        if few.count > 16 { many = Set(few) }
        return (true, text)
    }
}
