import Foundation
import GRDB
import GRDBSQLite

/// What an import did (or, with `dryRun`, would do).
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var kind: String
    public var file: String
    public var records: Int
    public var dryRun: Bool

    public var description: String { description(in: .en) }

    /// The summary in `language`.
    public func description(in language: Language) -> String {
        language.text(dryRun ? "import.dryRun" : "import.done", ["file": file, "count": records, "kind": kind])
    }
}

/// A record that passed validation: its key and the values to store.
struct PreparedRecord {
    var line: Int
    var key: [DatabaseValue]
    var main: [DatabaseValue]
    /// Per list field: the items, each the values of the list's part columns.
    var lists: [[[DatabaseValue]]]
    /// Bit `i` set when the record gives column `kind.columns[i]`; the columns it does not
    /// give keep their stored values (a new record gets their defaults).
    var present: UInt64 = ~0
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
    ///
    /// With `onlyEmployer` (an adviser's import through the service) only persons and vacancies
    /// of that employer are accepted; every other record is refused with its line and field.
    public func importData(
        _ bytes: [UInt8], kind: EntityKind, file: String, format: DataFormat? = nil, dryRun: Bool = false,
        actor: String? = nil, onlyEmployer: String? = nil
    ) throws -> ImportSummary {
        let text = try InputText.decode(bytes, file: file)
        if text.allSatisfy(\.isWhitespace) {
            throw ImportError(.unreadable, [ImportIssue(file: file, line: 0, field: nil, text: CatalogueText("import.emptyFile"))])
        }
        let count: Int
        switch format ?? DataFormat.guess(file: file, text: text) {
        case .csv:
            // Rows are read, validated and written one at a time, never all held at once.
            let csv = try CSVRecords.open(text, file: file)
            let columns = try csv.columns(for: kind, file: file)
            count = try writeStream(kind: kind, file: file, dryRun: dryRun, input: bytes, actor: actor, onlyEmployer: onlyEmployer) { consume in
                try csv.forEachRecord(columns: columns, kind: kind, consume)
            }
        case .json:
            let records = try JSONRecords.parse(text, kind: kind, file: file)
            try write(records, kind: kind, file: file, dryRun: dryRun, input: bytes, actor: actor, onlyEmployer: onlyEmployer)
            count = records.count
        }
        return ImportSummary(kind: kind.name, file: file, records: count, dryRun: dryRun)
    }

    /// Validates and writes raw records in one transaction; rolls back on any problem or dry run.
    package func write(
        _ records: [RawRecord], kind: EntityKind, file: String, dryRun: Bool, input: [UInt8]? = nil, actor: String? = nil,
        onlyEmployer: String? = nil
    ) throws {
        let slots = kind.columnSlots
        _ = try writeStream(kind: kind, file: file, dryRun: dryRun, input: input, actor: actor, onlyEmployer: onlyEmployer) { consume in
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
        kind: EntityKind, file: String, dryRun: Bool, input: [UInt8]? = nil, actor: String? = nil, onlyEmployer: String? = nil,
        produce: (_ consume: (SlottedRecord) throws -> Void) throws -> Void
    ) throws -> Int {
        var outcome = ProducedRecords(kind: kind)
        var refused: [ImportIssue] = []
        var outOfScope: [ImportIssue] = []
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
                let scope = try onlyEmployer.map { try EmployerScope(employer: $0, kind: kind, file: file, db: db) }
                outcome = try ProducedRecords.run(kind: kind, validator: validator, produce: produce) { batch in
                    var batch = batch
                    if let scope {
                        let issues = try batch.map { try scope.issue($0) }
                        outOfScope += issues.compactMap { $0 }
                        batch = zip(batch, issues).filter { $0.1 == nil }.map(\.0)
                    }
                    for (line, reason) in try writer.write(batch) {
                        refused.append(ImportIssue(file: file, line: line, field: nil, reason: reason))
                    }
                }
                guard outcome.invalid.isEmpty && refused.isEmpty && outOfScope.isEmpty && !dryRun else { return .rollback }
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
        let problems = (outcome.invalid.isEmpty ? refused : outcome.invalid) + outOfScope
        if !problems.isEmpty {
            throw ImportError(
                .invalidRecords, problems.sorted { ($0.line, $0.field ?? "") < ($1.line, $1.field ?? "") },
                unlisted: outcome.invalid.isEmpty ? 0 : outcome.unlisted)
        }
        return outcome.count
    }
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
