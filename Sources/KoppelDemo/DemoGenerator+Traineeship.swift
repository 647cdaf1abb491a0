import KoppelEngine

/// The traineeship part of a dataset.
struct DemoTraineeship {
    var cohorts: [Cohort] = []
    var rotations: [Rotation] = []
    var trainees: [Trainee] = []
    var placements: [HostPlacement] = []
    var traineeRankings: [Ranking] = []
    var hostRankings: [Ranking] = []
    var assignments: [Assignment] = []
}

extension DemoGenerator {
    /// Cohorts, rotations, trainees, placements, rankings and the previous cohort's history.
    ///
    /// The coming cohort's first rotation gets placements, trainee rankings and host rankings
    /// for about half of the placements. When the size has history trainees, the previous
    /// cohort's first rotation gets placements and final assignments, and its second rotation
    /// placements and rankings in which some trainees list their first host's organisation
    /// again, so the "never twice at the same organisation" rule has something to refuse.
    func makeTraineeship() -> DemoTraineeship {
        var result = DemoTraineeship()
        let (coming, comingRotations) = cohort(year: cohortYear)
        result.cohorts.append(coming)
        result.rotations += comingRotations
        let comingTrainees = (0..<size.trainees).map { offset in
            Trainee(
                id: DemoIdentifiers.make("t", offset + 1, width: traineeWidth),
                person: personID(at: size.staff + offset), cohort: coming.id)
        }
        result.trainees += comingTrainees
        let comingProfiles = (0..<size.trainees).map { person(at: size.staff + $0) }

        let firstRound = comingRotations[0]
        let firstPlacements = makePlacements(for: firstRound, trainees: size.trainees, streamKey: 1)
        result.placements += firstPlacements
        let firstPicks = rankPlacements(
            profiles: comingProfiles, placements: firstPlacements, forced: [], streamKey: 1)
        result.traineeRankings += rankings(comingTrainees, firstPicks, firstPlacements, rotation: firstRound.id)
        result.hostRankings += hostRankings(
            placements: firstPlacements, picks: firstPicks, trainees: comingTrainees, profiles: comingProfiles,
            rotation: firstRound.id, streamKey: 1)

        guard size.historyTrainees > 0 else { return result }

        let (previous, previousRotations) = cohort(year: cohortYear - 1)
        result.cohorts.append(previous)
        result.rotations += previousRotations
        let firstHistory = size.staff + size.trainees
        let previousTrainees = (0..<size.historyTrainees).map { offset in
            Trainee(
                id: DemoIdentifiers.make("t", size.trainees + offset + 1, width: traineeWidth),
                person: personID(at: firstHistory + offset), cohort: previous.id)
        }
        result.trainees += previousTrainees
        let previousProfiles = (0..<size.historyTrainees).map { person(at: firstHistory + $0) }

        // Rotation 1 of last year's cohort: done, its assignments final.
        let pastRound = previousRotations[0]
        let pastPlacements = makePlacements(for: pastRound, trainees: size.historyTrainees, streamKey: 2)
        result.placements += pastPlacements
        let pastAssignment = assignFinal(profiles: previousProfiles, placements: pastPlacements)
        for (offset, placement) in pastAssignment.enumerated() {
            guard let placement else { continue }
            result.assignments.append(
                Assignment(
                    trainee: previousTrainees[offset].id, placement: pastPlacements[placement].id,
                    rotation: pastRound.id, status: .final))
        }

        // Rotation 2 of last year's cohort: the next round, where history matters.
        guard previousRotations.count > 1 else { return result }
        let nextRound = previousRotations[1]
        let nextPlacements = makePlacements(for: nextRound, trainees: size.historyTrainees, streamKey: 3)
        result.placements += nextPlacements
        let forced: [[Int]] = pastAssignment.map { placement in
            guard let placement else { return [] }
            let employer = pastPlacements[placement].employer
            return nextPlacements.indices.filter { nextPlacements[$0].employer == employer }
        }
        let nextPicks = rankPlacements(
            profiles: previousProfiles, placements: nextPlacements, forced: forced, streamKey: 3)
        result.traineeRankings += rankings(previousTrainees, nextPicks, nextPlacements, rotation: nextRound.id)
        result.hostRankings += hostRankings(
            placements: nextPlacements, picks: nextPicks, trainees: previousTrainees, profiles: previousProfiles,
            rotation: nextRound.id, streamKey: 3)
        return result
    }

