/// An open position at one of the employers.
public struct Vacancy: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// Code of the employer.
    public var employer: String
    public var title: String
    /// Domain (vakgebied) code.
    public var domain: String?
    public var scaleMin: Scale?
    public var scaleMax: Scale?
    public var hoursMin: Double?
    public var hoursMax: Double?
    /// Required working level as NLQF 1–8.
    public var nlqf: Int?
    public var mustSkills: [String]
    public var mustCredentials: [String]
    public var niceSkills: [WeightedSkill]
    public var place: String?
    public var location: GeoPoint?
    public var opens: Day?
    public var closes: Day?
    /// The first day of work; availability is checked against it.
    public var startDate: Day?
    public var description: String?

    public init(
        id: String, employer: String, title: String, domain: String? = nil, scaleMin: Scale? = nil,
        scaleMax: Scale? = nil, hoursMin: Double? = nil, hoursMax: Double? = nil, nlqf: Int? = nil,
        mustSkills: [String] = [], mustCredentials: [String] = [], niceSkills: [WeightedSkill] = [],
        place: String? = nil, location: GeoPoint? = nil, opens: Day? = nil, closes: Day? = nil,
        startDate: Day? = nil, description: String? = nil
    ) {
        self.id = id
        self.employer = employer
        self.title = title
        self.domain = domain
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.hoursMin = hoursMin
        self.hoursMax = hoursMax
        self.nlqf = nlqf
        self.mustSkills = mustSkills
        self.mustCredentials = mustCredentials
        self.niceSkills = niceSkills
        self.place = place
        self.location = location
        self.opens = opens
        self.closes = closes
        self.startDate = startDate
        self.description = description
    }
}

/// A nice-to-have skill and how much it matters (weight > 0).
public struct WeightedSkill: Hashable, Sendable, Codable {
    public var skill: String
    public var weight: Double

    public init(skill: String, weight: Double = 1) {
        self.skill = skill
        self.weight = weight
    }
}
