/// The reference data every engine reads: employers, domains, skills and their links,
/// job titles, credentials and Twentse School courses.
///
/// The store loads it from the seed tables; tests build it from plain values.
public struct Catalog: Sendable {
    public var employers: [Employer]
    public var domains: [Domain]
    public var skills: [Skill]
    public var relations: [SkillRelation]
    public var jobTitles: [JobTitle]
    public var credentials: [CredentialType]
    public var courses: [Course]

    public init(
        employers: [Employer] = [], domains: [Domain] = [], skills: [Skill] = [],
        relations: [SkillRelation] = [], jobTitles: [JobTitle] = [], credentials: [CredentialType] = [],
        courses: [Course] = []
    ) {
        self.employers = employers
        self.domains = domains
        self.skills = skills
        self.relations = relations
        self.jobTitles = jobTitles
        self.credentials = credentials
        self.courses = courses
    }

    /// The employer with this code, if any.
    public func employer(_ code: String) -> Employer? { employers.first { $0.id == code } }

    /// The skill with this id, if any.
    public func skill(_ id: String) -> Skill? { skills.first { $0.id == id } }

    /// The credential type with this code, if any.
    public func credential(_ code: String) -> CredentialType? { credentials.first { $0.id == code } }
}

/// A typical job title with its indicative scale range (not a binding classification).
public struct JobTitle: Hashable, Sendable, Codable {
    public var title: String
    public var domain: String
    public var scaleMin: Scale?
    public var scaleMax: Scale?
    public var nlqf: Int?
    public var provenance: String

    public init(title: String, domain: String, scaleMin: Scale?, scaleMax: Scale?, nlqf: Int?, provenance: String) {
        self.title = title
        self.domain = domain
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.nlqf = nlqf
        self.provenance = provenance
    }
}

/// A kind of credential a vacancy may require (certificate, licence, diploma).
public struct CredentialType: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// How many years a fresh credential stays valid; nil = does not expire.
    public var validityYears: Int?
    public var domain: String?

    public init(id: String, name: String, validityYears: Int?, domain: String?) {
        self.id = id
        self.name = name
        self.validityYears = validityYears
        self.domain = domain
    }
}

/// A Twentse School course that teaches a skill.
public struct Course: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var skill: String
    public var days: Int

    public init(id: String, title: String, skill: String, days: Int) {
        self.id = id
        self.title = title
        self.skill = skill
        self.days = days
    }
}
