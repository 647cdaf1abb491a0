import KoppelEngine
import KoppelDemo

/// The draws the ranking fixture makes beyond single numbers.
extension SeededRandom {
    /// Up to `max` distinct items.
    mutating func subset<T>(_ items: [T], max: Int) -> [T] {
        var pool = items
        var out: [T] = []
        for _ in 0..<int(in: 0...Swift.min(max, pool.count)) {
            out.append(pool.remove(at: int(in: 0..<pool.count)))
        }
        return out
    }

    /// The items in a random order.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        guard a.count > 1 else { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(in: 0...i)) }
        return a
    }

    /// A double in [lo, hi] with two decimals.
    mutating func decimal(_ lo: Double, _ hi: Double) -> Double {
        Double(int(in: Int(lo * 100)...Int(hi * 100))) / 100
    }
}

/// Random catalogs, people and vacancies in the shape of Twente data: few employers, domains
/// and skills, so that candidates share skills and scores tie often.
struct RankingFixture {
    static let referenceDay = Day("2026-05-01")!

    var rng: SeededRandom
    let catalog: Catalog
    let employers: [String]
    let domains: [String]
    let skills: [String]
    let credentials: [String]

    init(seed: UInt64, skillCount: Int = 24) {
        rng = SeededRandom(seed: seed)
        employers = ["ENS", "HGL", "ALM", "VRT", "GBT", "WVS"]
        domains = ["bag-woz", "juridisch", "sociaal", "inkoop"]
        skills = (0..<skillCount).map { $0 < 10 ? "nl:s0\($0)" : "nl:s\($0)" }
        credentials = ["boa-1", "vca", "rijbewijs-b", "bhv", "wkb"]
        var relations: [SkillRelation] = []
        for _ in 0..<rng.int(in: 4...(skillCount)) {
            let a = rng.element(of: skills)
            let b = rng.element(of: skills)
            relations.append(
                SkillRelation(from: a, to: b, strength: rng.element(of: [0.0, 0.25, 0.5, 0.6, 0.8, 0.95, 0.9995, 1.0, 1.4])))
        }
        var courses: [Course] = []
        for (i, skill) in skills.enumerated() where i % 2 == 0 {
            courses.append(Course(id: "ts-\(i)", title: "Cursus \(i)", skill: skill, days: 1 + i % 5))
            if i % 4 == 0 { courses.append(Course(id: "ts-\(i)b", title: "Cursus \(i) kort", skill: skill, days: 1)) }
        }
        catalog = Catalog(
            employers: [],
            domains: domains.map { Domain(id: $0, nameNL: $0.uppercased(), nameEN: $0) },
            skills: skills.map {
                Skill(id: $0, labelNL: "Vaardigheid \($0.dropFirst(3))", labelEN: $0, escoURI: nil, domain: "x")
            },
            relations: relations,
            credentials: credentials.map {
                CredentialType(id: $0, name: $0.uppercased(), validityYears: 5, domain: nil)
            },
            courses: courses)
    }

    mutating func point() -> GeoPoint {
        GeoPoint(latitude: rng.decimal(52.10, 52.45), longitude: rng.decimal(6.40, 7.05))
    }

    mutating func scale() -> Scale { rng.element(of: Scale.all.filter { $0.halfSteps >= 12 && $0.halfSteps <= 30 }) }

    mutating func day(around base: Day, spread: Int) -> Day { base.adding(days: rng.int(in: -spread...spread)) }

