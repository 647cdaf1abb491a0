/// How many of the 100 points each criterion is worth, with a version that every ranking
/// result records.
///
/// Weights are validated when created or decoded: each is finite, at least 0, has at most two
/// decimals, and together they sum to exactly 100. An invalid profile cannot exist.
///
/// ```swift
/// let weights = try RankingWeights(
///     version: 2, mustSkills: 20, mustCredentials: 5, niceSkills: 25, domainExperience: 10,
///     workingLevel: 5, scaleFit: 10, hours: 5, commute: 5, availability: 5, wishes: 10)
/// weights.points(for: .niceSkills)  // 25.00
/// ```
///
/// JSON: `{"version": 1, "mustSkills": 20, "mustCredentials": 5, "niceSkills": 20,
/// "domainExperience": 10, "workingLevel": 5, "scaleFit": 10, "hours": 5, "commute": 10,
/// "availability": 5, "wishes": 10}` — every key is required.
public struct RankingWeights: Hashable, Sendable, Codable {
    public let version: Int
    public let mustSkills: Double
    public let mustCredentials: Double
    public let niceSkills: Double
    public let domainExperience: Double
    public let workingLevel: Double
    public let scaleFit: Double
    public let hours: Double
    public let commute: Double
    public let availability: Double
    public let wishes: Double

    /// The weights in hundredths of a point, indexed by ``RankingCriterion/slot``.
    let hundredths: [Int]

    /// The default profile, version 1.
    ///
    /// | criterion | points |
    /// |---|---|
    /// | mustSkills | 20 |
    /// | mustCredentials | 5 |
    /// | niceSkills | 20 |
    /// | domainExperience | 10 |
    /// | workingLevel | 5 |
    /// | scaleFit | 10 |
    /// | hours | 5 |
    /// | commute | 10 |
    /// | availability | 5 |
    /// | wishes | 10 |
    public static let `default` = try! RankingWeights(
        version: 1, mustSkills: 20, mustCredentials: 5, niceSkills: 20, domainExperience: 10, workingLevel: 5,
        scaleFit: 10, hours: 5, commute: 10, availability: 5, wishes: 10)

    /// Creates a validated weight profile; throws ``RankingError/Code/invalidWeights`` otherwise.
    public init(
        version: Int, mustSkills: Double, mustCredentials: Double, niceSkills: Double, domainExperience: Double,
        workingLevel: Double, scaleFit: Double, hours: Double, commute: Double, availability: Double, wishes: Double
    ) throws(RankingError) {
        self.version = version
        self.mustSkills = mustSkills
        self.mustCredentials = mustCredentials
        self.niceSkills = niceSkills
        self.domainExperience = domainExperience
        self.workingLevel = workingLevel
        self.scaleFit = scaleFit
        self.hours = hours
        self.commute = commute
        self.availability = availability
        self.wishes = wishes
        hundredths = try Self.validate(
            version: version,
            [
                mustSkills, mustCredentials, niceSkills, domainExperience, workingLevel, scaleFit, hours, commute,
                availability, wishes,
            ])
    }

    /// The weight of one criterion.
    public func weight(for criterion: RankingCriterion) -> Double {
        switch criterion {
        case .mustSkills: mustSkills
        case .mustCredentials: mustCredentials
        case .niceSkills: niceSkills
        case .domainExperience: domainExperience
        case .workingLevel: workingLevel
        case .scaleFit: scaleFit
        case .hours: hours
        case .commute: commute
        case .availability: availability
        case .wishes: wishes
        }
    }

    /// The weight of one criterion as exact points.
    public func points(for criterion: RankingCriterion) -> RankingPoints {
        RankingPoints(hundredths: hundredths[criterion.slot])
    }

    private static func validate(version: Int, _ values: [Double]) throws(RankingError) -> [Int] {
        guard version >= 1 else {
            throw RankingError(code: .invalidWeights, text: "weights.error.version", ["version": version])
        }
        var result: [Int] = []
        for (criterion, value) in zip(RankingCriterion.allCases, values) {
            guard value.isFinite, value >= 0, value <= 100 else {
                throw RankingError(
                    code: .invalidWeights, text: "weights.error.range", ["criterion": criterion.rawValue, "value": "\(value)"])
            }
            let scaled = (value * 100).rounded()
            guard abs(scaled - value * 100) < 1e-6 else {
                throw RankingError(
                    code: .invalidWeights, text: "weights.error.decimals", ["criterion": criterion.rawValue, "value": "\(value)"])
            }
            result.append(Int(scaled))
        }
        let sum = result.reduce(0, +)
        guard sum == 100_00 else {
            throw RankingError(
                code: .invalidWeights, text: "weights.error.sum", ["version": version, "sum": Hundredths(sum)])
        }
        return result
    }

    private enum CodingKeys: String, CodingKey {
        case version, mustSkills, mustCredentials, niceSkills, domainExperience, workingLevel, scaleFit, hours
        case commute, availability, wishes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            version: c.decode(Int.self, forKey: .version),
            mustSkills: c.decode(Double.self, forKey: .mustSkills),
            mustCredentials: c.decode(Double.self, forKey: .mustCredentials),
            niceSkills: c.decode(Double.self, forKey: .niceSkills),
            domainExperience: c.decode(Double.self, forKey: .domainExperience),
            workingLevel: c.decode(Double.self, forKey: .workingLevel),
            scaleFit: c.decode(Double.self, forKey: .scaleFit),
            hours: c.decode(Double.self, forKey: .hours),
            commute: c.decode(Double.self, forKey: .commute),
            availability: c.decode(Double.self, forKey: .availability),
            wishes: c.decode(Double.self, forKey: .wishes))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(mustSkills, forKey: .mustSkills)
        try c.encode(mustCredentials, forKey: .mustCredentials)
        try c.encode(niceSkills, forKey: .niceSkills)
        try c.encode(domainExperience, forKey: .domainExperience)
        try c.encode(workingLevel, forKey: .workingLevel)
        try c.encode(scaleFit, forKey: .scaleFit)
        try c.encode(hours, forKey: .hours)
        try c.encode(commute, forKey: .commute)
        try c.encode(availability, forKey: .availability)
        try c.encode(wishes, forKey: .wishes)
    }
}
