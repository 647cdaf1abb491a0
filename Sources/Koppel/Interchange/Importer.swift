import Foundation
import GRDB
import GRDBSQLite

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
        let count: Int
        switch format ?? DataFormat.guess(file: file, text: text) {
        case .csv:
            // Rows are read, validated and written one at a time, never all held at once.
            let csv = try CSVRecords.open(text, file: file)
            let columns = try csv.columns(for: kind, file: file)
            count = try writeStream(kind: kind, file: file, dryRun: dryRun, input: bytes, actor: actor) { consume in
                try csv.forEachRecord(columns: columns, kind: kind, consume)
            }
        case .json:
            let records = try JSONRecords.parse(text, kind: kind, file: file)
            try write(records, kind: kind, file: file, dryRun: dryRun, input: bytes, actor: actor)
            count = records.count
        }
        return ImportSummary(kind: kind.name, file: file, records: count, dryRun: dryRun)
    }

    /// Validates and writes raw records in one transaction; rolls back on any problem or dry run.
    func write(
        _ records: [RawRecord], kind: EntityKind, file: String, dryRun: Bool, input: [UInt8]? = nil, actor: String? = nil
    ) throws {
        let slots = kind.columnSlots
        _ = try writeStream(kind: kind, file: file, dryRun: dryRun, input: input, actor: actor) { consume in
            var record = SlottedRecord(line: 0, extra: 0, values: [])
            for raw in records {
                raw.fill(&record, slots: slots, columnCount: kind.columns.count)
                try consume(record)
            }
        }
    }

    /// Validates and writes the records that `produce` hands over, in one transaction, and
    /// returns how many there were; rolls back on any problem or dry run.
    ///
    /// Three threads share the work: `produce` runs on a thread of its own, the validation on
    /// another, and valid records come over in batches, in order, through small bounded queues
    /// (``ProducedRecords``); this thread (the database's) writes them. Each record is written once it is valid, while no
    /// record so far had a problem; after the first problem the rest are only validated. The
    /// outcome is the one of validating everything first and then writing: with problems in
    /// validation only those are reported (nothing is written), otherwise the database's
    /// refusals are.
    ///
    /// Tables that were empty get their secondary indexes and full-text index built once at
    /// the end instead of row by row (``DeferredIndexes``), inside the same transaction.
    ///
    /// A committed import is logged in the same transaction (``ImportLog``): `actor`, the
    /// SHA-256 of `input` (nil for generated data) and the people it concerns.
    func writeStream(
        kind: EntityKind, file: String, dryRun: Bool, input: [UInt8]? = nil, actor: String? = nil,
        produce: (_ consume: (SlottedRecord) throws -> Void) throws -> Void
    ) throws -> Int {
        var outcome = ProducedRecords(kind: kind)
        var refused: [ImportIssue] = []
        try pool.writeWithoutTransaction { db in
            // For the import only, restored afterwards: a larger page cache for the index
            // updates, and statement journals in memory. Every INSERT that may fail keeps the
            // pages it changes in a statement journal (so a refused row is undone alone); past
            // 64 KiB SQLite moves that journal to a temporary file and from then on writes it
            // with two system calls per page (at 20,000 profiles: 600,000 writes, a quarter of
            // the import's time). Neither setting touches the database file or its durability.
            //
            // The set-aside indexes are built with the temporary store as it was, a 4 MiB page
            // cache and one helper thread. SQLite's sorter sorts runs of at most the cache's size
            // in memory and merges them from temporary files: with 256 MiB runs in memory the
            // merge waited on cache misses (a third of the index builds' time at a million
            // profiles) and peak memory rose from 1.1 to 2.6 GiB; the helper thread sorts on the
            // second core, idle by then. (`sqlite3` on a copy of the national database, person_skill
            // and person indexes: 16.6 s CPU and 841 MiB with 256 MiB, 10.0 s and 57 MiB with
            // 16 MiB; all set-aside indexes and the full-text rebuild: 20.8 s CPU with 16 MiB,
            // 17.3 s with 4 MiB, whose runs fit the processor's cache better.)
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            let threads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
            try db.execute(sql: "PRAGMA cache_size = -262144")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            defer {
                try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
                try? db.execute(sql: "PRAGMA temp_store = \(tempStore)")
                try? db.execute(sql: "PRAGMA threads = \(threads)")
            }
            try db.inTransaction(.immediate) {
                // Every reference set is read before the first write, as when all records were
                // validated before any was written; from then on validation needs no database.
                let validator = RecordValidator(kind: kind, file: file, db: db)
                try validator.loadReferences()
                let deferred = try DeferredIndexes.setAside(tables: ([kind.table].compactMap { $0 }) + kind.lists.map(\.table), db)
                let writer = try RecordWriter(kind: kind, db: db)
                outcome = try ProducedRecords.run(kind: kind, validator: validator, produce: produce) { batch in
                    for (line, reason) in try writer.write(batch) {
                        refused.append(ImportIssue(file: file, line: line, field: nil, reason: reason))
                    }
                }
                guard outcome.invalid.isEmpty && refused.isEmpty && !dryRun else { return .rollback }
                // The log's subjects (a million ids for a national import) are sorted on the
                // other core while this one builds the indexes.
                let collected = outcome.subjects
                let subjects = BackgroundValue { collected.ids.sorted() }
                try db.execute(sql: "PRAGMA temp_store = \(tempStore)")
                try db.execute(sql: "PRAGMA cache_size = -4096")
                try db.execute(sql: "PRAGMA threads = \(max(threads, 1))")
                try deferred.restore(db)
                try ImportLog.append(subjects.value, records: outcome.count, kind: kind, file: file, input: input, actor: actor, db)
                return .commit
            }
        }
        let problems = outcome.invalid.isEmpty ? refused : outcome.invalid
        if !problems.isEmpty {
            throw ImportError(.invalidRecords, problems.sorted { ($0.line, $0.field ?? "") < ($1.line, $1.field ?? "") })
        }
        return outcome.count
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
    private var seenKeys: [[DatabaseValue]: Int] = [:]
    /// Keys of one text value, the usual case, kept by their text (hashing a one-element array
    /// of `DatabaseValue` costs more); every other key is in `seenKeys`.
    private var seenTextKeys: [String: Int] = [:]
    /// The first parts of the current list's items, emptied for every list (its storage is kept).
    private var seenItems = SeenTexts()
    private let keyIndices: [Int]
    private let keyName: String
    /// Per scalar field, and per list field and part, the slot of its reference set (or -1).
    private let fieldReference: [Int]
    private let partReference: [[Int]]
    private let referenceTables: [(table: String, column: String)]
    /// The referenced keys, each loaded once, when first needed.
    private var referenceSets: [Set<String>?]

    init(kind: EntityKind, file: String, db: Database) {
        self.kind = kind
        self.file = file
        self.db = db
        keyIndices = kind.key.map { name in kind.fields.firstIndex { $0.name == name }! }
        keyName = kind.key.joined(separator: "+")
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
        if record.extra > 0 {
            issue(nil, "has \(record.extra) more field(s) than the header")
        }
        // A NUL can arrive escaped in JSON (\u0000); SQLite and every reader would cut the text there.
        // Searched in the UTF-8 bytes: Foundation's `contains("\0")` cost 11 % of a CSV import.
        let columns = kind.columns
        for (index, value) in record.values.enumerated() where index < columns.count {
            let name = columns[index]
            switch value {
            case .text(let text) where text.holdsNUL: issue(name, "contains a NUL character (\\u0000); this is not text")
            case .list(let items) where items.contains(where: \.holdsNUL): issue(name, "contains a NUL character (\\u0000); this is not text")
            default: break
            }
        }
        var main: [DatabaseValue] = []
        main.reserveCapacity(kind.fields.count)
        for (position, field) in kind.fields.enumerated() {
            var text: String?
            switch record.values[position] {
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
            switch record.values[fieldCount + listPosition] {
            case .list(let values)?: raw = values
            case .text(let value)?: raw = value.isEmpty ? [] : [value]
            case nil: raw = []
            }
            seenItems.removeAll()
            for item in raw {
                let parts = item.splitASCIITrimmed("=", droppingEmpty: false)
                guard parts.count <= list.parts.count, !parts[0].isEmpty else {
                    issue(list.name, "item '\(item)' should look like \(list.parts.map(\.column).joined(separator: "="))")
                    continue
                }
                if !seenItems.insert(parts[0]).inserted {
                    issue(list.name, "'\(parts[0])' appears twice")
                    continue
                }
                var values: [DatabaseValue] = []
                values.reserveCapacity(list.parts.count)
                for (index, part) in list.parts.enumerated() {
                    let text = index < parts.count && !parts[index].isEmpty ? parts[index] : part.defaultValue
                    guard let text else {
                        if !part.optional { issue(list.name, "item '\(item)' lacks its \(part.column)") }
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
                issue(keyName, "duplicate key \(key.map(\.plainText).joined(separator: "+")) (first on line \(first))")
            }
        }
        return issues.isEmpty ? .valid(PreparedRecord(line: record.line, key: key, main: main, lists: lists)) : .invalid(issues)
    }

    /// ``FieldType/parse(_:references:)``, with references checked against sets loaded once.
    @inline(__always)
    private func parse(_ text: String, _ type: FieldType, reference slot: Int) throws -> Result<DatabaseValue, FieldProblem> {
        guard slot >= 0 else { return type.parse(text, references: { _, _ in [] }) }
        let known = try references(slot)
        guard known.contains(text) else {
            return .failure(.init("unknown \(referenceTables[slot].table.replacingUnderscores) '\(text)'"))
        }
        return .success(text.databaseValue)
    }

    /// Reads every reference set this kind uses.
    func loadReferences() throws {
        for slot in referenceTables.indices { _ = try references(slot) }
    }

    private func references(_ slot: Int) throws -> Set<String> {
        if let cached = referenceSets[slot] { return cached }
        let (table, column) = referenceTables[slot]
        let values = Set(try String.fetchAll(db, sql: "SELECT \"\(column)\" FROM \"\(table)\""))
        referenceSets[slot] = values
        return values
    }
}
/// Writes prepared records with prepared statements: an upsert of the main row, then the lists.
///
/// Statements are bound and stepped through SQLite's C interface (GRDB's argument checks
/// cost more than the insert itself at a million rows). A record whose key was not in the main
/// table before gets no DELETE of its list rows: the list tables refer to the main table with
/// a foreign key, so there are none to delete.
final class RecordWriter {
    let kind: EntityKind
    let db: Database
    private let connection: OpaquePointer
    private let upsertMain: Statement?
    private let exists: Statement?
    private let deleteLists: [Statement]
    private let insertLists: [Statement]
    /// Per list: whether its rows need deleting only when the owner existed before.
    private let listOwnedByMain: [Bool]
    /// Per list: the constant values of its fixed columns.
    private let fixedValues: [[DatabaseValue]]
    /// Whether the main table was empty when the import began (then no key existed before).
    private let mainWasEmpty: Bool
    /// Per list, multi-row INSERTs by row count, prepared when first needed.
    private var multiInserts: [[Int: Statement]]
    /// Multi-row upserts of the main table by row count.
    private var multiUpserts: [Int: Statement] = [:]
    /// Texts bound to the statement being run, copied here and bound without SQLite copying
    /// them again (`SQLITE_STATIC`): a million profiles bind some forty million texts, and a
    /// copy of each on SQLite's heap cost as much as a fifth of this thread's time.
    private let arena = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
    /// Bytes of ``arena`` bound to the statement being run; reset when it has run.
    private var arenaUsed = 0

    deinit { arena.deallocate() }

    init(kind: EntityKind, db: Database) throws {
        self.kind = kind
        self.db = db
        connection = db.sqliteConnection!
        if let table = kind.table {
            let columns = kind.fields.map { "\"\($0.name)\"" }
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let updates = kind.fields.filter { !kind.key.contains($0.name) }.map { "\"\($0.name)\" = excluded.\"\($0.name)\"" }
            let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + updates.joined(separator: ", ")
            upsertMain = try db.makeStatement(sql: """
                INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))
                ON CONFLICT (\(kind.key.map { "\"\($0)\"" }.joined(separator: ", "))) \(conflict)
                """)
            let keyCondition = kind.key.map { "\"\($0)\" = ?" }.joined(separator: " AND ")
            exists = try db.makeStatement(sql: "SELECT 1 FROM \(table) WHERE \(keyCondition)")
            mainWasEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))")!
            listOwnedByMain = try kind.lists.map { list in
                // The list's owner columns are a foreign key to the main table's key.
                let references = try Row.fetchAll(db, sql: "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", arguments: [list.table])
                return zip(list.ownerColumns, kind.key).allSatisfy { owner, key in
                    references.contains { ($0["table"] as String) == table && ($0["from"] as String) == owner && ($0["to"] as String?) == key }
                }
            }
        } else {
            upsertMain = nil
            exists = nil
            mainWasEmpty = false
            listOwnedByMain = kind.lists.map { _ in false }
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
        fixedValues = kind.lists.map { list in list.fixed.map { DatabaseValue(value: $0.value)! } }
        multiInserts = kind.lists.map { _ in [:] }
    }

    /// Records written together by ``write(_:)``.
    static let batchSize = 64

    /// Writes records in order; returns the line and reason of each one the database refuses.
    ///
    /// When none of the records' keys existed before, the batch is written with one multi-row
    /// INSERT per table (a few statements for 64 records instead of several per record), inside
    /// a savepoint. If the database refuses anything, the savepoint is rolled back and the
    /// records are written again one by one, so every refusal is found and reported exactly as
    /// when each record was written on its own.
    func write(_ records: [PreparedRecord]) throws -> [(line: Int, reason: String)] {
        guard records.count > 1, try canWriteAsBatch(records) else { return try writeOneByOne(records) }
        try execute("SAVEPOINT koppel_import_batch")
        do {
            try writeBatch(records)
            try execute("RELEASE SAVEPOINT koppel_import_batch")
            return []
        } catch is DatabaseError {
            try execute("ROLLBACK TO SAVEPOINT koppel_import_batch")
            try execute("RELEASE SAVEPOINT koppel_import_batch")
            return try writeOneByOne(records)
        }
    }

    /// Runs one SQL command without GRDB's statement handling (it costs more than a savepoint).
    private func execute(_ sql: String) throws {
        let code = sqlite3_exec(connection, sql, nil, nil, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    private func writeOneByOne(_ records: [PreparedRecord]) throws -> [(line: Int, reason: String)] {
        var refused: [(line: Int, reason: String)] = []
        for record in records {
            if let reason = try upsert(record) { refused.append((record.line, reason)) }
        }
        return refused
    }

    /// A batch needs a main table whose list tables all refer to it, and keys that are all new
    /// (so no list rows need deleting).
    private func canWriteAsBatch(_ records: [PreparedRecord]) throws -> Bool {
        guard let exists, !listOwnedByMain.contains(false) else { return false }
        if mainWasEmpty { return true }
        for record in records where try run(exists, binding: record.key, expectRow: true) { return false }
        return true
    }

    private func writeBatch(_ records: [PreparedRecord]) throws {
        var start = 0
        while start < records.count {
            let count = Swift.min(Self.chunk, records.count - start)
            let statement = try multiRowUpsert(rows: count)
            let handle = statement.sqliteStatement
            var parameter: Int32 = 1
            for record in records[start..<(start + count)] { parameter = try bind(handle, from: parameter, record.main) }
            _ = try run(statement)
            start += count
        }
        for index in kind.lists.indices {
            let ranked = kind.lists[index].rankColumn != nil
            // The batch's items of this list, in record order, up to `chunk` rows per statement.
            var remaining = records.reduce(0) { $0 + $1.lists[index].count }
            var owner = records.startIndex
            var position = 0
            while remaining > 0 {
                let count = Swift.min(Self.chunk, remaining)
                let statement = try multiRowInsert(list: index, rows: count)
                let handle = statement.sqliteStatement
                var parameter: Int32 = 1
                var bound = 0
                while bound < count {
                    guard position < records[owner].lists[index].count else {
                        owner += 1
                        position = 0
                        continue
                    }
                    parameter = try bind(handle, from: parameter, records[owner].key)
                    parameter = try bind(handle, from: parameter, fixedValues[index])
                    if ranked { parameter = try bind(handle, from: parameter, [(position + 1).databaseValue]) }
                    parameter = try bind(handle, from: parameter, records[owner].lists[index][position])
                    position += 1
                    bound += 1
                }
                _ = try run(statement)
                remaining -= count
            }
        }
    }

    /// The main table's upsert for `rows` rows, prepared once per size.
    private func multiRowUpsert(rows: Int) throws -> Statement {
        if let cached = multiUpserts[rows] { return cached }
        let sql = upsertMain!.sql
        // The single-row upsert's text with its one VALUES row repeated.
        let marks = "(" + Array(repeating: "?", count: kind.fields.count).joined(separator: ", ") + ")"
        let repeated = Array(repeating: marks, count: rows).joined(separator: ", ")
        guard let range = sql.range(of: "VALUES " + marks) else { preconditionFailure("unexpected upsert SQL: \(sql)") }
        let statement = try db.makeStatement(sql: sql.replacingCharacters(in: range, with: "VALUES " + repeated))
        multiUpserts[rows] = statement
        return statement
    }

    /// Writes one record; returns the reason when the database refuses it.
    func upsert(_ record: PreparedRecord) throws -> String? {
        do {
            var existed = true
            if let exists {
                existed = mainWasEmpty ? false : try run(exists, binding: record.key, expectRow: true)
            }
            if let upsertMain { _ = try run(upsertMain, binding: record.main) }
            for index in kind.lists.indices {
                if existed || !listOwnedByMain[index] {
                    _ = try run(deleteLists[index], binding: record.key, fixedValues[index])
                }
                try insertItems(list: index, key: record.key, items: record.lists[index])
            }
            return nil
        } catch let error as DatabaseError {
            return DatabaseRule.explain(error)
        }
    }

    /// Rows per multi-row INSERT.
    private static let chunk = 64

    /// Inserts a list's items, up to ``chunk`` rows per statement. A multi-row statement that
    /// fails is undone whole by SQLite and its rows are inserted again one by one, so the error
    /// reported is the one the first failing row gives, as when every row was its own statement.
    private func insertItems(list index: Int, key: [DatabaseValue], items: [[DatabaseValue]]) throws {
        let ranked = kind.lists[index].rankColumn != nil
        var start = 0
        while start < items.count {
            let count = Swift.min(Self.chunk, items.count - start)
            if count == 1 {
                try insertRow(list: index, key: key, position: start, item: items[start], ranked: ranked)
            } else {
                let statement = try multiRowInsert(list: index, rows: count)
                let handle = statement.sqliteStatement
                var parameter: Int32 = 1
                for position in start..<(start + count) {
                    parameter = try bind(handle, from: parameter, key)
                    parameter = try bind(handle, from: parameter, fixedValues[index])
                    if ranked { parameter = try bind(handle, from: parameter, [(position + 1).databaseValue]) }
                    parameter = try bind(handle, from: parameter, items[position])
                }
                do {
                    _ = try run(statement)
                } catch let error as DatabaseError {
                    for position in start..<(start + count) {
                        try insertRow(list: index, key: key, position: position, item: items[position], ranked: ranked)
                    }
                    throw error
                }
            }
            start += count
        }
    }

    private func insertRow(list index: Int, key: [DatabaseValue], position: Int, item: [DatabaseValue], ranked: Bool) throws {
        let rank: [DatabaseValue] = ranked ? [(position + 1).databaseValue] : []
        _ = try run(insertLists[index], binding: key, fixedValues[index], rank, item)
    }

    /// The INSERT of `rows` rows into a list's table, prepared once per size.
    private func multiRowInsert(list index: Int, rows: Int) throws -> Statement {
        if let cached = multiInserts[index][rows] { return cached }
        let list = kind.lists[index]
        let columns = list.ownerColumns + list.fixed.map(\.column) + (list.rankColumn.map { [$0] } ?? []) + list.parts.map(\.column)
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let statement = try db.makeStatement(sql: """
            INSERT INTO \(list.table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) \
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """)
        multiInserts[index][rows] = statement
        return statement
    }

    /// Binds the values in order, then runs the statement (see ``run(_:expectRow:)``).
    private func run(
        _ statement: Statement, binding a: [DatabaseValue], _ b: [DatabaseValue] = [], _ c: [DatabaseValue] = [],
        _ d: [DatabaseValue] = [], expectRow: Bool = false
    ) throws -> Bool {
        let handle = statement.sqliteStatement
        var parameter: Int32 = 1
        do {
            parameter = try bind(handle, from: parameter, a)
            parameter = try bind(handle, from: parameter, b)
            parameter = try bind(handle, from: parameter, c)
            parameter = try bind(handle, from: parameter, d)
        } catch {
            sqlite3_clear_bindings(handle)
            throw error
        }
        return try run(statement, expectRow: expectRow)
    }

    /// Runs a bound statement once and resets it; with `expectRow`, returns whether it gave a row.
    ///
    /// Bindings are not cleared: every parameter is bound again before the next run (clearing
    /// a 64-row statement's thousand parameters cost more than binding them).
    private func run(_ statement: Statement, expectRow: Bool = false) throws -> Bool {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        defer {
            sqlite3_reset(handle)
            // Its texts in the arena are not read again: every run binds all parameters anew.
            arenaUsed = 0
        }
        switch code {
        case SQLITE_DONE: return false
        case SQLITE_ROW where expectRow: return true
        default:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
        }
    }

    /// Binds `values` from parameter `first` on; returns the next parameter number.
    private func bind(_ handle: OpaquePointer, from first: Int32, _ values: [DatabaseValue]) throws -> Int32 {
        var parameter = first
        for value in values {
            try bind(handle, parameter, value)
            parameter += 1
        }
        return parameter
    }

    private func bind(_ handle: OpaquePointer, _ index: Int32, _ value: DatabaseValue) throws {
        let code: Int32
        switch value.storage {
        case .null: code = sqlite3_bind_null(handle, index)
        case .int64(let number): code = sqlite3_bind_int64(handle, index, number)
        case .double(let number): code = sqlite3_bind_double(handle, index, number)
        case .string(var text):
            code = text.withUTF8 { bytes -> Int32 in
                guard let base = bytes.baseAddress else {
                    return sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
                }
                guard arenaUsed + bytes.count <= arena.count else {
                    // A statement with more text than the arena holds: SQLite copies the rest.
                    let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    return sqlite3_bind_text(handle, index, chars, Int32(bytes.count), sqliteTransient)
                }
                let copy = arena.baseAddress! + arenaUsed
                copy.copyMemory(from: base, byteCount: bytes.count)
                arenaUsed += bytes.count
                return sqlite3_bind_text(handle, index, copy.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil /* SQLITE_STATIC */)
            }
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), sqliteTransient)
            }
        }
        if code != SQLITE_OK {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
    }
}

extension String {
    /// Whether the text holds a NUL character: `memchr` on its UTF-8 bytes (a generic search
    /// of every field was a tenth of the validating thread's time).
    var holdsNUL: Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
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

/// SQLite's SQLITE_TRANSIENT: SQLite copies the bound bytes.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
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
