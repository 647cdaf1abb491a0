/// The impact audit's computation: selection rates per group and stage, impact ratios against
/// the group with the highest rate, the four-fifths flag, and the share of scores above the
/// median, with small groups suppressed. Pure: plain values in, an aggregate report out.
///
/// ```swift
/// let report = ImpactAudit.compute(groups: groups, selected: [.shortlisted: ["p1"]], rankings: [], minimumGroupSize: 10)
/// report.stages[0].dimensions[0].groups   // rates per group, or suppressed
/// ```
///
/// The base of a stage's rate is the group's size in the auditor's file: the people the
/// auditor counts as the pool. Groups with fewer people than `minimumGroupSize` are
/// suppressed (no numbers at all), and when a dimension would have exactly one suppressed
/// group the next smallest is suppressed too, so no suppressed count follows by subtraction.
/// The reference rate is the highest rate among the groups shown.
public enum ImpactAudit {
    /// The four-fifths rule: an impact ratio below this is flagged.
    public static let fourFifths = 0.8

    /// The report for the groups in `groups`, the people selected per stage and the scores of
    /// each logged ranking (one array of (person, score) per ranking, for the median share).
    public static func compute(
        groups: AuditGroups, selected: [AuditStage: Set<String>], rankings: [[(person: String, score: Int)]],
        minimumGroupSize: Int
    ) -> ImpactReport {
        let people = groups.labels.keys.sorted()
        let dimensions = groups.dimensions
        let stages = AuditStage.allCases.map { stage in
            let chosen = selected[stage] ?? []
            return ImpactReport.Stage(stage: stage, dimensions: dimensions.map { dimension in
                var counts: [String: (members: Int, base: Int, hits: Int)] = [:]
                for person in people {
                    guard let group = groups.group(of: person, in: dimension) else { continue }
                    let hit = chosen.contains(person) ? 1 : 0
                    counts[group, default: (0, 0, 0)].members += 1
                    counts[group, default: (0, 0, 0)].base += 1
                    counts[group, default: (0, 0, 0)].hits += hit
                }
                return ImpactReport.Dimension(name: groups.name(of: dimension), groups: rates(counts, minimumGroupSize))
            })
        }
        // Above the median of its own ranking: scores of different vacancies are not compared.
        var appearances: [String: (base: Int, above: Int)] = [:]
        for ranking in rankings where !ranking.isEmpty {
            let median = self.median(ranking.map { $0.score })
            for entry in ranking where groups.labels[entry.person] != nil {
                appearances[entry.person, default: (0, 0)].base += 1
                if Double(entry.score) > median { appearances[entry.person, default: (0, 0)].above += 1 }
            }
        }
        let scores = dimensions.map { dimension in
            var counts: [String: (members: Int, base: Int, hits: Int)] = [:]
            for person in people {
                guard let group = groups.group(of: person, in: dimension) else { continue }
                let seen = appearances[person] ?? (0, 0)
                counts[group, default: (0, 0, 0)].members += 1
                counts[group, default: (0, 0, 0)].base += seen.base
                counts[group, default: (0, 0, 0)].hits += seen.above
            }
            return ImpactReport.Dimension(name: groups.name(of: dimension), groups: rates(counts, minimumGroupSize))
        }
        return ImpactReport(minimumGroupSize: minimumGroupSize, columns: groups.columns, stages: stages, scoresAboveMedian: scores)
    }

    /// The median of `values` (the mean of the middle two for an even count).
    public static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The rows of one dimension, groups sorted by name, with suppression and ratios applied.
    static func rates(_ counts: [String: (members: Int, base: Int, hits: Int)], _ minimum: Int) -> [ImpactReport.Group] {
        var suppressed = Set(counts.filter { $0.value.members < minimum }.keys)
        if suppressed.count == 1 {
            // Secondary suppression: the smallest group shown would give the one suppressed
            // away by subtraction from any known total.
            if let next = counts.filter({ !suppressed.contains($0.key) }).min(by: { ($0.value.members, $0.key) < ($1.value.members, $1.key) }) {
                suppressed.insert(next.key)
            }
        }
        let shownRates = counts.compactMap { group, count -> Double? in
            suppressed.contains(group) || count.base == 0 ? nil : Double(count.hits) / Double(count.base)
        }
        let best = shownRates.max() ?? 0
        return counts.keys.sorted().map { group in
            let count = counts[group]!
            guard !suppressed.contains(group) else { return .suppressed(group) }
            let rate = count.base == 0 ? nil : Double(count.hits) / Double(count.base)
            let ratio = rate.flatMap { best > 0 ? $0 / best : nil }
            return ImpactReport.Group(
                name: group, suppressed: false, members: count.members, base: count.base, selected: count.hits, rate: rate,
                impactRatio: ratio, belowFourFifths: ratio.map { $0 < fourFifths } ?? false)
        }
    }
}
