/// The explaining scorer: scores one person for one vacancy, criterion by criterion.
///
/// It is the reference. The index's fast scan must produce the same total and eligibility for
/// every person, and it explains its winners with this scorer. With `explain: false` no strings
/// are built (the detail closures are never called).
struct RankingScorer: Sendable {
    let taxonomy: RankingTaxonomy
    let weights: RankingWeights
    let referenceDay: Int
    let grace: Int
    /// The caller's search radius in metres.
    let maxKm: Int?

    init(taxonomy: RankingTaxonomy, weights: RankingWeights, referenceDay: Day, options: RankingOptions) {
        self.taxonomy = taxonomy
        self.weights = weights
        self.referenceDay = RankingRules.day(referenceDay)
        grace = Swift.max(0, options.availabilityGraceDays)
        maxKm = options.maxKm.flatMap { $0.isFinite ? RankingRules.metres(km: $0) : nil }
    }

    /// Collects points, failures and (when explaining) the words.
    struct Recorder {
        let explain: Bool
        var total = 0
        var eligible = true
        var components: [RankingComponent] = []
        var reasons: [RankingReason] = []
        var flags: [RankingFlag] = []

        init(explain: Bool) {
            self.explain = explain
            if explain { components.reserveCapacity(RankingCriterion.count) }
        }

        mutating func add(_ criterion: RankingCriterion, _ points: Int, max: Int, _ detail: () -> String) {
            total += points
            if explain {
                components.append(
                    RankingComponent(
                        criterion: criterion, points: RankingPoints(hundredths: points),
                        max: RankingPoints(hundredths: max), detail: detail()))
            }
        }

        mutating func fail(_ code: RankingReasonCode, _ subject: String? = nil) {
            eligible = false
            if explain { reasons.append(RankingReason(code: code, subject: subject)) }
        }

        mutating func flag(_ flag: RankingFlag) {
            if explain { flags.append(flag) }
        }
    }

    /// Total (hundredths) and eligibility, without words.
    func evaluate(_ person: RankingPersonFacts, _ vacancy: RankingVacancyFacts) -> (total: Int, eligible: Bool) {
        let recorder = run(person, vacancy, explain: false)
        return (recorder.total, recorder.eligible)
    }

    /// The full result with components, reasons and flags.
    func explain(_ person: RankingPersonFacts, _ vacancy: RankingVacancyFacts) -> RankingResult {
        let r = run(person, vacancy, explain: true)
        return RankingResult(
            person: person.id, vacancy: vacancy.id, score: RankingPoints(hundredths: r.total), eligible: r.eligible,
            reasons: r.reasons, flags: r.flags, weightsVersion: weights.version, components: r.components)
    }

    func run(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, explain: Bool) -> Recorder {
        var r = Recorder(explain: explain)
        let w = weights.hundredths
        mustSkills(p, v, w[RankingCriterion.mustSkills.slot], &r)
        mustCredentials(p, v, w[RankingCriterion.mustCredentials.slot], &r)
        niceSkills(p, v, w[RankingCriterion.niceSkills.slot], &r)
        domainExperience(p, v, w[RankingCriterion.domainExperience.slot], &r)
        workingLevel(p, v, w[RankingCriterion.workingLevel.slot], &r)
        scaleFit(p, v, w[RankingCriterion.scaleFit.slot], &r)
        hours(p, v, w[RankingCriterion.hours.slot], &r)
        commute(p, v, w[RankingCriterion.commute.slot], &r)
        availability(p, v, w[RankingCriterion.availability.slot], &r)
        wishes(p, v, w[RankingCriterion.wishes.slot], &r)
        return r
    }

    // MARK: Criteria

    private func labels(_ skills: [String]) -> String { skills.map(taxonomy.skillLabel).joined(separator: ", ") }

