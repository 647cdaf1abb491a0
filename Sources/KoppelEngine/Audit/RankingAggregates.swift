/// What one ranking's listed results say about the rules, without saying who: how often each
/// exclusion reason fired and, per criterion, how often it was scored and how often without
/// data. Logged beside each candidate ranking for ``AuditMonitor``; holds no person id.
///
/// ```swift
/// let aggregates = RankingAggregates(results)
/// aggregates.reasons["missingMustSkill"]   // listed results excluded for a missing must-have skill
/// ```
public struct RankingAggregates: Sendable, Hashable, Codable {
    /// Per reason code, the listed results it excluded (a result with two missing skills counts once).
    public var reasons: [String: Int]
    /// Per criterion, the listed results whose component was scored.
    public var scored: [String: Int]
    /// Per criterion, the listed results whose component was scored without data.
    public var noData: [String: Int]

    public init(reasons: [String: Int] = [:], scored: [String: Int] = [:], noData: [String: Int] = [:]) {
        self.reasons = reasons
        self.scored = scored
        self.noData = noData
    }

    /// The aggregates of `results`.
    public init(_ results: [RankingResult]) {
        self.init()
        for result in results {
            for code in Set(result.reasons.map(\.code.rawValue)) { reasons[code, default: 0] += 1 }
            for component in result.components {
                scored[component.criterion.rawValue, default: 0] += 1
                if !component.hasData { noData[component.criterion.rawValue, default: 0] += 1 }
            }
        }
    }

    /// The sum of two, as a month's row adds its rankings up.
    public static func + (a: Self, b: Self) -> Self {
        Self(
            reasons: a.reasons.merging(b.reasons, uniquingKeysWith: +), scored: a.scored.merging(b.scored, uniquingKeysWith: +),
            noData: a.noData.merging(b.noData, uniquingKeysWith: +))
    }
}
