/// The group labels an auditor brings, per person id and per column: input to an impact audit.
///
/// The labels come from a file outside koppel (say, opt-in self-identification) and live only
/// in memory for the length of one audit: koppel never stores or logs them.
///
/// ```swift
/// let groups = AuditGroups(columns: ["gender"], labels: ["p1": ["v"], "p2": ["m"]])
/// ```
public struct AuditGroups: Sendable, Hashable {
    /// The columns' names, in file order.
    public var columns: [String]
    /// Per person id, one label per column (in ``columns`` order); an empty label means the
    /// person gave none for that column, and they are left out of it.
    public var labels: [String: [String]]

    public init(columns: [String], labels: [String: [String]]) {
        self.columns = columns
        self.labels = labels
    }

    /// The dimensions an audit reports on: each column, then each pair of columns (the
    /// intersections), as column indices.
    public var dimensions: [[Int]] {
        let single = columns.indices.map { [$0] }
        var pairs: [[Int]] = []
        for i in columns.indices {
            for j in columns.indices where j > i { pairs.append([i, j]) }
        }
        return single + pairs
    }

    /// The dimension's name: `gender`, or `gender × age` for an intersection.
    public func name(of dimension: [Int]) -> String {
        dimension.map { columns[$0] }.joined(separator: " × ")
    }

    /// The person's group in a dimension (`v`, or `v × 30-50`), nil when a label is missing.
    public func group(of person: String, in dimension: [Int]) -> String? {
        guard let row = labels[person] else { return nil }
        let parts = dimension.map { row[$0] }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts.joined(separator: " × ")
    }
}
