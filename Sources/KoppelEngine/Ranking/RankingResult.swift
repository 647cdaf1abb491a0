/// The score of one person for one vacancy, with an explanation that adds up exactly.
///
/// `score` is the sum of the components' `points`; each component's `max` is its weight, and
/// the weights sum to 100. Points are exact to the hundredth.
///
/// JSON keys (stable):
///
/// | key | type | meaning |
/// |---|---|---|
/// | `person` | string | person id |
/// | `vacancy` | string | vacancy id |
/// | `score` | number | total, 0–100, two decimals at most |
/// | `eligible` | bool | false when a must-have failed |
/// | `reasons` | array | one `{"code": …, "subject": …}` per failed must-have; `subject` (skill id, credential code) only where one applies |
/// | `flags` | array of string | notes for the adviser: `careerMove`, `farBelowCurrentScale` |
/// | `weightsVersion` | int | the ``RankingWeights/version`` used |
/// | `components` | array | `{"criterion", "points", "max", "hasData", "facts", "detail"}` in criterion order (``RankingComponent``) |
///
/// ```json
/// {"person": "p123", "vacancy": "v9", "score": 71.25, "eligible": true, "reasons": [],
///  "flags": ["careerMove"], "weightsVersion": 1,
///  "components": [{"criterion": "mustSkills", "points": 20, "max": 20,
///                  "detail": "3 of 3 must-have skills"}]}
/// ```
public struct RankingResult: Hashable, Sendable, Codable {
    public var person: String
    public var vacancy: String
    public var score: RankingPoints
    public var eligible: Bool
    public var reasons: [RankingReason]
    public var flags: [RankingFlag]
    public var weightsVersion: Int
    public var components: [RankingComponent]

    public init(
        person: String, vacancy: String, score: RankingPoints, eligible: Bool, reasons: [RankingReason],
        flags: [RankingFlag], weightsVersion: Int, components: [RankingComponent]
    ) {
        self.person = person
        self.vacancy = vacancy
        self.score = score
        self.eligible = eligible
        self.reasons = reasons
        self.flags = flags
        self.weightsVersion = weightsVersion
        self.components = components
    }

    /// The component of one criterion.
    public func component(_ criterion: RankingCriterion) -> RankingComponent? {
        components.first { $0.criterion == criterion }
    }
}

/// One criterion's share of a ``RankingResult``.
///
/// JSON: `{"criterion": "commute", "points": 2.33, "max": 10, "hasData": true,
/// "facts": {"distanceKm": 23, "limitKm": 30},
/// "detail": "Hengelo → Enschede: commute 23.0 km, limit 30 km (straight line)"}`.
///
/// `detail` is text for people, in the language of the request; `hasData` and `facts` are
/// the same in every language, so a client can write its own text. The facts of each
/// criterion (numbers; absent when unknown):
///
/// | criterion | facts |
/// |---|---|
/// | `mustSkills` | `required`, `held`, `missing` |
/// | `mustCredentials` | `required`, `valid`, `expired`, `missing` |
/// | `niceSkills` | `listed`, `exact`, `related`, `creditPercent` |
/// | `domainExperience` | `years`, `fullYears` |
/// | `workingLevel` | `level`, `required` |
/// | `scaleFit` | `personHalfSteps`, `vacancyMinHalfSteps`, `vacancyMaxHalfSteps` (scale 10 = 20, 10A = 21) |
/// | `hours` | `offeredMin`, `offeredMax`, `wantedMin`, `wantedMax`, `overlap` (1 or 0) |
/// | `commute` | `distanceKm`, `limitKm` (or `referenceKm` without a limit), `radiusKm` |
/// | `availability` | `daysLate`, `graceDays` |
/// | `wishes` | `met`, `of` |
public struct RankingComponent: Hashable, Sendable, Codable {
    public var criterion: RankingCriterion
    public var points: RankingPoints
    /// The criterion's weight: the most it can earn.
    public var max: RankingPoints
    /// What the data says, e.g. "4 of 5 must-have skills; missing: BAG-beheer"; starts with
    /// "no data" ("geen gegevens") when either side lacks the data (then `points` is 0).
    public var detail: String
    /// False when the vacancy or the profile lacks the data this criterion reads.
    public var hasData: Bool
    /// The numbers the criterion used, by name (see the table above).
    public var facts: [String: Double]

    public init(
        criterion: RankingCriterion, points: RankingPoints, max: RankingPoints, detail: String, hasData: Bool = true,
        facts: [String: Double] = [:]
    ) {
        self.criterion = criterion
        self.points = points
        self.max = max
        self.detail = detail
        self.hasData = hasData
        self.facts = facts
    }

    private enum CodingKeys: String, CodingKey {
        case criterion, points, max, detail, hasData, facts
    }

    /// Reads a component; one written before `hasData` and `facts` existed reads as having data, no facts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        criterion = try container.decode(RankingCriterion.self, forKey: .criterion)
        points = try container.decode(RankingPoints.self, forKey: .points)
        max = try container.decode(RankingPoints.self, forKey: .max)
        detail = try container.decode(String.self, forKey: .detail)
        hasData = try container.decodeIfPresent(Bool.self, forKey: .hasData) ?? true
        facts = try container.decodeIfPresent([String: Double].self, forKey: .facts) ?? [:]
    }
}

/// Why a result is ineligible: one per failed must-have.
///
/// JSON: `{"code": "missingMustSkill", "subject": "nl:bag"}`; `subject` is omitted when none applies.
public struct RankingReason: Hashable, Sendable, Codable {
    public var code: RankingReasonCode
    /// The skill id or credential code concerned, when the reason is about one.
    public var subject: String?

    public init(code: RankingReasonCode, subject: String? = nil) {
        self.code = code
        self.subject = subject
    }
}

/// A reason code; a struct so that new codes do not break callers. JSON: the raw string.
public struct RankingReasonCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The person does not hold a must-have skill (subject: skill id).
    public static let missingMustSkill = Self(rawValue: "missingMustSkill")
    /// The person does not hold a required credential at all (subject: credential code).
    public static let missingMustCredential = Self(rawValue: "missingMustCredential")
    /// The person's required credential expired before the reference day (subject: code).
    public static let expiredMustCredential = Self(rawValue: "expiredMustCredential")
    /// The person's NLQF working level is below the vacancy's.
    public static let workingLevelBelowRequired = Self(rawValue: "workingLevelBelowRequired")
    /// The person's hours (and hour wishes) and the vacancy's hours range do not overlap.
    public static let noHoursOverlap = Self(rawValue: "noHoursOverlap")
    /// The person becomes available more than the grace period after the vacancy's start.
    public static let notAvailableByStart = Self(rawValue: "notAvailableByStart")
    /// The straight-line distance exceeds the person's own maximum commute.
    public static let commuteBeyondLimit = Self(rawValue: "commuteBeyondLimit")
    /// The straight-line distance exceeds the caller's `maxKm`.
    public static let beyondMaxKm = Self(rawValue: "beyondMaxKm")
    /// The caller gave `maxKm` but the home or the vacancy location is unknown.
    public static let distanceUnknown = Self(rawValue: "distanceUnknown")

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A note for the adviser that does not change eligibility. JSON: the raw string.
public enum RankingFlag: String, Hashable, Sendable, Codable, CaseIterable {
    /// The vacancy is one step (up to one whole scale) above the person's scale.
    case careerMove
    /// The vacancy's scale range tops out more than 2 scales below the person's current scale.
    case farBelowCurrentScale
}
