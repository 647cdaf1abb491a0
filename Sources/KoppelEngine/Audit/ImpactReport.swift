/// The result of an impact audit: aggregates only, never a person id, and no number for a
/// group below the minimum size.
///
/// JSON keys (stable): `minimumGroupSize`, `columns`, `stages` (`[{"stage", "dimensions"}]`),
/// `scoresAboveMedian` (`[dimension]`); a dimension is `{"name", "groups"}` and a group
/// `{"name", "suppressed", "members", "base", "selected", "rate", "impactRatio",
/// "belowFourFifths"}`, the numbers absent when `suppressed` is true.
public struct ImpactReport: Sendable, Hashable, Codable {
    public var minimumGroupSize: Int
    public var columns: [String]
    public var stages: [Stage]
    /// Per dimension, the share of each group's ranked appearances that scored above their
    /// ranking's median (`base` appearances, `selected` of them above).
    public var scoresAboveMedian: [Dimension]

    /// One stage's rates in every dimension.
    public struct Stage: Sendable, Hashable, Codable {
        public var stage: AuditStage
        public var dimensions: [Dimension]
    }

    /// One column, or one pair of columns (an intersection), and its groups.
    public struct Dimension: Sendable, Hashable, Codable {
        public var name: String
        public var groups: [Group]
    }

    /// One group's numbers: all nil when it is suppressed.
    public struct Group: Sendable, Hashable, Codable {
        public var name: String
        public var suppressed: Bool
        /// People of the group in the auditor's file.
        public var members: Int?
        /// The rate's base: the members for a stage, the ranked appearances for scores.
        public var base: Int?
        /// How many of the base were selected (or scored above the median).
        public var selected: Int?
        /// `selected / base`; nil when the base is 0.
        public var rate: Double?
        /// The rate over the highest rate shown in the dimension; nil when that is 0.
        public var impactRatio: Double?
        /// The impact ratio is below four fifths (0.8).
        public var belowFourFifths: Bool

        public init(
            name: String, suppressed: Bool, members: Int?, base: Int?, selected: Int?, rate: Double?, impactRatio: Double?,
            belowFourFifths: Bool
        ) {
            self.name = name
            self.suppressed = suppressed
            self.members = members
            self.base = base
            self.selected = selected
            self.rate = rate
            self.impactRatio = impactRatio
            self.belowFourFifths = belowFourFifths
        }

        /// A suppressed group: its name only.
        public static func suppressed(_ name: String) -> Group {
            Group(name: name, suppressed: true, members: nil, base: nil, selected: nil, rate: nil, impactRatio: nil, belowFourFifths: false)
        }
    }
}
