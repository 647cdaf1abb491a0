import KoppelEngine

extension DemoGenerator {
    /// The job title of every trainee profile (not a catalog title).
    public static let traineeJobTitle = "Trainee Twentse Kracht"

    /// The profile at `position` (0-based; `p000001` is position 0), made from its own random
    /// stream: the same value whether it is made alone, in a batch or with the whole dataset.
    ///
    /// Positions below ``DemoSize/staff`` are employees; then come the coming cohort's trainees,
    /// then the previous cohort's.
    public func person(at position: Int) -> Person {
        precondition(position >= 0 && position < size.persons, "person(at:) position \(position) out of range")
        var random = DemoRandom(seed: seed, stream: DemoStream.person.rawValue, index: UInt64(position))
        let id = personID(at: position)
        let name = random.element(of: DemoNames.givenNames) + " " + random.element(of: DemoNames.surnames)
        if position < size.staff {
            return staffProfile(id: id, name: name, random: &random)
        }
        let cohortStart = position < size.staff + size.trainees ? comingCohortStart : previousCohortStart
        return traineeProfile(id: id, name: name, cohortStart: cohortStart, random: &random)
    }

    var comingCohortStart: Day { Day(year: cohortYear, month: 9, day: 1)! }
    var previousCohortStart: Day { Day(year: cohortYear - 1, month: 9, day: 1)! }

    // MARK: - Employees

    private func staffProfile(id: String, name: String, random: inout DemoRandom) -> Person {
        let employerIndex = index.employerTable.pick(&random) ?? 0
        let employer = index.employers[employerIndex]
        let visibility: Visibility = random.chance(0.10) ? .discreet : .public
        // About one profile in twenty was registered and never filled in.
        if random.chance(0.05) {
            return Person(id: id, displayName: name, employer: employer.id, visibility: visibility)
        }

        let titleIndex = index.titleTables[employerIndex].pick(&random) ?? 0
        let title = index.titles[titleIndex]
        let scale = index.titleScaleTables[titleIndex].pick(&random).map { index.titleScales[titleIndex][$0] }
        let hours = DemoTables.hours[DemoGenerator.hoursTable.pick(&random) ?? 0].hours
        var nlqf = index.titleLevels[titleIndex]
        if let level = nlqf, level < 8, random.chance(0.15) { nlqf = level + 1 }

        let years = DemoGenerator.halfYears(min(max(random.normalish(mean: 9, deviation: 6), 0.5), 40))
        var domains = [DomainExperience(domain: title.domain, years: years)]
        var secondDomain: String?
        if random.chance(0.3), let other = otherDomain(than: [title.domain], random: &random) {
            secondDomain = other
            domains.append(
                DomainExperience(
                    domain: other, years: DemoGenerator.halfYears(random.double(in: 0.5...min(years + 2, 8)))))
        }

        let skills = staffSkills(domain: title.domain, secondDomain: secondDomain, years: years, random: &random)
        let credentials = staffCredentials(titleIndex: titleIndex, domain: title.domain, random: &random)

        let town = DemoPlaces.twente[index.townTables[employerIndex].pick(&random) ?? 0]
        let home = jitteredHome(town, random: &random)
        let maxCommute: Double? = random.chance(0.2) ? nil : random.element(of: DemoTables.commuteKm)
        let wishes =
            random.chance(0.4)
            ? staffWishes(
                domain: title.domain, scale: scale, hours: hours, employerIndex: employerIndex, random: &random)
            : Wishes()
        let availableFrom: Day? = random.chance(0.85) ? today.adding(days: random.int(in: -90...150)) : nil
        // Most profiles were touched in the last two years; one in five is older (stale).
        let updatedAt =
            random.chance(0.8)
            ? today.adding(days: -random.int(in: 0...729)) : today.adding(days: -random.int(in: 730...1095))
        let consentAt = updatedAt.adding(days: -random.int(in: 0...365))

        return Person(
            id: id, displayName: name, employer: employer.id, jobTitle: title.title, scale: scale,
            hoursPerWeek: hours, nlqf: nlqf, skills: skills, credentials: credentials, domains: domains,
            homePlace: town.name, home: home, maxCommuteKm: maxCommute, wishes: wishes,
            availableFrom: availableFrom, visibility: visibility, consentAt: consentAt, updatedAt: updatedAt)
    }

