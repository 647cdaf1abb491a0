import KoppelEngine

/// How much demo data to make: ``twente`` for a realistic demo, ``national`` for benchmarks,
/// ``custom(persons:vacancies:trainees:placementsPerRotation:historyTrainees:exchangeRequests:standInOffers:rotations:)``
/// for tests.
///
/// Trainees are people too: ``persons`` counts every profile, trainees of both cohorts included.
///
/// ```swift
/// let tiny = DemoSize.custom(persons: 200, vacancies: 10, trainees: 6, placementsPerRotation: 8)
/// ```
public struct DemoSize: Hashable, Sendable, Codable {
    /// All profiles, trainee profiles included (raised to at least the number of trainees).
    public var persons: Int
    public var vacancies: Int
    /// Trainees of the coming cohort (the one whose first rotation is the next round).
    public var trainees: Int
    /// Rotations per cohort, each about eight months.
    public var rotations: Int
    /// Placements made for each rotation that has a round (see ``DemoDataset/placements``).
    public var placementsPerRotation: Int
    /// Trainees of the previous cohort, whose first rotation is final; 0 leaves that cohort out.
    public var historyTrainees: Int
    public var exchangeRequests: Int
    public var standInOffers: Int

    /// Creates a size; negative counts become 0, `rotations` is at least 1 (at most 6, as the
    /// schema allows) and `persons` at least `trainees + historyTrainees`.
    public init(
        persons: Int, vacancies: Int, trainees: Int, rotations: Int = 3, placementsPerRotation: Int,
        historyTrainees: Int = 0, exchangeRequests: Int = 0, standInOffers: Int = 0
    ) {
        self.trainees = max(0, trainees)
        self.historyTrainees = max(0, historyTrainees)
        self.persons = max(max(0, persons), self.trainees + self.historyTrainees)
        self.vacancies = max(0, vacancies)
        self.rotations = min(max(1, rotations), 6)
        self.placementsPerRotation = max(0, placementsPerRotation)
        self.exchangeRequests = max(0, exchangeRequests)
        self.standInOffers = max(0, standInOffers)
    }

    /// Profiles that are not trainees (employees of the Twente employers).
    public var staff: Int { persons - trainees - historyTrainees }

    /// The Twente demo: about 20,000 profiles, 300 vacancies, 40 trainees in one cohort with
    /// 3 rotations (plus 36 trainees of last year's cohort), 60 placements per rotation,
    /// 80 exchange requests and 30 stand-in offers.
    public static let twente = DemoSize(
        persons: 20_000, vacancies: 300, trainees: 40, rotations: 3, placementsPerRotation: 60,
        historyTrainees: 36, exchangeRequests: 80, standInOffers: 30)

    /// The national benchmark: 1,000,000 profiles (100,000 of them trainees), 20,000 vacancies,
    /// 10,000 placements per rotation, 5,000 exchange requests and 1,000 stand-in offers.
    /// No previous cohort. Stream the profiles with ``DemoGenerator/generatePersons(_:progress:into:)``.
    public static let national = DemoSize(
        persons: 1_000_000, vacancies: 20_000, trainees: 100_000, rotations: 3,
        placementsPerRotation: 10_000, historyTrainees: 0, exchangeRequests: 5_000, standInOffers: 1_000)

    /// Any size, for tests and experiments; see ``init(persons:vacancies:trainees:rotations:placementsPerRotation:historyTrainees:exchangeRequests:standInOffers:)``.
    public static func custom(
        persons: Int, vacancies: Int = 0, trainees: Int = 0, placementsPerRotation: Int = 0,
        historyTrainees: Int = 0, exchangeRequests: Int = 0, standInOffers: Int = 0, rotations: Int = 3
    ) -> DemoSize {
        DemoSize(
            persons: persons, vacancies: vacancies, trainees: trainees, rotations: rotations,
            placementsPerRotation: placementsPerRotation, historyTrainees: historyTrainees,
            exchangeRequests: exchangeRequests, standInOffers: standInOffers)
    }
}
