/// What a placement round produced: choices obtained, unmatched trainees with a reason,
/// places left per placement, ignored listings. Pure; `Codable` for `--format json`.
///
/// ```swift
/// let matching = PlacementSolver.solve(instance)
/// let report = PlacementReport(instance: instance, matching: matching)
/// print(report.renderTable())                                     // --format table
/// let json = PlacementJSON.encode(report, prettyPrinted: true)    // --format json
/// ```
///
/// A trainee's "choice" is the 1-based position of their placement in the list they
/// submitted (so a trainee whose first choice did not rank them, placed at their second,
/// counts as "2nd choice").
public struct PlacementReport: Codable, Hashable, Sendable {
    /// Why a trainee is unmatched.
    public enum UnmatchedReason: String, Codable, Hashable, Sendable, CaseIterable {
        /// The trainee ranked no placement.
        case emptyList
        /// No placement they listed ranks them back (or those that do are forbidden).
        case noAcceptablePlacement
        /// Every acceptable placement is full with trainees it prefers (capacity 0 counts as full).
        case allFull
        /// An acceptable placement would take them: the matching is not stable (only for
        /// hand-made matchings; never for a solver result).
        case notStable

        /// A short explanation for people.
        public var explanation: String {
            switch self {
            case .emptyList: return "ranked no placement"
            case .noAcceptablePlacement: return "no placement on their list ranks them (or it is forbidden)"
            case .allFull: return "every placement that ranks them is full with trainees it prefers"
            case .notStable: return "a placement would take them: the matching is not stable"
            }
        }
    }

    /// How many trainees got their n-th choice.
    public struct ChoiceCount: Codable, Hashable, Sendable {
        /// 1 for first choice, 2 for second, …
        public var choice: Int
        /// How many trainees got it.
        public var trainees: Int

        /// Creates a count.
        public init(choice: Int, trainees: Int) {
            self.choice = choice
            self.trainees = trainees
        }
    }

    /// An unmatched trainee and why.
    public struct UnmatchedTrainee: Codable, Hashable, Sendable {
        /// The trainee's id.
        public var trainee: String
        /// Why they are unmatched.
        public var reason: UnmatchedReason

        /// Creates an entry.
        public init(trainee: String, reason: UnmatchedReason) {
            self.trainee = trainee
            self.reason = reason
        }
    }

    /// One placement's outcome.
    public struct PlacementLine: Codable, Hashable, Sendable {
        /// The placement's id.
        public var placement: String
        /// Its capacity.
        public var capacity: Int
        /// Its trainees, in its ranking order.
        public var assigned: [String]
        /// Places left: capacity − assigned (never below 0).
        public var unfilled: Int

        /// Creates a line.
        public init(placement: String, capacity: Int, assigned: [String], unfilled: Int) {
            self.placement = placement
            self.capacity = capacity
            self.assigned = assigned
            self.unfilled = unfilled
        }
    }

    /// The side the matching is optimal for (`nil` for a hand-made matching).
    public var optimal: PlacementProposingSide?
    /// Number of trainees.
    public var traineeCount: Int
    /// Number of matched trainees.
    public var matchedCount: Int
    /// Number of placements.
    public var placementCount: Int
    /// Sum of capacities.
    public var totalCapacity: Int
    /// Sum of unfilled places.
    public var unfilledCount: Int
    /// Matched trainees per choice, from 1 to the worst choice given (zeros included).
    public var choices: [ChoiceCount]
    /// Unmatched trainees, sorted by id (byte-wise).
    public var unmatched: [UnmatchedTrainee]
    /// Every placement, sorted by id (byte-wise).
    public var placements: [PlacementLine]
    /// Number of blocking pairs (0 for every solver result).
    public var blockingPairs: Int
    /// Listings that were ignored (one-sided or forbidden).
    public var warnings: [PlacementWarning]

    /// Builds the report of `matching` for `instance`.
    ///
    /// - Precondition: the matching's ids exist in `instance` (normally it was made for it).
    public init(instance: PlacementInstance, matching: PlacementMatching) {
        let core = instance.core
        let assignment = matching.assignment(in: core)
        let traineeCount = core.traineeCount
        let placementCount = core.placementCount

        var assignedCount = [Int](repeating: 0, count: placementCount)
        var choiceTally = [Int]()
        for t in 0..<traineeCount {
            let p = assignment[t]
            guard p >= 0 else { continue }
            assignedCount[Int(p)] += 1
            // Position in the submitted list (a hand-made pair may not be on it: not counted).
            if let choice = core.trainees[t].ranking.firstIndex(of: core.placements[Int(p)].id) {
                if choiceTally.count <= choice {
                    choiceTally += [Int](repeating: 0, count: choice + 1 - choiceTally.count)
                }
                choiceTally[choice] += 1
            }
        }

        let blocking = PlacementSolver.violations(core: core, assignment: assignment)
            .filter { if case .blockingPair = $0 { return true } else { return false } }
        let blockingTrainees = Set(
            blocking.compactMap { v -> String? in
                if case .blockingPair(let pair) = v { return pair.trainee }
                return nil
            })

        var unmatched = [UnmatchedTrainee]()
        for t in 0..<traineeCount where assignment[t] < 0 {
            let id = core.trainees[t].id
            let reason: UnmatchedReason
            if core.trainees[t].ranking.isEmpty {
                reason = .emptyList
            } else if core.accTraineeRange(t).isEmpty {
                reason = .noAcceptablePlacement
            } else if blockingTrainees.contains(id) {
                reason = .notStable
            } else {
                reason = .allFull
            }
            unmatched.append(UnmatchedTrainee(trainee: id, reason: reason))
        }

        let members = PlacementMatching(core: core, assignment: assignment, optimal: matching.optimal)
            .membersByPlacement()
        var lines = [PlacementLine]()
        lines.reserveCapacity(placementCount)
        for p in 0..<placementCount {
            let capacity = core.capacity[p]
            lines.append(
                PlacementLine(
                    placement: core.placements[p].id, capacity: capacity,
                    assigned: members[p].map { core.trainees[$0].id },
                    unfilled: max(0, capacity - assignedCount[p])))
        }

        optimal = matching.optimal
        self.traineeCount = traineeCount
        matchedCount = assignment.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
        self.placementCount = placementCount
        totalCapacity = core.capacity.reduce(0) { $0.addingReportingOverflow($1).overflow ? Int.max : $0 + $1 }
        unfilledCount = lines.reduce(0) {
            $0.addingReportingOverflow($1.unfilled).overflow ? Int.max : $0 + $1.unfilled
        }
        choices = choiceTally.enumerated().map { ChoiceCount(choice: $0.offset + 1, trainees: $0.element) }
        self.unmatched = unmatched
        placements = lines
        blockingPairs = blocking.count
        warnings = core.warnings
    }
}
