/// Turns scored lists with possible ties into the strict rankings deferred acceptance needs.
///
/// The rule is fixed and can be quoted in a report (``rule``): higher score first; equal
/// scores in ascending id order, comparing ids byte-wise as UTF-8.
///
/// ```swift
/// let strict = PlacementTieBreak.strictRanking([("t2", 0.8), ("t1", 0.8), ("t3", 0.9)])
/// strict.ranking   // ["t3", "t1", "t2"]
/// strict.ties      // [["t1", "t2"]]
/// print(PlacementTieBreak.rule)
/// ```
public enum PlacementTieBreak {
    /// The tie-breaking rule, as a sentence for reports.
    public static let rule =
        "Higher score first; equal scores are ordered by id, ascending, comparing ids byte-wise (UTF-8)."

    /// The ids of `scored` in strict order, plus the groups that were tied.
    ///
    /// A NaN score sorts below every number (and NaNs tie with each other).
    ///
    /// - Precondition: every id appears once.
    public static func strictRanking(_ scored: [(id: String, score: Double)]) -> PlacementStrictRanking {
        var seen = Set<String>(minimumCapacity: scored.count)
        for entry in scored {
            precondition(
                seen.insert(entry.id).inserted,
                "PlacementTieBreak.strictRanking: id \(entry.id) appears twice in one scored list")
        }
        let ordered = scored.sorted { a, b in
            if a.score.isNaN != b.score.isNaN { return b.score.isNaN }
            if !a.score.isNaN && a.score != b.score { return a.score > b.score }
            return PlacementIDOrder.precedes(a.id, b.id)
        }
        var ties = [[String]]()
        var group = [String]()
        for (index, entry) in ordered.enumerated() {
            if index > 0 && sameScore(ordered[index - 1].score, entry.score) {
                group.append(entry.id)
            } else {
                if group.count > 1 { ties.append(group) }
                group = [entry.id]
            }
        }
        if group.count > 1 { ties.append(group) }
        return PlacementStrictRanking(ranking: ordered.map(\.id), ties: ties)
    }

    private static func sameScore(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || a == b
    }
}

/// A strict ranking derived from scores, with the ties that were broken to make it.
public struct PlacementStrictRanking: Hashable, Sendable, Codable {
    /// Ids, best first, with no ties.
    public var ranking: [String]
    /// Each group of two or more ids that had equal scores, in ranking order.
    public var ties: [[String]]
    /// The rule used, ``PlacementTieBreak/rule``.
    public var rule: String { PlacementTieBreak.rule }

    /// Creates a strict ranking and its broken ties.
    public init(ranking: [String], ties: [[String]]) {
        self.ranking = ranking
        self.ties = ties
    }
}
