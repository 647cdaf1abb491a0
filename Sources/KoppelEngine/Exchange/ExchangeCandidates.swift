/// All cycles (length 2 … maxCycle) and chains (1 … maxChain people) of a graph, in canonical
/// form and ascending lexicographic order of their node-index sequences (= id order).
///
/// A cycle `[x1, …, xk]` starts at its smallest node. A chain `[v, a1, …, am]` starts at its
/// vacancy; `a1 → v` and `a(j+1) → aj` are its edges. `shares` holds, per node, the weight of
/// that node's own move (0 for the vacancy), so a candidate's weight is the sum of its shares.
struct ExchangeCandidates {
    var start: [Int] = [0]
    var nodes: [Int32] = []
    var shares: [Int64] = []
    var moved: [Int32] = []
    var micros: [Int64] = []
    var isChain: [Bool] = []
    var cycleCount = 0
    var chainCount = 0

    var count: Int { moved.count }

    func nodes(of c: Int) -> ArraySlice<Int32> { nodes[start[c]..<start[c + 1]] }

    mutating func append(_ path: [Int32], _ pathShares: [Int64], moved m: Int, chain: Bool) {
        nodes.append(contentsOf: path)
        shares.append(contentsOf: pathShares)
        start.append(nodes.count)
        moved.append(Int32(m))
        micros.append(pathShares.reduce(0, +))
        isChain.append(chain)
        if chain { chainCount += 1 } else { cycleCount += 1 }
    }

    /// Enumerates every candidate; throws when there are more than `limit`.
    ///
    /// `accept` sees each cycle (in cycle order) or chain (vacancy first) and may drop it, for
    /// rules the graph's edges cannot express (e.g. that all members' periods overlap).
    /// The clock is read every 1,024 path steps through `budget`, so a blow-up within the caps
    /// stops at the time limit too.
    static func enumerate(
        _ g: ExchangeGraph, maxCycle: Int, maxChain: Int, limit: Int, budget: inout ExchangeSearchBudget,
        accept: (([Int32]) -> Bool)? = nil
    ) throws(ExchangeLimitError) -> ExchangeCandidates {
        var cycles = ExchangeCandidates()
        var chains = ExchangeCandidates()
        let n = g.nodeCount
        var total = 0
        var steps = 0
        var stopped: ExchangeLimitError?
        /// Counts one path step; false (and `stopped` set) when the time limit has passed.
        func step() -> Bool {
            steps += 1
            guard steps & 1023 == 0 else { return true }
            budget.progress.candidates = total
            do throws(ExchangeLimitError) {
                try budget.work(1024, in: "enumeration of cycles and chains")
                return true
            } catch {
                stopped = error
                return false
            }
        }
        func tooMany() -> ExchangeLimitError {
            ExchangeLimitError(
                code: .tooManyCandidates,
                description: "The instance has more than \(limit) cycles and chains within the length caps; "
                    + "lower --max-cycle/--max-chain or raise the candidate limit.")
        }

        // Cycles: from each start s, simple paths through nodes > s; close when the last node lists s.
        var closeStamp = [Int32](repeating: -1, count: n)
        var closeMicros = [Int64](repeating: 0, count: n)
        var onPath = [Bool](repeating: false, count: n)
        var path: [Int32] = []
        var pathShares: [Int64] = []  // pathShares[i] = weight of path[i] -> path[i+1]
        for s in 0..<n where !g.out[s].isEmpty && !g.inn[s].isEmpty {
            for (k, u) in g.inn[s].enumerated() {
                closeStamp[Int(u)] = Int32(s)
                closeMicros[Int(u)] = g.innMicros[s][k]
            }
            path = [Int32(s)]
            onPath[s] = true
            var failed = false
            // Depth-first, preorder: emit the cycle closing at the current node before extending it,
            // with ascending successors, which yields lexicographic order.
            func extend(_ last: Int) {
                if failed { return }
                let targets = g.out[last]
                let weights = g.outMicros[last]
                for k in 0..<targets.count {
                    let t = Int(targets[k])
                    if t <= s || onPath[t] { continue }
                    if !step() {
                        failed = true
                        return
                    }
                    path.append(Int32(t))
                    pathShares.append(weights[k])
                    if closeStamp[t] == Int32(s), accept?(path) ?? true {
                        total += 1
                        if total > limit {
                            failed = true
                            return
                        }
                        cycles.append(path, pathShares + [closeMicros[t]], moved: path.count, chain: false)
                    }
                    if path.count < maxCycle {
                        onPath[t] = true
                        extend(t)
                        onPath[t] = false
                        if failed { return }
                    }
                    path.removeLast()
                    pathShares.removeLast()
                }
            }
            if maxCycle >= 2 { extend(s) }
            onPath[s] = false
            pathShares.removeAll(keepingCapacity: true)
            if let stopped { throw stopped }
            if failed { throw tooMany() }
        }

        // Chains: from each vacancy v, walk in-edges backwards: a1 -> v, a2 -> a1, …
        if maxChain >= 1 {
            for v in 0..<n where g.isVacancy[v] && !g.inn[v].isEmpty {
                path = [Int32(v)]
                var shares: [Int64] = [0]
                onPath[v] = true
                var failed = false
                func grow(_ last: Int) {
                    let sources = g.inn[last]
                    let weights = g.innMicros[last]
                    for k in 0..<sources.count {
                        let a = Int(sources[k])
                        if onPath[a] { continue }
                        if !step() {
                            failed = true
                            return
                        }
                        path.append(Int32(a))
                        shares.append(weights[k])
                        total += 1
                        if total > limit {
                            failed = true
                            return
                        }
                        if accept?(path) ?? true {
                            chains.append(path, shares, moved: path.count - 1, chain: true)
                        }
                        if path.count - 1 < maxChain {
                            onPath[a] = true
                            grow(a)
                            onPath[a] = false
                            if failed { return }
                        }
                        path.removeLast()
                        shares.removeLast()
                    }
                }
                grow(v)
                onPath[v] = false
                if let stopped { throw stopped }
                if failed { throw tooMany() }
            }
        }
        budget.progress.candidates = total
        if chains.count == 0 { return cycles }
        if cycles.count == 0 { return chains }
        return merge(cycles, chains)
    }

    /// Merges two lexicographically sorted candidate lists.
    private static func merge(_ a: ExchangeCandidates, _ b: ExchangeCandidates) -> ExchangeCandidates {
        var result = ExchangeCandidates()
        result.nodes.reserveCapacity(a.nodes.count + b.nodes.count)
        var i = 0
        var j = 0
        func take(_ x: ExchangeCandidates, _ c: Int) {
            result.nodes.append(contentsOf: x.nodes(of: c))
            result.shares.append(contentsOf: x.shares[x.start[c]..<x.start[c + 1]])
            result.start.append(result.nodes.count)
            result.moved.append(x.moved[c])
            result.micros.append(x.micros[c])
            result.isChain.append(x.isChain[c])
        }
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a.nodes(of: i).lexicographicallyPrecedes(b.nodes(of: j))) {
                take(a, i)
                i += 1
            } else {
                take(b, j)
                j += 1
            }
        }
        result.cycleCount = a.cycleCount + b.cycleCount
        result.chainCount = a.chainCount + b.chainCount
        return result
    }
}
