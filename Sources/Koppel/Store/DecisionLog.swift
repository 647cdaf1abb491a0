import Foundation
import GRDB
import GRDBSQLite

/// One entry of the append-only decision log.
public struct DecisionLogEntry: Sendable, Codable, Equatable {
    public var id: Int64
    /// UTC time, ISO 8601 with seconds.
    public var at: String
    public var kind: String
    /// Who acted: the `--actor` (or the signed-in account), `cli` when none was named.
    public var actor: String
    /// The viewer the decision was taken for (``Viewer/description``: `adviser:ENS`,
    /// `regional`, …); nil for entries from before viewers were logged.
    public var viewer: String?
    /// SHA-256 (hex) of the canonical input the decision was computed from.
    public var inputHash: String
    public var weightsVersion: Int?
    /// The data version the decision was computed from (``KoppelStore/dataVersion()``); nil
    /// for entries from before data versions were recorded.
    public var dataVersion: Int64?
    /// The parameters of the run, as JSON.
    public var params: String
    /// What was decided, as JSON.
    public var outcome: String
    /// The people the decision concerns (empty in a page of the log, which counts them only).
    public var subjects: [String]
    /// How many people the decision concerns, as far as the reader may see.
    public var subjectCount: Int
}

extension DecisionLogEntry {
    /// The entry as a JSON-ready dictionary, with `params` and `outcome` as JSON values rather
    /// than strings (for `koppel log --format json` and the data access export).
    public var jsonObject: [String: Any] {
        func value(_ text: String) -> Any {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) ?? text
        }
        return [
            "id": id, "at": at, "kind": kind, "actor": actor, "viewer": viewer.map { $0 as Any } ?? NSNull(), "inputHash": inputHash,
            "weightsVersion": weightsVersion.map { $0 as Any } ?? NSNull(), "dataVersion": dataVersion.map { $0 as Any } ?? NSNull(),
            "params": value(params), "outcome": value(outcome), "subjects": subjects, "subjectCount": subjectCount,
        ]
    }

    /// Entries as pretty-printed JSON with sorted keys.
    public static func json(_ entries: [DecisionLogEntry]) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: entries.map(\.jsonObject), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A decision to be recorded.
public struct NewDecision: Sendable {
    public var kind: String
    public var actor: String
    /// The viewer the decision was taken for; nil for changes that show no one (weights).
    public var viewer: Viewer?
    public var input: Data
    public var weightsVersion: Int?
    public var params: String
    public var outcome: String
    public var subjects: [String]
    /// The SHA-256 (hex) of the input when the caller hashed it already; `input` is then empty.
    var knownInputHash: String?
    /// The data version the decision was computed from, when it was read in another
    /// transaction than the one that logs it; nil logs the version the logging transaction sees.
    var dataVersion: Int64?

    /// A decision whose input was hashed already (on another thread, say): the log stores
    /// `inputHash` as ``DecisionLogEntry/inputHash``, which must be `InputHash.hex`
    /// of the canonical input for replay to verify it.
    init(
        kind: String, actor: String?, viewer: Viewer?, inputHash: String, weightsVersion: Int?, params: String, outcome: String,
        subjects: [String]
    ) {
        self.init(
            kind: kind, actor: actor, viewer: viewer, input: Data(), weightsVersion: weightsVersion, params: params, outcome: outcome,
            subjects: subjects)
        knownInputHash = inputHash
    }

    public init(
        kind: String, actor: String?, viewer: Viewer?, input: Data, weightsVersion: Int? = nil, params: String = "{}",
        outcome: String = "{}", subjects: [String] = []
    ) {
        self.kind = kind
        self.actor = actor ?? "cli"
        self.viewer = viewer
        self.input = input
        self.weightsVersion = weightsVersion
        self.params = params
        self.outcome = outcome
        self.subjects = subjects
    }
}

/// Reading and appending the decision log.
public enum DecisionLog {
    /// Appends an entry inside the caller's transaction and returns its id.
    ///
    /// On a store opened read-only (``KoppelStore/AccessMode/readOnly``) nothing can be written:
    /// the entry is not recorded and the id is 0 (the CLI says so on stderr).
    @discardableResult
    package static func append(_ decision: NewDecision, at date: Date = Date(), in db: Database) throws -> Int64 {
        if db.configuration.readonly { return 0 }
        // An import of a million profiles logs a million subjects: they come sorted (the import
        // sorts them on another core) and are written up to 256 per statement, bound through
        // SQLite's C interface (a statement and GRDB's arguments per subject cost more than
        // the inserts themselves).
        let subjects = decision.subjects
        let ordered = zip(subjects, subjects.dropFirst()).allSatisfy { $0 < $1 } ? subjects : Set(subjects).sorted()
        try db.execute(
            sql: """
                INSERT INTO decision_log (at, kind, actor, viewer, input_hash, weights_version, params, outcome, subject_count, data_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (SELECT version FROM data_version)))
                """,
            arguments: [timestamp(date), decision.kind, decision.actor, decision.viewer?.description,
                        decision.knownInputHash ?? InputHash.hex(decision.input), decision.weightsVersion, decision.params,
                        decision.outcome, ordered.count, decision.dataVersion])
        let id = db.lastInsertedRowID
        var start = 0
        while start < ordered.count {
            let count = Swift.min(subjectsPerStatement, ordered.count - start)
            try insertSubjects(ordered[start..<(start + count)], logID: id, db)
            start += count
        }
        return id
    }