    private func mustSkills(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard !v.mustSkills.isEmpty else {
            r.add(.mustSkills, 0, max: weight) { "no data: the vacancy lists no must-have skills" }
            return
        }
        var missing: [String] = []
        for skill in v.mustSkills where !p.skills.contains(skill) {
            missing.append(skill)
            r.fail(.missingMustSkill, skill)
        }
        let held = v.mustSkills.count - missing.count
        r.add(.mustSkills, RankingRules.share(weight, held, v.mustSkills.count), max: weight) {
            let noData = p.skills.isEmpty ? "no data: the profile lists no skills; " : ""
            let missingText = missing.isEmpty ? "" : "; missing: \(labels(missing))"
            return "\(noData)\(held) of \(v.mustSkills.count) must-have skills\(missingText)"
        }
    }

    private func mustCredentials(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder)
    {
        guard !v.mustCredentials.isEmpty else {
            r.add(.mustCredentials, 0, max: weight) { "no data: the vacancy requires no credentials" }
            return
        }
        var missing: [String] = []
        var expired: [(code: String, day: Int)] = []
        for code in v.mustCredentials {
            guard let expiry = p.credentials[code] else {
                missing.append(code)
                r.fail(.missingMustCredential, code)
                continue
            }
            if expiry < referenceDay {
                expired.append((code, expiry))
                r.fail(.expiredMustCredential, code)
            }
        }
        let valid = v.mustCredentials.count - missing.count - expired.count
        r.add(.mustCredentials, RankingRules.share(weight, valid, v.mustCredentials.count), max: weight) {
            var text = p.credentials.isEmpty ? "no data: the profile lists no credentials; " : ""
            text += "\(valid) of \(v.mustCredentials.count) required credentials valid on "
            text += RankingFormat.day(referenceDay)
            if !expired.isEmpty {
                text += "; expired: "
                text += expired.map { "\(taxonomy.credentialName($0.code)) (\(RankingFormat.day($0.day)))" }
                    .joined(separator: ", ")
            }
            if !missing.isEmpty { text += "; missing: " + missing.map(taxonomy.credentialName).joined(separator: ", ") }
            return text
        }
    }

    private func niceSkills(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard !v.nice.isEmpty else {
            r.add(.niceSkills, 0, max: weight) { "no data: the vacancy lists no nice-to-have skills" }
            return
        }
        var numerator = 0
        var exact = 0
        var related: [(skill: String, via: String, permille: Int)] = []
        var missing: [String] = []
        for nice in v.nice {
            if p.skills.contains(nice.skill) {
                numerator += nice.weight * RankingRules.exactCredit
                exact += 1
            } else if let link = taxonomy.related(to: nice.skill, heldBy: p.skills) {
                numerator += nice.weight * link.permille
                if r.explain { related.append((nice.skill, link.skill, link.permille)) }
            } else if r.explain {
                missing.append(nice.skill)
            }
        }
        let denominator = v.niceTotal * RankingRules.exactCredit
        r.add(.niceSkills, RankingRules.share(weight, numerator, denominator), max: weight) {
            var text = p.skills.isEmpty ? "no data: the profile lists no skills; " : ""
            text += "\(exact) of \(v.nice.count) nice-to-have skills"
            text += " (weighted credit \(RankingFormat.percent(permille: numerator * 1000 / denominator)))"
            if !related.isEmpty {
                text += "; related: "
                text += related.map {
                    "\(taxonomy.skillLabel($0.skill)) via \(taxonomy.skillLabel($0.via)) "
                        + "(\(RankingFormat.percent(permille: $0.permille)))"
                }.joined(separator: ", ")
            }
            if !missing.isEmpty { text += "; missing: \(labels(missing))" }
            return text
        }
    }

    private func domainExperience(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder)
    {
        guard let domain = v.domain else {
            r.add(.domainExperience, 0, max: weight) { "no data: the vacancy has no domain" }
            return
        }
        guard !p.domains.isEmpty else {
            r.add(.domainExperience, 0, max: weight) {
                "no data: the profile lists no domain experience (vacancy: \(taxonomy.domainName(domain)))"
            }
            return
        }
        let tenths = p.domains[domain] ?? 0
        r.add(.domainExperience, RankingRules.domainPoints(weight: weight, tenths: tenths), max: weight) {
            let full = RankingRules.domainSaturationTenths / 10
            var text =
                "\(RankingFormat.tenths(tenths)) years in \(taxonomy.domainName(domain)) (full points from \(full) years)"
            if tenths == 0 {
                text += "; experience in: " + p.domains.keys.sorted().map(taxonomy.domainName).joined(separator: ", ")
            }
            return text
        }
    }

