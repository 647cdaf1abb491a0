/// The objective, compared lexicographically: people moved, then total weight in millionths.
struct ExchangeValue: Comparable, Hashable, Sendable {
    var moved: Int
    var micros: Int64

    static let zero = ExchangeValue(moved: 0, micros: 0)

    /// The smallest value that is strictly better.
    var successor: ExchangeValue { ExchangeValue(moved: moved, micros: micros + 1) }

    static func < (a: ExchangeValue, b: ExchangeValue) -> Bool {
        a.moved != b.moved ? a.moved < b.moved : a.micros < b.micros
    }
}

/// Counts search nodes across components and throws at the caller's node or time limit.
struct ExchangeSearchBudget {
    var visited = 0
    let limit: Int
    /// When the search must give up; read every 1,024 nodes.
    let deadline: ContinuousClock.Instant?
    let timeLimit: Duration?

    init(limit: Int, timeLimit: Duration? = nil) {
        self.limit = limit
        self.timeLimit = timeLimit
        self.deadline = timeLimit.map { ContinuousClock.now + $0 }
    }

    mutating func spend() throws(ExchangeLimitError) {
        visited += 1
        if visited > limit {
            throw ExchangeLimitError(
                code: .searchNodeLimit,
                description: "The exact exchange search stopped after \(limit) branch-and-bound nodes without a proof "
                    + "of optimality; no result is given. Raise the limit or lower --max-cycle/--max-chain.")
        }
        if visited & 1023 == 0, let deadline, let timeLimit, ContinuousClock.now >= deadline {
            throw ExchangeLimitError(
                code: .timeLimit,
                description: "The exact exchange search found no proof of optimality within \(timeLimit.seconds) s "
                    + "(\(visited) branch-and-bound nodes); no result is given. Lower --max-cycle/--max-chain, "
                    + "solve fewer requests at once, or allow more time with --time-limit.")
        }
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

/// Exact maximum-value set packing of the candidates (cycles and chains) of one conflict component.
///
/// Nodes are people and vacancies; each may be used by at most one chosen candidate.
///
/// **Bounds** (all in exact integer arithmetic, so a prune is a proof). Let `F` be the free nodes
/// that still have an available candidate. Any completion moves at most
/// - `|F ∩ people|` more people, and at most
/// - `⌊L⌋` people in total, where `L = moved + Σ_{v∈F} y_v + Σ_{c available} max(0, |c| − Σ_{v∈c} y_v)`
///   is the Lagrangian bound of the packing LP for fixed multipliers `y ≥ 0` (rationals with
///   denominator 2^20, found by a subgradient method at the component's root; valid for any `y`).
///
/// It adds at most, per person in `F`, the best weight of their own move among their available
/// candidates, and at most (people still to move) × (largest such weight in the component).
/// When only completions that move exactly `T` more people can reach the threshold, it also adds
/// at most `Σ_{v∈F} z_v + Σ_{c available} max(0, w_c + λ·|c| − Σ_{v∈c} z_v) − λ·T` for integer
/// `z ≥ 0`, `λ ≥ 0` (Lagrangian of "most weight among packings moving ≥ T"), sharpened by a
/// subgradient method whenever a search does not settle within a node cap.
/// The pair (moved bound, weight bound) bounds every completion lexicographically; a node is
/// pruned when it is below the threshold (the incumbent's successor, or the target in a query).
/// Every bound is maintained incrementally, so a search node costs O(1) plus its moves.
///
/// **Branching.** On a free person with the fewest available candidates: one child per available
/// candidate containing them (the witness's first in a query, then best value first), then a child
/// in which they stay.
///
/// **Tie-break.** Phase 1 finds the optimal value. Phase 2 walks the candidates in canonical
/// order and keeps each one for which an optimal packing containing it and everything kept so far
/// exists (a query: the same search with the target as threshold, first tried with the rest of
/// the last optimal packing fixed, then in full), and excludes it otherwise. The result is the
/// optimal packing whose characteristic vector over the canonical order is largest; among packings
/// that move the same number of people this is exactly the one whose sorted list of canonical
/// cycles/chains is lexicographically smallest.
struct ExchangePackingSearch {
    static let dualScale = 1 << 20

    // Static structure (local indices).
    private let nodeCount: Int
    private let candCount: Int
    private let isPerson: [Bool]
    private let cStart: [Int]
    private let cNodes: [Int]
    private let cMoved: [Int]
    private let cMicros: [Int64]
    /// For each entry `k` of `cNodes`, the rank of its candidate in that node's share-sorted list.
    private let cShareRank: [Int]
    /// Per node: its candidates sorted by the node's share, best first, with the share alongside.
    private let ncStart: [Int]
    private let ncByShare: [Int]
    private let ncShare: [Int64]
    /// Per node: its candidates sorted by candidate value (moved, weight), best first, then index.
    private var ncByValue: [Int]
    private let maxShare: Int64
    /// Lagrangian multipliers (units of 1/dualScale) and each candidate's positive reduced value.
    private var dual: [Int]
    private var positiveReduced: [Int]
    /// Weight multipliers (millionths) and the price `lambda` of one moved person: the Lagrangian
    /// bound of "most weight among packings that move at least T more people".
    private var weightDual: [Int64]
    private var lambda: Int64 = 0
    private var positiveReducedWeight: [Int64]
    /// The combined objective `moved · comboScale + micros` (0 = not representable, bound off):
    /// per-node prices, each candidate's positive reduced value, all in millionths.
    private var comboScale: Int64 = 0
    private var comboDual: [Int64]
    private var comboReduced: [Int64]
    private var comboDualSum: Int64 = 0
    private var comboReducedSum: Int64 = 0
    /// Combined value per candidate, in units of 1/comboUnit millionth.
    private var comboValue: [Int64] = []
    private var rootComboDual: [Int64] = []
    static let comboUnit: Int64 = 1024
    static let lpNodeLimit = 600
    static let lpRowLimit = 120
    private var lpAtNodes = false
    private var lpRow: [Int]
    private var lpUsed: [Bool]
    private(set) var lpSolves = 0
    private var lpBranch = -1

    // Dynamic state. A node "counts" when it is free and has an available candidate.
    private var state: [UInt8]  // 0 free, 1 covered, 2 stays
    private var avail: [Int]
    private var blocked: [Int]
    private var bestRank: [Int]  // rank of the first available candidate in the node's share list
    private var coverableFree = 0  // counting people
    private var shareSum: Int64 = 0  // best share of counting people
    private var dualSum = 0  // multipliers of counting nodes
    private var reducedSum = 0  // positive reduced values of available candidates
    private var weightDualSum: Int64 = 0
    private var reducedWeightSum: Int64 = 0
    private var moved = 0
    private var micros: Int64 = 0
    private var chosen: [Int] = []
    // Counting people in doubly linked buckets by `avail`, for the fewest-candidates choice.
    private var bucketHead: [Int]
    private var nextInBucket: [Int]
    private var previousInBucket: [Int]
    private var lowestBucket = 1

    private var inWitness: [Bool]
    private var witness: [Int] = []

    // Search bookkeeping.
    private var threshold = ExchangeValue.zero
    private var stopAt = ExchangeValue.zero
    private var optimizing = true
    private var stopped = false
    private var bestValue = ExchangeValue.zero
    private var bestSolution: [Int] = []
    private(set) var phase1Nodes = 0

    private struct Frame {
        var person: Int
        var position: Int
        var applied: Int  // candidate index, -1 nothing, -2 the person stays
    }

    /// - Parameters: candidates as local node lists (canonical order = index order), their per-node
    ///   shares, moved counts and weights; `isPerson` per local node.
    init(isPerson: [Bool], cStart: [Int], cNodes: [Int], cShares: [Int64], cMoved: [Int], cMicros: [Int64]) {
        self.nodeCount = isPerson.count
        self.candCount = cMoved.count
        self.isPerson = isPerson
        self.cStart = cStart
        self.cNodes = cNodes
        self.cMoved = cMoved
        self.cMicros = cMicros
        var degree = [Int](repeating: 0, count: nodeCount)
        for k in 0..<cNodes.count { degree[cNodes[k]] += 1 }
        var ncStart = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount { ncStart[v + 1] = ncStart[v] + degree[v] }
        var fill = ncStart
        var entries = [(cand: Int, share: Int64, entry: Int)](repeating: (0, 0, 0), count: cNodes.count)
        for c in 0..<candCount {
            for k in cStart[c]..<cStart[c + 1] {
                let v = cNodes[k]
                entries[fill[v]] = (c, cShares[k], k)
                fill[v] += 1
            }
        }
        var byShare = [Int](repeating: 0, count: cNodes.count)
        var shares = [Int64](repeating: 0, count: cNodes.count)
        var byValue = [Int](repeating: 0, count: cNodes.count)
        var rank = [Int](repeating: 0, count: cNodes.count)
        var maxShare: Int64 = 0
        for v in 0..<nodeCount {
            let range = ncStart[v]..<ncStart[v + 1]
            let sortedByShare = entries[range].sorted { (a, b) -> Bool in
                a.share != b.share ? a.share > b.share : a.cand < b.cand
            }
            for (i, e) in sortedByShare.enumerated() {
                byShare[range.lowerBound + i] = e.cand
                shares[range.lowerBound + i] = e.share
                rank[e.entry] = range.lowerBound + i
                if isPerson[v] { maxShare = max(maxShare, e.share) }
            }
            let sortedByValue = entries[range].map(\.cand).sorted { (a: Int, b: Int) -> Bool in
                if cMoved[a] != cMoved[b] { return cMoved[a] > cMoved[b] }
                if cMicros[a] != cMicros[b] { return cMicros[a] > cMicros[b] }
                return a < b
            }
            for (i, c) in sortedByValue.enumerated() { byValue[range.lowerBound + i] = c }
        }
        self.ncStart = ncStart
        self.ncByShare = byShare
        self.ncShare = shares
        self.ncByValue = byValue
        self.cShareRank = rank
        self.maxShare = maxShare
        self.state = [UInt8](repeating: 0, count: nodeCount)
        self.avail = degree
        self.blocked = [Int](repeating: 0, count: candCount)
        self.bestRank = Array(ncStart.dropLast())
        self.inWitness = [Bool](repeating: false, count: candCount)
        self.dual = isPerson.map { $0 ? Self.dualScale : 0 }
        self.positiveReduced = [Int](repeating: 0, count: candCount)
        self.weightDual = [Int64](repeating: 0, count: nodeCount)
        self.positiveReducedWeight = cMicros
        self.reducedWeightSum = cMicros.reduce(0, +)
        self.comboDual = [Int64](repeating: 0, count: nodeCount)
        self.comboReduced = [Int64](repeating: 0, count: candCount)
        self.lpRow = [Int](repeating: -1, count: nodeCount)
        self.lpUsed = [Bool](repeating: false, count: nodeCount)
        self.bucketHead = [Int](repeating: -1, count: (degree.max() ?? 0) + 2)
        self.nextInBucket = [Int](repeating: -1, count: nodeCount)
        self.previousInBucket = [Int](repeating: -1, count: nodeCount)
        for v in 0..<nodeCount { attach(v) }
    }

    // MARK: - Incremental bookkeeping

    /// Adds node `v`'s contributions (bounds, bucket) for its current state.
    @inline(__always) private mutating func attach(_ v: Int) {
        guard state[v] == 0, avail[v] > 0 else { return }
        dualSum += dual[v]
        weightDualSum += weightDual[v]
        comboDualSum += comboDual[v]
        guard isPerson[v] else { return }
        coverableFree += 1
        shareSum += ncShare[bestRank[v]]
        let a = avail[v]
        let head = bucketHead[a]
        nextInBucket[v] = head
        previousInBucket[v] = -1
        if head >= 0 { previousInBucket[head] = v }
        bucketHead[a] = v
        if a < lowestBucket { lowestBucket = a }
    }

    /// Removes node `v`'s contributions; must see the same state `attach` saw.
    @inline(__always) private mutating func detach(_ v: Int) {
        guard state[v] == 0, avail[v] > 0 else { return }
        dualSum -= dual[v]
        weightDualSum -= weightDual[v]
        comboDualSum -= comboDual[v]
        guard isPerson[v] else { return }
        coverableFree -= 1
        shareSum -= ncShare[bestRank[v]]
        let n = nextInBucket[v]
        let p = previousInBucket[v]
        if n >= 0 { previousInBucket[n] = p }
        if p >= 0 { nextInBucket[p] = n } else { bucketHead[avail[v]] = n }
    }

    private mutating func block(_ c: Int) {
        blocked[c] += 1
        guard blocked[c] == 1 else { return }
        reducedSum -= positiveReduced[c]
        reducedWeightSum -= positiveReducedWeight[c]
        comboReducedSum -= comboReduced[c]
        for k in cStart[c]..<cStart[c + 1] {
            let m = cNodes[k]
            detach(m)
            avail[m] -= 1
            if bestRank[m] == cShareRank[k] {
                var r = bestRank[m] + 1
                let end = ncStart[m + 1]
                while r < end && blocked[ncByShare[r]] != 0 { r += 1 }
                bestRank[m] = r
            }
            attach(m)
        }
    }

    private mutating func unblock(_ c: Int) {
        blocked[c] -= 1
        guard blocked[c] == 0 else { return }
        reducedSum += positiveReduced[c]
        reducedWeightSum += positiveReducedWeight[c]
        comboReducedSum += comboReduced[c]
        for k in cStart[c]..<cStart[c + 1] {
            let m = cNodes[k]
            detach(m)
            avail[m] += 1
            if cShareRank[k] < bestRank[m] { bestRank[m] = cShareRank[k] }
            attach(m)
        }
    }

    private mutating func occupy(_ v: Int, as s: UInt8) {
        detach(v)
        state[v] = s
        for k in ncStart[v]..<ncStart[v + 1] { block(ncByShare[k]) }
    }

    private mutating func release(_ v: Int) {
        var k = ncStart[v + 1]
        while k > ncStart[v] {
            k -= 1
            unblock(ncByShare[k])
        }
        state[v] = 0
        attach(v)
    }

    private mutating func choose(_ c: Int) {
        for k in cStart[c]..<cStart[c + 1] { occupy(cNodes[k], as: 1) }
        moved += cMoved[c]
        micros += cMicros[c]
        chosen.append(c)
    }

    private mutating func unchoose(_ c: Int) {
        chosen.removeLast()
        moved -= cMoved[c]
        micros -= cMicros[c]
        var k = cStart[c + 1]
        while k > cStart[c] {
            k -= 1
            release(cNodes[k])
        }
    }

    // MARK: - Bounds

    /// The lexicographic upper bound on every completion of the current node that could reach the
    /// threshold.
    private var bound: ExchangeValue {
        let lagrangian = (moved * Self.dualScale + dualSum + reducedSum) / Self.dualScale
        let movedBound = min(moved + coverableFree, lagrangian)
        let remaining = Int64(movedBound - moved)
        var weightBound = min(shareSum, remaining * maxShare)
        if movedBound == threshold.moved {
            // Only completions that move exactly `remaining` more people can reach the threshold.
            weightBound = min(weightBound, weightDualSum + reducedWeightSum - lambda * remaining)
        }
        let separate = ExchangeValue(moved: movedBound, micros: micros + weightBound)
        guard comboScale > 0 else { return separate }
        // Every completion has moved · S + micros ≤ ub with 0 ≤ micros < S, so it is
        // lexicographically at most (ub / S, ub % S).
        let ub = Int64(moved) * comboScale + micros + (comboDualSum + comboReducedSum) / Self.comboUnit
        let combined = ExchangeValue(moved: Int(ub / comboScale), micros: ub % comboScale)
        return combined < separate ? combined : separate
    }

    /// Would the combined bound prune the child that chooses available candidate `c`? Choosing it
    /// changes the bound by at most min(0, reduced value of c) (its nodes' prices leave, its value
    /// arrives, blocking only lowers the rest), so this is checked without applying the move.
    @inline(__always) private func comboPrunes(choosing c: Int) -> Bool {
        guard comboScale > 0 else { return false }
        var r = comboValue[c]
        for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
        return comboBoundPrunes(delta: min(r, 0))
    }

    /// Would the combined bound prune the child in which free person `p` stays? Their price leaves
    /// and their available candidates' positive reduced values leave.
    @inline(__always) private func comboPrunes(staying p: Int) -> Bool {
        guard comboScale > 0 else { return false }
        var delta = -comboDual[p]
        for k in ncStart[p]..<ncStart[p + 1] where blocked[ncByShare[k]] == 0 { delta -= comboReduced[ncByShare[k]] }
        return comboBoundPrunes(delta: delta)
    }

    @inline(__always) private func comboBoundPrunes(delta: Int64) -> Bool {
        let units = comboDualSum + comboReducedSum + delta
        if units < 0 { return true }
        let ub = Int64(moved) * comboScale + micros + units / Self.comboUnit
        return ExchangeValue(moved: Int(ub / comboScale), micros: ub % comboScale) < threshold
    }

    /// Sets up the combined-objective Lagrangian bound with near-LP-optimal prices, and orders
    /// each node's candidates by reduced value (best first), which makes the first dive follow
    /// the LP. Skipped when the combined values could overflow.
    private mutating func setUpCombinedBound() {
        var scale: Int64 = 1
        var persons = 0
        for v in 0..<nodeCount where isPerson[v] {
            persons += 1
            let top = ncStart[v] < ncStart[v + 1] ? ncShare[ncStart[v]] : 0
            let (sum, overflow) = scale.addingReportingOverflow(top)
            if overflow { return }
            scale = sum
        }
        // Prices stay below 16 · scale units each; keep every sum far from 2^63.
        guard Double(nodeCount + 2) * Double(scale) * Double(Self.comboUnit) * 32 < 4e18 else { return }
        comboScale = scale
        comboValue = (0..<candCount).map { (Int64(cMoved[$0]) * scale + cMicros[$0]) * Self.comboUnit }
        lpAtNodes = nodeCount <= Self.lpNodeLimit
        if lpAtNodes {
            resolveLP(recordPacking: false)
        } else {
            let doubleScale = Double(scale)
            let values = (0..<candCount).map { Double(cMoved[$0]) + Double(cMicros[$0]) / doubleScale }
            let y = ExchangeLP.descentDuals(
                nodeCount: nodeCount, cStart: cStart, cNodes: cNodes, values: values, passes: 50)
            installComboDuals(Array(0..<nodeCount), y)
        }
        rootComboDual = comboDual
        var reducedValue = [Int64](repeating: 0, count: candCount)
        for c in 0..<candCount {
            var r = comboValue[c]
            for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
            reducedValue[c] = r
        }
        for v in 0..<nodeCount {
            let range = ncStart[v]..<ncStart[v + 1]
            let sorted = ncByValue[range].sorted { (a: Int, b: Int) -> Bool in
                if reducedValue[a] != reducedValue[b] { return reducedValue[a] > reducedValue[b] }
                if cMoved[a] != cMoved[b] { return cMoved[a] > cMoved[b] }
                if cMicros[a] != cMicros[b] { return cMicros[a] > cMicros[b] }
                return a < b
            }
            for (i, c) in sorted.enumerated() { ncByValue[range.lowerBound + i] = c }
        }
    }

    /// Sets the combined prices of `rows` from `y` (in people, i.e. units of `comboScale`),
    /// rounded up to the exact unit, and rebuilds the incremental sums. Any prices ≥ 0 are valid.
    private mutating func installComboDuals(_ rows: [Int], _ y: [Double]) {
        var counting: [Int] = []
        for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 { counting.append(v) }
        for v in counting { detach(v) }
        let unitScale = Double(comboScale) * Double(Self.comboUnit)
        let ceiling = unitScale * 16
        for (i, v) in rows.enumerated() { comboDual[v] = Int64(min(max(y[i] * unitScale, 0), ceiling).rounded(.up)) }
        comboReducedSum = 0
        for c in 0..<candCount {
            var r = comboValue[c]
            for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
            comboReduced[c] = max(0, r)
            if blocked[c] == 0 { comboReducedSum += comboReduced[c] }
        }
        for v in counting { attach(v) }
    }

    /// Solves the packing LP of the current node (free nodes with an available candidate, the
    /// available candidates), installs its duals as prices, and, when `recordPacking`, records
    /// the candidates at value > 1/2 (always a packing) as a completion if it reaches the threshold.
    private mutating func resolveLP(recordPacking: Bool) {
        var rows: [Int] = []
        for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 {
            lpRow[v] = rows.count
            rows.append(v)
        }
        var cols: [Int] = []
        var start = [0]
        var entries: [Int] = []
        var values: [Double] = []
        let doubleScale = Double(comboScale)
        for c in 0..<candCount where blocked[c] == 0 {
            cols.append(c)
            for k in cStart[c]..<cStart[c + 1] { entries.append(lpRow[cNodes[k]]) }
            start.append(entries.count)
            values.append(Double(cMoved[c]) + Double(cMicros[c]) / doubleScale)
        }
        if cols.isEmpty { return }
        lpSolves += 1
        let (y, x) = ExchangeLP.simplex(
            nodeCount: rows.count, cStart: start, cNodes: entries, values: values,
            maxIterations: 20 * rows.count + 100)
        installComboDuals(rows, y)
        guard recordPacking else { return }
        // Branch next on a person the LP covers fractionally, fewest available candidates first.
        lpBranch = -1
        for (i, c) in cols.enumerated() where x[i] > 1e-7 && x[i] < 1 - 1e-7 {
            for k in cStart[c]..<cStart[c + 1] {
                let v = cNodes[k]
                if isPerson[v] && (lpBranch < 0 || avail[v] < avail[lpBranch] || (avail[v] == avail[lpBranch] && v < lpBranch)) {
                    lpBranch = v
                }
            }
        }
        var packing: [Int] = []
        var value = ExchangeValue(moved: moved, micros: micros)
        for (i, c) in cols.enumerated() where x[i] > 0.5 {
            for k in cStart[c]..<cStart[c + 1] {
                if lpUsed[cNodes[k]] {  // numerically odd LP answer: not a packing, ignore it
                    for v in rows { lpUsed[v] = false }
                    return
                }
                lpUsed[cNodes[k]] = true
            }
            packing.append(c)
            value.moved += cMoved[c]
            value.micros += cMicros[c]
        }
        for v in rows { lpUsed[v] = false }
        if value >= threshold && !packing.isEmpty {
            bestValue = value
            bestSolution = chosen + packing
            if optimizing { threshold = value.successor }
            if value >= stopAt { stopped = true }
        }
    }

    /// Improves the Lagrangian multipliers by a subgradient method on the current state (warm
    /// started from the current ones), aiming below `goal` people; the bound stays valid for any
    /// multipliers, so this only affects speed.
    private mutating func improveMultipliers(goal: Int, iterations: Int) {
        let scale = Double(Self.dualScale)
        var counting: [Int] = []
        for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 { counting.append(v) }
        var live: [Int] = []
        for c in 0..<candCount where blocked[c] == 0 { live.append(c) }
        if live.isEmpty { return }
        var y = dual.map { Double($0) / scale }
        var bestY = y
        var best = Double.infinity
        var step = 1.0
        var stall = 0
        var gradient = [Double](repeating: 0, count: nodeCount)
        let base = Double(moved)
        for _ in 0..<iterations {
            var value = base
            for v in counting {
                value += y[v]
                gradient[v] = 1
            }
            for c in live {
                var r = Double(cMoved[c])
                for k in cStart[c]..<cStart[c + 1] { r -= y[cNodes[k]] }
                if r > 0 {
                    value += r
                    for k in cStart[c]..<cStart[c + 1] { gradient[cNodes[k]] -= 1 }
                }
            }
            if value < best - 1e-9 {
                best = value
                bestY = y
                stall = 0
            } else {
                stall += 1
                if stall >= 10 {
                    step /= 2
                    stall = 0
                }
            }
            if best < Double(goal) - 1e-6 || step < 1e-3 { break }
            var norm = 0.0
            for v in counting { norm += gradient[v] * gradient[v] }
            if norm == 0 { break }
            let t = step * max(value - Double(goal) + 1, 0.05) / norm
            for v in counting { y[v] = max(0, y[v] - t * gradient[v]) }
        }
        // Integer multipliers (exact bound from here on). Rebuild the incremental sums.
        for v in counting { detach(v) }
        for v in counting { dual[v] = Int((min(max(bestY[v], 0), 1e6) * scale).rounded()) }
        reducedSum = 0
        for c in 0..<candCount {
            var r = cMoved[c] * Self.dualScale
            for k in cStart[c]..<cStart[c + 1] { r -= dual[cNodes[k]] }
            positiveReduced[c] = max(0, r)
            if blocked[c] == 0 { reducedSum += positiveReduced[c] }
        }
        for v in counting { attach(v) }
    }

    /// Improves the weight multipliers and `lambda` by a subgradient method on the current state:
    /// for completions that move `needed` more people, weight ≤ Σ z + Σ max(0, w_c + λ·m_c − Σ z) − λ·needed.
    /// Aims below `goal` millionths; valid for any z ≥ 0, λ ≥ 0, so this only affects speed.
    private mutating func improveWeightMultipliers(needed: Int, goal: Int64, iterations: Int) {
        var counting: [Int] = []
        for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 { counting.append(v) }
        var live: [Int] = []
        for c in 0..<candCount where blocked[c] == 0 { live.append(c) }
        if live.isEmpty || needed <= 0 { return }
        var z = weightDual.map { Double($0) }
        if weightDualSum == 0 {
            for v in counting where isPerson[v] { z[v] = Double(ncShare[bestRank[v]]) }
        }
        var lam = Double(lambda)
        var best = Double.infinity
        var bestZ = z
        var bestLambda = lam
        var step = 1.0
        var stall = 0
        var gradient = [Double](repeating: 0, count: nodeCount)
        let target = Double(goal)
        for _ in 0..<iterations {
            var value = -lam * Double(needed)
            var movedPositive = 0.0
            for v in counting {
                value += z[v]
                gradient[v] = 1
            }
            for c in live {
                var r = Double(cMicros[c]) + lam * Double(cMoved[c])
                for k in cStart[c]..<cStart[c + 1] { r -= z[cNodes[k]] }
                if r > 0 {
                    value += r
                    movedPositive += Double(cMoved[c])
                    for k in cStart[c]..<cStart[c + 1] { gradient[cNodes[k]] -= 1 }
                }
            }
            let gradientLambda = movedPositive - Double(needed)
            if value < best - 0.5 {
                best = value
                bestZ = z
                bestLambda = lam
                stall = 0
            } else {
                stall += 1
                if stall >= 10 {
                    step /= 2
                    stall = 0
                }
            }
            if best < target || step < 1e-3 { break }
            var norm = gradientLambda * gradientLambda
            for v in counting { norm += gradient[v] * gradient[v] }
            if norm == 0 { break }
            let t = step * max(value - target, 1) / norm
            for v in counting { z[v] = max(0, z[v] - t * gradient[v]) }
            lam = max(0, lam - t * gradientLambda)
        }
        // Any z ≥ 0 and λ ≥ 0 give a valid bound, so clamping to a safe range keeps it exact.
        let ceiling = 4e15
        for v in counting { detach(v) }
        for v in counting { weightDual[v] = Int64(min(max(bestZ[v], 0), ceiling).rounded(.up)) }
        lambda = Int64(min(max(bestLambda, 0), ceiling).rounded(.down))
        reducedWeightSum = 0
        for c in 0..<candCount {
            var r = cMicros[c] + lambda * Int64(cMoved[c])
            for k in cStart[c]..<cStart[c + 1] { r -= weightDual[cNodes[k]] }
            positiveReducedWeight[c] = max(0, r)
            if blocked[c] == 0 { reducedWeightSum += positiveReducedWeight[c] }
        }
        for v in counting { attach(v) }
    }

    // MARK: - Search

    /// Evaluates the current node: prunes, records a leaf, or returns the person to branch on.
    private mutating func enter(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> Int {
        try budget.spend()
        if bound < threshold { return -1 }
        if coverableFree == 0 {  // nobody left to move: a complete packing reaching the threshold
            let value = ExchangeValue(moved: moved, micros: micros)
            bestValue = value
            bestSolution = chosen
            if optimizing { threshold = value.successor }
            if value >= stopAt { stopped = true }
            return -1
        }
        // The dense LP costs about rows³; deeper (smaller) nodes get it, large ones use the prices.
        if lpAtNodes && coverableFree <= Self.lpRowLimit {
            lpBranch = -1
            resolveLP(recordPacking: true)
            if stopped || bound < threshold { return -1 }
            if lpBranch >= 0 { return lpBranch }
        }
        while bucketHead[lowestBucket] < 0 { lowestBucket += 1 }
        return bucketHead[lowestBucket]
    }

    private mutating func undo(_ frame: Frame) {
        if frame.applied >= 0 {
            unchoose(frame.applied)
        } else if frame.applied == -2 {
            release(frame.person)
        }
    }

    /// Depth-first branch-and-bound from the current state; true when a packing reaching
    /// `stopAt` was found, false when there is none, nil when `nodeCap` nodes did not settle it
    /// (state is restored in every case).
    private mutating func run(_ budget: inout ExchangeSearchBudget, nodeCap: Int = .max) throws(ExchangeLimitError)
        -> Bool?
    {
        stopped = false
        let capAt = budget.visited > Int.max - nodeCap ? Int.max : budget.visited + nodeCap
        lowestBucket = 1
        let root = try enter(&budget)
        if stopped { return true }
        if root < 0 { return false }
        var stack = [Frame(person: root, position: 0, applied: -1)]
        while !stack.isEmpty {
            let t = stack.count - 1
            var frame = stack[t]
            undo(frame)
            frame.applied = -1
            let p = frame.person
            let lo = ncStart[p]
            let len = ncStart[p + 1] - lo
            var next = -1
            while frame.position < 2 * len {
                let pass = frame.position < len ? 0 : 1
                let c = ncByValue[lo + (frame.position - pass * len)]
                frame.position += 1
                if blocked[c] == 0 && inWitness[c] == (pass == 0) && !comboPrunes(choosing: c) {
                    next = c
                    break
                }
            }
            if next >= 0 {
                choose(next)
                frame.applied = next
            } else if frame.position == 2 * len && !comboPrunes(staying: p) {
                frame.position += 1
                occupy(p, as: 2)
                frame.applied = -2
            } else {
                stack.removeLast()
                continue
            }
            stack[t] = frame
            let child = try enter(&budget)
            if stopped {
                while let f = stack.popLast() { undo(f) }
                return true
            }
            if child >= 0 { stack.append(Frame(person: child, position: 0, applied: -1)) }
            if budget.visited >= capAt {
                while let f = stack.popLast() { undo(f) }
                return nil
            }
        }
        return false
    }

    /// A quick feasible packing value (greedy by fewest options), for the multiplier step size.
    private mutating func greedyMoved() -> Int {
        var taken: [Int] = []
        var total = 0
        while coverableFree > 0 {
            while bucketHead[lowestBucket] < 0 { lowestBucket += 1 }
            let p = bucketHead[lowestBucket]
            let c = ncByValue[(ncStart[p]..<ncStart[p + 1]).first { blocked[ncByValue[$0]] == 0 }!]
            choose(c)
            taken.append(c)
            total += cMoved[c]
        }
        for c in taken.reversed() { unchoose(c) }
        lowestBucket = 1
        return total
    }

    /// Solves the component exactly and returns the chosen candidates (local indices, ascending).
    mutating func solve(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> [Int] {
        setUpCombinedBound()
        let greedy = greedyMoved()
        if greedy < coverableFree { improveMultipliers(goal: greedy + 1, iterations: 300) }

        // Phase 1: the optimal value; the root bound is the stop value.
        stopAt = bound
        threshold = .zero
        optimizing = true
        bestValue = .zero
        bestSolution = []
        let before = budget.visited
        // Not settled quickly (usually the weights): sharpen the weight bound for the current
        // incumbent and search again from the root, with a growing node cap.
        var cap = 2_000
        while try run(&budget, nodeCap: cap) == nil {
            if threshold.moved > 0 {
                improveWeightMultipliers(
                    needed: threshold.moved - moved, goal: threshold.micros - micros, iterations: 150)
            }
            cap *= 2
        }
        phase1Nodes = budget.visited - before
        let target = bestValue
        if target.moved == 0 { return [] }
        witness = bestSolution
        for c in witness { inWitness[c] = true }

        // Phase 2: canonical tie-break; the witness is an optimal packing containing all kept ones.
        optimizing = false
        threshold = target
        stopAt = target
        if comboScale > 0 {
            var counting: [Int] = []
            for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 { counting.append(v) }
            for v in counting { detach(v) }
            comboDual = rootComboDual
            comboReducedSum = 0
            for c in 0..<candCount {
                var r = comboValue[c]
                for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
                comboReduced[c] = max(0, r)
                if blocked[c] == 0 { comboReducedSum += comboReduced[c] }
            }
            for v in counting { attach(v) }
        }
        for c in 0..<candCount where blocked[c] == 0 {
            if !inWitness[c] && comboPrunes(choosing: c) {
                block(c)  // no optimum contains it (the bound after choosing it is below the target)
                continue
            }
            choose(c)
            if inWitness[c] { continue }
            if try query(&budget) {
                for old in witness { inWitness[old] = false }
                witness = bestSolution
                for w in witness { inWitness[w] = true }
            } else {
                unchoose(c)
                block(c)
            }
        }
        precondition(ExchangeValue(moved: moved, micros: micros) == target, "exchange tie-break lost the optimum")
        return chosen.sorted()
    }

    /// Is there a packing reaching the target that contains the current choices? First tries with
    /// the rest of the witness fixed (cheap, usually enough), then searches in full (the proof).
    private mutating func query(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> Bool {
        var fixed: [Int] = []
        for w in witness where blocked[w] == 0 {
            choose(w)
            fixed.append(w)
        }
        let found = fixed.isEmpty ? false : try run(&budget) == true
        for w in fixed.reversed() { unchoose(w) }
        if found { return true }
        if let settled = try run(&budget, nodeCap: 2_000) { return settled }
        // A hard query: better multipliers first (they stay valid everywhere afterwards).
        improveMultipliers(goal: threshold.moved, iterations: 100)
        improveWeightMultipliers(needed: threshold.moved - moved, goal: threshold.micros - micros, iterations: 100)
        return try run(&budget) == true
    }
}
