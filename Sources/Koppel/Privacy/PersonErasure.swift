import Foundation
import GRDB

/// The stages of an erasure, reported to ``KoppelStore/erasePerson(_:viewer:actor:step:)``'s
/// `step` as each ends.
public enum ErasureStep: String, Sendable, CaseIterable {
    /// The transaction that deletes the person and pseudonymises the log has committed.
    case deleted
    /// The file has been vacuumed and the WAL truncated.
    case compacted
    /// The pending mark is cleared: the erasure is complete.
    case finished
}

/// What `koppel person erase` did.
public struct ErasureReport: Sendable, Codable, Equatable {
    /// The pseudonym that replaced the person's id in the decision log. It cannot be traced
    /// back: it is derived from the id and a random salt that is stored nowhere.
    public var pseudonym: String
    /// Rows removed per table (only tables where rows were removed).
    public var removed: [String: Int]
    /// Open exchange proposals withdrawn because they moved the person or into their seat.
    public var proposalsWithdrawn: Int
    /// Decision log entries whose subjects or text were pseudonymised.
    public var logEntriesPseudonymised: Int
    /// The log entry that records the erasure (without personal data).
    public var logID: Int64
    /// Whether the WAL was checkpointed and truncated, so the main file alone holds the data.
    public var walTruncated: Bool
}

extension KoppelStore {
    /// Removes a person everywhere and pseudonymises the decision log entries that concern them.
    ///
    /// In one transaction: the profile with skills, credentials, domains and wishes, the trainee
    /// record with rankings and assignments, exchange requests, stand-in offers and bookings,
    /// shortlist marks, others' wishes for their seat, open exchange proposals that move them,
    /// and their tokens in the full-text index. In the log, their id (and trainee id and name,
    /// wherever they occur) is replaced by a pseudonym, under a `log_erasure_permit` that is
    /// removed before the transaction commits. Then the database is vacuumed and the WAL
    /// checkpointed, so with `secure_delete` no byte of the erased data stays in the file.
    ///
    /// Only the data steward erases (``AccessPolicy/mayAnswerAccessRequests``).
    ///
    /// - Throws: ``StoreError`` `.notAllowed` for another viewer, `.notFound` when there is no
    ///   person with this id.
    ///
    /// The transaction that deletes also records that an erasure is pending (without any
    /// personal data); the mark is cleared only once the file has been vacuumed and the WAL
    /// truncated. A koppel killed in between finishes the erasure the next time any koppel
    /// opens the database (``finishPendingErasure()``). When another process keeps the
    /// database busy (a reader holding an old snapshot), the erasure is complete in the data,
    /// but the file may keep old pages until that succeeds: the report then says
    /// `walTruncated == false`.
    ///
    /// `step` is called after each stage (for fault-injection tests).
    public func erasePerson(
        _ id: String, viewer: Viewer, actor: String?, step: (ErasureStep) -> Void = { _ in }
    ) throws -> ErasureReport {
        try Self.require(AccessPolicy(viewer).mayAnswerAccessRequests, text: "access.erase", ["viewer": viewer])
        var report = try pool.write { db in try Self.erase(id, viewer: viewer, actor: actor, db) }
        step(.deleted)
        do {
            report.walTruncated = try finishPendingErasure(step: step)
        } catch where BusyRetry.isBusy(error) {
            report.walTruncated = false
        }
        return report
    }