    private func workingLevel(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let required = v.nlqf else {
            r.add(.workingLevel, 0, max: weight) { "no data: the vacancy states no working level" }
            return
        }
        guard let level = p.nlqf else {
            r.add(.workingLevel, 0, max: weight) {
                "no data: the profile has no working level (vacancy requires NLQF \(required))"
            }
            return
        }
        if level >= required {
            r.add(.workingLevel, weight, max: weight) { "NLQF \(level), vacancy requires \(required)" }
        } else {
            r.fail(.workingLevelBelowRequired)
            r.add(.workingLevel, 0, max: weight) { "NLQF \(level), below the required \(required)" }
        }
    }

    private func scaleFit(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let range = v.scale else {
            r.add(.scaleFit, 0, max: weight) { "no data: the vacancy has no scale" }
            return
        }
        guard let scale = p.scale else {
            r.add(.scaleFit, 0, max: weight) {
                "no data: the profile has no scale (vacancy: scale \(RankingFormat.scaleRange(range.lo, range.hi)))"
            }
            return
        }
        let fit = RankingScaleFit(person: scale, vacancy: range)
        if fit == .stepUp { r.flag(.careerMove) }
        if fit == .farBelow { r.flag(.farBelowCurrentScale) }
        r.add(.scaleFit, fit.points(weight: weight), max: weight) {
            let from = RankingFormat.scale(scale)
            let to = "vacancy \(RankingFormat.scaleRange(range.lo, range.hi))"
            return switch fit {
            case .within: "scale \(from) within \(to)"
            case .stepUp: "career move: one step up (scale \(from) → \(to))"
            case .twoUp: "two scales up (scale \(from) → \(to)): a big step"
            case .farAbove: "more than 2 scales above current (scale \(from) → \(to))"
            case .stepDown: "one step below current (scale \(from) → \(to))"
            case .twoDown: "two scales below current (scale \(from) → \(to))"
            case .farBelow: "more than 2 scales below current (scale \(from) → \(to))"
            }
        }
    }

    private func hours(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let wanted = v.hours else {
            r.add(.hours, 0, max: weight) { "no data: the vacancy has no hours" }
            return
        }
        guard let offered = p.hours else {
            r.add(.hours, 0, max: weight) {
                "no data: the profile has no hours (vacancy \(RankingFormat.hoursRange(wanted.lo, wanted.hi)))"
            }
            return
        }
        let overlap = offered.overlaps(wanted)
        if !overlap { r.fail(.noHoursOverlap) }
        r.add(.hours, overlap ? weight : 0, max: weight) {
            let source = p.hoursFromWishes ? "wished" : "works"
            let text =
                "\(source) \(RankingFormat.hoursRange(offered.lo, offered.hi)), "
                + "vacancy \(RankingFormat.hoursRange(wanted.lo, wanted.hi))"
            guard overlap else { return text + ": no overlap" }
            let lo = Swift.max(offered.lo, wanted.lo)
            let hi = Swift.min(offered.hi, wanted.hi)
            return text + ": overlap \(RankingFormat.hoursRange(lo, hi))"
        }
    }

