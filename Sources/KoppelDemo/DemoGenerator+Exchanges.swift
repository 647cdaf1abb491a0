import KoppelEngine

extension DemoGenerator {
    /// One requester as the exchange generator sees them.
    private struct Requester {
        let position: Int
        let person: Person
        let domain: String
        let kind: ExchangeKind
        let allowScaleChange: Bool
    }

    /// Job swaps and secondments whose wants form real exchange cycles.
    ///
    /// Requesters are employees with a full profile who said they are open to a swap or a
    /// secondment (others only when there are too few). They are grouped into job families —
    /// same domain, scale within one step (a scale change of two steps for those who allow
    /// one; the same title for own-scale jobs) — and within a family, runs of two or three
    /// neighbours are made to want each other's seats in a ring, so 2- and 3-cycles exist.
    /// Everyone also wants a few other seats of their family, and one in four a vacancy of
    /// their domain (a chain can start there). Nobody wants their own seat.
    func makeExchangeRequests(vacancies: [Vacancy]) -> [ExchangeRequest] {
        var random = DemoRandom(seed: seed, stream: DemoStream.exchange.rawValue)
        let chosen = drawStaff(count: size.exchangeRequests, random: &random) { person in
            person.wishes.moves.contains(.swap) || person.wishes.moves.contains(.secondment) ? 1 : 0
        }
        let requesters = chosen.map { position, person -> Requester in
            let moves = person.wishes.moves
            let kind: ExchangeKind
            switch (moves.contains(.swap), moves.contains(.secondment)) {
            case (true, true): kind = random.chance(0.6) ? .swap : .secondment
            case (true, false): kind = .swap
            case (false, true): kind = .secondment
            case (false, false): kind = random.chance(0.65) ? .swap : .secondment
            }
            return Requester(
                position: position, person: person, domain: person.domains.first?.domain ?? "", kind: kind,
                allowScaleChange: random.chance(kind == .secondment ? 0.4 : 0.15))
        }
        guard !requesters.isEmpty else { return [] }

        func compatible(_ a: Int, _ b: Int) -> Bool {
            guard a != b, requesters[a].domain == requesters[b].domain else { return false }
            switch (requesters[a].person.scale, requesters[b].person.scale) {
            case (let x?, let y?):
                let limit = requesters[a].allowScaleChange ? 4 : 2
                return abs(x.halfSteps - y.halfSteps) <= limit
            case (nil, nil):
                return requesters[a].person.jobTitle == requesters[b].person.jobTitle
            default:
                return false
            }
        }

        var wants = requesters.map { _ in [Int]() }
        // Families: by domain, then scale, then draw order. Rings of 2 or 3 neighbours.
        let order = requesters.indices.sorted { a, b in
            let (x, y) = (requesters[a], requesters[b])
            if x.domain != y.domain { return x.domain < y.domain }
            let (sx, sy) = (x.person.scale?.halfSteps ?? -1, y.person.scale?.halfSteps ?? -1)
            return sx != sy ? sx < sy : a < b
        }
        func ring(at cursor: Int, length: Int) -> [Int]? {
            guard cursor + length <= order.count else { return nil }
            let members = Array(order[cursor..<(cursor + length)])
            let closes = members.indices.allSatisfy { compatible(members[$0], members[($0 + 1) % length]) }
            return closes ? members : nil
        }
        var ringsOfThree = 0
        var ringsOfTwo = 0
        var cursor = 0
        while cursor < order.count {
            // The first rings are one of three and one of two, when the families allow; then
            // chance decides the length, and three rings in ten are left open.
            let preferred = ringsOfThree == 0 ? 3 : ringsOfTwo == 0 ? 2 : (random.chance(0.5) ? 2 : 3)
            guard let members = ring(at: cursor, length: preferred) ?? ring(at: cursor, length: 5 - preferred)
            else {
                cursor += 1
                continue
            }
            if ringsOfThree > 0 && ringsOfTwo > 0 && !random.chance(0.7) {
                cursor += members.count
                continue
            }
            for (slot, member) in members.enumerated() { wants[member].append(members[(slot + 1) % members.count]) }
            if members.count == 3 { ringsOfThree += 1 } else { ringsOfTwo += 1 }
            cursor += members.count
        }

        // More wishes within the family: the run of `order` with the same domain.
        var domainRun = [Range<Int>](repeating: 0..<0, count: requesters.count)
        var runStart = 0
        for end in 1...order.count
        where end == order.count || requesters[order[end]].domain != requesters[order[runStart]].domain {
            for slot in runStart..<end { domainRun[order[slot]] = runStart..<end }
            runStart = end
        }
        for requester in requesters.indices {
            let family = order[domainRun[requester]].filter { compatible(requester, $0) }
            for other in random.sample(family, count: random.int(in: 0...3)) where !wants[requester].contains(other) {
                wants[requester].append(other)
            }
        }

        var vacanciesByDomain: [String: [Int]] = [:]
        for (position, vacancy) in vacancies.enumerated() where (vacancy.closes ?? today) >= today {
            vacanciesByDomain[vacancy.domain ?? "", default: []].append(position)
        }

        var result: [ExchangeRequest] = []
        for (offset, requester) in requesters.enumerated() {
            var wanted = wants[offset].prefix(6).map { requesters[$0].person.id }
            let vacancyPool = (vacanciesByDomain[requester.domain] ?? []).filter { position in
                guard let scale = requester.person.scale else { return true }
                let vacancy = vacancies[position]
                let low = vacancy.scaleMin?.halfSteps ?? Int.min
                let high = vacancy.scaleMax?.halfSteps ?? Int.max
                return scale.halfSteps + 2 >= low && scale.halfSteps - 2 <= high
            }
            if !vacancyPool.isEmpty && (wanted.isEmpty || random.chance(0.25)) {
                let vacancy = vacancies[random.element(of: vacancyPool)].id
                wanted.insert(vacancy, at: random.int(in: 0...wanted.count))
            }
            if wanted.isEmpty {
                // Nobody of the family asked and no vacancy fits: want any other requester's seat.
                let other = (offset + 1 + random.int(in: 0..<max(1, requesters.count - 1))) % requesters.count
                if other != offset { wanted.append(requesters[other].person.id) }
            }
            let from = today.adding(days: random.int(in: 30...120))
            let months = requester.kind == .swap ? random.int(in: 3...6) : random.int(in: 6...12)
            result.append(
                ExchangeRequest(
                    id: DemoIdentifiers.make("x", offset + 1, width: exchangeWidth), person: requester.person.id,
                    kind: requester.kind, wants: wanted, from: from,
                    to: from.adding(months: months).adding(days: -1), allowScaleChange: requester.allowScaleChange))
        }
        return result
    }

