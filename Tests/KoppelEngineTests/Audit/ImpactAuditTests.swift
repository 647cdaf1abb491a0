import KoppelDemo
import KoppelEngine
import Testing

/// The impact audit against a hand-computed example and by properties over random instances.
@Suite struct ImpactAuditTests {
    /// Group A has 10 people (5 shortlisted), B 12 (3 shortlisted), C 3 and D 4 (both
    /// suppressed). By hand: A 5/10 = 0.5 (ratio 1), B 3/12 = 0.25 (ratio 0.5, flagged).
    static func example() -> (AuditGroups, [AuditStage: Set<String>], [[(person: String, score: Int)]]) {
        var labels: [String: [String]] = [:]
        for i in 0..<10 { labels["a\(i)"] = ["A", "x"] }
        for i in 0..<12 { labels["b\(i)"] = ["B", "y"] }
        for i in 0..<3 { labels["c\(i)"] = ["C", "x"] }
        for i in 0..<4 { labels["d\(i)"] = ["D", ""] }
        let shortlisted: Set<String> = ["a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2", "c0", "nobody-in-file"]
        // One ranking of four: median (80 + 70) / 2 = 75; a0 and a1 are above it.
        let ranking: [(person: String, score: Int)] = [("a0", 9000), ("a1", 8000), ("b0", 7000), ("b1", 6000)]
        return (AuditGroups(columns: ["g", "h"], labels: labels), [.shortlisted: shortlisted], [ranking])
    }

    @Test func handComputedExampleGivesRatesRatiosAndFlags() throws {
        let (groups, selected, rankings) = Self.example()
        let report = ImpactAudit.compute(groups: groups, selected: selected, rankings: rankings, minimumGroupSize: 10)
        let shortlisted = try #require(report.stages.first { $0.stage == .shortlisted })
        let g = try #require(shortlisted.dimensions.first { $0.name == "g" })
        #expect(g.groups.map(\.name) == ["A", "B", "C", "D"])
        let a = g.groups[0], b = g.groups[1]
        #expect(a.members == 10 && a.selected == 5 && a.rate == 0.5 && a.impactRatio == 1 && !a.belowFourFifths)
        #expect(b.members == 12 && b.selected == 3 && b.rate == 0.25 && b.impactRatio == 0.5 && b.belowFourFifths)
        #expect(g.groups[2] == .suppressed("C") && g.groups[3] == .suppressed("D"))
        // h: x = A + C = 13 people, 6 shortlisted; y = B = 12, 3 shortlisted; D gave no h.
        let h = try #require(shortlisted.dimensions.first { $0.name == "h" })
        #expect(h.groups.map(\.name) == ["x", "y"])
        #expect(h.groups[0].members == 13 && h.groups[0].selected == 6)
        #expect(h.groups[1].impactRatio == (3.0 / 12) / (6.0 / 13))
        // The intersection g × h: A × x and B × y are shown, C × x suppressed, and so (as the
        // only other one) the smallest shown, A × x, too — no count follows by subtraction.
        let gh = try #require(shortlisted.dimensions.first { $0.name == "g × h" })
        #expect(gh.groups.map(\.name) == ["A × x", "B × y", "C × x"])
        #expect(gh.groups.filter(\.suppressed).map(\.name) == ["A × x", "C × x"])
        // Scores: A has two appearances, both above the median; B two, none above.
        let scores = try #require(report.scoresAboveMedian.first { $0.name == "g" })
        #expect(scores.groups[0].base == 2 && scores.groups[0].selected == 2 && scores.groups[0].rate == 1)
        #expect(scores.groups[1].base == 2 && scores.groups[1].selected == 0 && scores.groups[1].impactRatio == 0 && scores.groups[1].belowFourFifths)
        // A stage nobody reached: rates 0, no ratio (no reference), no flag.
        let placed = try #require(report.stages.first { $0.stage == .placed }?.dimensions.first { $0.name == "g" })
        #expect(placed.groups[0].rate == 0 && placed.groups[0].impactRatio == nil && !placed.groups[0].belowFourFifths)
    }

    @Test func medianOfEvenAndOddCounts() {
        #expect(ImpactAudit.median([3, 1, 2]) == 2)
        #expect(ImpactAudit.median([4, 1, 3, 2]) == 2.5)
        #expect(ImpactAudit.median([]) == 0)
    }

    @Test(arguments: 0..<40) func propertiesHoldOnRandomInstances(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &+ 0xA0D1)
        let columns = (0..<random.int(in: 1...3)).map { "c\($0)" }
        var labels: [String: [String]] = [:]
        for person in 0..<random.int(in: 0...120) {
            labels["p\(person)"] = columns.map { _ in random.chance(0.1) ? "" : "v\(random.int(in: 0...4))" }
        }
        var selected: [AuditStage: Set<String>] = [:]
        for stage in AuditStage.allCases {
            selected[stage] = Set(labels.keys.sorted().filter { _ in random.chance(Double(seed % 5) / 5) })
        }
        let ranking = labels.keys.sorted().filter { _ in random.chance(0.5) }.map { (person: $0, score: random.int(in: 0...10_000)) }
        let minimum = random.int(in: 2...15)
        let groups = AuditGroups(columns: columns, labels: labels)
        let report = ImpactAudit.compute(groups: groups, selected: selected, rankings: [ranking], minimumGroupSize: minimum)
        for stage in report.stages {
            for (dimension, indices) in zip(stage.dimensions, groups.dimensions) {
                let shown = dimension.groups.filter { !$0.suppressed }
                // Suppression: no numbers for a suppressed group, never a shown group below the
                // minimum, and never exactly one suppressed group beside shown ones.
                for group in dimension.groups where group.suppressed {
                    #expect(group.members == nil && group.rate == nil && group.impactRatio == nil && !group.belowFourFifths)
                }
                #expect(shown.allSatisfy { ($0.members ?? 0) >= minimum })
                #expect(dimension.groups.count - shown.count != 1 || shown.isEmpty)
                // Ratios in 0…1, the best group at 1, flags exactly below 0.8.
                for group in shown {
                    if let ratio = group.impactRatio {
                        #expect(ratio >= 0 && ratio <= 1)
                        #expect(group.belowFourFifths == (ratio < 0.8))
                    }
                }
                if let best = shown.compactMap(\.rate).max(), best > 0 {
                    #expect(shown.contains { $0.impactRatio == 1 && $0.rate == best })
                }
                // Rates against a brute-force count.
                for group in shown {
                    let members = labels.keys.filter { groups.group(of: $0, in: indices) == group.name }
                    #expect(group.members == members.count)
                    #expect(group.selected == members.filter { selected[stage.stage]!.contains($0) }.count)
                }
            }
        }
    }
}