    private func commute(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let office = v.location else {
            if maxKm != nil { r.fail(.distanceUnknown) }
            r.add(.commute, 0, max: weight) { "no data: the vacancy has no location" }
            return
        }
        guard let home = p.home else {
            if maxKm != nil { r.fail(.distanceUnknown) }
            r.add(.commute, 0, max: weight) { "no data: the profile has no home location" }
            return
        }
        let distance = RankingRules.distanceMetres(home, office)
        let points = RankingRules.commutePoints(weight: weight, distance: distance, limit: p.maxCommute)
        if points == nil { r.fail(.commuteBeyondLimit) }
        let beyondRadius = maxKm.map { distance > $0 } ?? false
        if beyondRadius { r.fail(.beyondMaxKm) }
        r.add(.commute, points ?? 0, max: weight) {
            var text = ""
            if let from = p.homePlace, let to = v.place { text += "\(from) → \(to): " }
            text += "commute \(RankingFormat.kilometres(distance))"
            if let limit = p.maxCommute {
                text += points == nil ? ", beyond the limit of " : ", limit "
                text += RankingFormat.limitKilometres(limit)
            } else {
                text += ", no limit stated (scored against "
                text += RankingFormat.limitKilometres(RankingRules.commuteReferenceMetres) + ")"
            }
            text += " (straight line)"
            if beyondRadius, let maxKm {
                text += "; beyond the search radius of \(RankingFormat.limitKilometres(maxKm))"
            }
            return text
        }
    }

    private func availability(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let start = v.start else {
            r.add(.availability, 0, max: weight) { "no data: the vacancy has no start date" }
            return
        }
        guard let available = p.availableFrom else {
            r.add(.availability, 0, max: weight) {
                "no data: the profile has no availability date (start \(RankingFormat.day(start)))"
            }
            return
        }
        let late = available - start
        let points = RankingRules.availabilityPoints(weight: weight, late: late, grace: grace)
        if points == nil { r.fail(.notAvailableByStart) }
        r.add(.availability, points ?? 0, max: weight) {
            let from = RankingFormat.day(available)
            let startText = RankingFormat.day(start)
            if late <= 0 { return "available from \(from), start \(startText)" }
            let days = late == 1 ? "1 day" : "\(late) days"
            if points == nil {
                return "available from \(from), \(days) after start \(startText): beyond the \(grace)-day grace"
            }
            return "available from \(from), \(days) after start \(startText) (grace \(grace) days)"
        }
    }

    private func wishes(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard p.hasWishes else {
            r.add(.wishes, 0, max: weight) { "no data: no wishes stated" }
            return
        }
        let domainMet = v.domain.map { p.wishDomains.contains($0) } ?? false
        let employerMet = p.wishEmployers.contains(v.employer)
        let scaleMet = p.wishScale.flatMap { wish in v.scale.map { wish.overlaps($0) } } ?? false
        let met = (domainMet ? 1 : 0) + (employerMet ? 1 : 0) + (scaleMet ? 1 : 0) + (p.movesVacancy ? 1 : 0)
        r.add(.wishes, RankingRules.wishPoints(weight: weight, met: met), max: weight) {
            var parts: [String] = []
            if p.wishDomains.isEmpty {
                parts.append("domain: no wish")
            } else if let domain = v.domain {
                let name = taxonomy.domainName(domain)
                parts.append(domainMet ? "domain \(name) wished" : "domain \(name) not wished")
            } else {
                parts.append("domain: the vacancy has none")
            }
            if p.wishEmployers.isEmpty {
                parts.append("employer: no wish")
            } else {
                parts.append(employerMet ? "employer \(v.employer) wished" : "employer \(v.employer) not wished")
            }
            if let wish = p.wishScale {
                let wishText =
                    wish.lo == 0
                    ? "scale wish up to \(RankingFormat.scale(wish.hi))"
                    : wish.hi == 127
                        ? "scale wish from \(RankingFormat.scale(wish.lo))"
                        : "scale wish \(RankingFormat.scaleRange(wish.lo, wish.hi))"
                if let scale = v.scale {
                    parts.append(
                        "\(wishText) \(scaleMet ? "meets" : "misses") vacancy \(RankingFormat.scaleRange(scale.lo, scale.hi))"
                    )
                } else {
                    parts.append("\(wishText), the vacancy has no scale")
                }
            } else {
                parts.append("scale: no wish")
            }
            if p.wishMoves.isEmpty {
                parts.append("kind of move: no wish")
            } else {
                parts.append(p.movesVacancy ? "open to vacancies" : "not open to vacancies")
            }
            return "\(met) of 4 wishes met: " + parts.joined(separator: "; ")
        }
    }
}
