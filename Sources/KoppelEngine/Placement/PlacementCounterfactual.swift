/// Why a trainee did not get a placement they wanted more, and the smallest change in that
/// host's ranking that would have given it to them: computed by solving the round again, not
/// guessed. For the letter to a trainee about a placement round (AI Act art. 86).
///
/// For every placement the trainee ranked above the one they got (all of their list when
/// they got none), ``explain(trainee:in:)`` reports where the host ranked them, how many places
/// it had, the host rank of the last trainee it took, and the lowest place in the host's
/// ranking at which the trainee-optimal stable matching gives the trainee that placement.
///
/// ```swift
/// let wanted = PlacementCounterfactual.explain(trainee: "t1", in: instance)
/// wanted[0].neededRank   // 1: had the host ranked t1 first, t1 would have been placed there
/// ```
public enum PlacementCounterfactual {
    /// One placement the trainee wanted more than the one they got.
    public struct Wanted: Sendable, Hashable, Codable {
        /// The placement's id.
        public var placement: String
        /// The trainee's place on their own list (1 = first choice).
        public var choice: Int
        /// The trainee's place in the host's ranking (1 = first); nil when the host did not rank them.
        public var hostRank: Int?
        /// The length of the host's ranking.
        public var hostRanked: Int
        /// How many trainees the placement takes.
        public var capacity: Int
        /// The host rank of the lowest-ranked trainee it took; nil when it took no one.
        public var lastTakenRank: Int?
        /// The lowest (largest) place in the host's ranking at which the trainee would have
        /// been placed here, the rest of the round unchanged; nil when no place would do
        /// (no capacity).
        public var neededRank: Int?

        public init(
            placement: String, choice: Int, hostRank: Int?, hostRanked: Int, capacity: Int, lastTakenRank: Int?, neededRank: Int?
        ) {
            self.placement = placement
            self.choice = choice
            self.hostRank = hostRank
            self.hostRanked = hostRanked
            self.capacity = capacity
            self.lastTakenRank = lastTakenRank
            self.neededRank = neededRank
        }
    }

    /// The placements `trainee` ranked above their trainee-optimal placement in `instance`,
    /// in the trainee's order; empty when they got their first choice or the id is unknown.
    public static func explain(trainee: String, in instance: PlacementInstance) -> [Wanted] {
        guard let own = instance.trainees.first(where: { $0.id == trainee }) else { return [] }
        let matching = PlacementSolver.solve(instance, proposing: .trainee)
        let got = matching.placement(of: trainee)
        let better = got.flatMap { own.ranking.firstIndex(of: $0) }.map { Array(own.ranking[..<$0]) } ?? own.ranking
        return better.enumerated().compactMap { index, placementID in
            guard let placement = instance.placements.first(where: { $0.id == placementID }) else { return nil }
            let hostRank = placement.ranking.firstIndex(of: trainee).map { $0 + 1 }
            let taken = matching.trainees(at: placementID).compactMap { placement.ranking.firstIndex(of: $0) }
            return Wanted(
                placement: placementID, choice: index + 1, hostRank: hostRank, hostRanked: placement.ranking.count,
                capacity: placement.capacity, lastTakenRank: taken.max().map { $0 + 1 },
                neededRank: neededRank(trainee, at: placement, in: instance))
        }
    }

    /// The instance with `trainee` moved to place `rank` (1-based) of `placementID`'s ranking
    /// (added there when the host did not rank them).
    public static func moving(_ trainee: String, toRank rank: Int, at placementID: String, in instance: PlacementInstance) -> PlacementInstance {
        let placements = instance.placements.map { placement -> PlacementInstance.Placement in
            guard placement.id == placementID else { return placement }
            var ranking = placement.ranking.filter { $0 != trainee }
            ranking.insert(trainee, at: min(max(rank - 1, 0), ranking.count))
            return PlacementInstance.Placement(id: placement.id, capacity: placement.capacity, ranking: ranking)
        }
        // The ids and lists are the instance's own, so building again cannot fail.
        return try! PlacementInstance(trainees: instance.trainees, placements: placements, forbidden: instance.forbidden)
    }

    /// The largest rank at which moving `trainee` up (or in) gives them `placement`; nil when
    /// even first place does not.
    private static func neededRank(_ trainee: String, at placement: PlacementInstance.Placement, in instance: PlacementInstance) -> Int? {
        guard placement.capacity > 0, !instance.forbidden.contains(PlacementPair(trainee: trainee, placement: placement.id)) else { return nil }
        let others = placement.ranking.filter { $0 != trainee }.count
        let current = placement.ranking.firstIndex(of: trainee).map { $0 + 1 } ?? (others + 2)
        for rank in stride(from: min(current - 1, others + 1), through: 1, by: -1) {
            let moved = moving(trainee, toRank: rank, at: placement.id, in: instance)
            if PlacementSolver.solve(moved, proposing: .trainee).placement(of: trainee) == placement.id { return rank }
        }
        return nil
    }
}
