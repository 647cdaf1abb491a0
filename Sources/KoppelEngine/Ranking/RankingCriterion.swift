/// One scored criterion of a ranking. Its raw value is the `criterion` key in JSON.
///
/// Hard filters (must-have skills and credentials, working level, hours overlap, availability,
/// commute) are also criteria: they score points like any other, and a failure makes the
/// result ineligible with a ``RankingReasonCode``.
public enum RankingCriterion: String, Hashable, Sendable, Codable, CaseIterable {
    /// Share of the vacancy's must-have skills the person holds (exact skill only).
    case mustSkills
    /// Share of the vacancy's required credentials the person holds, valid on the reference day.
    case mustCredentials
    /// Weighted share of nice-to-have skills; a related skill earns its relation strength (< 1).
    case niceSkills
    /// Years in the vacancy's domain, saturating at 5 years.
    case domainExperience
    /// Working level (NLQF) at or above the required level.
    case workingLevel
    /// The person's scale against the vacancy's scale range.
    case scaleFit
    /// Overlap of the person's hours (and hour wishes) with the vacancy's hours range.
    case hours
    /// Straight-line distance from home to the vacancy against the person's maximum commute.
    case commute
    /// Available-from date against the vacancy's start date.
    case availability
    /// The person's wishes: domains, employers, scale range, open to vacancy moves.
    case wishes

    /// Position in ``allCases``; used as a dense array index.
    @usableFromInline var slot: Int {
        switch self {
        case .mustSkills: 0
        case .mustCredentials: 1
        case .niceSkills: 2
        case .domainExperience: 3
        case .workingLevel: 4
        case .scaleFit: 5
        case .hours: 6
        case .commute: 7
        case .availability: 8
        case .wishes: 9
        }
    }

    static let count = 10
}
