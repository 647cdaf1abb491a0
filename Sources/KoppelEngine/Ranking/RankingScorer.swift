/// The explaining scorer: scores one person for one vacancy, criterion by criterion.
///
/// It is the reference. The index's fast scan must produce the same total and eligibility for
/// every person, and it explains its winners with this scorer. With `explain: false` no strings
/// are built (the detail closures are never called). Details are in ``language``; the facts
/// beside them are the same in every language.
struct RankingScorer: Sendable {
    let taxonomy: RankingTaxonomy
    let weights: RankingWeights
    let referenceDay: Int
    let grace: Int
    /// The caller's search radius in metres.
    let maxKm: Int?
    /// The language of the details.
    let language: Language

    init(
        taxonomy: RankingTaxonomy, weights: RankingWeights, referenceDay: Day, options: RankingOptions,
        language: Language = .en
    ) {
        self.taxonomy = taxonomy
        self.language = language
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

        mutating func add(
            _ criterion: RankingCriterion, _ points: Int, max: Int, hasData: Bool = true,
            facts: @autoclosure () -> [String: Double] = [:], _ detail: () -> String
        ) {
            total += points
            if explain {
                components.append(
                    RankingComponent(
                        criterion: criterion, points: RankingPoints(hundredths: points),
                        max: RankingPoints(hundredths: max), detail: detail(), hasData: hasData, facts: facts()))
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

    // MARK: Words

    private func t(_ key: String, _ arguments: [String: any TextArgument] = [:]) -> String {
        language.text(key, arguments)
    }

    private func labels(_ skills: [String]) -> String { skills.map(taxonomy.skillLabel).joined(separator: ", ") }
    private func tenths(_ value: Int) -> String { language.decimal(RankingFormat.tenths(value)) }
    private func km(_ metres: Int) -> String { language.decimal(RankingFormat.kilometres(metres)) }
    private func limitKm(_ metres: Int) -> String { language.decimal(RankingFormat.limitKilometres(metres)) }
    private func percent(permille: Int) -> String { language.decimal(RankingFormat.percent(permille: permille)) }
    private func day(_ ordinal: Int) -> Day { Day(ordinal: ordinal) }
    private func hoursRange(_ lo: Int, _ hi: Int) -> String {
        lo == hi
            ? t("unit.hoursPerWeek", ["hours": tenths(lo)])
            : t("unit.hoursRangePerWeek", ["low": tenths(lo), "high": tenths(hi)])
    }
    private func kmFact(_ metres: Int) -> Double { Double((metres + 50) / 100) / 10 }

    // MARK: Criteria

    private func mustSkills(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard !v.mustSkills.isEmpty else {
            r.add(.mustSkills, 0, max: weight, hasData: false, facts: ["required": 0]) {
                t("ranking.mustSkills.noVacancyData")
            }
            return
        }
        var missing: [String] = []
        for skill in v.mustSkills where !p.skills.contains(skill) {
            missing.append(skill)
            r.fail(.missingMustSkill, skill)
        }
        let held = v.mustSkills.count - missing.count
        r.add(
            .mustSkills, RankingRules.share(weight, held, v.mustSkills.count), max: weight, hasData: !p.skills.isEmpty,
            facts: ["required": Double(v.mustSkills.count), "held": Double(held), "missing": Double(missing.count)]
        ) {
            let noData = p.skills.isEmpty ? t("ranking.noProfileSkills") : ""
            let missingText = missing.isEmpty ? "" : t("ranking.missing", ["list": labels(missing)])
            return noData + t("ranking.mustSkills.held", ["held": held, "count": v.mustSkills.count]) + missingText
        }
    }

    private func mustCredentials(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder)
    {
        guard !v.mustCredentials.isEmpty else {
            r.add(.mustCredentials, 0, max: weight, hasData: false, facts: ["required": 0]) {
                t("ranking.mustCredentials.noVacancyData")
            }
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
        r.add(
            .mustCredentials, RankingRules.share(weight, valid, v.mustCredentials.count), max: weight,
            hasData: !p.credentials.isEmpty,
            facts: [
                "required": Double(v.mustCredentials.count), "valid": Double(valid), "expired": Double(expired.count),
                "missing": Double(missing.count),
            ]
        ) {
            var text = p.credentials.isEmpty ? t("ranking.mustCredentials.noProfileData") : ""
            text += t(
                "ranking.mustCredentials.valid",
                ["valid": valid, "count": v.mustCredentials.count, "day": day(referenceDay)])
            if !expired.isEmpty {
                let items = expired.map {
                    t("ranking.mustCredentials.expiredItem", ["name": taxonomy.credentialName($0.code), "day": day($0.day)])
                }
                text += t("ranking.mustCredentials.expired", ["list": items.joined(separator: ", ")])
            }
            if !missing.isEmpty {
                text += t("ranking.missing", ["list": missing.map(taxonomy.credentialName).joined(separator: ", ")])
            }
            return text
        }
    }

    private func niceSkills(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard !v.nice.isEmpty else {
            r.add(.niceSkills, 0, max: weight, hasData: false, facts: ["listed": 0]) {
                t("ranking.niceSkills.noVacancyData")
            }
            return
        }
        var numerator = 0
        var exact = 0
        var relatedCount = 0
        var related: [(skill: String, via: String, permille: Int)] = []
        var missing: [String] = []
        for nice in v.nice {
            if p.skills.contains(nice.skill) {
                numerator += nice.weight * RankingRules.exactCredit
                exact += 1
            } else if let link = taxonomy.related(to: nice.skill, heldBy: p.skills) {
                numerator += nice.weight * link.permille
                relatedCount += 1
                if r.explain { related.append((nice.skill, link.skill, link.permille)) }
            } else if r.explain {
                missing.append(nice.skill)
            }
        }
        let denominator = v.niceTotal * RankingRules.exactCredit
        let creditPermille = numerator * 1000 / denominator
        r.add(
            .niceSkills, RankingRules.share(weight, numerator, denominator), max: weight, hasData: !p.skills.isEmpty,
            facts: [
                "listed": Double(v.nice.count), "exact": Double(exact), "related": Double(relatedCount),
                "creditPercent": Double(creditPermille) / 10,
            ]
        ) {
            var text = p.skills.isEmpty ? t("ranking.noProfileSkills") : ""
            text += t(
                "ranking.niceSkills.held",
                ["exact": exact, "count": v.nice.count, "percent": percent(permille: creditPermille)])
            if !related.isEmpty {
                let items = related.map {
                    t(
                        "ranking.niceSkills.relatedItem",
                        [
                            "skill": taxonomy.skillLabel($0.skill), "via": taxonomy.skillLabel($0.via),
                            "percent": percent(permille: $0.permille),
                        ])
                }
                text += t("ranking.niceSkills.related", ["list": items.joined(separator: ", ")])
            }
            if !missing.isEmpty { text += t("ranking.missing", ["list": labels(missing)]) }
            return text
        }
    }

    private func domainExperience(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder)
    {
        let full = RankingRules.domainSaturationTenths / 10
        guard let domain = v.domain else {
            r.add(.domainExperience, 0, max: weight, hasData: false) { t("ranking.domain.noVacancyData") }
            return
        }
        guard !p.domains.isEmpty else {
            r.add(.domainExperience, 0, max: weight, hasData: false, facts: ["fullYears": Double(full)]) {
                t("ranking.domain.noProfileData", ["domain": taxonomy.domainName(domain)])
            }
            return
        }
        let tenthsHeld = p.domains[domain] ?? 0
        r.add(
            .domainExperience, RankingRules.domainPoints(weight: weight, tenths: tenthsHeld), max: weight,
            facts: ["years": Double(tenthsHeld) / 10, "fullYears": Double(full)]
        ) {
            var text = t(
                "ranking.domain.years", ["years": tenths(tenthsHeld), "domain": taxonomy.domainName(domain), "full": full])
            if tenthsHeld == 0 {
                text += t(
                    "ranking.domain.elsewhere",
                    ["list": p.domains.keys.sorted().map(taxonomy.domainName).joined(separator: ", ")])
            }
            return text
        }
    }

    private func workingLevel(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let required = v.nlqf else {
            r.add(.workingLevel, 0, max: weight, hasData: false) { t("ranking.workingLevel.noVacancyData") }
            return
        }
        guard let level = p.nlqf else {
            r.add(.workingLevel, 0, max: weight, hasData: false, facts: ["required": Double(required)]) {
                t("ranking.workingLevel.noProfileData", ["required": required])
            }
            return
        }
        let facts: [String: Double] = ["level": Double(level), "required": Double(required)]
        if level >= required {
            r.add(.workingLevel, weight, max: weight, facts: facts) {
                t("ranking.workingLevel.met", ["level": level, "required": required])
            }
        } else {
            r.fail(.workingLevelBelowRequired)
            r.add(.workingLevel, 0, max: weight, facts: facts) {
                t("ranking.workingLevel.below", ["level": level, "required": required])
            }
        }
    }

    private func scaleFit(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let range = v.scale else {
            r.add(.scaleFit, 0, max: weight, hasData: false) { t("ranking.scale.noVacancyData") }
            return
        }
        let vacancyFacts: [String: Double] = [
            "vacancyMinHalfSteps": Double(range.lo), "vacancyMaxHalfSteps": Double(range.hi),
        ]
        guard let scale = p.scale else {
            r.add(.scaleFit, 0, max: weight, hasData: false, facts: vacancyFacts) {
                t("ranking.scale.noProfileData", ["range": RankingFormat.scaleRange(range.lo, range.hi)])
            }
            return
        }
        let fit = RankingScaleFit(person: scale, vacancy: range)
        if fit == .stepUp { r.flag(.careerMove) }
        if fit == .farBelow { r.flag(.farBelowCurrentScale) }
        r.add(
            .scaleFit, fit.points(weight: weight), max: weight,
            facts: vacancyFacts.merging(["personHalfSteps": Double(scale)]) { $1 }
        ) {
            let arguments: [String: any TextArgument] = [
                "from": RankingFormat.scale(scale), "to": RankingFormat.scaleRange(range.lo, range.hi),
            ]
            return switch fit {
            case .within: t("ranking.scale.within", arguments)
            case .stepUp: t("ranking.scale.stepUp", arguments)
            case .twoUp: t("ranking.scale.twoUp", arguments)
            case .farAbove: t("ranking.scale.farAbove", arguments)
            case .stepDown: t("ranking.scale.stepDown", arguments)
            case .twoDown: t("ranking.scale.twoDown", arguments)
            case .farBelow: t("ranking.scale.farBelow", arguments)
            }
        }
    }

    private func hours(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let wanted = v.hours else {
            r.add(.hours, 0, max: weight, hasData: false) { t("ranking.hours.noVacancyData") }
            return
        }
        let wantedFacts: [String: Double] = ["wantedMin": Double(wanted.lo) / 10, "wantedMax": Double(wanted.hi) / 10]
        guard let offered = p.hours else {
            r.add(.hours, 0, max: weight, hasData: false, facts: wantedFacts) {
                t("ranking.hours.noProfileData", ["range": hoursRange(wanted.lo, wanted.hi)])
            }
            return
        }
        let overlap = offered.overlaps(wanted)
        if !overlap { r.fail(.noHoursOverlap) }
        r.add(
            .hours, overlap ? weight : 0, max: weight,
            facts: wantedFacts.merging([
                "offeredMin": Double(offered.lo) / 10, "offeredMax": Double(offered.hi) / 10, "overlap": overlap ? 1 : 0,
            ]) { $1 }
        ) {
            let text = t(
                p.hoursFromWishes ? "ranking.hours.wishes" : "ranking.hours.works",
                ["offered": hoursRange(offered.lo, offered.hi), "wanted": hoursRange(wanted.lo, wanted.hi)])
            guard overlap else { return text + t("ranking.hours.noOverlap") }
            let lo = Swift.max(offered.lo, wanted.lo)
            let hi = Swift.min(offered.hi, wanted.hi)
            return text + t("ranking.hours.overlap", ["range": hoursRange(lo, hi)])
        }
    }

    private func commute(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        let radiusFacts: [String: Double] = maxKm.map { ["radiusKm": kmFact($0)] } ?? [:]
        guard let office = v.location else {
            if maxKm != nil { r.fail(.distanceUnknown) }
            r.add(.commute, 0, max: weight, hasData: false, facts: radiusFacts) { t("ranking.commute.noVacancyData") }
            return
        }
        guard let home = p.home else {
            if maxKm != nil { r.fail(.distanceUnknown) }
            r.add(.commute, 0, max: weight, hasData: false, facts: radiusFacts) { t("ranking.commute.noProfileData") }
            return
        }
        let distance = RankingRules.distanceMetres(home, office)
        let points = RankingRules.commutePoints(weight: weight, distance: distance, limit: p.maxCommute)
        if points == nil { r.fail(.commuteBeyondLimit) }
        let beyondRadius = maxKm.map { distance > $0 } ?? false
        if beyondRadius { r.fail(.beyondMaxKm) }
        var facts = radiusFacts
        facts["distanceKm"] = kmFact(distance)
        if let limit = p.maxCommute {
            facts["limitKm"] = kmFact(limit)
        } else {
            facts["referenceKm"] = kmFact(RankingRules.commuteReferenceMetres)
        }
        r.add(.commute, points ?? 0, max: weight, facts: facts) {
            var text = ""
            if let from = p.homePlace, let to = v.place { text += t("ranking.commute.route", ["from": from, "to": to]) }
            text += t("ranking.commute.distance", ["km": km(distance)])
            if let limit = p.maxCommute {
                text += t(points == nil ? "ranking.commute.beyondLimit" : "ranking.commute.limit", ["limit": limitKm(limit)])
            } else {
                text += t("ranking.commute.noLimit", ["reference": limitKm(RankingRules.commuteReferenceMetres)])
            }
            text += t("ranking.commute.straightLine")
            if beyondRadius, let maxKm {
                text += t("ranking.commute.beyondRadius", ["km": limitKm(maxKm)])
            }
            return text
        }
    }

    private func availability(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard let start = v.start else {
            r.add(.availability, 0, max: weight, hasData: false) { t("ranking.availability.noVacancyData") }
            return
        }
        guard let available = p.availableFrom else {
            r.add(.availability, 0, max: weight, hasData: false, facts: ["graceDays": Double(grace)]) {
                t("ranking.availability.noProfileData", ["start": day(start)])
            }
            return
        }
        let late = available - start
        let points = RankingRules.availabilityPoints(weight: weight, late: late, grace: grace)
        if points == nil { r.fail(.notAvailableByStart) }
        r.add(
            .availability, points ?? 0, max: weight, facts: ["daysLate": Double(late), "graceDays": Double(grace)]
        ) {
            let arguments: [String: any TextArgument] = [
                "from": day(available), "start": day(start), "grace": grace,
                "days": late == 1 ? t("unit.day") : t("unit.days", ["count": late]),
            ]
            if late <= 0 { return t("ranking.availability.onTime", arguments) }
            return t(points == nil ? "ranking.availability.tooLate" : "ranking.availability.late", arguments)
        }
    }

    private func wishes(_ p: RankingPersonFacts, _ v: RankingVacancyFacts, _ weight: Int, _ r: inout Recorder) {
        guard p.hasWishes else {
            r.add(.wishes, 0, max: weight, hasData: false, facts: ["met": 0, "of": 4]) { t("ranking.wishes.none") }
            return
        }
        let domainMet = v.domain.map { p.wishDomains.contains($0) } ?? false
        let employerMet = p.wishEmployers.contains(v.employer)
        let scaleMet = p.wishScale.flatMap { wish in v.scale.map { wish.overlaps($0) } } ?? false
        let met = (domainMet ? 1 : 0) + (employerMet ? 1 : 0) + (scaleMet ? 1 : 0) + (p.movesVacancy ? 1 : 0)
        r.add(.wishes, RankingRules.wishPoints(weight: weight, met: met), max: weight, facts: ["met": Double(met), "of": 4]) {
            var parts: [String] = []
            if p.wishDomains.isEmpty {
                parts.append(t("ranking.wishes.domainNoWish"))
            } else if let domain = v.domain {
                let name = taxonomy.domainName(domain)
                parts.append(t(domainMet ? "ranking.wishes.domainWished" : "ranking.wishes.domainNotWished", ["name": name]))
            } else {
                parts.append(t("ranking.wishes.domainNone"))
            }
            if p.wishEmployers.isEmpty {
                parts.append(t("ranking.wishes.employerNoWish"))
            } else {
                parts.append(
                    t(
                        employerMet ? "ranking.wishes.employerWished" : "ranking.wishes.employerNotWished",
                        ["employer": v.employer]))
            }
            if let wish = p.wishScale {
                let wishText =
                    wish.lo == 0
                    ? t("ranking.wishes.scaleUpTo", ["scale": RankingFormat.scale(wish.hi)])
                    : wish.hi == 127
                        ? t("ranking.wishes.scaleFrom", ["scale": RankingFormat.scale(wish.lo)])
                        : t("ranking.wishes.scaleRange", ["range": RankingFormat.scaleRange(wish.lo, wish.hi)])
                if let scale = v.scale {
                    parts.append(
                        t(
                            scaleMet ? "ranking.wishes.scaleMeets" : "ranking.wishes.scaleMisses",
                            ["wish": wishText, "range": RankingFormat.scaleRange(scale.lo, scale.hi)]))
                } else {
                    parts.append(t("ranking.wishes.scaleNoVacancyScale", ["wish": wishText]))
                }
            } else {
                parts.append(t("ranking.wishes.scaleNoWish"))
            }
            if p.wishMoves.isEmpty {
                parts.append(t("ranking.wishes.moveNoWish"))
            } else {
                parts.append(t(p.movesVacancy ? "ranking.wishes.openToVacancies" : "ranking.wishes.notOpenToVacancies"))
            }
            return t("ranking.wishes.met", ["met": met, "parts": parts.joined(separator: "; ")])
        }
    }
}
