import Foundation
import GRDB
import KoppelEngine

extension KoppelStore {
    /// The DPIA monitor over the candidate rankings logged `from`…`to` (UTC days, both
    /// included; nil for open): per month and per employer of the vacancy, see
    /// ``AuditMonitor``: exclusion reasons, criteria scored without data and scores of the
    /// listed results. Logged as an `audit` entry. Aggregates only.
    ///
    /// - Throws: ``StoreError`` `.notAllowed` unless ``AccessPolicy/mayRunAudits``.
    public func monitor(from: Day?, to: Day?, viewer: Viewer, actor: String?) throws -> [AuditMonitor.Row] {
        try Self.require(AccessPolicy(viewer).mayRunAudits, text: "access.monitor", ["viewer": viewer])
        let rankings = try pool.read { db -> [AuditMonitor.Ranking] in
            let employers = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, employer FROM vacancy").map { ($0["id"] as String, $0["employer"] as String) },
                uniquingKeysWith: { a, _ in a })
            return try Row.fetchAll(db, sql: """
                SELECT at, json_extract(params, '$.vacancy') AS vacancy, outcome, m.reasons, m.scored, m.no_data
                FROM decision_log LEFT JOIN ranking_monitor AS m ON m.log_id = decision_log.id
                WHERE kind = 'ranking' AND json_extract(params, '$.mode') = 'candidates'
                  AND (?1 IS NULL OR substr(at, 1, 10) >= ?1) AND (?2 IS NULL OR substr(at, 1, 10) <= ?2)
                ORDER BY decision_log.id
                """, arguments: [from?.description, to?.description]).map { row in
                let results = LoggedResult.parse(row["outcome"]).map { AuditMonitor.Ranking.Result(score: $0.score, eligible: $0.eligible) }
                let vacancy: String? = row["vacancy"]
                return AuditMonitor.Ranking(
                    month: String((row["at"] as String).prefix(7)), employer: vacancy.flatMap { employers[$0] } ?? "(onbekend)",
                    results: results, aggregates: RankingMonitorLog.read(reasons: row["reasons"], scored: row["scored"], noData: row["no_data"]))
            }
        }
        let rows = AuditMonitor.compute(rankings)
        let params = try DecisionLog.json([
            "audit": "monitor", "from": from.map { $0.description as Any } ?? NSNull(), "to": to.map { $0.description as Any } ?? NSNull(),
        ])
        _ = try pool.write { db in
            try DecisionLog.append(
                NewDecision(kind: "audit", actor: actor, viewer: viewer, input: Data(params.utf8), params: params,
                            outcome: try DecisionLog.json(["rows": rows.count, "rankings": rankings.count])),
                in: db)
        }
        return rows
    }
}