    /// A random profile; every field may be missing.
    mutating func person(id: String) -> Person {
        let ref = Self.referenceDay
        var wishes = Wishes()
        if rng.chance(0.5) { wishes.domains = rng.subset(domains, max: 2) }
        if rng.chance(0.4) { wishes.employers = rng.subset(employers, max: 2) }
        if rng.chance(0.3) { wishes.scaleMin = scale() }
        if rng.chance(0.3) { wishes.scaleMax = scale() }
        if rng.chance(0.2) { wishes.hoursMin = rng.element(of: [16, 24, 32.0]) }
        if rng.chance(0.2) { wishes.hoursMax = rng.element(of: [24, 32, 36.0]) }
        if rng.chance(0.6) { wishes.moves = rng.subset(MoveKind.allCases, max: 3) }
        return Person(
            id: id, displayName: "Naam \(id)", employer: rng.element(of: employers),
            scale: rng.chance(0.8) ? scale() : nil,
            hoursPerWeek: rng.chance(0.85) ? rng.element(of: [16, 24, 28.5, 32, 36, 40]) : nil,
            nlqf: rng.chance(0.8) ? rng.int(in: 3...7) : nil,
            skills: rng.subset(skills, max: 8).map { PersonSkill(skill: $0, level: rng.int(in: 1...5)) },
            credentials: rng.subset(credentials, max: 3).map {
                Credential(code: $0, expires: rng.chance(0.4) ? nil : day(around: ref, spread: 200))
            },
            domains: rng.subset(domains, max: 2).map {
                DomainExperience(domain: $0, years: Double(rng.int(in: 0...20)) / 2)
            },
            homePlace: rng.chance(0.5) ? "Woonplaats" : nil,
            home: rng.chance(0.85) ? point() : nil,
            maxCommuteKm: rng.chance(0.7) ? rng.element(of: [5, 10, 20, 25, 30, 50]) : nil,
            wishes: wishes,
            availableFrom: rng.chance(0.75) ? day(around: ref.adding(days: 60), spread: 150) : nil,
            visibility: rng.chance(0.2) ? .discreet : .public)
    }

    /// A random vacancy; `mustSkills` are drawn from the most common skills so that some people qualify.
    mutating func vacancy(id: String) -> Vacancy {
        let ref = Self.referenceDay
        let low = rng.chance(0.8) ? scale() : nil
        return Vacancy(
            id: id, employer: rng.element(of: employers), title: "Functie \(id)",
            domain: rng.chance(0.8) ? rng.element(of: domains) : nil,
            scaleMin: low, scaleMax: rng.chance(0.6) ? low.flatMap { low in Scale.all.first { $0 > low } } : nil,
            hoursMin: rng.chance(0.7) ? rng.element(of: [16, 24, 32.0]) : nil,
            hoursMax: rng.chance(0.7) ? rng.element(of: [24, 32, 36, 40.0]) : nil,
            nlqf: rng.chance(0.6) ? rng.int(in: 3...6) : nil,
            mustSkills: rng.chance(0.6) ? rng.subset(Array(skills.prefix(6)), max: 2) : [],
            mustCredentials: rng.chance(0.3) ? rng.subset(credentials, max: 1) : [],
            niceSkills: rng.subset(skills, max: 4).map { WeightedSkill(skill: $0, weight: rng.element(of: [1, 2, 2.5, 3])) },
            place: rng.chance(0.5) ? "Standplaats" : nil,
            location: rng.chance(0.85) ? point() : nil,
            startDate: rng.chance(0.8) ? day(around: ref.adding(days: 60), spread: 60) : nil)
    }

    /// `count` people; with `clones`, many are copies of a few archetypes (under other ids) so
    /// that scores tie.
    mutating func people(count: Int, clones: Bool = false) -> [Person] {
        var archetypes: [Person] = []
        var out: [Person] = []
        for i in 0..<count {
            // Ids whose text order differs from creation order.
            let id = "p\(String((i &* 7919) % 100_003, radix: 36))-\(i)"
            if clones && !archetypes.isEmpty && rng.chance(0.7) {
                var copy = rng.element(of: archetypes)
                copy.id = id
                copy.displayName = "Kloon \(id)"
                out.append(copy)
            } else {
                let person = person(id: id)
                if archetypes.count < 6 { archetypes.append(person) }
                out.append(person)
            }
        }
        return out
    }

    mutating func options(limit: Int?) -> RankingOptions {
        RankingOptions(
            employer: rng.chance(0.15) ? rng.element(of: employers) : nil,
            maxKm: rng.chance(0.2) ? rng.element(of: [5, 15, 30.0]) : nil,
            includeIneligible: rng.chance(0.4),
            limit: limit,
            availabilityGraceDays: rng.element(of: [0, 30, 60, 60, 5000, -3]))
    }

    /// A random viewer: nobody, a regional adviser, or an adviser of one of the employers (or of
    /// an employer nobody in the fixture works for).
    mutating func asker() -> Viewer {
        if rng.chance(0.15) { return .nobody }
        if rng.chance(0.1) { return .regionalAdviser }
        return .adviser(employer: rng.element(of: employers + ["ELSEWHERE"]))
    }
}

extension RankingResult {
    /// The sum of the components' points in hundredths.
    var componentSum: Int { components.reduce(0) { $0 + $1.points.hundredths } }
}
