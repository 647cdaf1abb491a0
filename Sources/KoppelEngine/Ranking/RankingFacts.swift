/// A person reduced to the quantized, order-free facts that ranking reads.
///
/// Duplicates merge generously: a skill listed twice is one skill, a credential listed twice
/// counts with its latest expiry, a domain listed twice with its most years.
struct RankingPersonFacts: Sendable {
    let id: String
    let employer: String
    let discreet: Bool
    let skills: Set<String>
    /// Credential code → last valid day ordinal (`Int.max` = does not expire).
    let credentials: [String: Int]
    /// Domain → tenths of years, the most listed.
    let domains: [String: Int]
    let scale: Int?
    let hours: RankingRange?
    let hoursFromWishes: Bool
    let nlqf: Int?
    let home: RankingUnitVector?
    let homePlace: String?
    let maxCommute: Int?
    let availableFrom: Int?
    let wishDomains: Set<String>
    let wishEmployers: Set<String>
    let wishScale: RankingRange?
    let wishMoves: [MoveKind]
    let movesVacancy: Bool

    init(_ person: Person) {
        id = person.id
        employer = person.employer
        discreet = person.visibility == .discreet
        skills = Set(person.skills.map(\.skill))
        credentials = Self.credentialExpiries(person.credentials)
        var domains: [String: Int] = [:]
        for entry in person.domains {
            let tenths = RankingRules.yearsTenths(entry.years) ?? 0
            domains[entry.domain] = Swift.max(domains[entry.domain] ?? 0, tenths)
        }
        self.domains = domains
        scale = person.scale?.halfSteps
        hours = RankingRules.personHours(
            current: person.hoursPerWeek, wishMin: person.wishes.hoursMin, wishMax: person.wishes.hoursMax)
        hoursFromWishes =
            RankingRules.hoursTenths(person.wishes.hoursMin) != nil
            || RankingRules.hoursTenths(person.wishes.hoursMax) != nil
        nlqf = RankingRules.nlqf(person.nlqf)
        home = RankingRules.unitVector(person.home)
        homePlace = person.homePlace
        maxCommute = RankingRules.metres(km: person.maxCommuteKm)
        availableFrom = person.availableFrom.map(RankingRules.day)
        wishDomains = Set(person.wishes.domains)
        wishEmployers = Set(person.wishes.employers)
        wishScale = RankingRules.wishScale(min: person.wishes.scaleMin, max: person.wishes.scaleMax)
        wishMoves = person.wishes.moves
        movesVacancy = person.wishes.moves.contains(.vacancy)
    }

    /// Whether any wish that the wishes criterion reads was stated.
    var hasWishes: Bool { !wishDomains.isEmpty || !wishEmployers.isEmpty || wishScale != nil || !wishMoves.isEmpty }

    static func credentialExpiries(_ credentials: [Credential]) -> [String: Int] {
        var result: [String: Int] = [:]
        for credential in credentials {
            let expiry = credential.expires.map(RankingRules.day) ?? Int.max
            result[credential.code] = Swift.max(result[credential.code] ?? Int.min, expiry)
        }
        return result
    }
}

/// A vacancy reduced to the quantized facts that ranking reads; lists are deduplicated in
/// their first-listed order (explanations follow the vacancy's order).
struct RankingVacancyFacts: Sendable {
    struct Nice: Hashable, Sendable {
        var skill: String
        /// Relative weight 1…1000: the largest weight of the vacancy is 1000.
        var weight: Int
        var originalWeight: Double
    }

    let id: String
    let employer: String
    let title: String
    let domain: String?
    let mustSkills: [String]
    let mustCredentials: [String]
    let nice: [Nice]
    let niceTotal: Int
    let scale: RankingRange?
    let hours: RankingRange?
    let nlqf: Int?
    let location: RankingUnitVector?
    let place: String?
    let start: Int?

    init(_ vacancy: Vacancy) {
        id = vacancy.id
        employer = vacancy.employer
        title = vacancy.title
        domain = vacancy.domain
        mustSkills = Self.distinct(vacancy.mustSkills)
        mustCredentials = Self.distinct(vacancy.mustCredentials)

        var largest: [String: Double] = [:]
        var order: [String] = []
        for entry in vacancy.niceSkills where entry.weight.isFinite && entry.weight > 0 {
            if let current = largest[entry.skill] {
                largest[entry.skill] = Swift.max(current, entry.weight)
            } else {
                largest[entry.skill] = entry.weight
                order.append(entry.skill)
            }
        }
        let top = largest.values.max() ?? 1
        nice = order.map { skill in
            let weight = largest[skill]!
            return Nice(
                skill: skill, weight: Swift.max(1, Int((1000 * weight / top).rounded())), originalWeight: weight)
        }
        niceTotal = nice.reduce(0) { $0 + $1.weight }
        scale = RankingRules.range(vacancy.scaleMin?.halfSteps, vacancy.scaleMax?.halfSteps)
        hours = RankingRules.range(
            RankingRules.hoursTenths(vacancy.hoursMin), RankingRules.hoursTenths(vacancy.hoursMax))
        nlqf = RankingRules.nlqf(vacancy.nlqf)
        location = RankingRules.unitVector(vacancy.location)
        place = vacancy.place
        start = vacancy.startDate.map(RankingRules.day)
    }

    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
