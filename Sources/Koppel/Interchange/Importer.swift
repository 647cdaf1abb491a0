import GRDB

/// What an import did (or, with `dryRun`, would do).
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var kind: String
    public var file: String
    public var records: Int
    public var dryRun: Bool

    public var description: String {
        dryRun
            ? "\(file): \(records) \(kind) valid; nothing written (dry run)"
            : "\(file): \(records) \(kind) imported"
    }
}

/// A record that passed validation: its key and the values to store.
struct PreparedRecord {
    var line: Int
    var key: [DatabaseValue]
    var main: [DatabaseValue]
    /// Per list field: the items, each the values of the list's part columns.
    var lists: [[[DatabaseValue]]]
}

extension KoppelStore {
    /// Imports a CSV or JSON file of one kind: all records or none.
    ///
    /// Every record is validated (types, ranges, references, duplicate keys, the database's
    /// rules) and every problem is reported with file, line and field. Records with an existing
    /// key update that row. With `dryRun` the same checks run and nothing is written.
    ///
    /// - Throws: ``ImportError`` listing every problem; the database is then unchanged.
    @discardableResult
    ///
    /// A written import is recorded in the decision log (kind `import`) inside the same
    /// transaction, with `actor`, the SHA-256 of the file's bytes and, as subjects, the people
    /// whose data it wrote.
    public func importData(
        _ bytes: [UInt8], kind: EntityKind, file: String, format: DataFormat? = nil, dryRun: Bool = false,
        actor: String? = nil
    ) throws -> ImportSummary {
        let text = try InputText.decode(bytes, file: file)
        if text.allSatisfy(\.isWhitespace) {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 0, field: nil, reason: "the file is empty")])
        }
        let records: [RawRecord]
        switch format ?? DataFormat.guess(file: file, text: text) {
        case .csv: records = try CSVRecords.parse(text, file: file).rawRecords(for: kind, file: file)
        case .json: records = try JSONRecords.parse(text, kind: kind, file: file)
        }
        try write(records, kind: kind, file: file, dryRun: dryRun, input: bytes, actor: actor)
        return ImportSummary(kind: kind.name, file: file, records: records.count, dryRun: dryRun)
    }

    /// Validates and writes raw records in one transaction; rolls back on any problem or dry run.
    func write(
        _ records: [RawRecord], kind: EntityKind, file: String, dryRun: Bool, input: [UInt8]? = nil, actor: String? = nil
    ) throws {
        var problems: [ImportIssue] = []
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let validator = RecordValidator(kind: kind, file: file, db: db)
                var prepared: [PreparedRecord] = []
                prepared.reserveCapacity(records.count)
                for record in records {
                    switch try validator.prepare(record) {
                    case .valid(let value): prepared.append(value)
                    case .invalid(let issues): problems.append(contentsOf: issues)
                    }
                }
                if problems.isEmpty {
                    let writer = try RecordWriter(kind: kind, db: db)
                    for record in prepared {
                        if let reason = try writer.upsert(record) {
                            problems.append(ImportIssue(file: file, line: record.line, field: nil, reason: reason))
                        }
                    }
                    if problems.isEmpty && !dryRun {
                        try ImportLog.append(prepared, kind: kind, file: file, input: input, actor: actor, db)
                    }
                }
                return problems.isEmpty && !dryRun ? .commit : .rollback
            }
        }
        if !problems.isEmpty {
            throw ImportError(.invalidRecords, problems.sorted { ($0.line, $0.field ?? "") < ($1.line, $1.field ?? "") })
        }
    }
}

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
    private var referenceCache: [String: Set<String>] = [:]
    private var seenKeys: [[DatabaseValue]: Int] = [:]

    init(kind: EntityKind, file: String, db: Database) {
        self.kind = kind
        self.file = file
        self.db = db
    }

    func prepare(_ record: RawRecord) throws -> Validation {
        var issues: [ImportIssue] = []
        func issue(_ field: String?, _ reason: String) {
            issues.append(ImportIssue(file: file, line: record.line, field: field, reason: reason))
        }
        if case .text(let extra)? = record.values["\u{0}extra"] {
            issue(nil, "has \(extra) more field(s) than the header")
        }
        // A NUL can arrive escaped in JSON (\u0000); SQLite and every reader would cut the text there.
        for (name, value) in record.values where name != "\u{0}extra" {
            switch value {
            case .text(let text) where text.contains("\0"): issue(name, "contains a NUL character (\\u0000); this is not text")
            case .list(let items) where items.contains(where: { $0.contains("\0") }): issue(name, "contains a NUL character (\\u0000); this is not text")
            default: break
            }
        }
        var main: [DatabaseValue] = []
        for field in kind.fields {
            var text: String?
            switch record.values[field.name] {
            case .text(let value)?: text = value.isEmpty ? nil : value
            case .list?: issue(field.name, "expected one value, not a list")
            case nil: break
            }
            if text == nil { text = field.defaultValue }
            guard let text else {
                if field.required { issue(field.name, "is required but missing") }
                main.append(.null)
                continue
            }
            switch try field.type.parse(text, references: reference) {
            case .success(let value): main.append(value)
            case .failure(let problem):
                issue(field.name, problem.reason)
                main.append(.null)
            }
        }
        var lists: [[[DatabaseValue]]] = []
        for list in kind.lists {
            var items: [[DatabaseValue]] = []
            let raw: [String]
            switch record.values[list.name] {
            case .list(let values)?: raw = values
            case .text(let value)?: raw = value.isEmpty ? [] : [value]
            case nil: raw = []
            }
            var seenItems = Set<String>()
            for item in raw {
                let parts = item.split(separator: "=", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                guard parts.count <= list.parts.count, !parts[0].isEmpty else {
                    issue(list.name, "item '\(item)' should look like \(list.parts.map(\.column).joined(separator: "="))")
                    continue
                }
                if !seenItems.insert(parts[0]).inserted {
                    issue(list.name, "'\(parts[0])' appears twice")
                    continue
                }
                var values: [DatabaseValue] = []
                for (index, part) in list.parts.enumerated() {
                    let text = index < parts.count && !parts[index].isEmpty ? parts[index] : part.defaultValue
                    guard let text else {
                        if !part.optional { issue(list.name, "item '\(item)' lacks its \(part.column)") }
                        values.append(.null)
                        continue
                    }
                    switch try part.type.parse(text, references: reference) {
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
        let keyIndices = kind.key.map { name in kind.fields.firstIndex { $0.name == name }! }
        let key = keyIndices.map { main[$0] }
        if issues.isEmpty {
            if let first = seenKeys[key] {
                issue(kind.key.joined(separator: "+"), "duplicate key \(key.map(\.plainText).joined(separator: "+")) (first on line \(first))")
            } else {
                seenKeys[key] = record.line
            }
        }
        return issues.isEmpty ? .valid(PreparedRecord(line: record.line, key: key, main: main, lists: lists)) : .invalid(issues)
    }

    private func reference(_ table: String, _ column: String) throws -> Set<String> {
        let cacheKey = "\(table).\(column)"
        if let cached = referenceCache[cacheKey] { return cached }
        let values = Set(try String.fetchAll(db, sql: "SELECT \"\(column)\" FROM \"\(table)\""))
        referenceCache[cacheKey] = values
        return values
    }
}

/// Writes prepared records with cached statements: an upsert of the main row, then the lists.
struct RecordWriter {
    let kind: EntityKind
    let db: Database
    private let upsertMain: Statement?
    private let deleteLists: [Statement]
    private let insertLists: [Statement]

    init(kind: EntityKind, db: Database) throws {
        self.kind = kind
        self.db = db
        if let table = kind.table {
            let columns = kind.fields.map { "\"\($0.name)\"" }
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let updates = kind.fields.filter { !kind.key.contains($0.name) }.map { "\"\($0.name)\" = excluded.\"\($0.name)\"" }
            let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + updates.joined(separator: ", ")
            upsertMain = try db.makeStatement(sql: """
                INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))
                ON CONFLICT (\(kind.key.map { "\"\($0)\"" }.joined(separator: ", "))) \(conflict)
                """)
        } else {
            upsertMain = nil
        }
        deleteLists = try kind.lists.map { list in
            let conditions = (list.ownerColumns + list.fixed.map(\.column)).map { "\"\($0)\" = ?" }
            return try db.makeStatement(sql: "DELETE FROM \(list.table) WHERE \(conditions.joined(separator: " AND "))")
        }
        insertLists = try kind.lists.map { list in
            let columns = list.ownerColumns + list.fixed.map(\.column) + (list.rankColumn.map { [$0] } ?? []) + list.parts.map(\.column)
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO \(list.table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(marks))")
        }
    }

    /// Writes one record; returns the reason when the database refuses it.
    func upsert(_ record: PreparedRecord) throws -> String? {
        do {
            try upsertMain?.execute(arguments: StatementArguments(record.main))
            for (index, list) in kind.lists.enumerated() {
                let fixed = list.fixed.map { DatabaseValue(value: $0.value)! }
                try deleteLists[index].execute(arguments: StatementArguments(record.key + fixed))
                for (position, item) in record.lists[index].enumerated() {
                    let rank: [DatabaseValue] = list.rankColumn == nil ? [] : [(position + 1).databaseValue]
                    try insertLists[index].execute(arguments: StatementArguments(record.key + fixed + rank + item))
                }
            }
            return nil
        } catch let error as DatabaseError {
            return DatabaseRule.explain(error)
        }
    }
}

/// Turns SQLite's constraint messages into sentences for the user.
enum DatabaseRule {
    static func explain(_ error: DatabaseError) -> String {
        let message = error.message ?? "\(error)"
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_CHECK:
            return "breaks the rule \(message.replacingPrefix("CHECK constraint failed: "))"
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return "refers to a row that does not exist"
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            return "duplicates an existing entry (\(message.replacingPrefix("UNIQUE constraint failed: ")))"
        case .SQLITE_CONSTRAINT_NOTNULL:
            return "lacks a required value (\(message.replacingPrefix("NOT NULL constraint failed: ")))"
        default:
            return "the database refused it: \(message)"
        }
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

extension DatabaseValue {
    /// The value as plain text for files and messages: empty for NULL, `36` for 36.0.
    var plainText: String {
        switch storage {
        case .null: return ""
        case .int64(let value): return String(value)
        case .double(let value): return value.plain
        case .string(let value): return value
        case .blob(let data): return data.base64EncodedString()
        }
    }
}
