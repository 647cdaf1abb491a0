/// A trainee cohort of the Twentse Kracht traineeship (e.g. 2026–2028).
public struct Cohort: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var start: Day

    public init(id: String, name: String, start: Day) {
        self.id = id
        self.name = name
        self.start = start
    }
}

/// One rotation period of a cohort, about eight months (e.g. 2026-09 to 2027-04).
public struct Rotation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var cohort: String
    /// 1, 2 or 3.
    public var number: Int
    public var start: Day
    public var end: Day

    public init(id: String, cohort: String, number: Int, start: Day, end: Day) {
        self.id = id
        self.cohort = cohort
        self.number = number
        self.start = start
        self.end = end
    }
}

/// A trainee: a person with a profile who belongs to a cohort.
public struct Trainee: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The trainee's profile (skills, home, wishes) in the person table.
    public var person: String
    public var cohort: String

    public init(id: String, person: String, cohort: String) {
        self.id = id
        self.person = person
        self.cohort = cohort
    }
}

/// A place for trainees at a host employer in one rotation.
public struct HostPlacement: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var rotation: String
    public var employer: String
    public var title: String
    public var domain: String?
    public var capacity: Int
    public var mentor: String?
    public var hoursPerWeek: Double?
    public var skills: [String]
    public var description: String?

    public init(
        id: String, rotation: String, employer: String, title: String, domain: String?, capacity: Int,
        mentor: String?, hoursPerWeek: Double?, skills: [String], description: String?
    ) {
        self.id = id
        self.rotation = rotation
        self.employer = employer
        self.title = title
        self.domain = domain
        self.capacity = capacity
        self.mentor = mentor
        self.hoursPerWeek = hoursPerWeek
        self.skills = skills
        self.description = description
    }
}

/// A ranked list: a trainee's placements in order of preference, or a host's trainees.
public struct Ranking: Hashable, Sendable, Codable {
    /// Who ranks: a trainee id or a placement id.
    public var owner: String
    public var rotation: String
    /// Ranked ids, most preferred first.
    public var ranked: [String]

    public init(owner: String, rotation: String, ranked: [String]) {
        self.owner = owner
        self.rotation = rotation
        self.ranked = ranked
    }
}

/// A trainee assigned to a placement, proposed by a round or made final by an adviser.
public struct Assignment: Hashable, Sendable, Codable {
    public var trainee: String
    public var placement: String
    public var rotation: String
    public var status: AssignmentStatus

    public init(trainee: String, placement: String, rotation: String, status: AssignmentStatus) {
        self.trainee = trainee
        self.placement = placement
        self.rotation = rotation
        self.status = status
    }
}

/// Whether an assignment is only a proposal or has been accepted by an adviser.
public enum AssignmentStatus: String, Hashable, Sendable, Codable {
    case proposed
    case final
}
