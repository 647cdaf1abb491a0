import KoppelEngine

/// Everything ``DemoGenerator`` makes, as plain values ready for a store.
///
/// Ids are zero-padded so that text order is number order: `p000001` (persons; wider when there
/// are a million or more), `v0001`, `t001`, `pl-c2026-r1-001`, `x0001`, `s001`, cohorts `c2026`
/// and rotations `c2026-r1`.
public struct DemoDataset: Hashable, Sendable, Codable {
    public var seed: UInt64
    public var size: DemoSize
    public var today: Day
    /// Every profile in id order, trainees last; empty when made with `includePersons: false`.
    public var persons: [Person]
    public var vacancies: [Vacancy]
    /// The coming cohort first, then the previous one (when ``DemoSize/historyTrainees`` > 0).
    public var cohorts: [Cohort]
    public var rotations: [Rotation]
    public var trainees: [Trainee]
    /// Placements of the rotations that have a round: the coming cohort's first rotation and,
    /// for the previous cohort, its first (already final) and second rotation.
    public var placements: [HostPlacement]
    /// Trainees' ranked placements: for the coming cohort's first rotation and the previous
    /// cohort's second rotation.
    public var traineeRankings: [Ranking]
    /// Hosts' ranked trainees, for about half of the placements; the others are left for the
    /// store to derive from scores.
    public var hostRankings: [Ranking]
    /// Final assignments of the previous cohort's first rotation: the history that the
    /// "never twice at the same organisation" rule reads.
    public var assignments: [Assignment]
    public var exchangeRequests: [ExchangeRequest]
    public var standInOffers: [StandInOffer]

    public init(
        seed: UInt64, size: DemoSize, today: Day, persons: [Person] = [], vacancies: [Vacancy] = [],
        cohorts: [Cohort] = [], rotations: [Rotation] = [], trainees: [Trainee] = [],
        placements: [HostPlacement] = [], traineeRankings: [Ranking] = [], hostRankings: [Ranking] = [],
        assignments: [Assignment] = [], exchangeRequests: [ExchangeRequest] = [],
        standInOffers: [StandInOffer] = []
    ) {
        self.seed = seed
        self.size = size
        self.today = today
        self.persons = persons
        self.vacancies = vacancies
        self.cohorts = cohorts
        self.rotations = rotations
        self.trainees = trainees
        self.placements = placements
        self.traineeRankings = traineeRankings
        self.hostRankings = hostRankings
        self.assignments = assignments
        self.exchangeRequests = exchangeRequests
        self.standInOffers = standInOffers
    }

    /// The placements of one rotation, in id order.
    public func placements(in rotation: String) -> [HostPlacement] {
        placements.filter { $0.rotation == rotation }
    }

    /// The coming cohort's first rotation: the next placement round.
    public var comingRotation: Rotation? {
        guard let cohort = cohorts.first else { return nil }
        return rotations.first { $0.cohort == cohort.id && $0.number == 1 }
    }
}
