/// One of the public employers that share the Twentse Kracht labour market.
public struct Employer: Hashable, Sendable, Codable, Identifiable {
    /// Project-assigned short code, e.g. `ENS` for Gemeente Enschede.
    public var id: String
    public var name: String
    /// gemeente, veiligheidsregio, belastingkantoor, waterschap or gemeenschappelijke regeling.
    public var kind: EmployerKind
    public var seat: String
    public var location: GeoPoint?
    /// CBS municipality code (GM0153) for municipalities, nil for other bodies.
    public var cbsCode: String?
    /// The collective agreement the employer applies.
    public var cao: String
    /// Approximate full-time equivalents, nil where unknown; see `provenance`.
    public var approxFTE: Int?
    /// The year the organisation ceased to exist (Regio Twente: 2021), nil while active.
    public var dissolvedYear: Int?
    /// Where each fact comes from (reference keys), kept from the seed data.
    public var provenance: String

    public init(
        id: String, name: String, kind: EmployerKind, seat: String, location: GeoPoint?,
        cbsCode: String? = nil, cao: String, approxFTE: Int? = nil, dissolvedYear: Int? = nil,
        provenance: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.seat = seat
        self.location = location
        self.cbsCode = cbsCode
        self.cao = cao
        self.approxFTE = approxFTE
        self.dissolvedYear = dissolvedYear
        self.provenance = provenance
    }
}

/// The legal kind of a public employer.
public enum EmployerKind: String, Hashable, Sendable, Codable, CaseIterable {
    case gemeente
    case veiligheidsregio
    case belastingkantoor
    case waterschap
    case gemeenschappelijkeRegeling = "gemeenschappelijke regeling"
}
