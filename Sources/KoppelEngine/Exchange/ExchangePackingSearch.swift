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
    let nodeCount: Int
    let candCount: Int
    let isPerson: [Bool]
    let cStart: [Int]
    let cNodes: [Int]
    let cMoved: [Int]
    let cMicros: [Int64]
    /// For each entry `k` of `cNodes`, the rank of its candidate in that node's share-sorted list.
    let cShareRank: [Int]
    /// Per node: its candidates sorted by the node's share, best first, with the share alongside.
    let ncStart: [Int]
    let ncByShare: [Int]
    let ncShare: [Int64]
    /// Per node: its candidates sorted by candidate value (moved, weight), best first, then index.
    var ncByValue: [Int]
    let maxShare: Int64
    /// Lagrangian multipliers (units of 1/dualScale) and each candidate's positive reduced value.
    var dual: [Int]
    var positiveReduced: [Int]
    /// Weight multipliers (millionths) and the price `lambda` of one moved person: the Lagrangian
    /// bound of "most weight among packings that move at least T more people".
    var weightDual: [Int64]
    var lambda: Int64 = 0
    /// Whether the weight Lagrangian is used (its sums fit comfortably in 64 bits), and the
    /// largest price it may set, so that Σ prices and λ · people stay below about 10^18.
    let weightLagrangian: Bool
    let weightCeiling: Int64
    var positiveReducedWeight: [Int64]
    /// The combined objective `moved · comboScale + micros` (0 = not representable, bound off):
    /// per-node prices, each candidate's positive reduced value, all in millionths.
    var comboScale: Int64 = 0
    var comboDual: [Int64]
    var comboReduced: [Int64]
    var comboDualSum: Int64 = 0
    var comboReducedSum: Int64 = 0
    /// Combined value per candidate, in units of 1/comboUnit millionth.
    var comboValue: [Int64] = []
    var rootComboDual: [Int64] = []
    var comboUnit: Int64 = 1024
    /// The sparse LP (CLP) for components beyond the dense LP's rows; solved at search nodes once
    /// `sparseAtNodes` (a search that did not settle quickly).
    var sparse: ExchangeSparseLP?
    var sparseAtNodes = false
    static let lpNodeLimit = 600
    static let lpRowLimit = 120
    var lpAtNodes = false
    var lpRow: [Int]
    var lpUsed: [Bool]
    var lpSolves = 0
    var lpBranch = -1
    /// Elementary steps since the last report to the budget (so the clock is read by work done,
    /// not only by nodes: one node can block tens of thousands of candidates).
    var touched = 0

    // Dynamic state. A node "counts" when it is free and has an available candidate.
    var state: [UInt8]  // 0 free, 1 covered, 2 stays
    var avail: [Int]
    var blocked: [Int]
    var bestRank: [Int]  // rank of the first available candidate in the node's share list
    var coverableFree = 0  // counting people
    var shareSum: Int64 = 0  // best share of counting people
    var dualSum = 0  // multipliers of counting nodes
    var reducedSum = 0  // positive reduced values of available candidates
    var weightDualSum: Int64 = 0
    var reducedWeightSum: Int64 = 0
    var moved = 0
    var micros: Int64 = 0
    var chosen: [Int] = []
    // Counting people in doubly linked buckets by `avail`, for the fewest-candidates choice.
    var bucketHead: [Int]
    var nextInBucket: [Int]
    var previousInBucket: [Int]
    var lowestBucket = 1

    var inWitness: [Bool]
    var witness: [Int] = []

    // Search bookkeeping.
    var threshold = ExchangeValue.zero
    var stopAt = ExchangeValue.zero
    var optimizing = true
    var stopped = false
    var bestValue = ExchangeValue.zero
    var bestSolution: [Int] = []
    var phase1Nodes = 0

    struct Frame {
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
        // The weight Lagrangian keeps sums of candidate weights and prices: on only while they
        // stay far below 2^63 (weights near the maximum on millions of candidates would not).
        let totalMicros = cMicros.reduce(0.0) { $0 + Double($1) }
        let parts = Double(isPerson.count + cMoved.count + 1)
        self.weightLagrangian = totalMicros < 1e18
        self.weightCeiling = Int64(min(4e15, 1e18 / parts / 16))
        self.positiveReducedWeight = weightLagrangian ? cMicros : [Int64](repeating: 0, count: cMicros.count)
        self.reducedWeightSum = weightLagrangian ? cMicros.reduce(0, +) : 0
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
    @inline(__always) mutating func attach(_ v: Int) {
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
    @inline(__always) mutating func detach(_ v: Int) {
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

    mutating func block(_ c: Int) {
        touched += 1
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

    mutating func unblock(_ c: Int) {
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

    mutating func occupy(_ v: Int, as s: UInt8) {
        detach(v)
        state[v] = s
        for k in ncStart[v]..<ncStart[v + 1] { block(ncByShare[k]) }
    }

    mutating func release(_ v: Int) {
        var k = ncStart[v + 1]
        while k > ncStart[v] {
            k -= 1
            unblock(ncByShare[k])
        }
        state[v] = 0
        attach(v)
    }

    mutating func choose(_ c: Int) {
        for k in cStart[c]..<cStart[c + 1] { occupy(cNodes[k], as: 1) }
        moved += cMoved[c]
        micros += cMicros[c]
        chosen.append(c)
    }

    mutating func unchoose(_ c: Int) {
        chosen.removeLast()
        moved -= cMoved[c]
        micros -= cMicros[c]
        var k = cStart[c + 1]
        while k > cStart[c] {
            k -= 1
            release(cNodes[k])
        }
    }
}
