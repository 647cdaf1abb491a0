/// Ranking without an index: people for a vacancy, vacancies for a person, one pair, gaps.
///
/// These score every candidate one by one with the explaining scorer. For many people, build a
/// ``RankingIndex`` once and rank through it: it returns exactly the same results, faster.
///
/// ```swift
/// let results = try RankingEngine.rankPeople(
///     for: vacancy, among: people, catalog: catalog, on: Day("2026-05-01")!, viewer: .adviser(employer: "HGL"))
/// for result in results { print(result.person, result.score, result.eligible) }
/// ```
///
/// Order: eligible results first, then by score (highest first), then by id (ascending).
/// Visibility is the ``AccessPolicy``'s: a discreet profile never appears for an adviser of its
/// own employer, and never for ``Viewer/nobody``.
public enum RankingEngine {
    /// Scores one person for one vacancy; nil when the profile is not visible to the asker.
    public static func score(
        _ person: Person, for vacancy: Vacancy, catalog: Catalog, on referenceDay: Day, viewer: Viewer,
        options: RankingOptions = RankingOptions(), weights: RankingWeights = .default,
        language: Language = .en
    ) -> RankingResult? {
        guard AccessPolicy(viewer).maySee(person) else { return nil }
        let scorer = RankingScorer(
            taxonomy: RankingTaxonomy(catalog), weights: weights, referenceDay: referenceDay, options: options,
            language: language)
        return scorer.explain(RankingPersonFacts(person), RankingVacancyFacts(vacancy))
    }

    /// Ranks people for a vacancy, scoring each one (the reference path).
    ///
    /// Throws ``RankingError/Code/duplicateId`` when two people share an id.
    public static func rankPeople(
        for vacancy: Vacancy, among people: [Person], catalog: Catalog, on referenceDay: Day, viewer: Viewer,
        options: RankingOptions = RankingOptions(), weights: RankingWeights = .default,
        language: Language = .en
    ) throws(RankingError) -> [RankingResult] {
        try checkUnique(people.map(\.id), what: "person")
        let scorer = RankingScorer(
            taxonomy: RankingTaxonomy(catalog), weights: weights, referenceDay: referenceDay, options: options,
            language: language)
        let facts = RankingVacancyFacts(vacancy)
        var scored: [(key: RankingSortKey, value: RankingPersonFacts)] = []
        for person in people {
            guard AccessPolicy(viewer).maySee(person) else { continue }
            if let employer = options.employer, person.employer != employer { continue }
            let personFacts = RankingPersonFacts(person)
            let (total, eligible) = scorer.evaluate(personFacts, facts)
            guard eligible || options.includeIneligible else { continue }
            scored.append((RankingSortKey(eligible: eligible, score: total, id: person.id), personFacts))
        }
        return top(scored, limit: options.limit).map { scorer.explain($0, facts) }
    }

    /// Ranks vacancies for a person; empty when the profile is not visible to the asker.
    ///
    /// `options.employer` keeps only vacancies of that employer. Throws
    /// ``RankingError/Code/duplicateId`` when two vacancies share an id.
    public static func rankVacancies(
        for person: Person, among vacancies: [Vacancy], catalog: Catalog, on referenceDay: Day, viewer: Viewer,
        options: RankingOptions = RankingOptions(), weights: RankingWeights = .default,
        language: Language = .en
    ) throws(RankingError) -> [RankingResult] {
        try checkUnique(vacancies.map(\.id), what: "vacancy")
        guard AccessPolicy(viewer).maySee(person) else { return [] }
        let scorer = RankingScorer(
            taxonomy: RankingTaxonomy(catalog), weights: weights, referenceDay: referenceDay, options: options,
            language: language)
        let personFacts = RankingPersonFacts(person)
        var scored: [(key: RankingSortKey, value: RankingVacancyFacts)] = []
        for vacancy in vacancies {
            if let employer = options.employer, vacancy.employer != employer { continue }
            let facts = RankingVacancyFacts(vacancy)
            let (total, eligible) = scorer.evaluate(personFacts, facts)
            guard eligible || options.includeIneligible else { continue }
            scored.append((RankingSortKey(eligible: eligible, score: total, id: vacancy.id), facts))
        }
        return top(scored, limit: options.limit).map { scorer.explain(personFacts, $0) }
    }

    /// The skills and credentials a person lacks for a vacancy, each skill with the Twentse School
    /// course that teaches it (if any); nil when the profile is not visible to the asker.
    public static func gaps(
        for person: Person, vacancy: Vacancy, catalog: Catalog, on referenceDay: Day, viewer: Viewer
    ) -> RankingGaps? {
        guard AccessPolicy(viewer).maySee(person) else { return nil }
        return RankingGaps(
            person: RankingPersonFacts(person), vacancy: RankingVacancyFacts(vacancy),
            taxonomy: RankingTaxonomy(catalog), referenceDay: RankingRules.day(referenceDay))
    }

    static func checkUnique(_ ids: [String], what: String) throws(RankingError) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw RankingError(code: .duplicateId, message: "the \(what) id '\(id)' appears more than once")
        }
    }

    static func top<T>(_ items: [(key: RankingSortKey, value: T)], limit: Int?) -> [T] {
        let sorted = items.sorted { $0.key < $1.key }
        let count = Swift.max(0, Swift.min(limit ?? sorted.count, sorted.count))
        return sorted.prefix(count).map(\.value)
    }
}

/// Result order: eligible first, higher score first, then id ascending. `a < b` means a comes first.
struct RankingSortKey: Comparable {
    var eligible: Bool
    var score: Int
    var id: String

    static func < (a: RankingSortKey, b: RankingSortKey) -> Bool {
        if a.eligible != b.eligible { return a.eligible }
        if a.score != b.score { return a.score > b.score }
        return a.id < b.id
    }
}
