import KoppelEngine

extension DemoGenerator {
    /// The hours ranges vacancies offer, with their shares.
    static let vacancyHours: [(min: Double, max: Double, weight: Double)] = [
        (36, 36, 30), (32, 36, 35), (24, 36, 15), (28, 32, 10), (16, 24, 10),
    ]
    static let vacancyHoursTable = DemoWeightedTable(vacancyHours.map(\.weight))

    /// The vacancy at `position` (0-based; `v0001` is position 0), from its own random stream.
    public func vacancy(at position: Int) -> Vacancy {
        precondition(position >= 0 && position < size.vacancies, "vacancy(at:) position \(position) out of range")
        var random = DemoRandom(seed: seed, stream: DemoStream.vacancy.rawValue, index: UInt64(position))
        let employerIndex = index.employerTable.pick(&random) ?? 0
        let employer = index.employers[employerIndex]
        let titleIndex = index.titleTables[employerIndex].pick(&random) ?? 0
        let title = index.titles[titleIndex]
        let hours = DemoGenerator.vacancyHours[DemoGenerator.vacancyHoursTable.pick(&random) ?? 0]

        let own = index.skills(in: title.domain)
        let must = random.chance(0.1) ? [] : random.sample(own, count: random.int(in: 1...3))
        var niceIDs = random.sample(own.filter { !must.contains($0) }, count: random.int(in: 2...4))
        if random.chance(0.3), let base = (must + niceIDs).first, let related = index.relatedSkills[base],
            !related.isEmpty
        {
            let candidate = random.element(of: related)
            if !must.contains(candidate) && !niceIDs.contains(candidate) { niceIDs.append(candidate) }
        }
        var taken = must + niceIDs
        topUp(&taken, to: must.count + 2, preferring: [], random: &random)
        niceIDs += taken.dropFirst(must.count + niceIDs.count)
        let nice = niceIDs.map { WeightedSkill(skill: $0, weight: Double(random.int(in: 1...3))) }

        var mustCredentials: [String] = []
        for code in index.titleCredentials[titleIndex] where random.chance(0.6) { mustCredentials.append(code) }
        if mustCredentials.isEmpty, random.chance(0.15) {
            let ofDomain = index.credentials.filter { $0.domain == title.domain }
            if !ofDomain.isEmpty { mustCredentials.append(random.element(of: ofDomain).id) }
        }
        if random.chance(0.05), index.credentials.contains(where: { $0.id == "rijbewijs-b" }),
            !mustCredentials.contains("rijbewijs-b")
        {
            mustCredentials.append("rijbewijs-b")
        }

        // Most are open now; some closed recently, some open soon.
        let opens =
            random.chance(0.1)
            ? today.adding(days: random.int(in: 1...14)) : today.adding(days: -random.int(in: 0...35))
        let closes = opens.adding(days: random.int(in: 14...42))
        let start = closes.adding(days: random.int(in: 30...90))
        let hoursText = hours.min == hours.max ? "\(Int(hours.min))" : "\(Int(hours.min))–\(Int(hours.max))"

        return Vacancy(
            id: DemoIdentifiers.make("v", position + 1, width: vacancyWidth), employer: employer.id,
            title: title.title, domain: title.domain, scaleMin: title.scaleMin, scaleMax: title.scaleMax,
            hoursMin: hours.min, hoursMax: hours.max, nlqf: index.titleLevels[titleIndex], mustSkills: must,
            mustCredentials: mustCredentials, niceSkills: nice, place: employer.seat, location: employer.location,
            opens: opens, closes: closes, startDate: start,
            description: "\(employer.name) zoekt een \(title.title) voor \(hoursText) uur per week.")
    }

    func makeVacancies() -> [Vacancy] {
        (0..<size.vacancies).map { vacancy(at: $0) }
    }
}
