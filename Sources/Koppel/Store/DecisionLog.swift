import Foundation
import GRDB
import GRDBSQLite

/// One entry of the append-only decision log.
public struct DecisionLogEntry: Sendable, Codable, Equatable {
    public var id: Int64
    /// UTC time, ISO 8601 with seconds.
    public var at: String
    public var kind: String
    /// Who asked: the adviser's `--as` identity, or `cli` when none was given.
    public var actor: String
    /// SHA-256 (hex) of the canonical input the decision was computed from.
    public var inputHash: String
    public var weightsVersion: Int?
    /// The parameters of the run, as JSON.
    public var params: String
    /// What was decided, as JSON.
    public var outcome: String
    /// The people the decision concerns.
    public var subjects: [String]
}

extension DecisionLogEntry {
    /// The entry as a JSON-ready dictionary, with `params` and `outcome` as JSON values rather
    /// than strings (for `koppel log --format json` and the data access export).
    public var jsonObject: [String: Any] {
        func value(_ text: String) -> Any {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) ?? text
        }
        return [
            "id": id, "at": at, "kind": kind, "actor": actor, "inputHash": inputHash,
            "weightsVersion": weightsVersion.map { $0 as Any } ?? NSNull(),
            "params": value(params), "outcome": value(outcome), "subjects": subjects,
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
    public var input: Data
    public var weightsVersion: Int?
    public var params: String
    public var outcome: String
    public var subjects: [String]
    /// The SHA-256 (hex) of the input when the caller hashed it already; `input` is then empty.
    var knownInputHash: String?

    /// A decision whose input was hashed already (on another thread, say): the log stores
    /// `inputHash` as ``DecisionLogEntry/inputHash``, which must be `InputHash.hex`
    /// of the canonical input for replay to verify it.
    init(kind: String, actor: String?, inputHash: String, weightsVersion: Int?, params: String, outcome: String, subjects: [String]) {
        self.init(kind: kind, actor: actor, input: Data(), weightsVersion: weightsVersion, params: params, outcome: outcome, subjects: subjects)
        knownInputHash = inputHash
    }

    public init(kind: String, actor: String?, input: Data, weightsVersion: Int? = nil, params: String = "{}", outcome: String = "{}", subjects: [String] = []) {
        self.kind = kind
        self.actor = actor ?? "cli"
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
    public static func append(_ decision: NewDecision, at date: Date = Date(), in db: Database) throws -> Int64 {
        if db.configuration.readonly { return 0 }
        try db.execute(
            sql: """
                INSERT INTO decision_log (at, kind, actor, input_hash, weights_version, params, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [timestamp(date), decision.kind, decision.actor, decision.knownInputHash ?? InputHash.hex(decision.input),
                        decision.weightsVersion, decision.params, decision.outcome])
        let id = db.lastInsertedRowID
        // An import of a million profiles logs a million subjects: they come sorted (the import
        // sorts them on another core) and are written up to 256 per statement, bound through
        // SQLite's C interface (a statement and GRDB's arguments per subject cost more than
        // the inserts themselves).
        let subjects = decision.subjects
        let ordered = zip(subjects, subjects.dropFirst()).allSatisfy { $0 < $1 } ? subjects : Set(subjects).sorted()
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

    /// Entries, oldest first, optionally since a day and of one kind.
    public static func entries(since: String? = nil, kind: String? = nil, person: String? = nil, in db: Database) throws -> [DecisionLogEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since {
            conditions.append("at >= ?")
            arguments += [since]
        }
        if let kind {
            conditions.append("kind = ?")
            arguments += [kind]
        }
        if let person {
            conditions.append("id IN (SELECT log_id FROM decision_subject WHERE person = ?)")
            arguments += [person]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM decision_log \(filter) ORDER BY id", arguments: arguments)
        var subjects: [Int64: [String]] = [:]
        let subjectFilter = filter.isEmpty ? "" : "WHERE log_id IN (SELECT id FROM decision_log \(filter))"
        for row in try Row.fetchAll(
            db, sql: "SELECT log_id, person FROM decision_subject \(subjectFilter) ORDER BY log_id, person", arguments: arguments)
        {
            subjects[row["log_id"], default: []].append(row["person"])
        }
        return rows.map { row in
            DecisionLogEntry(
                id: row["id"], at: row["at"], kind: row["kind"], actor: row["actor"], inputHash: row["input_hash"],
                weightsVersion: row["weights_version"], params: row["params"], outcome: row["outcome"],
                subjects: subjects[row["id"]] ?? [])
        }
    }

    /// One entry, or nil when there is none with this id.
    public static func entry(_ id: Int64, in db: Database) throws -> DecisionLogEntry? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM decision_log WHERE id = ?", arguments: [id]) else { return nil }
        let subjects = try String.fetchAll(db, sql: "SELECT person FROM decision_subject WHERE log_id = ? ORDER BY person", arguments: [id])
        return DecisionLogEntry(
            id: row["id"], at: row["at"], kind: row["kind"], actor: row["actor"], inputHash: row["input_hash"],
            weightsVersion: row["weights_version"], params: row["params"], outcome: row["outcome"], subjects: subjects)
    }

    /// The kinds of entries the log holds (the schema's CHECK list).
    public static let kinds = [
        "ranking", "explain", "round", "round-accept", "scramble", "exchange", "exchange-accept", "standins", "import",
        "weights", "mark", "erasure", "ranking-saved",
    ]

    /// `2026-11-25T08:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
