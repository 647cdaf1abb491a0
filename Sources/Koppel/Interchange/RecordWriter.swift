import Foundation
import GRDB
import GRDBSQLite

/// Writes prepared records with prepared statements: an upsert of the main row, then the lists.
///
/// Only what a record gives is changed: the upsert updates the columns the record has (a new
/// record gets every column, absent ones at their defaults), and a list field the record does
/// not have keeps its stored items.
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
    /// Single-row upserts that update only some columns, by the record's mask of given fields.
    private var partialUpserts: [UInt64: Statement] = [:]
    /// The mask of every scalar field.
    private let allFields: UInt64
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
        allFields = kind.fields.count >= 64 ? ~0 : (1 << UInt64(kind.fields.count)) - 1
        if let table = kind.table {
            upsertMain = try db.makeStatement(sql: Self.upsertSQL(kind, table: table, updating: allFields))
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

    /// The upsert of one row of `table`: every column inserted, on conflict only the fields
    /// in `mask` updated (the key never).
    private static func upsertSQL(_ kind: EntityKind, table: String, updating mask: UInt64) -> String {
        let columns = kind.fields.map { "\"\($0.name)\"" }
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = kind.fields.enumerated()
            .filter { mask & (1 << UInt64($0.offset)) != 0 && !kind.key.contains($0.element.name) }
            .map { "\"\($0.element.name)\" = excluded.\"\($0.element.name)\"" }
        let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + updates.joined(separator: ", ")
        return """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))
            ON CONFLICT (\(kind.key.map { "\"\($0)\"" }.joined(separator: ", "))) \(conflict)
            """
    }

    /// The upsert for a record that gives the fields in `mask`, prepared once per mask.
    private func upsert(for mask: UInt64) throws -> Statement? {
        guard let upsertMain, mask & allFields != allFields, let table = kind.table else { return upsertMain }
        if let cached = partialUpserts[mask & allFields] { return cached }
        let statement = try db.makeStatement(sql: Self.upsertSQL(kind, table: table, updating: mask))
        partialUpserts[mask & allFields] = statement
        return statement
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
        guard code == SQLITE_OK else { throw SQLiteCall.lastError(connection, sql: sql) }
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
            if let statement = try upsert(for: record.present) { _ = try run(statement, binding: record.main) }
            if existed, let problem = try storedPairProblem(record) { return problem }
            for index in kind.lists.indices {
                // A list the record does not give keeps its items.
                guard record.present & (1 << UInt64(kind.fields.count + index)) != 0 else { continue }
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

    /// For an updated record that gives one side of a pair rule (``FieldPairRule``) and keeps
    /// the stored other side: the rule checked against the row as now stored. (Scale ranges
    /// have no CHECK in the database; the other pairs' CHECKs would refuse first.)
    private func storedPairProblem(_ record: PreparedRecord) throws -> String? {
        guard let table = kind.table else { return nil }
        for rule in kind.pairRules where rule.relation != .together {
            guard let first = kind.fields.firstIndex(where: { $0.name == rule.first }),
                  let second = kind.fields.firstIndex(where: { $0.name == rule.second }) else { continue }
            let given = (record.present & (1 << UInt64(first)) != 0, record.present & (1 << UInt64(second)) != 0)
            guard given.0 != given.1 else { continue }
            let condition = kind.key.map { "\"\($0)\" = ?" }.joined(separator: " AND ")
            guard let row = try Row.fetchOne(
                db, sql: "SELECT \"\(rule.first)\", \"\(rule.second)\" FROM \(table) WHERE \(condition)",
                arguments: StatementArguments(record.key)) else { continue }
            if let problem = rule.problem(row[0], row[1], type: kind.fields[first].type, given: (true, true)) {
                return problem + " (with the value already stored)"
            }
        }
        return nil
    }

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
            throw SQLiteCall.lastError(connection, sql: statement.sql)
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
                // An empty text, or a statement with more text than the arena holds: SQLite copies.
                guard let base = bytes.baseAddress, arenaUsed + bytes.count <= arena.count else {
                    return SQLiteCall.bindCopy(handle, index, bytes)
                }
                let copy = arena.baseAddress! + arenaUsed
                copy.copyMemory(from: base, byteCount: bytes.count)
                arenaUsed += bytes.count
                return sqlite3_bind_text(handle, index, copy.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil /* SQLITE_STATIC */)
            }
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), SQLiteCall.transient)
            }
        }
        if code != SQLITE_OK { throw SQLiteCall.lastError(connection) }
    }
}
