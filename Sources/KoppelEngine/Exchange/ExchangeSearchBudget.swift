/// Counts search work across all phases and components and throws at the caller's node or time limit.
///
/// Every phase calls it: enumeration (``checkTime(_:)`` every few thousand paths), the set-up of
/// each component (LP and multipliers), every branch-and-bound node (``spend()``) and every step
/// of the tie-break. The error says how far the search got (``ExchangeSearchProgress``) and names
/// the real limit. The clock is a parameter, so tests can drive it without timing the machine.
struct ExchangeSearchBudget {
    var visited = 0
    let limit: Int
    /// When the search must give up.
    let deadline: ContinuousClock.Instant?
    let timeLimit: Duration?
    /// Reads the clock; `ContinuousClock.now` unless a test injects another.
    let now: () -> ContinuousClock.Instant
    /// How far the search got: updated by the solver as components are solved.
    var progress = ExchangeSearchProgress()
    /// Clock reads so far (for tests: the search stops at the first read past the deadline).
    private(set) var clockReads = 0
    private var sinceClock = 0

    init(limit: Int, timeLimit: Duration? = nil, now: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.limit = limit
        self.timeLimit = timeLimit
        self.now = now
        self.deadline = timeLimit.map { now() + $0 }
    }

    // Progress: per component its optimum once solved, else a bound; the one being searched
    // reports its incumbent and bound through `currentBest` / `currentBound`.
    private var componentValue: [ExchangeValue] = []
    private var solvedValue = ExchangeValue.zero
    private var openBound = ExchangeValue.zero  // sum over components not solved (crude bounds)
    private var current = -1
    /// The best plan found so far in the component being searched.
    var currentBest = ExchangeValue.zero
    /// A proven bound of the component being searched, when known (else its crude bound counts).
    var currentBound: ExchangeValue?

    /// Starts the progress report with a valid lexicographic bound per component.
    mutating func startComponents(_ bounds: [ExchangeValue]) {
        componentValue = bounds
        openBound = bounds.reduce(.zero) { ExchangeValue(moved: $0.moved + $1.moved, micros: $0.micros + $1.micros) }
        fillProgress()
    }

    mutating func componentStarted(_ index: Int) {
        current = index
        currentBest = .zero
        currentBound = nil
    }

    mutating func componentSolved(_ index: Int, _ value: ExchangeValue) {
        let crude = componentValue[index]
        openBound = ExchangeValue(moved: openBound.moved - crude.moved, micros: openBound.micros - crude.micros)
        solvedValue = ExchangeValue(moved: solvedValue.moved + value.moved, micros: solvedValue.micros + value.micros)
        componentValue[index] = value
        current = -1
        progress.solvedComponents += 1
    }

    /// Writes the best plan and the bound into `progress` (a sum of per-component lexicographic
    /// bounds is a lexicographic bound: moving the summed maximum needs every component at its own).
    private mutating func fillProgress() {
        progress.nodes = visited
        var best = solvedValue
        var bound = ExchangeValue(moved: solvedValue.moved + openBound.moved, micros: solvedValue.micros + openBound.micros)
        if current >= 0 {
            best.moved += currentBest.moved
            best.micros += currentBest.micros
            if let currentBound, currentBound < componentValue[current] {
                bound.moved += currentBound.moved - componentValue[current].moved
                bound.micros += currentBound.micros - componentValue[current].micros
            }
        }
        progress.bestMoved = best.moved
        progress.bestWeightMicros = best.micros
        progress.boundMoved = bound.moved
        progress.boundWeightMicros = bound.micros
    }