    /// Whether the database at `path` records an erasure that was interrupted before its file
    /// was cleaned (read without writing anything).
    static func erasurePending(_ path: String) throws -> Bool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: DatabaseFile.readableLocation(path), configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            try db.tableExists("erasure_pending") && (try Int.fetchOne(db, sql: "SELECT count(*) FROM erasure_pending") ?? 0) > 0
        }
    }

    /// Finishes an erasure that was interrupted after its data was deleted: vacuums the file,
    /// truncates the WAL, then clears the pending mark. Returns whether the file is clean (true
    /// too when nothing was pending).
    ///
    /// - Throws: a busy `DatabaseError` when another process keeps the database in use.
    @discardableResult
    public func finishPendingErasure(step: (ErasureStep) -> Void = { _ in }) throws -> Bool {
        let pending = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM erasure_pending") ?? 0 }
        guard pending > 0 else { return true }
        guard try compact() else { return false }
        step(.compacted)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM erasure_pending")
            _ = try db.checkpoint(.truncate)
        }
        step(.finished)
        return true
    }

    /// Rewrites the database without free pages (VACUUM), rebuilds the full-text index and
    /// checkpoints the WAL into the main file, truncating it. Returns whether the WAL is now
    /// empty, so the main file alone holds the data and no byte of deleted rows remains.
    ///
    /// - Throws: a busy `DatabaseError` when another process keeps the database in use.
    @discardableResult
    public func compact() throws -> Bool {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            // VACUUM may renumber the rowids the external-content index refers to.
            try db.execute(sql: "INSERT INTO person_fts (person_fts) VALUES ('rebuild')")
            _ = try db.checkpoint(.truncate)
        }
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return walSize == 0
    }

    private static func erase(_ id: String, viewer: Viewer, actor: String?, _ db: Database) throws -> ErasureReport {
        guard let name = try String.fetchOne(db, sql: "SELECT display_name FROM person WHERE id = ?", arguments: [id]) else {
            throw StoreError(.notFound, text: "store.noPerson", ["id": id])
        }
        let trainees = try String.fetchAll(db, sql: "SELECT id FROM trainee WHERE person = ?", arguments: [id])
        let pseudonym = Self.pseudonym(for: id)

        // Count what goes, for the report (the cascades below remove it).
        var removed: [String: Int] = [:]
        func count(_ table: String, _ condition: String, _ arguments: StatementArguments) throws {
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)", arguments: arguments) ?? 0
            if n > 0 { removed[table] = n }
        }
        let ofPerson: StatementArguments = [id]
        try count("person", "id = ?", ofPerson)
        for table in ["person_skill", "person_credential", "person_domain", "person_wish", "shortlist_mark", "trainee",
                      "exchange_request", "standin_offer"] {
            try count(table, "person = ?", ofPerson)
        }
        let traineeOf = "trainee IN (SELECT id FROM trainee WHERE person = ?)"
        for table in ["trainee_ranking", "host_ranking", "assignment"] { try count(table, traineeOf, ofPerson) }
        try count("exchange_want", "request IN (SELECT id FROM exchange_request WHERE person = ?) OR position = ?", [id, id])
        try count("standin_role", "offer IN (SELECT id FROM standin_offer WHERE person = ?)", ofPerson)
        try count("standin_booking", "offer IN (SELECT id FROM standin_offer WHERE person = ?)", ofPerson)

        // Open proposals that move the person, or move someone into their seat, fall apart.
        let proposals = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT m.proposal FROM exchange_move m JOIN exchange_proposal p ON p.id = m.proposal
            WHERE p.status = 'proposed'
              AND (m.request IN (SELECT id FROM exchange_request WHERE person = ?) OR m.position = ?)
            """, arguments: [id, id])
        for proposal in proposals {
            try db.execute(sql: "DELETE FROM exchange_proposal WHERE id = ?", arguments: [proposal])
        }
        try db.execute(sql: "DELETE FROM exchange_want WHERE position = ?", arguments: [id])
        // The rest cascades from the profile; the full-text index follows by its delete trigger.
        try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [id])
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE id = ?", arguments: [id]) != 0 {
            throw StoreError(.invalidState, text: "store.notRemoved", ["id": id])
        }

        // Pseudonymise the log under a permit that exists only inside this transaction.
        try db.execute(sql: "INSERT INTO log_erasure_permit (person) VALUES (?)", arguments: [pseudonym])
        var touched = Set(try Int64.fetchAll(db, sql: "SELECT log_id FROM decision_subject WHERE person = ?", arguments: [id]))
        try db.execute(sql: "UPDATE decision_subject SET person = ? WHERE person = ?", arguments: [pseudonym, id])
        // Ids are replaced wherever they occur as a JSON string; the name (free text that could
        // equal some other value) only in the entries that concern the person.
        let concerning = "id IN (SELECT log_id FROM decision_subject WHERE person = ?3)"
        for identifier in [id, name] + trainees {
            let isName = identifier == name && identifier != id
            let replacement = isName ? "erased" : pseudonym
            let scope = isName ? "AND \(concerning)" : ""
            let scoped: StatementArguments = isName ? [pseudonym] : []
            for (quoted, quotedReplacement) in Self.jsonForms(identifier, replacement) {
                touched.formUnion(try Int64.fetchAll(db, sql: """
                    SELECT id FROM decision_log WHERE (instr(params, ?1) > 0 OR instr(outcome, ?1) > 0 OR actor = ?2) \(scope)
                    """, arguments: [quoted, identifier] + scoped))
                try db.execute(sql: """
                    UPDATE decision_log SET params = replace(params, ?1, ?2), outcome = replace(outcome, ?1, ?2)
                    WHERE (instr(params, ?1) > 0 OR instr(outcome, ?1) > 0) \(scope)
                    """, arguments: [quoted, quotedReplacement] + scoped)
            }
            try db.execute(sql: "UPDATE decision_log SET actor = ?1 WHERE actor = ?2 \(scope)", arguments: [replacement, identifier] + scoped)
        }
        try db.execute(sql: "DELETE FROM log_erasure_permit")

        // Merge the full-text index so no segment keeps the erased tokens.
        try db.execute(sql: "INSERT INTO person_fts (person_fts) VALUES ('optimize')")
        // Until the file is clean, every koppel that opens it finishes the erasure first.
        try db.execute(sql: "INSERT INTO erasure_pending (started_at) VALUES (?)", arguments: [DecisionLog.timestamp(Date())])

        let removedJSON = removed.keys.sorted().map { "\(JSONText.quote($0)): \(removed[$0]!)" }.joined(separator: ", ")
        let logID = try DecisionLog.append(
            NewDecision(
                kind: "erasure", actor: actor, viewer: viewer, input: Data(pseudonym.utf8),
                params: "{\"pseudonym\": \(JSONText.quote(pseudonym))}",
                outcome: "{\"removed\": {\(removedJSON)}, \"proposalsWithdrawn\": \(proposals.count), \"logEntriesPseudonymised\": \(touched.count)}",
                subjects: [pseudonym]),
            in: db)
        return ErasureReport(
            pseudonym: pseudonym, removed: removed, proposalsWithdrawn: proposals.count,
            logEntriesPseudonymised: touched.count, logID: logID, walTruncated: false)
    }

    /// `erased-` and 12 hex digits of SHA-256(id + a random salt that is stored nowhere).
    static func pseudonym(for id: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "erased-" + InputHash.hex(Data(Array(id.utf8) + salt)).prefix(12)
    }

    /// The ways a string can appear in the log's JSON text (koppel's own quoting and
    /// JSONEncoder's, which escapes `/`), each with its replacement.
    private static func jsonForms(_ text: String, _ replacement: String) -> [(String, String)] {
        var forms = [(JSONText.quote(text), JSONText.quote(replacement))]
        if let encoded = try? JSONEncoder().encode(text), let form = String(data: encoded, encoding: .utf8), form != forms[0].0 {
            forms.append((form, JSONText.quote(replacement)))
        }
        return forms
    }
}
