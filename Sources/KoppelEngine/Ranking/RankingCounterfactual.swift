/// The smallest change to a profile that would have put it on a shortlist, computed by
/// re-scoring, never guessed.
///
/// The changes tried are the ones a person can act on: a missing must-have skill or credential
/// (or one that expired), a working level as high as the vacancy asks, a maximum commute as
/// far as the vacancy, availability by the start, hours that overlap, a missing nice-to-have
/// skill. Sets of one change are tried first, then two, then three; the first size that
/// reaches the bar wins, and within it the highest score (then the first in the order above).
///
/// ```swift
/// let bar = RankingCounterfactual.Bar(score: 6250, person: "p017")  // the k-th of the shortlist
/// let found = RankingCounterfactual.smallestChange(for: person, vacancy: v, catalog: c, on: day,
///                                                  viewer: .regionalAdviser, weights: w, toBeat: bar)
/// found?.changes   // [.addSkill("nl:bag")]
/// ```
public enum RankingCounterfactual {
    /// One change to a profile.
    public enum Change: Hashable, Sendable, Codable {
        case addSkill(String)
        case addCredential(String)
        case workingLevel(Int)
        case maxCommuteKm(Int)
        case availableFrom(Day)
        case hours(Double)
        case addNiceSkill(String)

        /// The profile with this change applied.
        public func applied(to person: Person) -> Person {
            var changed = person
            switch self {
            case .addSkill(let skill), .addNiceSkill(let skill):
                changed.skills.append(PersonSkill(skill: skill))
            case .addCredential(let code):
                changed.credentials.removeAll { $0.code == code }
                changed.credentials.append(Credential(code: code))
            case .workingLevel(let level): changed.nlqf = level
            case .maxCommuteKm(let km): changed.maxCommuteKm = Double(km)
            case .availableFrom(let day): changed.availableFrom = day
            case .hours(let hours):
                changed.hoursPerWeek = hours
                changed.wishes.hoursMin = changed.wishes.hoursMin.map { Swift.min($0, hours) }
                changed.wishes.hoursMax = changed.wishes.hoursMax.map { Swift.max($0, hours) }
            }
            return changed
        }
    }

    /// The place to reach: the last result of the shortlist, whom the person must rank above
    /// (eligible, then by score, ties by id as the ranking breaks them); nil when the
    /// shortlist had room, so being eligible is enough.
    public struct Bar: Hashable, Sendable {
        public var score: Int
        public var person: String
        public init(score: Int, person: String) {
            self.score = score
            self.person = person
        }
    }

    /// A set of changes and the result it gives, re-scored by the engine.
    public struct Found: Hashable, Sendable {
        public var changes: [Change]
        public var result: RankingResult
    }

    /// Whether a result ranks above the bar (or, without one, is eligible).
    public static func reaches(_ result: RankingResult, _ bar: Bar?) -> Bool {
        guard result.eligible else { return false }
        guard let bar else { return true }
        return result.score.hundredths > bar.score || (result.score.hundredths == bar.score && result.person < bar.person)
    }

    /// The changes worth trying for this person and vacancy, in the order of preference.
    public static func candidates(for person: Person, vacancy: Vacancy, on day: Day) -> [Change] {
        var changes: [Change] = []
        let held = Set(person.skills.map(\.skill))
        changes += vacancy.mustSkills.filter { !held.contains($0) }.map(Change.addSkill)
        for code in vacancy.mustCredentials {
            let valid = person.credentials.contains { $0.code == code && ($0.expires.map { $0 >= day } ?? true) }
            if !valid { changes.append(.addCredential(code)) }
        }
        if let required = vacancy.nlqf, (person.nlqf ?? 0) < required { changes.append(.workingLevel(required)) }
        if let home = person.home, let office = vacancy.location {
            let distance = home.distanceKm(to: office)
            if let limit = person.maxCommuteKm, distance > limit { changes.append(.maxCommuteKm(Int(distance.rounded(.up)))) }
        }
        if let start = vacancy.startDate, let available = person.availableFrom, available > start { changes.append(.availableFrom(start)) }
        if let low = vacancy.hoursMin, let high = vacancy.hoursMax, let hours = person.hoursPerWeek, hours < low || hours > high {
            changes.append(.hours(hours < low ? low : high))
        }
        let all = held.union(vacancy.mustSkills)
        changes += vacancy.niceSkills.sorted { ($0.weight, $1.skill) > ($1.weight, $0.skill) }.filter { !all.contains($0.skill) }
            .prefix(8).map { Change.addNiceSkill($0.skill) }
        return changes
    }

    /// The smallest set of at most three changes that takes the person past the bar, or nil
    /// when none does (or the person already ranks above it).
    public static func smallestChange(
        for person: Person, vacancy: Vacancy, catalog: Catalog, on day: Day, viewer: Viewer, options: RankingOptions = RankingOptions(),
        weights: RankingWeights, toBeat bar: Bar?
    ) -> Found? {
        var options = options
        options.includeIneligible = true
        let scorer = RankingScorer(taxonomy: RankingTaxonomy(catalog), weights: weights, referenceDay: day, options: options)
        let facts = RankingVacancyFacts(vacancy)
        func score(_ changes: [Change]) -> RankingResult {
            scorer.explain(RankingPersonFacts(changes.reduce(person) { $1.applied(to: $0) }), facts)
        }
        guard AccessPolicy(viewer).maySee(person), !reaches(score([]), bar) else { return nil }
        let changes = candidates(for: person, vacancy: vacancy, on: day)
        for size in 1...3 where size <= changes.count {
            var best: Found?
            forEachSubset(of: changes.count, size: size) { indices in
                let chosen = indices.map { changes[$0] }
                let result = score(chosen)
                if reaches(result, bar), best.map({ result.score > $0.result.score }) ?? true {
                    best = Found(changes: chosen, result: result)
                }
            }
            if let best { return best }
        }
        return nil
    }

    /// Calls `body` with every `size`-subset of `0..<count`, in lexicographic order.
    public static func forEachSubset(of count: Int, size: Int, _ body: ([Int]) -> Void) {
        var indices = Array(0..<size)
        while true {
            body(indices)
            var i = size - 1
            while i >= 0 && indices[i] == count - size + i { i -= 1 }
            if i < 0 { return }
            indices[i] += 1
            for j in (i + 1)..<size { indices[j] = indices[j - 1] + 1 }
        }
    }
}
