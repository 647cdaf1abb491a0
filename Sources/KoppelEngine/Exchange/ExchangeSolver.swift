/// The exact staff-exchange engine: the best set of job-swap cycles and vacancy chains.
///
/// ```swift
/// let instance = try ExchangeInstance(json: Data(#"""
///     { "participants": ["a", "b", "c"],
///       "acceptable": { "a": ["b"], "b": ["c", "a"], "c": ["a"] },
///       "weights": { "a": { "b": 2.5 } } }
///     """#.utf8))
/// try ExchangeSolver.solve(instance).json                // {"cycles":[["a","b","c"]],"moved":3,"weight":4.5}
/// try ExchangeSolver.solve(instance, maxCycle: 2).json   // {"cycles":[["a","b"]],"moved":2,"weight":3.5}
/// ```
///
/// **Objective.** Vertex-disjoint cycles (2 … `maxCycle` people) and chains (a vacancy plus
/// 1 … `maxChain` people) maximising, lexicographically,
/// 1. the number of people who move,
/// 2. the total weight of the edges used (exact, in millionths),
/// 3. the tie-break: the packing whose sorted list of canonical cycles and chains (each compared
///    as a list of ids, element by element; a shorter prefix first) is lexicographically smallest.
///
/// **Method.** All cycles and chains within the caps are enumerated in canonical form; nodes that
/// share a candidate are joined into conflict components, and each component is solved by an
/// exact branch-and-bound (see `ExchangePackingSearch`): first the optimal value, then the
/// tie-break, by walking the candidates in canonical order with "can an optimum still contain
/// this one?" queries. Bounds are exact integer arithmetic (people-count bound, per-person best
/// move, and Lagrangian bounds of the packing LP for both objectives), so every prune is a proof.
/// Nothing is approximated: the result is optimal when `solve` returns.
///
/// **Worst case.** Maximum (weighted) cycle packing with cycles of length ≥ 3 is NP-hard, so the
/// search is exponential in the worst case, in the number of people of the largest conflict
/// component. In practice it is fast when components are small or dense enough that (nearly)
/// everyone can move, and slow when a large component is sparse (many people cannot all move
/// at once), when weights differ finely inside a large component, or when vacancy chains glue the
/// whole graph into one component. The tie-break costs up to one extra search per kept
/// candidate. Enumeration makes O(n · d^(K−1)) candidates for out-degree d (about 100 bytes
/// each). ``Limits`` turns a blow-up into an ``ExchangeLimitError`` instead of a hang or an
/// out-of-memory; nothing half-computed is returned. Totals are exact in 64-bit integers for any
/// instance of fewer than about a million participants.
public enum ExchangeSolver {
    /// Accepted values of `maxCycle`.
    public static let maxCycleRange: ClosedRange<Int> = 2...8
    /// Accepted values of `maxChain` (0 disables chains).
    public static let maxChainRange: ClosedRange<Int> = 0...8

    /// Guards against blow-up; the defaults never stop a search that is merely slow.
    ///
    /// ```swift
    /// let limits = ExchangeSolver.Limits(maxCandidates: 1_000_000, timeLimit: .seconds(60))
    /// ```
    public struct Limits: Sendable, Hashable {
        /// At most this many cycles and chains are enumerated (memory guard, ~100 bytes each).
        public var maxCandidates: Int
        /// At most this many branch-and-bound nodes in total; nil = no limit.
        public var maxSearchNodes: Int?
        /// The search gives up (``ExchangeLimitError/Code/timeLimit``) after this long; nil = no limit.
        /// The clock is read every 1,024 search nodes, so a result never depends on it: either the
        /// exact optimum or an error.
        public var timeLimit: Duration?

        /// Makes limits; the defaults are 5 million candidates, no node limit and no time limit.
        public init(maxCandidates: Int = 5_000_000, maxSearchNodes: Int? = nil, timeLimit: Duration? = nil) {
            self.maxCandidates = maxCandidates
            self.maxSearchNodes = maxSearchNodes
            self.timeLimit = timeLimit
        }

