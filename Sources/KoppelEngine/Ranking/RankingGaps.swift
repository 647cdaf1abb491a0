/// What a person lacks for a vacancy: missing must-have and nice-to-have skills (each with the
/// Twentse School course that teaches it, if the catalog has one) and missing or expired
/// required credentials.
///
/// JSON keys: `person`, `vacancy`, `skills` (array of `{"skill", "label", "kind", "weight"?,
/// "relatedHeld"?, "course"?}`; `kind` is `must` or `nice`; `course` is `{"id", "title",
/// "skill", "days"}`), `credentials` (array of `{"code", "name", "status", "expired"?}`;
/// `status` is `missing` or `expired`, `expired` the last valid day).
public struct RankingGaps: Hashable, Sendable, Codable {
    public var person: String
    public var vacancy: String
    public var skills: [RankingSkillGap]
    public var credentials: [RankingCredentialGap]

    public init(person: String, vacancy: String, skills: [RankingSkillGap], credentials: [RankingCredentialGap]) {
        self.person = person
        self.vacancy = vacancy
        self.skills = skills
        self.credentials = credentials
    }

    init(person: RankingPersonFacts, vacancy: RankingVacancyFacts, taxonomy: RankingTaxonomy, referenceDay: Int) {
        self.person = person.id
        self.vacancy = vacancy.id
        var skills: [RankingSkillGap] = []
        for skill in vacancy.mustSkills where !person.skills.contains(skill) {
            skills.append(
                RankingSkillGap(
                    skill: skill, label: taxonomy.skillLabel(skill), kind: .must, weight: nil,
                    relatedHeld: taxonomy.related(to: skill, heldBy: person.skills)?.skill,
                    course: taxonomy.courses[skill]))
        }
        for nice in vacancy.nice where !person.skills.contains(nice.skill) {
            skills.append(
                RankingSkillGap(
                    skill: nice.skill, label: taxonomy.skillLabel(nice.skill), kind: .nice, weight: nice.originalWeight,
                    relatedHeld: taxonomy.related(to: nice.skill, heldBy: person.skills)?.skill,
                    course: taxonomy.courses[nice.skill]))
        }
        self.skills = skills
        credentials = vacancy.mustCredentials.compactMap { code in
            guard let expiry = person.credentials[code] else {
                return RankingCredentialGap(
                    code: code, name: taxonomy.credentialName(code), status: .missing, expired: nil)
            }
            guard expiry < referenceDay else { return nil }
            return RankingCredentialGap(
                code: code, name: taxonomy.credentialName(code), status: .expired, expired: Day(ordinal: expiry))
        }
    }
}

/// A skill the person lacks.
public struct RankingSkillGap: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case must
        case nice
    }

    public var skill: String
    public var label: String
    public var kind: Kind
    /// The vacancy's weight for a nice-to-have skill.
    public var weight: Double?
    /// A related skill the person holds, which earns partial credit.
    public var relatedHeld: String?
    /// The shortest Twentse School course that teaches the skill, if any.
    public var course: Course?

    public init(skill: String, label: String, kind: Kind, weight: Double?, relatedHeld: String?, course: Course?) {
        self.skill = skill
        self.label = label
        self.kind = kind
        self.weight = weight
        self.relatedHeld = relatedHeld
        self.course = course
    }
}

/// A required credential the person lacks or holds only expired.
public struct RankingCredentialGap: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        case missing
        case expired
    }

    public var code: String
    public var name: String
    public var status: Status
    /// The last valid day of an expired credential.
    public var expired: Day?

    public init(code: String, name: String, status: Status, expired: Day?) {
        self.code = code
        self.name = name
        self.status = status
        self.expired = expired
    }
}
