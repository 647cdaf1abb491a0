import Foundation
import GRDB
import KoppelEngine

/// One data version's profiles, vacancies, reference data and weights, with the ranking index
/// built: what `koppel serve` keeps in memory and answers rankings from.
///
/// A snapshot never changes. The service builds the next one in the background after a write
/// and swaps it in, so a request ranks against one version from start to end. It holds no
/// viewer's view: every ranking from it goes through the ``AccessPolicy`` of the request.
///
/// ```swift
/// let snapshot = try store.rankingSnapshot()                     // seconds at national size
/// let list = try store.rankCandidates(vacancyID: "v0001", in: snapshot, viewer: viewer,
///                                     options: .init(limit: 50), on: day)  // milliseconds
/// ```
public final class RankingSnapshot: Sendable {
    /// The data version it was read at (``KoppelStore/dataVersion()``).
    public let version: Int64
    let index: RankingIndex
    let catalog: Catalog
    let weights: RankingWeights
    /// Every vacancy, by id; the open ones in id order.
    let vacancies: [String: Vacancy]
    let openVacancies: [Vacancy]
    /// The profiles' part of every candidates input hash, computed once.
    let inputHash: CandidatesInputHash
    /// How many profiles there are of each employer and visibility, for the count of
    /// profiles a viewer's ranking considered (the policy decides per group, not per viewer).
    let groups: [ProfileGroup]

    struct ProfileGroup: Sendable {
        var employer: String
        var visibility: Visibility
        var count: Int
    }

    /// How many profiles it holds.
    public var profileCount: Int { index.count }

    init(version: Int64, people: [Person], catalog: Catalog, weights: RankingWeights, vacancies: [Vacancy], open: Set<String>) throws {
        // The profiles are hashed on another core while the index is built.
        let hash = BackgroundValue { CandidatesInputHash(people: people) }
        index = try RankingIndex(people: people, catalog: catalog)
        var counts: [String: [Visibility: Int]] = [:]
        for person in people { counts[person.employer, default: [:]][person.visibility, default: 0] += 1 }
        groups = counts.sorted { $0.key < $1.key }.flatMap { employer, byVisibility in
            byVisibility.map { ProfileGroup(employer: employer, visibility: $0.key, count: $0.value) }
        }
        self.version = version
        self.catalog = catalog
        self.weights = weights
        self.vacancies = Dictionary(uniqueKeysWithValues: vacancies.map { ($0.id, $0) })
        openVacancies = vacancies.filter { open.contains($0.id) }
        inputHash = hash.value
    }

    /// How many profiles `policy`'s viewer may see.
    func visibleCount(_ policy: AccessPolicy) -> Int {
        if policy.seesEveryProfile { return index.count }
        return groups.reduce(0) { sum, group in
            sum + (policy.maySee(person: "", employer: group.employer, visibility: group.visibility) ? group.count : 0)
        }
    }
}

extension KoppelStore {
    /// The data version: a number that grows with every write that can change a ranking or a
    /// round (an import, an erasure, new weights, an accepted round or exchange).
    public func dataVersion() throws -> Int64 {
        try pool.read(Self.dataVersion)
    }

    static func dataVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT version FROM data_version") ?? 0
    }

    /// Reads every profile, vacancy, the reference data and the weights in one read
    /// transaction and builds the ranking index: the state of one data version.
    ///
    /// `check` runs first in the same transaction (`koppel candidates` refuses a vacancy it
    /// may not rank for before loading a million profiles).
    public func rankingSnapshot() throws -> RankingSnapshot {
        try rankingSnapshot(check: { _ in })
    }

    func rankingSnapshot(check: (Database) throws -> Void) throws -> RankingSnapshot {
        let (version, people, catalog, weights, vacancies, open) = try pool.read { db in
            try check(db)
            var loader = PersonBulkLoader(db)
            return (try Self.dataVersion(db), try loader.load(), try Self.loadCatalog(db), try WeightsStore.current(db),
                    try Self.loadVacancies(db, where: nil), Set(try String.fetchAll(db, sql: "SELECT id FROM vacancy WHERE status = 'open'")))
        }
        return try RankingSnapshot(
            version: version, people: people, catalog: catalog, weights: weights, vacancies: vacancies, open: open)
    }
}
