import KoppelEngine

/// The catalog, arranged once for fast and deterministic drawing.
///
/// Dictionaries here are only looked up, never iterated: their order changes from run to run.
struct DemoCatalogIndex: Sendable {
    /// Employers that have staff (active, with approxFTE > 0), in catalog order. Dinkelland and
    /// Tubbergen have no FTE of their own (Noaberkracht employs their staff) and Regio Twente is
    /// dissolved, so none of them appears here.
    let employers: [Employer]
    /// Staff and vacancies: proportional to approxFTE.
    let employerTable: DemoWeightedTable
    /// Trainee placements: proportional to √approxFTE, so small employers host too.
    let hostTable: DemoWeightedTable
    let titles: [JobTitle]
    /// The title's NLQF, or the fallback for titles on their own scales.
    let titleLevels: [Int?]
    /// The scales within each title's indicative range (empty for titles without a scale).
    let titleScales: [[Scale]]
    let titleScaleTables: [DemoWeightedTable]
    /// Per employer: which titles its people hold.
    let titleTables: [DemoWeightedTable]
    /// Per employer: which titles its trainee placements offer (NLQF 6 and up, below scale 11,
    /// not senior or leading, where the employer has such titles).
    let placementTitleTables: [DemoWeightedTable]
    /// Per employer: where its people live (near the seat, weighted by population).
    let townTables: [DemoWeightedTable]
    /// Where trainees live: anywhere in Twente, by population.
    let townsByPopulation: DemoWeightedTable
    /// Domains that have at least one job title, in the order the titles list them.
    let domains: [String]
    /// Domains that have titles for trainee placements: what trainees wish for.
    let traineeDomains: [String]
    let skillsByDomain: [String: [String]]
    /// Related skills, both directions, only between skills the catalog holds.
    let relatedSkills: [String: [String]]
    let credentials: [CredentialType]
    /// Per title: the credentials that belong to it and exist in the catalog.
    let titleCredentials: [[String]]