    /// Subjects written by one INSERT (at most; the last statement of a list holds the rest).
    private static let subjectsPerStatement = 256

    /// The VALUES rows of a full statement of ``subjectsPerStatement`` subjects.
    private static let fullSubjectRows = subjectRows(subjectsPerStatement)

    private static func subjectRows(_ count: Int) -> String {
        (0..<count).map { "(?1, ?\($0 + 2))" }.joined(separator: ", ")
    }

    /// Inserts `subjects` of log entry `logID` with one statement: `VALUES (?1, ?2), (?1, ?3), …`.
    private static func insertSubjects(_ subjects: ArraySlice<String>, logID: Int64, _ db: Database) throws {
        let rows = subjects.count == subjectsPerStatement ? fullSubjectRows : subjectRows(subjects.count)
        let statement = try db.cachedStatement(sql: "INSERT INTO decision_subject (log_id, person) VALUES \(rows)")
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        var code = sqlite3_bind_int64(handle, 1, logID)
        for (offset, person) in subjects.enumerated() where code == SQLITE_OK {
            code = SQLiteCall.bindCopy(handle, Int32(offset + 2), person)
        }
        if code == SQLITE_OK { code = sqlite3_step(handle) }
        guard code == SQLITE_DONE else { throw SQLiteCall.lastError(db.sqliteConnection, sql: statement.sql) }
    }

    /// A page of entries, newest first, each with its subject count but without its subjects.
    ///
    /// Reads only the entries it returns: linear in `query.limit`, whatever the log's size.
    package static func page(_ query: LogQuery, in db: Database) throws -> [DecisionLogEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since = query.since {
            conditions.append("at >= ?")
            arguments += [since]
        }
        if let kind = query.kind {
            conditions.append("kind = ?")
            arguments += [kind]
        }
        if let person = query.person {
            conditions.append("id IN (SELECT log_id FROM decision_subject WHERE person = ?)")
            arguments += [person]
        }
        if let before = query.before {
            conditions.append("id < ?")
            arguments += [before]
        }
        if let viewers = query.viewers {
            conditions.append("viewer IN (\(viewers.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(viewers)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limit = query.limit.map { " LIMIT \(Swift.max(0, $0))" } ?? ""
        return try Row.fetchAll(db, sql: "SELECT * FROM decision_log \(filter) ORDER BY id DESC\(limit)", arguments: arguments)
            .map { entry($0, subjects: []) }
    }

    /// One entry with its subjects, or nil when there is none with this id.
    package static func entry(_ id: Int64, in db: Database) throws -> DecisionLogEntry? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM decision_log WHERE id = ?", arguments: [id]) else { return nil }
        let subjects = try String.fetchAll(db, sql: "SELECT person FROM decision_subject WHERE log_id = ? ORDER BY person", arguments: [id])
        return entry(row, subjects: subjects)
    }

    /// Every entry, oldest first, with all its subjects, optionally since a day, of one kind or
    /// concerning one person: the raw log, without the access policy (tests and the store).
    package static func entries(since: String? = nil, kind: String? = nil, person: String? = nil, in db: Database) throws -> [DecisionLogEntry] {
        let query = LogQuery(since: since, kind: kind, person: person, limit: nil)
        return try page(query, in: db).reversed().map { entry in
            var full = entry
            full.subjects = try String.fetchAll(
                db, sql: "SELECT person FROM decision_subject WHERE log_id = ? ORDER BY person", arguments: [entry.id])
            return full
        }
    }

    /// Entries that concern one person, oldest first, with their subjects.
    package static func entries(concerning person: String, in db: Database) throws -> [DecisionLogEntry] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM decision_log WHERE id IN (SELECT log_id FROM decision_subject WHERE person = ?) ORDER BY id
            """, arguments: [person])
            .map { entry($0, subjects: [person]) }
    }

    private static func entry(_ row: Row, subjects: [String]) -> DecisionLogEntry {
        DecisionLogEntry(
            id: row["id"], at: row["at"], kind: row["kind"], actor: row["actor"], viewer: row["viewer"], inputHash: row["input_hash"],
            weightsVersion: row["weights_version"], dataVersion: row["data_version"], params: row["params"], outcome: row["outcome"], subjects: subjects,
            subjectCount: row["subject_count"])
    }

    /// The kinds of entries the log holds (the schema's CHECK list).
    public static let kinds = [
        "ranking", "explain", "round", "round-accept", "scramble", "exchange", "exchange-accept", "standins", "import",
        "weights", "mark", "erasure", "ranking-saved", "override", "letter", "audit", "register",
    ]

    /// A JSON object with sorted keys on one line, for an entry's `params` or `outcome`.
    package static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    /// `2026-11-25T08:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// Which entries of the decision log to read: newest first, a page at a time.
public struct LogQuery: Sendable, Hashable {
    /// Only entries at or after this time (an ISO date or timestamp).
    public var since: String?
    /// Only entries of this kind (one of ``DecisionLog/kinds``).
    public var kind: String?
    /// Only entries that concern this person.
    public var person: String?
    /// Only entries older than this id (the next page).
    public var before: Int64?
    /// At most this many entries; nil for all.
    public var limit: Int?
    /// Only entries taken for one of these viewers (set by the access policy, not the caller).
    var viewers: [String]?

    public init(since: String? = nil, kind: String? = nil, person: String? = nil, before: Int64? = nil, limit: Int? = 20) {
        self.since = since
        self.kind = kind
        self.person = person
        self.before = before
        self.limit = limit
    }
}