    /// A cohort starting 1 September of `year` with rotations of eight months each.
    private func cohort(year: Int) -> (Cohort, [Rotation]) {
        let start = Day(year: year, month: 9, day: 1)!
        let id = "c\(year)"
        let rotations = (1...size.rotations).map { number in
            Rotation(
                id: "\(id)-r\(number)", cohort: id, number: number, start: start.adding(months: 8 * (number - 1)),
                end: start.adding(months: 8 * number).adding(days: -1))
        }
        let endYear = rotations.last!.end.components.year
        return (Cohort(id: id, name: "Traineeship Twentse Kracht \(year)–\(endYear)", start: start), rotations)
    }

    /// `placementsPerRotation` placements with about 10 % more seats than trainees (at least one
    /// seat each), a few withdrawn to capacity 0.
    private func makePlacements(for rotation: Rotation, trainees: Int, streamKey: UInt64) -> [HostPlacement] {
        let count = size.placementsPerRotation
        guard count > 0 else { return [] }
        let seatsPerPlacement = (Double(trainees) * 1.1).rounded(.up) / Double(count)
        let stream = DemoStream.placement.rawValue &+ (streamKey << 8)
        return (0..<count).map { position in
            var random = DemoRandom(seed: seed, stream: stream, index: UInt64(position))
            let employerIndex = index.hostTable.pick(&random) ?? 0
            let employer = index.employers[employerIndex]
            let title = index.titles[index.placementTitleTables[employerIndex].pick(&random) ?? 0]
            let capacity: Int
            if random.chance(0.03) {
                capacity = 0
            } else if seatsPerPlacement <= 1 {
                capacity = random.chance(0.1) ? 2 : 1
            } else {
                capacity = min(max(Int((seatsPerPlacement * random.double(in: 0.5...1.5)).rounded()), 1), 100)
            }
            let mentor = random.element(of: DemoNames.givenNames) + " " + random.element(of: DemoNames.surnames)
            return HostPlacement(
                id: DemoIdentifiers.make("pl-\(rotation.id)-", position + 1, width: placementWidth),
                rotation: rotation.id, employer: employer.id, title: title.title, domain: title.domain,
                capacity: capacity, mentor: mentor, hoursPerWeek: random.chance(0.85) ? 36 : 32,
                skills: random.sample(index.skills(in: title.domain), count: random.int(in: 2...4)),
                description: "Acht maanden als \(title.title) bij \(employer.name), met \(mentor) als mentor.")
        }
    }

