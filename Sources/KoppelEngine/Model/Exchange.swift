/// A request by an employee to swap jobs for a while (functieruil) or to be seconded.
public struct ExchangeRequest: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var person: String
    public var kind: ExchangeKind
    /// Positions the person would take over: ids of other people (their seats) or of vacancies,
    /// most preferred first.
    public var wants: [String]
    public var from: Day
    public var to: Day
    /// Whether the person accepts a move of more than one scale step.
    public var allowScaleChange: Bool

    public init(
        id: String, person: String, kind: ExchangeKind, wants: [String], from: Day, to: Day,
        allowScaleChange: Bool = false
    ) {
        self.id = id
        self.person = person
        self.kind = kind
        self.wants = wants
        self.from = from
        self.to = to
        self.allowScaleChange = allowScaleChange
    }
}

/// The kind of temporary move.
public enum ExchangeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// functieruil
    case swap
    /// detachering
    case secondment
}

/// An offer to stand in at another employer (vervangingspool), e.g. as BAG administrator.
public struct StandInOffer: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var person: String
    /// Role types the person can fill, e.g. "BAG-beheerder".
    public var roles: [String]
    public var hoursPerWeek: Double
    public var from: Day
    public var to: Day
    /// The three consents a secondment needs.
    public var consentEmployee: Bool
    public var consentLender: Bool

    public init(
        id: String, person: String, roles: [String], hoursPerWeek: Double, from: Day, to: Day,
        consentEmployee: Bool, consentLender: Bool
    ) {
        self.id = id
        self.person = person
        self.roles = roles
        self.hoursPerWeek = hoursPerWeek
        self.from = from
        self.to = to
        self.consentEmployee = consentEmployee
        self.consentLender = consentLender
    }
}
