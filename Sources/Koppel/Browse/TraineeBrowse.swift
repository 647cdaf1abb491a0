import Foundation
import GRDB
import KoppelEngine

/// What the trainee browser shows: the trainee's coming rotation, its placements with the
/// trainee's fit for each, and the ranking saved so far.
public struct TraineeBrowse: Sendable {
    /// One placement with the trainee's fit.
    public struct Entry: Sendable {
        public var placement: HostPlacement
        public var employer: Employer?
        public var domain: Domain?
        /// The ranking engine's score of the trainee for the placement seen as a vacancy
        /// (``HostPlacement/asVacancy(host:rotation:)``), ineligible ones included.
        public var fit: RankingResult
        /// Straight line from the trainee's home to the host's seat; nil when either is unknown.
        public var distanceKm: Double?
        /// The placement's skills in order, with the trainee's holding of each.
        public var skills: [SkillHolding]
    }

    public var trainee: Trainee
    public var person: Person
    /// The earliest rotation of the trainee's cohort without a final assignment for them.
    public var rotation: Rotation
    /// The rotation's placements, by id.
    public var entries: [Entry]
    /// The saved ranking, first choice first (placement ids).
    public var savedRanking: [String]
    public var referenceDay: Day
    public var weightsVersion: Int
}

/// A skill asked for, and whether a person holds it, a related skill, or neither.
public struct SkillHolding: Sendable, Hashable {
    public var skill: String
    public var label: String
    public var held: Bool
    /// When not held: the label of the most strongly related skill the person holds, if any.
    public var relatedHeld: String?
}

extension KoppelStore {
    /// Loads the trainee browser's data for `traineeID`, for the trainee themselves or a
    /// regional adviser (no other viewer may read a trainee's ranking).
    ///
    /// - Throws: ``StoreError`` `.notAllowed` for another viewer, `.notFound` for an unknown
    ///   trainee, `.invalidState` when every rotation of the trainee's cohort already has a
    ///   final assignment for them.
    public func browseTraineeData(traineeID: String, viewer: Viewer, on day: Day) throws -> TraineeBrowse {
        try Self.require(
            viewer == .trainee(id: traineeID, person: "") || viewer == .regionalAdviser,
            text: "access.traineeBrowse", ["trainee": traineeID, "viewer": viewer])
        let loaded = try pool.read { db -> (Trainee, Person, RoundData, Catalog, RankingWeights) in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [traineeID]) else {
                throw StoreError(.notFound, text: "store.noTrainee", ["id": traineeID])
            }
            let trainee = Trainee(id: row["id"], person: row["person"], cohort: row["cohort"])
            guard let person = try Self.loadPersons(db, where: ("id = ?", [trainee.person])).first else {
                throw StoreError(.notFound, text: "store.traineeNoProfile", ["id": traineeID])
            }
            let rotationID = try String.fetchOne(
                db,
                sql: """
                    SELECT id FROM rotation WHERE cohort = ?
                    AND id NOT IN (SELECT rotation FROM assignment WHERE trainee = ? AND status = 'final')
                    ORDER BY number LIMIT 1
                    """, arguments: [trainee.cohort, trainee.id])
            guard let rotationID else {
                throw StoreError(.invalidState, text: "store.noComingRotation", ["id": traineeID, "cohort": trainee.cohort])
            }
            return (trainee, person, try RoundData.load(rotationID, db), try Self.loadCatalog(db), try WeightsStore.current(db))
        }
        let (trainee, person, data, catalog, weights) = loaded
        let employers = Dictionary(catalog.employers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let domains = Dictionary(catalog.domains.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let vacancies = data.placements.map { $0.asVacancy(host: employers[$0.employer], rotation: data.rotation) }
        // One scorer for all placements; the same results as RankingEngine.score for each.
        let results = try RankingEngine.rankVacancies(
            for: person, among: vacancies, catalog: catalog, on: day, viewer: .regionalAdviser,
            options: RankingOptions(includeIneligible: true, limit: nil), weights: weights)
        let fits = Dictionary(uniqueKeysWithValues: results.map { ($0.vacancy, $0) })
        let holdings = SkillHoldings(catalog: catalog, person: person)
        let entries = data.placements.compactMap { placement -> TraineeBrowse.Entry? in
            guard let fit = fits[placement.id] else { return nil }
            let host = employers[placement.employer]
            return TraineeBrowse.Entry(
                placement: placement, employer: host, domain: placement.domain.flatMap { domains[$0] }, fit: fit,
                distanceKm: person.home.flatMap { home in host?.location.map { home.distanceKm(to: $0) } },
                skills: placement.skills.map(holdings.holding))
        }
        return TraineeBrowse(
            trainee: trainee, person: person, rotation: data.rotation, entries: entries,
            savedRanking: data.traineeRankings[trainee.id] ?? [], referenceDay: day, weightsVersion: weights.version)
    }
}

/// Which skills a person holds, exactly or through a related skill of the taxonomy.
struct SkillHoldings {
    let labels: [String: String]
    let held: Set<String>
    /// For each skill, its related skills with their strength, strongest first.
    let related: [String: [(skill: String, strength: Double)]]

    init(catalog: Catalog, person: Person) {
        labels = Dictionary(catalog.skills.map { ($0.id, $0.labelNL) }, uniquingKeysWith: { a, _ in a })
        held = Set(person.skills.map(\.skill))
        var related: [String: [(skill: String, strength: Double)]] = [:]
        for relation in catalog.relations where relation.from != relation.to {
            related[relation.from, default: []].append((relation.to, relation.strength))
            related[relation.to, default: []].append((relation.from, relation.strength))
        }
        self.related = related.mapValues { links in
            links.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.skill < $1.skill }
        }
    }

    func holding(_ skill: String) -> SkillHolding {
        let isHeld = held.contains(skill)
        let relatedHeld = isHeld ? nil : related[skill]?.first { held.contains($0.skill) }.map { labels[$0.skill] ?? $0.skill }
        return SkillHolding(skill: skill, label: labels[skill] ?? skill, held: isHeld, relatedHeld: relatedHeld)
    }
}