    init(catalog: Catalog) throws(DemoGeneratorError) {
        var employers = catalog.employers.filter { $0.dissolvedYear == nil && ($0.approxFTE ?? 0) > 0 }
        var fte = employers.map { Double($0.approxFTE ?? 0) }
        if employers.isEmpty {
            // A catalog without any staff figures: every active employer weighs the same.
            employers = catalog.employers.filter { $0.dissolvedYear == nil }
            fte = employers.map { _ in 1 }
        }
        guard !employers.isEmpty else {
            throw DemoGeneratorError(
                code: .noActiveEmployer,
                message: "The catalog has no active employer to give demo staff to; load the employers seed first.")
        }
        guard !catalog.jobTitles.isEmpty else {
            throw DemoGeneratorError(
                code: .noJobTitle, message: "The catalog has no job titles; load the job_titles seed first.")
        }
        self.employers = employers
        employerTable = DemoWeightedTable(fte)
        hostTable = DemoWeightedTable(fte.map { $0.squareRoot() })

        let titles = catalog.jobTitles
        self.titles = titles
        titleLevels = titles.map { $0.nlqf ?? DemoTables.nlqfFallback[$0.title] }
        titleScales = titles.map { title in
            switch (title.scaleMin, title.scaleMax) {
            case (let low?, let high?): return Scale.all.filter { $0 >= min(low, high) && $0 <= max(low, high) }
            case (let low?, nil): return [low]
            case (nil, let high?): return [high]
            case (nil, nil): return []
            }
        }
        // 10A and 11A exist but are rarely used.
        titleScaleTables = titleScales.map { scales in
            DemoWeightedTable(scales.map { $0.halfSteps % 2 == 1 ? 0.15 : 1 })
        }

        var domains: [String] = []
        var titlesPerDomain: [String: Int] = [:]
        for title in titles {
            if titlesPerDomain[title.domain] == nil { domains.append(title.domain) }
            titlesPerDomain[title.domain, default: 0] += 1
        }
        self.domains = domains

        // Trainee placements: HBO/WO work (NLQF 6+) below scale 11, not senior, not leading.
        let levels = titleLevels
        let forTrainees = titles.indices.map { position in
            let title = titles[position]
            return (levels[position] ?? 0) >= 6 && (title.scaleMin.map { $0 < Scale("11")! } ?? true)
                && !title.title.hasPrefix("Senior") && !DemoTables.notForTrainees.contains(title.title)
        }
        var titleTables: [DemoWeightedTable] = []
        var placementTitleTables: [DemoWeightedTable] = []
        var townTables: [DemoWeightedTable] = []
        for employer in employers {
            let domainWeights = DemoTables.domainWeights(for: employer)
            var weights = titles.map { title -> Double in
                let share = (domainWeights[title.domain] ?? 1) / Double(titlesPerDomain[title.domain] ?? 1)
                return share * DemoCatalogIndex.seniorityFactor(title)
            }
            if weights.allSatisfy({ $0 <= 0 }) { weights = titles.map { _ in 1 } }
            titleTables.append(DemoWeightedTable(weights))
            var placementWeights = weights.indices.map { forTrainees[$0] ? weights[$0] : 0 }
            if placementWeights.allSatisfy({ $0 <= 0 }) { placementWeights = weights }
            placementTitleTables.append(DemoWeightedTable(placementWeights))
            townTables.append(
                DemoWeightedTable(
                    DemoPlaces.twente.map { place in
                        guard let seat = employer.location else { return place.populationThousands }
                        let km = DemoPlaces.approximateKm(
                            seat.latitude, seat.longitude, place.latitude, place.longitude)
                        let falloff = km / 8
                        return place.populationThousands / (1 + falloff * falloff)
                    }))
        }
        var traineeDomains: [String] = []
        for (position, title) in titles.enumerated() where forTrainees[position] {
            if !traineeDomains.contains(title.domain) { traineeDomains.append(title.domain) }
        }
        self.traineeDomains = traineeDomains.isEmpty ? domains : traineeDomains
        self.titleTables = titleTables
        self.placementTitleTables = placementTitleTables
        self.townTables = townTables
        townsByPopulation = DemoWeightedTable(DemoPlaces.twente.map(\.populationThousands))

        var skillsByDomain: [String: [String]] = [:]
        var known = Set<String>()
        for skill in catalog.skills where !known.contains(skill.id) {
            known.insert(skill.id)
            skillsByDomain[skill.domain, default: []].append(skill.id)
        }
        self.skillsByDomain = skillsByDomain
        var related: [String: [String]] = [:]
        for relation in catalog.relations
        where relation.from != relation.to && known.contains(relation.from) && known.contains(relation.to) {
            related[relation.from, default: []].append(relation.to)
            related[relation.to, default: []].append(relation.from)
        }
        relatedSkills = related

        credentials = catalog.credentials
        let credentialIDs = Set(catalog.credentials.map(\.id))
        titleCredentials = titles.map { title in
            (DemoTables.titleCredentials[title.title] ?? []).filter { credentialIDs.contains($0) }
        }
    }

    /// Fewer people hold senior titles: a few managers, one town clerk per organisation.
    static func seniorityFactor(_ title: JobTitle) -> Double {
        let frequency = DemoTables.titleFrequency[title.title] ?? 1
        guard let low = title.scaleMin else { return frequency }
        switch low.halfSteps {
        case ..<20: return frequency * 1.2  // up to scale 9
        case 20..<22: return frequency  // 10, 10A
        case 22..<24: return frequency * 0.6  // 11, 11A
        case 24..<28: return frequency * 0.3  // 12, 13
        default: return frequency * 0.05  // 14 and up
        }
    }

    /// The skills of `domain`, empty when the catalog has none.
    func skills(in domain: String) -> [String] { skillsByDomain[domain] ?? [] }
}