    /// 3–8 skills: mostly from the person's domain, some related to those, sometimes one from
    /// a second domain; levels grow with experience.
    private func staffSkills(
        domain: String, secondDomain: String?, years: Double, random: inout DemoRandom
    ) -> [PersonSkill] {
        let own = index.skills(in: domain)
        let total = random.int(in: 3...8)
        let relatedWanted = random.int(in: 0...2)
        let otherWanted = secondDomain != nil || random.chance(0.25) ? 1 : 0
        var chosen = random.sample(own, count: max(1, total - relatedWanted - otherWanted))
        for _ in 0..<relatedWanted where !chosen.isEmpty {
            let base = random.element(of: chosen)
            if let related = index.relatedSkills[base], !related.isEmpty {
                let candidate = random.element(of: related)
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
        }
        if otherWanted == 1, let other = secondDomain ?? otherDomain(than: [domain], random: &random) {
            let pool = index.skills(in: other)
            if !pool.isEmpty {
                let candidate = random.element(of: pool)
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
        }
        topUp(&chosen, to: 3, preferring: own, random: &random)
        let mean = 2.2 + min(years, 20) / 12
        return chosen.map { skill in
            PersonSkill(
                skill: skill, level: min(max(Int(random.normalish(mean: mean, deviation: 0.8).rounded()), 1), 5))
        }
    }

    /// Credentials of the title (likely), of the domain (sometimes), without a domain such as a
    /// driving licence (a quarter) and a few everyone may hold (BHV); some expired, some
    /// expiring soon.
    private func staffCredentials(titleIndex: Int, domain: String, random: inout DemoRandom) -> [Credential] {
        let ofTitle = index.titleCredentials[titleIndex]
        var result: [Credential] = []
        for credential in index.credentials {
            let probability: Double
            if ofTitle.contains(credential.id) {
                probability = 0.7
            } else if credential.domain == domain {
                probability = 0.15
            } else if credential.domain == nil {
                probability = 0.25
            } else {
                probability = DemoTables.commonCredentials[credential.id] ?? 0
            }
            guard random.chance(probability) else { continue }
            result.append(Credential(code: credential.id, expires: expiry(of: credential, random: &random)))
        }
        return result
    }

    /// The last valid day of a credential obtained at a random moment, from just issued to a
    /// while past its validity; nil for credentials that do not expire.
    func expiry(of credential: CredentialType, random: inout DemoRandom) -> Day? {
        guard let years = credential.validityYears, years > 0 else { return nil }
        let issuedDaysAgo = random.int(in: 0...(years * 365 + 240))
        return today.adding(days: -issuedDaysAgo).adding(months: 12 * years).adding(days: -1)
    }

    private func staffWishes(
        domain: String, scale: Scale?, hours: Double, employerIndex: Int, random: inout DemoRandom
    ) -> Wishes {
        var wishes = Wishes()
        if random.chance(0.7) {
            if random.chance(0.7) { wishes.domains.append(domain) }
            if wishes.domains.isEmpty || random.chance(0.3),
                let other = otherDomain(than: [domain], random: &random)
            {
                wishes.domains.append(other)
            }
        }
        if random.chance(0.45), index.employers.count > 1 {
            let wanted = random.int(in: 1...3)
            for _ in 0..<(wanted * 3) where wishes.employers.count < wanted {
                let pick = index.employerTable.pick(&random) ?? 0
                let code = index.employers[pick].id
                if pick != employerIndex && !wishes.employers.contains(code) { wishes.employers.append(code) }
            }
        }
        if let scale, random.chance(0.5) {
            wishes.scaleMin = scale
            wishes.scaleMax = DemoGenerator.nextWholeScale(after: scale)
        }
        if random.chance(0.35) {
            wishes.hoursMin = max(16, hours - 8)
            wishes.hoursMax = min(36, hours + 4)
        }
        if random.chance(0.7) { wishes.moves.append(.vacancy) }
        if random.chance(0.3) { wishes.moves.append(.swap) }
        if random.chance(0.3) { wishes.moves.append(.secondment) }
        if random.chance(0.2) { wishes.moves.append(.standIn) }
        if wishes.moves.isEmpty { wishes.moves.append(.vacancy) }
        return wishes
    }

    // MARK: - Trainees

    private func traineeProfile(id: String, name: String, cohortStart: Day, random: inout DemoRandom) -> Person {
        let employerIndex = index.employerTable.pick(&random) ?? 0
        let wished = random.sample(index.traineeDomains, count: random.int(in: 1...3))
        var skills: [PersonSkill] = []
        let wantedSkills = random.int(in: 3...6)
        for _ in 0..<(wantedSkills * 3) where skills.count < wantedSkills && !wished.isEmpty {
            let pool = index.skills(in: random.element(of: wished))
            guard !pool.isEmpty else { continue }
            let skill = random.element(of: pool)
            if !skills.contains(where: { $0.skill == skill }) {
                skills.append(PersonSkill(skill: skill, level: random.int(in: 1...3)))
            }
        }
        var domains: [DomainExperience] = []
        if let first = wished.first, random.chance(0.6) {
            domains.append(DomainExperience(domain: first, years: DemoGenerator.halfYears(random.double(in: 0.5...2))))
        }
        var wishes = Wishes(domains: wished)
        if random.chance(0.35) {
            let pick = index.employerTable.pick(&random) ?? 0
            if pick != employerIndex { wishes.employers = [index.employers[pick].id] }
        }
        let town = DemoPlaces.twente[index.townsByPopulation.pick(&random) ?? 0]
        let home = jitteredHome(town, random: &random)
        let maxCommute: Double? = random.chance(0.8) ? random.element(of: [30.0, 40, 50, 60]) : nil
        let updatedAt = today.adding(days: -random.int(in: 0...120))
        return Person(
            id: id, displayName: name, employer: index.employers[employerIndex].id,
            jobTitle: DemoGenerator.traineeJobTitle, scale: Scale(random.chance(0.6) ? "9" : "10"),
            hoursPerWeek: random.chance(0.9) ? 36 : 32, nlqf: random.chance(0.6) ? 6 : 7, skills: skills,
            credentials: random.chance(0.4) ? [Credential(code: "rijbewijs-b")].filter(credentialExists) : [],
            domains: domains, homePlace: town.name, home: home, maxCommuteKm: maxCommute, wishes: wishes,
            availableFrom: cohortStart, visibility: .public,
            consentAt: updatedAt.adding(days: -random.int(in: 0...30)), updatedAt: updatedAt)
    }

    private func credentialExists(_ credential: Credential) -> Bool {
        index.credentials.contains { $0.id == credential.code }
    }

    // MARK: - Helpers

    /// Adds skills until there are `minimum` (when the catalog has that many): first from
    /// `preferred`, then related ones, then from any domain. Small domains (management has two
    /// skills) need this.
    func topUp(_ chosen: inout [String], to minimum: Int, preferring preferred: [String], random: inout DemoRandom) {
        guard chosen.count < minimum else { return }
        chosen += random.sample(preferred.filter { !chosen.contains($0) }, count: minimum - chosen.count)
        var attempts = 0
        while chosen.count < minimum && attempts < 40 {
            attempts += 1
            let base = chosen.isEmpty ? nil : random.element(of: chosen)
            let related = base.flatMap { index.relatedSkills[$0] } ?? []
            let pool =
                !related.isEmpty && random.chance(0.5) ? related : index.skills(in: random.element(of: index.domains))
            guard !pool.isEmpty else { continue }
            let candidate = random.element(of: pool)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
    }

    /// A domain with job titles other than `excluded`, or nil when there is none.
    func otherDomain(than excluded: [String], random: inout DemoRandom) -> String? {
        let candidates = index.domains.filter { !excluded.contains($0) }
        return candidates.isEmpty ? nil : random.element(of: candidates)
    }

    /// A home a kilometre or two from the town centre, rounded to 4 decimals (about 10 m).
    private func jitteredHome(_ town: DemoPlace, random: inout DemoRandom) -> GeoPoint {
        GeoPoint(
            latitude: DemoGenerator.fourDecimals(town.latitude + random.double(in: -0.015...0.015)),
            longitude: DemoGenerator.fourDecimals(town.longitude + random.double(in: -0.025...0.025)))
    }

    static let hoursTable = DemoWeightedTable(DemoTables.hours.map(\.weight))

    static func fourDecimals(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func halfYears(_ value: Double) -> Double { max(0.5, (value * 2).rounded() / 2) }

    /// The next whole scale up (10 → 11, 10A → 11), or the same at 18.
    static func nextWholeScale(after scale: Scale) -> Scale {
        Scale(String(min(18, scale.halfSteps / 2 + 1))) ?? scale
    }
}