    /// One branch-and-bound node that also did `work` thousand elementary steps; reads the clock
    /// every 256 nodes or 256 thousand steps, whichever comes first.
    mutating func spend(work: Int = 0) throws(ExchangeLimitError) {
        visited += 1
        if visited > limit {
            progress.phase = "branch and bound"
            if !componentValue.isEmpty { fillProgress() }
            throw ExchangeLimitError(
                code: .searchNodeLimit, progress: progress,
                description: "The exact exchange search stopped after \(limit) branch-and-bound nodes without a proof "
                    + "of optimality; no result is given. \(progress.sentence) "
                    + "Raise the limit, lower --max-cycle/--max-chain, or solve fewer requests at once.")
        }
        sinceClock += 1 + work
        if sinceClock >= 256 { try checkTime("branch and bound") }
    }

    /// Some bounded work (`weight` ≈ thousands of elementary steps) in `phase`; reads the clock
    /// once enough work has gathered since the last read.
    mutating func work(_ weight: Int, in phase: String) throws(ExchangeLimitError) {
        sinceClock += weight
        if sinceClock >= 256 { try checkTime(phase) }
    }

    /// Reads the clock and throws ``ExchangeLimitError/Code/timeLimit`` when the deadline has passed.
    mutating func checkTime(_ phase: String) throws(ExchangeLimitError) {
        sinceClock = 0
        guard let deadline, let timeLimit else { return }
        clockReads += 1
        guard now() >= deadline else { return }
        progress.phase = phase
        progress.nodes = visited
        if !componentValue.isEmpty { fillProgress() }
        throw ExchangeLimitError(
            code: .timeLimit, progress: progress,
            description: "The exact exchange search found no proof of optimality within \(timeLimit.seconds) s, "
                + "its time limit (stopped during \(phase), after \(visited) branch-and-bound nodes); "
                + "no result is given. \(progress.sentence) Lower --max-cycle/--max-chain, "
                + "solve fewer requests at once (split the pool), or allow more time with --time-limit.")
    }
}

/// How far an exact exchange search got before a limit stopped it.
///
/// `best` is the value of the best complete plan found (people moved, weight in millionths):
/// the optimum of every component already solved plus the best plan found so far in the one being
/// searched. `bound` is a proven upper bound on the optimum: no plan moves more people than
/// `boundMoved`, and none moving that many has more weight than `boundWeightMicros`. Both are 0
/// and nil when the search stopped before any component was set up.
public struct ExchangeSearchProgress: Sendable, Hashable {
    /// The phase in which the search stopped ("enumeration", "branch and bound", "tie-break", …).
    public internal(set) var phase = "enumeration"
    /// Cycles and chains enumerated so far.
    public internal(set) var candidates = 0
    /// Branch-and-bound nodes visited.
    public internal(set) var nodes = 0
    /// Components solved to optimality, of `components` (0 before enumeration ended).
    public internal(set) var solvedComponents = 0
    public internal(set) var components = 0
    /// People moved by the best plan found.
    public internal(set) var bestMoved = 0
    /// Its weight in millionths.
    public internal(set) var bestWeightMicros: Int64 = 0
    /// No plan moves more people than this; nil before the bound is known.
    public internal(set) var boundMoved: Int?
    /// No plan that moves `boundMoved` people has more weight (millionths); nil when not known.
    public internal(set) var boundWeightMicros: Int64?

    /// One sentence for messages.
    var sentence: String {
        if components == 0 {
            return "It was still enumerating cycles and chains (\(candidates) so far)."
        }
        var text =
            "Best plan found: \(bestMoved) people moved, weight \(ExchangeSolution.decimal(bestWeightMicros))"
            + " (\(solvedComponents) of \(components) conflict components solved)"
        if let boundMoved {
            text += "; proven bound: at most \(boundMoved) people"
            if let boundWeightMicros { text += ", weight at most \(ExchangeSolution.decimal(boundWeightMicros))" }
        }
        return text + "."
    }
}

extension Duration {
    /// The duration in whole and fractional seconds, as printed in messages ("60", "0.5").
    var seconds: String {
        let (whole, atto) = components
        if atto == 0 { return "\(whole)" }
        let value = Double(whole) + Double(atto) / 1e18
        return "\(value)"
    }
}