    /// Offers to stand in (vervangingspool), mostly from the domains Twente runs pools for.
    func makeStandInOffers() -> [StandInOffer] {
        var random = DemoRandom(seed: seed, stream: DemoStream.standIn.rawValue)
        let strongest = DemoTables.standInDomainWeights.values.max() ?? 1
        let chosen = drawStaff(count: size.standInOffers, random: &random) { person in
            guard person.wishes.moves.contains(.standIn), let domain = person.domains.first?.domain else { return 0 }
            return (DemoTables.standInDomainWeights[domain] ?? 1) / strongest
        }
        return chosen.enumerated().map { offset, entry in
            let person = entry.person
            let domain = person.domains.first?.domain ?? ""
            let title = person.jobTitle ?? ""
            let pool = DemoTables.standInRoles[domain] ?? [title]
            var roles = [DemoTables.titleStandInRole[title] ?? pool[0]]
            if random.chance(0.35) {
                let extra = random.element(of: pool)
                if !roles.contains(extra) { roles.append(extra) }
            }
            let ownHours = person.hoursPerWeek ?? 36
            let hourOptions = [8.0, 12, 16, 20, 24].filter { $0 <= ownHours }
            let from = today.adding(days: random.int(in: 0...90))
            return StandInOffer(
                id: DemoIdentifiers.make("s", offset + 1, width: standInWidth), person: person.id, roles: roles,
                hoursPerWeek: hourOptions.isEmpty ? 8 : random.element(of: hourOptions), from: from,
                to: from.adding(months: random.int(in: 1...6)).adding(days: -1),
                consentEmployee: random.chance(0.95), consentLender: random.chance(0.85))
        }
    }

    /// `count` distinct employees with a full profile (a job title), drawn at random and each
    /// kept with the probability `acceptance` gives; when too few are found that way, anyone
    /// with a full profile, scanning from a random start.
    private func drawStaff(
        count: Int, random: inout DemoRandom, acceptance: (Person) -> Double
    ) -> [(position: Int, person: Person)] {
        let staff = size.staff
        guard count > 0, staff > 0 else { return [] }
        var taken = Set<Int>()
        var result: [(position: Int, person: Person)] = []
        var attempts = 0
        while result.count < count && attempts < 60 * count + 1_000 {
            attempts += 1
            let position = random.int(in: 0..<staff)
            guard !taken.contains(position) else { continue }
            let person = person(at: position)
            guard person.jobTitle != nil, random.chance(acceptance(person)) else { continue }
            taken.insert(position)
            result.append((position, person))
        }
        if result.count < count {
            let start = random.int(in: 0..<staff)
            for step in 0..<staff where result.count < count {
                let position = (start + step) % staff
                guard !taken.contains(position) else { continue }
                let person = person(at: position)
                guard person.jobTitle != nil else { continue }
                taken.insert(position)
                result.append((position, person))
            }
        }
        return result
    }
}
