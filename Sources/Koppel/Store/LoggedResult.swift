import Foundation

/// One result of a logged ranking, read back from its outcome
/// (`{"results": [[id, score, eligible], …]}`, as ``RankingLogParams/outcome(_:mode:)`` writes it).
struct LoggedResult: Hashable {
    var id: String
    /// The score in hundredths of a point.
    var score: Int
    var eligible: Bool

    /// The results of a logged outcome, best first; empty for any other outcome.
    static func parse(_ outcome: String) -> [LoggedResult] {
        let object = (try? JSONSerialization.jsonObject(with: Data(outcome.utf8))) as? [String: Any]
        return (object?["results"] as? [[Any]] ?? []).compactMap { row in
            guard row.count >= 3, let id = row[0] as? String, let score = (row[1] as? NSNumber)?.doubleValue else { return nil }
            return LoggedResult(id: id, score: Int((score * 100).rounded()), eligible: (row[2] as? NSNumber)?.boolValue ?? false)
        }
    }
}
