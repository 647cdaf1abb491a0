/// A skill or knowledge item in the taxonomy, identified by its ESCO URI where one exists.
///
/// Dutch-specific knowledge without an ESCO concept (BAG, WOZ, Digikoppeling, BIO …) has a
/// project-local id such as `nl:bag`.
public struct Skill: Hashable, Sendable, Codable, Identifiable {
    /// `esco:<uuid>` for ESCO skills, `nl:<slug>` for project-local items.
    public var id: String
    public var labelNL: String
    public var labelEN: String
    /// The full ESCO URI, nil for project-local items.
    public var escoURI: String?
    /// The domain (vakgebied) code the skill belongs to.
    public var domain: String

    public init(id: String, labelNL: String, labelEN: String, escoURI: String?, domain: String) {
        self.id = id
        self.labelNL = labelNL
        self.labelEN = labelEN
        self.escoURI = escoURI
        self.domain = domain
    }
}

/// A link between two related skills, giving partial credit in ranking.
///
/// `strength` is in (0, 1): the share of an exact match's points that the related skill earns.
public struct SkillRelation: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var strength: Double

    public init(from: String, to: String, strength: Double) {
        self.from = from
        self.to = to
        self.strength = strength
    }
}

/// A domain (vakgebied) such as BAG/WOZ, juridisch or sociaal domein.
public struct Domain: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var nameNL: String
    public var nameEN: String

    public init(id: String, nameNL: String, nameEN: String) {
        self.id = id
        self.nameNL = nameNL
        self.nameEN = nameEN
    }
}
