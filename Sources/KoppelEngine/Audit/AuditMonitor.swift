/// The DPIA monitor's computation: per month and employer, how the logged candidate rankings
/// came out — how often each exclusion reason fired, the share of criteria scored without
/// data, the score distribution — so drift shows before it does harm. Pure: plain values in,
/// rows out.
///
/// ```swift
/// let rows = AuditMonitor.compute([.init(month: "2026-11", employer: "ENS", results: [(7125, true)])])
/// rows[0].median   // 71.25
/// ```
public enum AuditMonitor {
    /// One logged ranking: its month (`YYYY-MM`), the vacancy's employer, each listed
    /// result's score (hundredths) and eligibility, and its reasons and no-data counts
    /// (nil for a ranking logged before koppel kept them).
    public struct Ranking: Sendable, Hashable {
        public var month: String
        public var employer: String
        public var results: [Result]
        public var aggregates: RankingAggregates?

        public struct Result: Sendable, Hashable {
            public var score: Int
            public var eligible: Bool
            public init(score: Int, eligible: Bool) {
                self.score = score
                self.eligible = eligible
            }
        }

        public init(month: String, employer: String, results: [Result], aggregates: RankingAggregates? = nil) {
            self.month = month
            self.employer = employer
            self.results = results
            self.aggregates = aggregates
        }
    }

    /// One month and employer.
    public struct Row: Sendable, Hashable, Codable {
        public var month: String
        public var employer: String
        public var rankings: Int
        /// Results listed in those rankings.
        public var results: Int
        /// Share of listed results that failed a must-have (only rankings that asked for them list any).
        public var ineligibleShare: Double
        /// Score distribution of the listed results, in points.
        public var minimum: Double
        public var lowerQuartile: Double
        public var median: Double
        public var upperQuartile: Double
        public var maximum: Double
        /// Listed results per ten points: `[0, 10)`, `[10, 20)`, …, `[90, 100]`.
        public var histogram: [Int]
        /// The rankings that carry reason and no-data counts (those logged before koppel kept
        /// them do not); the three counts below are over these.
        public var countedRankings: Int
        /// Per reason code, the listed results it excluded.
        public var exclusions: [String: Int]
        /// Per criterion, the listed results it was scored for, and of those without data.
        public var scored: [String: Int]
        public var noData: [String: Int]
        /// Per criterion scored, the share scored without data (0–1).
        public var noDataShare: [String: Double]
    }

    /// The rows, by month then employer.
    public static func compute(_ rankings: [Ranking]) -> [Row] {
        var groups: [String: [Ranking]] = [:]
        for ranking in rankings { groups["\(ranking.month)\u{0}\(ranking.employer)", default: []].append(ranking) }
        return groups.keys.sorted().map { key in
            let members = groups[key]!
            let results = members.flatMap(\.results)
            let scores = results.map(\.score).sorted()
            let counted = members.compactMap(\.aggregates)
            let sum = counted.reduce(RankingAggregates(), +)
            var histogram = Array(repeating: 0, count: 10)
            for score in scores { histogram[Swift.min(9, Swift.max(0, score / 1000))] += 1 }
            func quantile(_ q: Double) -> Double {
                guard !scores.isEmpty else { return 0 }
                let position = q * Double(scores.count - 1)
                let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
                let value = Double(scores[low]) + (Double(scores[high] - scores[low])) * (position - Double(low))
                return value.rounded() / 100
            }
            return Row(
                month: members[0].month, employer: members[0].employer, rankings: members.count, results: results.count,
                ineligibleShare: results.isEmpty ? 0 : Double(results.filter { !$0.eligible }.count) / Double(results.count),
                minimum: quantile(0), lowerQuartile: quantile(0.25), median: quantile(0.5), upperQuartile: quantile(0.75),
                maximum: quantile(1), histogram: histogram, countedRankings: counted.count,
                exclusions: sum.reasons, scored: sum.scored, noData: sum.noData,
                noDataShare: sum.scored.filter { $0.value > 0 }.mapValues(Double.init).reduce(into: [:]) { shares, scored in
                    shares[scored.key] = Double(sum.noData[scored.key] ?? 0) / scored.value
                })
        }
    }
}
