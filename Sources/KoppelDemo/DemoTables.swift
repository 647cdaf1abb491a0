import KoppelEngine

/// The demo generator's assumptions about who works where, as data. All of it is the koppel
/// team's plausible guess for a demo (provenance U), never presented as official figures.
/// Codes that the catalog does not hold are simply never used.
enum DemoTables {
    /// Relative size of each domain's workforce, by kind of employer. Domains missing here
    /// weigh 1; a weight of 0 means "not at this kind of employer".
    static func domainWeights(for employer: Employer) -> [String: Double] {
        if let special = employerDomainWeights[employer.id] { return special }
        switch employer.kind {
        case .gemeente, .gemeenschappelijkeRegeling:
            return municipal
        case .veiligheidsregio:
            return [
                "veiligheid": 30, "management": 5, "ict": 4, "financien": 3, "communicatie": 3,
                "facilitair": 3, "juridisch": 1, "inkoop": 1, "water": 0, "belastingen": 0, "geo": 0,
                "burgerzaken": 0, "sociaal": 0, "ro": 0,
            ]
        case .belastingkantoor:
            return [
                "belastingen": 30, "geo": 6, "juridisch": 4, "ict": 4, "financien": 3, "management": 3,
                "communicatie": 1, "facilitair": 1, "inkoop": 0, "water": 0, "veiligheid": 0,
                "burgerzaken": 0, "sociaal": 0, "ro": 0,
            ]
        case .waterschap:
            return [
                "water": 25, "geo": 3, "juridisch": 3, "ict": 4, "financien": 4, "communicatie": 2,
                "inkoop": 2, "facilitair": 3, "management": 5, "ro": 3, "belastingen": 1, "veiligheid": 0,
                "burgerzaken": 0, "sociaal": 0,
            ]
        }
    }

    /// A municipality (and Noaberkracht, which runs two municipalities' offices).
    static let municipal: [String: Double] = [
        "geo": 4, "juridisch": 5, "communicatie": 4, "inkoop": 3, "facilitair": 5, "financien": 6,
        "ict": 6, "sociaal": 14, "burgerzaken": 9, "ro": 9, "belastingen": 2, "management": 10,
        "veiligheid": 1, "water": 0,
    ]

    /// Bodies whose work differs from their legal kind: SamenTwente is public health.
    static let employerDomainWeights: [String: [String: Double]] = [
        "ST": [
            "sociaal": 20, "management": 5, "communicatie": 3, "ict": 3, "financien": 3,
            "facilitair": 3, "juridisch": 2, "inkoop": 1, "geo": 0, "burgerzaken": 0, "ro": 0,
            "belastingen": 0, "water": 0, "veiligheid": 0,
        ]
    ]

    /// How common a title is relative to the others of its domain, where scale alone does not
    /// say it: fire stations are staffed by firefighters, an organisation has one CISO.
    static let titleFrequency: [String: Double] = [
        "Brandwacht/brandweerman": 5, "Bevelvoerder": 1.5,
        "Medewerker KCC / publieksdienstverlening": 1.5, "Medewerker facilitaire zaken / bode": 1.5,
        "Medewerker financiële administratie": 1.3,
        "CISO / Security officer": 0.15, "Privacy officer / FG": 0.2, "Concerncontroller": 0.3,
        "Gemeentesecretaris / algemeen directeur": 0.5,
    ]

    /// Leading roles a trainee does not fill, whatever their level.
    static let notForTrainees: Set<String> = [
        "Teamleider", "Afdelingsmanager", "Gemeentesecretaris / algemeen directeur", "Bevelvoerder",
    ]

    /// Credentials many employees hold whatever their job, with the share that holds them.
    static let commonCredentials: [String: Double] = ["bhv": 0.08]

