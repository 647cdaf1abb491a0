import Foundation
import GRDB
import KoppelEngine

/// What the decision log says about selection in a period: who was shortlisted, contacted,
/// placed or moved, the scores of each candidate ranking, and the overrides on record.
///
/// Read from the raw log inside the library; only the aggregates computed from it ever leave.
struct AuditLogSelection {
    var selected: [AuditStage: Set<String>] = [:]
    var rankings: [[(person: String, score: Int)]] = []
    /// Overrides per actor and per employer concerned.
    var overridesByActor: [String: Int] = [:]
    var overridesByEmployer: [String: Int] = [:]
    /// Log entries read, per kind.
    var entriesRead: [String: Int] = [:]

    /// Reads the entries dated `from`…`to` (whole UTC days, both included; nil for open).
    /// `top` is k: a candidate is shortlisted when eligible and among the first k of a ranking.
    init(from: Day?, to: Day?, top: Int, in db: Database) throws {
        let kinds = ["ranking", "mark", "round-accept", "exchange-accept", "override"]
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, at, kind, actor, params, outcome FROM decision_log
            WHERE kind IN (\(kinds.map { "'\($0)'" }.joined(separator: ", ")))
              AND (?1 IS NULL OR substr(at, 1, 10) >= ?1) AND (?2 IS NULL OR substr(at, 1, 10) <= ?2)
            ORDER BY id
            """, arguments: [from?.description, to?.description])
        for row in rows {
            let kind: String = row["kind"]
            let params = Self.object(row["params"])
            let outcome = Self.object(row["outcome"])
            let id: Int64 = row["id"]
            entriesRead[kind, default: 0] += 1
            switch kind {
            case "ranking":
                guard params["mode"] as? String == "candidates" else { continue }
                let results = LoggedResult.parse(row["outcome"])
                selected[.shortlisted, default: []].formUnion(results.filter(\.eligible).prefix(top).map(\.id))
                rankings.append(results.map { (person: $0.id, score: $0.score) })
            case "mark":
                for (person, mark) in outcome["marks"] as? [String: Any] ?? [:] where mark as? String == "contacted" {
                    selected[.contacted, default: []].insert(person)
                }
            case "round-accept":
                selected[.placed, default: []].formUnion(try Self.subjects(id, db))
            case "exchange-accept":
                // A stand-in booking is logged under the same kind with an `offer`; only
                // accepted exchange proposals move people.
                guard params["proposal"] != nil else { continue }
                selected[.moved, default: []].formUnion(try Self.subjects(id, db))
            case "override":
                if params["type"] as? String == "placement" { selected[.placed, default: []].formUnion(try Self.subjects(id, db)) }
                let actor: String = row["actor"]
                overridesByActor[actor, default: 0] += 1
                overridesByEmployer[params["employer"] as? String ?? "(onbekend)", default: 0] += 1
            default: break
            }
        }
    }

    private static func subjects(_ id: Int64, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT person FROM decision_subject WHERE log_id = ?", arguments: [id])
    }

    private static func object(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
