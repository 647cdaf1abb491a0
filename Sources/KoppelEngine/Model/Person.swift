/// A profile in the internal labour market.
///
/// The model holds no age, gender, nationality or other protected attribute, so no engine can
/// score on one. Every optional field may be missing; missing data never counts as agreement.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var displayName: String
    /// Code of the current employer.
    public var employer: String
    public var jobTitle: String?
    public var scale: Scale?
    public var hoursPerWeek: Double?
    /// Working level (werk- en denkniveau) as NLQF 1–8.
    public var nlqf: Int?
    public var skills: [PersonSkill]
    public var credentials: [Credential]
    public var domains: [DomainExperience]
    /// Home municipality or PC4 area, shown in explanations.
    public var homePlace: String?
    public var home: GeoPoint?
    public var maxCommuteKm: Double?
    public var wishes: Wishes
    public var availableFrom: Day?
    public var visibility: Visibility
    public var consentAt: Day?
    public var updatedAt: Day?

    public init(
        id: String, displayName: String, employer: String, jobTitle: String? = nil, scale: Scale? = nil,
        hoursPerWeek: Double? = nil, nlqf: Int? = nil, skills: [PersonSkill] = [], credentials: [Credential] = [],
        domains: [DomainExperience] = [], homePlace: String? = nil, home: GeoPoint? = nil,
        maxCommuteKm: Double? = nil, wishes: Wishes = Wishes(), availableFrom: Day? = nil,
        visibility: Visibility = .public, consentAt: Day? = nil, updatedAt: Day? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.employer = employer
        self.jobTitle = jobTitle
        self.scale = scale
        self.hoursPerWeek = hoursPerWeek
        self.nlqf = nlqf
        self.skills = skills
        self.credentials = credentials
        self.domains = domains
        self.homePlace = homePlace
        self.home = home
        self.maxCommuteKm = maxCommuteKm
        self.wishes = wishes
        self.availableFrom = availableFrom
        self.visibility = visibility
        self.consentAt = consentAt
        self.updatedAt = updatedAt
    }
}

/// Whether a profile may be shown to advisers of the person's own employer.
public enum Visibility: String, Hashable, Sendable, Codable, CaseIterable {
    /// Shown to every adviser.
    case `public`
    /// Hidden from advisers of the person's own employer (and from anyone who does not say who asks).
    case discreet
}

/// A skill a person has, with a self-assessed or verified level 1–5.
public struct PersonSkill: Hashable, Sendable, Codable {
    public var skill: String
    public var level: Int

    public init(skill: String, level: Int = 3) {
        self.skill = skill
        self.level = level
    }
}

/// A credential (certificate, diploma, licence) with an optional expiry date.
public struct Credential: Hashable, Sendable, Codable {
    /// Credential code from the seed catalogue, e.g. `boa-domein-1`.
    public var code: String
    /// Last day the credential is valid; nil = does not expire.
    public var expires: Day?

    public init(code: String, expires: Day? = nil) {
        self.code = code
        self.expires = expires
    }

    /// Whether the credential is valid on `day` (valid through its expiry day).
    public func isValid(on day: Day) -> Bool { expires.map { day <= $0 } ?? true }
}

/// Years of experience in a domain.
public struct DomainExperience: Hashable, Sendable, Codable {
    public var domain: String
    public var years: Double

    public init(domain: String, years: Double) {
        self.domain = domain
        self.years = years
    }
}

/// What a person would like next. Empty lists mean "no wish stated", not "anything goes".
public struct Wishes: Hashable, Sendable, Codable {
    public var domains: [String]
    public var employers: [String]
    public var scaleMin: Scale?
    public var scaleMax: Scale?
    public var hoursMin: Double?
    public var hoursMax: Double?
    public var moves: [MoveKind]

    public init(
        domains: [String] = [], employers: [String] = [], scaleMin: Scale? = nil, scaleMax: Scale? = nil,
        hoursMin: Double? = nil, hoursMax: Double? = nil, moves: [MoveKind] = []
    ) {
        self.domains = domains
        self.employers = employers
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.hoursMin = hoursMin
        self.hoursMax = hoursMax
        self.moves = moves
    }

    /// True when the person stated no wish at all.
    public var isEmpty: Bool {
        domains.isEmpty && employers.isEmpty && scaleMin == nil && scaleMax == nil && hoursMin == nil
            && hoursMax == nil && moves.isEmpty
    }
}

/// The kinds of move a person is open to.
public enum MoveKind: String, Hashable, Sendable, Codable, CaseIterable {
    case vacancy
    case swap
    case secondment
    case standIn = "stand-in"
}