    /// Credentials that belong to a job title rather than to its whole domain.
    static let titleCredentials: [String: [String]] = [
        "Toezichthouder bouw / BOA": ["boa-domein-1", "boa-domein-2"],
        "WOZ-taxateur": ["taxateur-wonen"],
        "Senior taxateur": ["taxateur-wonen"],
        "Brandwacht/brandweerman": ["manschap-a", "rijbewijs-c"],
        "Bevelvoerder": ["bevelvoerder", "manschap-a"],
        "CISO / Security officer": ["cisa"],
        "Privacy officer / FG": ["cipp-e"],
        "Inkoopadviseur / inkoper": ["nevi"],
        "Contractmanager": ["nevi"],
        "Business controller": ["register-controller"],
        "Concerncontroller": ["register-controller"],
        "Medewerker burgerzaken": ["babs"],
        "Specialist burgerzaken / BRP": ["babs"],
        "Medewerker facilitaire zaken / bode": ["bhv"],
        "Coördinator facilitair": ["bhv"],
        "Procestechnoloog rwzi": ["vca"],
        "Medewerker watersysteem / peilbeheerder": ["vca", "rijbewijs-b"],
        "Vergunningverlener/handhaver water": ["rijbewijs-b"],
    ]

    /// Working level for titles on their own scales, which the catalog leaves without one.
    static let nlqfFallback: [String: Int] = [
        "Medewerker watersysteem / peilbeheerder": 4,
        "Procestechnoloog rwzi": 5,
        "Hydroloog": 6,
        "Vergunningverlener/handhaver water": 5,
        "Brandwacht/brandweerman": 3,
        "Bevelvoerder": 4,
        "Adviseur risicobeheersing": 6,
        "Adviseur crisisbeheersing / bevolkingszorg": 6,
    ]

    /// Stand-in roles (vervangingspool) by domain, the most asked-for first.
    static let standInRoles: [String: [String]] = [
        "geo": ["BAG-beheerder", "BGT-beheerder", "GEO-specialist"],
        "belastingen": ["WOZ-taxateur", "Medewerker heffen en invorderen"],
        "burgerzaken": ["Medewerker burgerzaken", "BABS", "Medewerker KCC"],
        "ro": ["Toezichthouder", "Vergunningverlener"],
        "juridisch": ["Jurist bezwaar en beroep"],
        "financien": ["Medewerker financiële administratie"],
        "ict": ["Functioneel beheerder"],
        "sociaal": ["Wmo-consulent", "Klantmanager Participatiewet"],
        "communicatie": ["Communicatiemedewerker"],
        "inkoop": ["Inkoopadviseur"],
        "facilitair": ["Medewerker facilitaire zaken"],
        "water": ["Peilbeheerder"],
        "veiligheid": ["Adviseur crisisbeheersing"],
        "management": ["Interim-teamleider"],
    ]

    /// The role a title fills first in the stand-in pool, where it is not the domain's first.
    static let titleStandInRole: [String: String] = [
        "WOZ-taxateur": "WOZ-taxateur",
        "Senior taxateur": "WOZ-taxateur",
        "Medewerker BAG/BGT": "BAG-beheerder",
        "Toezichthouder bouw / BOA": "Toezichthouder",
        "Vergunningverlener": "Vergunningverlener",
        "Medewerker burgerzaken": "Medewerker burgerzaken",
        "Specialist burgerzaken / BRP": "Medewerker burgerzaken",
        "Medewerker KCC / publieksdienstverlening": "Medewerker KCC",
        "Medewerker heffen/invorderen": "Medewerker heffen en invorderen",
    ]

    /// How much more the stand-in pool draws on a domain (the pools Twente actually runs).
    static let standInDomainWeights: [String: Double] = [
        "geo": 6, "belastingen": 5, "burgerzaken": 5, "ro": 4,
    ]

    /// Contract hours per week with their shares; 36 is full-time under the Cao Gemeenten.
    static let hours: [(hours: Double, weight: Double)] = [
        (36, 45), (32, 25), (28, 12), (24, 10), (20, 5), (16, 3),
    ]

    /// Maximum commutes people state, in km.
    static let commuteKm: [Double] = [10, 15, 20, 25, 30, 35, 40, 50, 60]
}