    /// Each trainee's 5–12 placements (fewer when there are fewer), as indexes into
    /// `placements`, most preferred first. Seven picks in ten come from the trainee's wished
    /// domains, and wished domains tend to be ranked higher. `forced[i]` lists placements of
    /// which trainee i lists one four times in ten.
    private func rankPlacements(
        profiles: [Person], placements: [HostPlacement], forced: [[Int]], streamKey: UInt64
    ) -> [[Int]] {
        guard !placements.isEmpty else { return profiles.map { _ in [] } }
        var byDomain: [String: [Int]] = [:]
        for (position, placement) in placements.enumerated() {
            byDomain[placement.domain ?? "", default: []].append(position)
        }
        let stream = DemoStream.traineeRanking.rawValue &+ (streamKey << 8)
        return profiles.enumerated().map { offset, profile in
            var random = DemoRandom(seed: seed, stream: stream, index: UInt64(offset))
            let wanted = min(random.int(in: 5...12), placements.count)
            let wished = profile.wishes.domains
            var picks: [Int] = []
            var attempts = 0
            while picks.count < wanted && attempts < 60 * wanted {
                attempts += 1
                var candidate = random.int(in: 0..<placements.count)
                if !wished.isEmpty && random.chance(0.7) {
                    let domainWeights = wished.indices.map { Double(wished.count - $0) }
                    let domain = wished[random.weightedIndex(domainWeights) ?? 0]
                    if let pool = byDomain[domain], !pool.isEmpty { candidate = random.element(of: pool) }
                }
                if !picks.contains(candidate) { picks.append(candidate) }
            }
            if offset < forced.count, !forced[offset].isEmpty, random.chance(0.4) {
                let again = random.element(of: forced[offset])
                if !picks.contains(again) {
                    if picks.count >= wanted && !picks.isEmpty { picks.removeLast() }
                    picks.append(again)
                }
            }
            // Order: wished domains first (by how much they are wished), with noise.
            let keyed = picks.map { position -> (key: Double, position: Int) in
                let domain = placements[position].domain ?? ""
                let wishRank = wished.firstIndex(of: domain) ?? 4
                return (Double(wishRank) + random.unit() * 2.5, position)
            }
            return keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }.map(\.position)
        }
    }

    private func rankings(
        _ trainees: [Trainee], _ picks: [[Int]], _ placements: [HostPlacement], rotation: String
    ) -> [Ranking] {
        zip(trainees, picks).compactMap { trainee, picked in
            picked.isEmpty
                ? nil : Ranking(owner: trainee.id, rotation: rotation, ranked: picked.map { placements[$0].id })
        }
    }

    /// Rankings by about half of the hosts with seats: the trainees who listed them, a few left
    /// out, sometimes one who did not list them, ordered by domain experience, shared skills and
    /// wishes, with noise. The other hosts get no ranking (the store derives one).
    private func hostRankings(
        placements: [HostPlacement], picks: [[Int]], trainees: [Trainee], profiles: [Person], rotation: String,
        streamKey: UInt64
    ) -> [Ranking] {
        var applicants = placements.map { _ in [Int]() }
        for (traineeOffset, picked) in picks.enumerated() {
            for position in picked { applicants[position].append(traineeOffset) }
        }
        let stream = DemoStream.hostRanking.rawValue &+ (streamKey << 8)
        var result: [Ranking] = []
        for (position, placement) in placements.enumerated() {
            var random = DemoRandom(seed: seed, stream: stream, index: UInt64(position))
            guard placement.capacity > 0, random.chance(0.5) else { continue }
            var listed = applicants[position].filter { _ in !random.chance(0.1) }
            if random.chance(0.2), !trainees.isEmpty {
                let extra = random.int(in: 0..<trainees.count)
                if !listed.contains(extra) { listed.append(extra) }
            }
            guard !listed.isEmpty else { continue }
            let scored = listed.map { offset -> (score: Double, offset: Int) in
                (hostFit(profiles[offset], placement) + random.unit() * 2, offset)
            }
            let ordered = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
            result.append(
                Ranking(owner: placement.id, rotation: rotation, ranked: ordered.map { trainees[$0.offset].id }))
        }
        return result
    }

    private func hostFit(_ profile: Person, _ placement: HostPlacement) -> Double {
        let years = profile.domains.first { $0.domain == placement.domain }?.years ?? 0
        let shared = profile.skills.filter { placement.skills.contains($0.skill) }.count
        let wished = placement.domain.map { profile.wishes.domains.contains($0) } ?? false
        return min(years, 2) / 2 + Double(shared) * 0.5 + (wished ? 0.5 : 0)
    }

    /// The previous cohort's first rotation as it was decided: each trainee at a placement with
    /// a free seat, mostly in a wished domain; nil when every seat was taken.
    private func assignFinal(profiles: [Person], placements: [HostPlacement]) -> [Int?] {
        var random = DemoRandom(seed: seed, stream: DemoStream.assignment.rawValue)
        var remaining = placements.map(\.capacity)
        var open = placements.indices.filter { remaining[$0] > 0 }
        var byDomain: [String: [Int]] = [:]
        for (position, placement) in placements.enumerated() where placement.capacity > 0 {
            byDomain[placement.domain ?? "", default: []].append(position)
        }
        var order = Array(profiles.indices)
        random.shuffle(&order)
        var result = [Int?](repeating: nil, count: profiles.count)
        for offset in order {
            guard !open.isEmpty else { break }
            var chosen: Int?
            let wished = profiles[offset].wishes.domains
            if !wished.isEmpty, random.chance(0.7), let pool = byDomain[random.element(of: wished)], !pool.isEmpty {
                for _ in 0..<5 {
                    let candidate = random.element(of: pool)
                    if remaining[candidate] > 0 {
                        chosen = candidate
                        break
                    }
                }
            }
            let placement = chosen ?? open[random.int(in: 0..<open.count)]
            remaining[placement] -= 1
            if remaining[placement] == 0, let slot = open.firstIndex(of: placement) { open.remove(at: slot) }
            result[offset] = placement
        }
        return result
    }
}
