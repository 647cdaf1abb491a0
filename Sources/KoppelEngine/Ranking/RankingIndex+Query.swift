extension RankingIndex {
    /// Ranks the indexed people for a vacancy: the same results as
    /// ``RankingEngine/rankPeople(for:among:catalog:on:viewer:options:weights:language:)``, computed
    /// with posting lists, integer columns and a bounded heap.
    ///
    /// - Parameters:
    ///   - referenceDay: the day credentials must be valid on (never the clock).
    ///   - viewer: who is asking; the profiles ``AccessPolicy`` hides from them are left out.
    public func rankPeople(
        for vacancy: Vacancy, on referenceDay: Day, viewer: Viewer, options: RankingOptions = RankingOptions(),
        weights: RankingWeights = .default,
        language: Language = .en
    ) -> [RankingResult] {
        let scorer = RankingScorer(
            taxonomy: storage.taxonomy, weights: weights, referenceDay: referenceDay, options: options, language: language)
        let facts = RankingVacancyFacts(vacancy)
        let winners: [UInt64]
        if facts.nice.count > 2000 || facts.mustSkills.count > 255 || facts.mustCredentials.count > 255 {
            // Beyond the scan's counter widths: score everyone the slow way.
            winners = referenceWinners(facts, scorer: scorer, viewer: viewer, options: options)
        } else {
            winners = withExtendedLifetime(storage) {
                scanWinners(facts, scorer: scorer, viewer: viewer, options: options)
            }
        }
        // Only the winners are explained, by the reference scorer.
        return winners.map { key in
            let p = RankingScanKey.person(key)
            let result = scorer.explain(RankingPersonFacts(storage.person(at: p)), facts)
            assert(
                RankingScanKey.make(eligible: result.eligible, score: result.score.hundredths, person: p) == key,
                "the fast path disagrees with the explaining scorer for \(result.person)")
            return result
        }
    }

    /// The winners' scan keys, best first, by scoring every person with the explaining scorer.
    func referenceWinners(
        _ facts: RankingVacancyFacts, scorer: RankingScorer, viewer: Viewer, options: RankingOptions
    ) -> [UInt64] {
        var top = RankingTopK(capacity: Swift.min(options.limit ?? storage.count, storage.count))
        for p in 0..<storage.count {
            let person = storage.person(at: p)
            guard AccessPolicy(viewer).maySee(person) else { continue }
            if let employer = options.employer, person.employer != employer { continue }
            let (total, eligible) = scorer.evaluate(RankingPersonFacts(person), facts)
            guard eligible || options.includeIneligible else { continue }
            top.insert(RankingScanKey.make(eligible: eligible, score: total, person: p))
        }
        return top.sortedBestFirst()
    }

    /// The fast path. Every rule comes from ``RankingRules``, on the same quantized values the
    /// explaining scorer reads, so totals and eligibility agree exactly.
    func scanWinners(
        _ v: RankingVacancyFacts, scorer: RankingScorer, viewer: Viewer, options: RankingOptions
    ) -> [UInt64] {
        let s = storage
        let n = s.count
        let k = Swift.min(options.limit ?? n, n)
        guard k > 0 else { return [] }
        let include = options.includeIneligible

        // Who is scanned: the must-have skills' posting lists intersected (when ineligible people
        // are not wanted), and the employer filter's list; otherwise everyone.
        var candidates: [Int32]?
        if !v.mustSkills.isEmpty && !include {
            var lists: [[Int32]] = []
            for skill in v.mustSkills {
                guard let id = s.skillIndex[skill] else { return [] }
                lists.append(s.skillPostings[Int(id)])
            }
            candidates = Self.intersect(lists)
        }
        if let employer = options.employer {
            guard let id = s.employerIndex[employer] else { return [] }
            let list = s.employerPeople[Int(id)]
            candidates = candidates.map { Self.intersect([$0, list]) } ?? list
        }
        if let candidates, candidates.isEmpty { return [] }

        let scratch = s.scratchPool.take(count: n)
        defer { s.scratchPool.give(scratch) }
        let gathered = RankingGathered(
            v, storage: s, scratch: scratch, referenceDay: scorer.referenceDay, include: include)
        defer { gathered.clear(storage: s, scratch: scratch) }

        let w = scorer.weights.hundredths
        let mustN = v.mustSkills.count
        let credN = v.mustCredentials.count
        let scaleWeight = w[RankingCriterion.scaleFit.slot]
        let availabilityWeight = w[RankingCriterion.availability.slot]
        // Availability by days late: 0 = on time, 1 … grace = within the grace, grace + 1 = too late.
        let lateLast = Swift.min(scorer.grace, 4095) + 1

        // Points tables, laid out in one buffer: must (256), credentials (256), domain (256),
        // wishes (8), scale (256), level (256), late (lateLast + 1).
        let tables = RankingColumn<Int>(count: 256 * 5 + 8 + lateLast + 1, repeating: 0)
        let bads = RankingColumn<UInt8>(count: 256 + lateLast + 1, repeating: 0)
        let must = tables.pointer
        let cred = must + 256
        let domain = cred + 256
        let wish = domain + 256
        let scale = wish + 8
        let level = scale + 256
        let late = level + 256
        let levelBad = bads.pointer
        let lateBad = levelBad + 256
        for i in 0..<256 {
            must[i] = RankingRules.share(w[RankingCriterion.mustSkills.slot], Swift.min(i, mustN), mustN)
            cred[i] = RankingRules.share(w[RankingCriterion.mustCredentials.slot], Swift.min(i, credN), credN)
            domain[i] = RankingRules.domainPoints(weight: w[RankingCriterion.domainExperience.slot], tenths: i)
            if i > 0, let range = v.scale {
                scale[i] = RankingScaleFit(person: i, vacancy: range).points(weight: scaleWeight)
            }
            if i > 0, i <= 127, let required = v.nlqf {
                level[i] = i >= required ? w[RankingCriterion.workingLevel.slot] : 0
                levelBad[i] = i < required ? 1 : 0
            }
        }
        for i in 0...4 { wish[i] = RankingRules.wishPoints(weight: w[RankingCriterion.wishes.slot], met: i) }
        for i in 0...lateLast {
            let points = RankingRules.availabilityPoints(weight: availabilityWeight, late: i, grace: scorer.grace)
            late[i] = points ?? 0
            lateBad[i] = points == nil ? 1 : 0
        }

        let scan = RankingScan(
            include: include, hideAllDiscreet: AccessPolicy(viewer).discreetRule == .hideAll,
            asker: AccessPolicy(viewer).hiddenEmployer.flatMap { s.employerIndex[$0] } ?? -1,
            flags: s.flags.pointer, employer: s.employer.pointer, scale: s.scale.pointer, nlqf: s.nlqf.pointer,
            hoursLo: s.hoursLo.pointer, hoursHi: s.hoursHi.pointer, available: s.available.pointer,
            limits: s.maxCommute.pointer, xs: s.x.pointer, ys: s.y.pointer, zs: s.z.pointer,
            wishLo: s.wishScaleLo.pointer, wishHi: s.wishScaleHi.pointer,
            mustCounts: gathered.mustCounts ? scratch.mustCount.pointer : nil,
            credCounts: gathered.credCounts ? scratch.credCount.pointer : nil,
            domains: gathered.domainTenths ? scratch.domainTenths.pointer : nil,
            wishes: gathered.wishBits ? scratch.wishBits.pointer : nil,
            niceNumbers: gathered.niceNumerators ? scratch.niceNumerator.pointer : nil,
            mustN: mustN, credN: credN,
            mustTable: UnsafePointer(must), credTable: UnsafePointer(cred), domainTable: UnsafePointer(domain),
            wishTable: UnsafePointer(wish), scaleTable: UnsafePointer(scale),
            levelWeight: w[RankingCriterion.workingLevel.slot], hoursWeight: w[RankingCriterion.hours.slot],
            availabilityWeight: availabilityWeight, commuteWeight: w[RankingCriterion.commute.slot],
            niceWeight: w[RankingCriterion.niceSkills.slot], niceDenominator: v.niceTotal * RankingRules.exactCredit,
            requiredLevel: Int8(v.nlqf ?? 0), hasHours: v.hours != nil,
            vHoursLo: Int16(v.hours?.lo ?? 0), vHoursHi: Int16(v.hours?.hi ?? 0),
            hasStart: v.start != nil, start: v.start ?? 0, grace: scorer.grace,
            hasOffice: v.location != nil, ox: v.location?.x ?? 0, oy: v.location?.y ?? 0, oz: v.location?.z ?? 0,
            maxKm: scorer.maxKm ?? Int.max, hasMaxKm: scorer.maxKm != nil, hasScale: v.scale != nil,
            vScaleLo: UInt8(v.scale?.lo ?? 0), vScaleHi: UInt8(v.scale?.hi ?? 0),
            mustFullPoints: mustN > 0 ? w[RankingCriterion.mustSkills.slot] : 0,
            levelTable: UnsafePointer(level), levelBad: UnsafePointer(levelBad),
            lateTable: UnsafePointer(late), lateBad: UnsafePointer(lateBad),
            lateTableCovers: scorer.grace < 4096, lateLast: lateLast,
            niceScale: v.niceTotal > 0
                ? Double(w[RankingCriterion.niceSkills.slot]) / Double(v.niceTotal * RankingRules.exactCredit) : 0,
            columnsMaximum: (v.nlqf != nil ? w[RankingCriterion.workingLevel.slot] : 0)
                + (v.scale != nil ? scaleWeight : 0) + (v.hours != nil ? w[RankingCriterion.hours.slot] : 0)
                + (v.start != nil ? availabilityWeight : 0) + (v.location != nil ? w[RankingCriterion.commute.slot] : 0)
        )
        var top = RankingTopK(capacity: k)
        withExtendedLifetime((tables, bads)) {
            scan.run(candidates: candidates, count: n, top: &top)
        }
        return top.sortedBestFirst()
    }

    /// Intersection of sorted lists, smallest first, by galloping search in the larger lists.
    static func intersect(_ lists: [[Int32]]) -> [Int32] {
        guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
        for list in lists.sorted(by: { $0.count < $1.count }).dropFirst() {
            guard !result.isEmpty else { break }
            result = intersect(result, list)
        }
        return result
    }

    static func intersect(_ small: [Int32], _ large: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(small.count)
        var lo = 0
        for value in small {
            // Gallop from lo to find the first element >= value.
            var step = 1
            var hi = lo
            while hi < large.count && large[hi] < value {
                lo = hi + 1
                hi += step
                step *= 2
            }
            hi = Swift.min(hi, large.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if large[mid] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo == large.count { break }
            if large[lo] == value { out.append(value) }
        }
        return out
    }
}
