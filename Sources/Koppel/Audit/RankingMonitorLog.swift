import Foundation
import GRDB
import KoppelEngine

/// The `ranking_monitor` table: each candidate ranking's ``RankingAggregates``, beside its
/// decision log entry (migration 009).
enum RankingMonitorLog {
    /// Writes the aggregates of the ranking logged as `logID`, in the caller's transaction.
    static func append(_ aggregates: RankingAggregates, logID: Int64, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO ranking_monitor (log_id, reasons, scored, no_data) VALUES (?, ?, ?, ?)",
            arguments: [logID, json(aggregates.reasons), json(aggregates.scored), json(aggregates.noData)])
    }

    /// The aggregates stored in one row's three columns; nil when the row has none.
    static func read(reasons: String?, scored: String?, noData: String?) -> RankingAggregates? {
        guard let reasons, let scored, let noData else { return nil }
        return RankingAggregates(reasons: counts(reasons), scored: counts(scored), noData: counts(noData))
    }

    private static func json(_ counts: [String: Int]) -> String {
        let body = counts.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key)): \($0.value)" }
        return "{" + body.joined(separator: ", ") + "}"
    }

    private static func counts(_ text: String) -> [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8))) ?? [:]
    }
}