        /// 5 million candidates, no node limit, no time limit.
        public static let `default` = Limits()
    }

    /// Finds the exact optimum; see the type's documentation for the objective.
    ///
    /// ```swift
    /// let solution = try ExchangeSolver.solve(instance, maxCycle: 3, maxChain: 3)
    /// print(solution.json)
    /// ```
    ///
    /// `allow`, when given, sees every cycle (ids in cycle order) and chain (vacancy first) and
    /// may rule it out before packing, for a rule the edges cannot express — the store uses it
    /// for "the periods of all members overlap". The result is then exact over the allowed ones.
    ///
    /// - Throws: ``ExchangeInputError`` (`.badMaxCycle`, `.badMaxChain`) for arguments outside
    ///   ``maxCycleRange`` / ``maxChainRange``; ``ExchangeLimitError`` when a limit is hit.
    public static func solve(
        _ instance: ExchangeInstance, maxCycle: Int = 3, maxChain: Int = 3, limits: Limits = .default,
        allow: (([String]) -> Bool)? = nil
    ) throws -> ExchangeSolution {
        try solve(instance, maxCycle: maxCycle, maxChain: maxChain, limits: limits, allow: allow, clock: { .now })
    }

    /// ``solve(_:maxCycle:maxChain:limits:allow:)`` with the clock given, so tests can drive the
    /// time limit without timing the machine.
    static func solve(
        _ instance: ExchangeInstance, maxCycle: Int, maxChain: Int, limits: Limits, allow: (([String]) -> Bool)?,
        clock: @escaping () -> ContinuousClock.Instant
    ) throws -> ExchangeSolution {
        guard maxCycleRange.contains(maxCycle) else {
            throw ExchangeInputError(
                code: .badMaxCycle, path: "maxCycle",
                description:
                    "maxCycle is \(maxCycle); it must be from \(maxCycleRange.lowerBound) to \(maxCycleRange.upperBound)."
            )
        }
        guard maxChainRange.contains(maxChain) else {
            throw ExchangeInputError(
                code: .badMaxChain, path: "maxChain",
                description:
                    "maxChain is \(maxChain); it must be from \(maxChainRange.lowerBound) to \(maxChainRange.upperBound)."
            )
        }
        let g = instance.graph
        let accept: (([Int32]) -> Bool)? = allow.map { allow in { path in allow(path.map { g.ids[Int($0)] }) } }
        // Every total (a plan's weight, the bounds' sums) is at most people × the largest edge
        // weight per component; refuse an instance where that could leave 64 bits.
        let people = g.isVacancy.lazy.filter { !$0 }.count
        let heaviest = g.outMicros.lazy.compactMap { $0.max() }.max() ?? 0
        guard Double(people) * Double(heaviest) < 4e18 else {
            throw ExchangeLimitError(
                code: .totalsOutOfRange,
                description: "\(people) participants with weights up to \(ExchangeSolution.decimal(heaviest)) could make totals "
                    + "that do not fit in 64-bit integers; solve fewer requests at once or use smaller weights.")
        }
        var budget = ExchangeSearchBudget(
            limit: limits.maxSearchNodes ?? Int.max, timeLimit: limits.timeLimit, now: clock)
        try budget.checkTime("enumeration of cycles and chains")
        let cands = try ExchangeCandidates.enumerate(
            g, maxCycle: maxCycle, maxChain: maxChain, limit: limits.maxCandidates, budget: &budget, accept: accept)

        // Conflict components: union-find over the nodes of each candidate.
        var parent = Array(0..<g.nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for c in 0..<cands.count {
            let first = find(Int(cands.nodes[cands.start[c]]))
            for k in (cands.start[c] + 1)..<cands.start[c + 1] {
                let r = find(Int(cands.nodes[k]))
                if r != first { parent[r] = first }
            }
        }
        var componentOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []  // candidate indices per component, ascending
        for c in 0..<cands.count {
            let r = find(Int(cands.nodes[cands.start[c]]))
            if let k = componentOfRoot[r] {
                members[k].append(c)
            } else {
                componentOfRoot[r] = members.count
                members.append([c])
            }
        }

        // A crude lexicographic bound per component (all its people move, each on their best
        // edge), replaced by the optimum once the component is solved: for the progress report.
        var crude: [ExchangeValue] = []
        crude.reserveCapacity(members.count)
        var bestOut = [Int64](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount where !g.isVacancy[v] { bestOut[v] = g.outMicros[v].max() ?? 0 }
        var counted = [Bool](repeating: false, count: g.nodeCount)
        for list in members {
            var value = ExchangeValue.zero
            for c in list {
                for k in cands.start[c]..<cands.start[c + 1] {
                    let v = Int(cands.nodes[k])
                    if counted[v] || g.isVacancy[v] { continue }
                    counted[v] = true
                    value.moved += 1
                    value.micros += bestOut[v]
                }
            }
            crude.append(value)
        }
        try budget.checkTime("setting up the conflict components")
        budget.progress.components = members.count
        budget.startComponents(crude)

        var picked: [Int] = []
        var largest = 0
        var local = [Int](repeating: -1, count: g.nodeCount)
        for (index, list) in members.enumerated() {
            var nodes: [Int] = []
            var cStart = [0]
            var cNodes: [Int] = []
            var cShares: [Int64] = []
            var cMoved: [Int] = []
            var cMicros: [Int64] = []
            for c in list {
                for k in cands.start[c]..<cands.start[c + 1] {
                    let v = Int(cands.nodes[k])
                    if local[v] < 0 {
                        local[v] = nodes.count
                        nodes.append(v)
                    }
                    cNodes.append(local[v])
                    cShares.append(cands.shares[k])
                }
                cStart.append(cNodes.count)
                cMoved.append(Int(cands.moved[c]))
                cMicros.append(cands.micros[c])
            }
            let isPerson = nodes.map { !g.isVacancy[$0] }
            largest = max(largest, isPerson.filter { $0 }.count)
            for v in nodes { local[v] = -1 }
            if list.count == 1 {
                picked.append(list[0])
                budget.componentSolved(index, ExchangeValue(moved: cMoved[0], micros: cMicros[0]))
                continue
            }
            try budget.work(cNodes.count / 1024 + 1, in: "setting up the conflict components")
            var search = ExchangePackingSearch(
                isPerson: isPerson, cStart: cStart, cNodes: cNodes, cShares: cShares, cMoved: cMoved, cMicros: cMicros)
            budget.componentStarted(index)
            var value = ExchangeValue.zero
            for c in try search.solve(&budget) {
                picked.append(list[c])
                value.moved += cMoved[c]
                value.micros += cMicros[c]
            }
            budget.componentSolved(index, value)
        }
        picked.sort()

        var cycles: [[String]] = []
        var chains: [[String]] = []
        var moved = 0
        var micros: Int64 = 0
        for c in picked {
            let ids = cands.nodes(of: c).map { g.ids[Int($0)] }
            if cands.isChain[c] { chains.append(ids) } else { cycles.append(ids) }
            moved += Int(cands.moved[c])
            micros += cands.micros[c]
        }
        let solution = ExchangeSolution(
            cycles: cycles, chains: chains, moved: moved, weightMicros: micros,
            instanceHasVacancies: !instance.vacancies.isEmpty,
            statistics: .init(
                cycleCount: cands.cycleCount, chainCount: cands.chainCount, componentCount: members.count,
                largestComponent: largest, searchNodes: budget.visited))
        let violations = verify(solution, in: instance, maxCycle: maxCycle, maxChain: maxChain)
        if !violations.isEmpty {
            preconditionFailure(
                "ExchangeSolver produced an invalid solution: "
                    + violations.map(\.description).joined(separator: " "))
        }
        return solution
    }

    /// Checks a solution against its instance and caps; an empty result means it is valid.
    ///
    /// ```swift
    /// let problems = ExchangeSolver.verify(solution, in: instance, maxCycle: 3, maxChain: 3)
    /// precondition(problems.isEmpty, "\(problems)")
    /// ```
    ///
    /// Checked: every cycle has 2 … maxCycle participants and starts at its smallest id; every
    /// chain is a vacancy followed by 1 … maxChain participants; nobody (and no vacancy) appears
    /// twice; every move is along an edge of `acceptable` (nobody moves to a position they did not
    /// list); `cycles` and `chains` are sorted; `moved`, `weightMicros` and `weight` add up.
    /// Optimality is not checked here (that is the solver's proof).
    public static func verify(
        _ solution: ExchangeSolution, in instance: ExchangeInstance, maxCycle: Int, maxChain: Int
    ) -> [ExchangeViolation] {
        let g = instance.graph
        var problems: [String] = []
        var seen = Set<String>()
        var moved = 0
        var micros: Int64 = 0
        func use(_ id: String, _ what: String) {
            if !seen.insert(id).inserted {
                problems.append("\"\(id)\" appears in more than one cycle or chain (\(what)).")
            }
        }
        func edge(_ a: String, _ b: String, _ what: String) {
            guard let ia = g.index[a], let ib = g.index[b], let w = g.edgeMicros(Int32(ia), Int32(ib)) else {
                problems.append("\(what) moves \"\(a)\" to the position of \"\(b)\", which \"\(a)\" did not list.")
                return
            }
            micros += w
        }
        for cycle in solution.cycles {
            let what = "cycle [" + cycle.joined(separator: ", ") + "]"
            if cycle.count < 2 || cycle.count > maxCycle {
                problems.append("\(what) has \(cycle.count) people; cycles have 2 to \(maxCycle).")
            }
            for id in cycle {
                if g.index[id] == nil || g.isVacancy[g.index[id]!] {
                    problems.append("\(what) contains \"\(id)\", which is not a participant.")
                }
                use(id, what)
            }
            if let first = cycle.first, cycle.contains(where: { $0 < first }) {
                problems.append("\(what) does not start at its smallest id.")
            }
            for (i, a) in cycle.enumerated() { edge(a, cycle[(i + 1) % cycle.count], what) }
            moved += cycle.count
        }
        for chain in solution.chains {
            let what = "chain [" + chain.joined(separator: ", ") + "]"
            if chain.count < 2 || chain.count - 1 > maxChain {
                problems.append("\(what) moves \(max(chain.count - 1, 0)) people; chains move 1 to \(maxChain).")
            }
            for (i, id) in chain.enumerated() {
                let isVacancy = g.index[id].map { g.isVacancy[$0] }
                if isVacancy != (i == 0) {
                    problems.append(
                        "\(what) has \"\(id)\" at position \(i); a chain is one vacancy followed by participants.")
                }
                use(id, what)
            }
            for i in chain.indices.dropFirst() { edge(chain[i], chain[i - 1], what) }
            moved += max(chain.count - 1, 0)
        }
        if !zip(solution.cycles, solution.cycles.dropFirst()).allSatisfy({ $0.lexicographicallyPrecedes($1) }) {
            problems.append("cycles are not sorted.")
        }
        if !zip(solution.chains, solution.chains.dropFirst()).allSatisfy({ $0.lexicographicallyPrecedes($1) }) {
            problems.append("chains are not sorted.")
        }
        if moved != solution.moved {
            problems.append("moved is \(solution.moved) but the cycles and chains move \(moved).")
        }
        if micros != solution.weightMicros || solution.weight != Double(micros) / 1_000_000 {
            problems.append(
                "weight is \(solution.weight) (\(solution.weightMicros) millionths) but the edges used weigh \(ExchangeSolution.decimal(micros))."
            )
        }
        return problems.map { ExchangeViolation(description: $0) }
    }
}
