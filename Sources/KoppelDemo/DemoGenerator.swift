import KoppelEngine

/// Makes plausible, deterministic demo data for koppel from the reference catalog: profiles,
/// vacancies, a trainee cohort with placements and rankings, exchange requests and stand-in
/// offers.
///
/// The same catalog, seed, size and `today` give the same values on every run, platform and
/// Swift version: no clock, no system randomness, no hashing order, no standard-library
/// shuffling. Each profile is made from its own random stream, so ``person(at:)`` can make
/// profile 700,000 without the ones before it, and a store can insert a million profiles in
/// batches without holding them.
///
/// ```swift
/// let generator = try DemoGenerator(catalog: catalog, seed: 2026, size: .twente, today: Day("2026-06-01")!)
/// let demo = generator.generate()
/// demo.persons.count      // 20000
/// demo.vacancies[0].id    // "v0001"
///
/// // A million profiles, 10,000 at a time:
/// let national = try DemoGenerator(catalog: catalog, seed: 2026, size: .national, today: today)
/// for batch in national.persons(batch: 10_000) { try store.insert(batch) }
/// let rest = national.generate(includePersons: false)
/// ```
public struct DemoGenerator: Sendable {
    public let catalog: Catalog
    public let seed: UInt64
    /// The size after normalisation (see ``DemoSize/init(persons:vacancies:trainees:rotations:placementsPerRotation:historyTrainees:exchangeRequests:standInOffers:)``).
    public let size: DemoSize
    public let today: Day
    /// The year of the coming cohort: it starts on the first 1 September on or after `today`.
    public let cohortYear: Int

    let index: DemoCatalogIndex
    let personWidth: Int
    let vacancyWidth: Int
    let traineeWidth: Int
    let placementWidth: Int
    let exchangeWidth: Int
    let standInWidth: Int

    /// Prepares a generator; throws when the catalog has no active employer with staff or no
    /// job title.
    public init(catalog: Catalog, seed: UInt64, size: DemoSize, today: Day) throws(DemoGeneratorError) {
        self.catalog = catalog
        self.seed = seed
        self.size = DemoSize(
            persons: size.persons, vacancies: size.vacancies, trainees: size.trainees,
            rotations: size.rotations, placementsPerRotation: size.placementsPerRotation,
            historyTrainees: size.historyTrainees, exchangeRequests: size.exchangeRequests,
            standInOffers: size.standInOffers)
        self.today = today
        let (year, month, day) = today.components
        cohortYear = month < 9 || (month == 9 && day == 1) ? year : year + 1
        index = try DemoCatalogIndex(catalog: catalog)
        personWidth = DemoIdentifiers.width(for: self.size.persons, minimum: 6)
        vacancyWidth = DemoIdentifiers.width(for: self.size.vacancies, minimum: 4)
        traineeWidth = DemoIdentifiers.width(for: self.size.trainees + self.size.historyTrainees, minimum: 3)
        placementWidth = DemoIdentifiers.width(for: self.size.placementsPerRotation, minimum: 3)
        exchangeWidth = DemoIdentifiers.width(for: self.size.exchangeRequests, minimum: 4)
        standInWidth = DemoIdentifiers.width(for: self.size.standInOffers, minimum: 3)
    }

    /// Makes the whole dataset. With `includePersons: false` the profiles are left out (stream
    /// them with ``generatePersons(_:progress:into:)``); everything else still refers to them.
    ///
    /// `progress` is called with (profiles done, profiles in total) every 10,000 profiles and
    /// once at the end.
    public func generate(
        includePersons: Bool = true, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) -> DemoDataset {
        var persons: [Person] = []
        if includePersons {
            persons.reserveCapacity(size.persons)
            generatePersons(progress: progress) { persons.append($0) }
        }
        let vacancies = makeVacancies()
        let traineeship = makeTraineeship()
        let exchangeRequests = makeExchangeRequests(vacancies: vacancies)
        let standInOffers = makeStandInOffers()
        return DemoDataset(
            seed: seed, size: size, today: today, persons: persons, vacancies: vacancies,
            cohorts: traineeship.cohorts, rotations: traineeship.rotations, trainees: traineeship.trainees,
            placements: traineeship.placements, traineeRankings: traineeship.traineeRankings,
            hostRankings: traineeship.hostRankings, assignments: traineeship.assignments,
            exchangeRequests: exchangeRequests, standInOffers: standInOffers)
    }

    /// Calls `body` with the profiles whose indexes are in `range` (all by default), in order.
    ///
    /// `progress` gets (done, count of `range`) every 10,000 profiles and once at the end.
    public func generatePersons<E: Error>(
        _ range: Range<Int>? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
        into body: (Person) throws(E) -> Void
    ) throws(E) {
        let range = (range ?? 0..<size.persons).clamped(to: 0..<size.persons)
        var done = 0
        for position in range {
            try body(person(at: position))
            done += 1
            if done % 10_000 == 0 { progress?(done, range.count) }
        }
        if done % 10_000 != 0 || done == 0 { progress?(done, range.count) }
    }

    /// The profiles in batches of `batch` (the last may be shorter), made as they are iterated.
    public func persons(batch: Int) -> DemoPersonBatches {
        DemoPersonBatches(generator: self, batchSize: max(1, batch))
    }

    /// The id of the profile at `position` (0-based): `p000001` for position 0.
    public func personID(at position: Int) -> String {
        DemoIdentifiers.make("p", position + 1, width: personWidth)
    }
}

/// Profiles in batches, made lazily; see ``DemoGenerator/persons(batch:)``.
public struct DemoPersonBatches: Sequence, Sendable {
    let generator: DemoGenerator
    let batchSize: Int

    public func makeIterator() -> Iterator { Iterator(generator: generator, batchSize: batchSize, position: 0) }

    public var underestimatedCount: Int {
        (generator.size.persons + batchSize - 1) / batchSize
    }

    public struct Iterator: IteratorProtocol, Sendable {
        let generator: DemoGenerator
        let batchSize: Int
        var position: Int

        public mutating func next() -> [Person]? {
            guard position < generator.size.persons else { return nil }
            let end = Swift.min(position + batchSize, generator.size.persons)
            var batch: [Person] = []
            batch.reserveCapacity(end - position)
            for index in position..<end { batch.append(generator.person(at: index)) }
            position = end
            return batch
        }
    }
}

/// The random streams of the generator: each part of the data draws from its own, so changing
/// the number of vacancies does not change the profiles.
enum DemoStream: UInt64 {
    case person = 1
    case vacancy = 2
    case placement = 3
    case traineeRanking = 4
    case hostRanking = 5
    case assignment = 6
    case exchange = 7
    case standIn = 8
}
