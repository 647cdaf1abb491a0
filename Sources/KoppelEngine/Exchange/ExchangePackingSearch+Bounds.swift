/// Bounds of the packing search: the lexicographic bound, the combined-objective LP prices and the
/// Lagrangian multipliers.
extension ExchangePackingSearch {
    // MARK: - Bounds

    /// The lexicographic upper bound on every completion of the current node that could reach the
    /// threshold.
    var bound: ExchangeValue {
        let lagrangian = (moved * Self.dualScale + dualSum + reducedSum) / Self.dualScale
        let movedBound = min(moved + coverableFree, lagrangian)
        let remaining = Int64(movedBound - moved)
        var weightBound = min(shareSum, remaining * maxShare)
        if movedBound == threshold.moved && weightLagrangian {
            // Only completions that move exactly `remaining` more people can reach the threshold.
            weightBound = min(weightBound, weightDualSum + reducedWeightSum - lambda * remaining)
        }
        let separate = ExchangeValue(moved: movedBound, micros: micros + weightBound)
        guard comboScale > 0 else { return separate }
        // Every completion has moved · S + micros ≤ ub with 0 ≤ micros < S, so it is
        // lexicographically at most (ub / S, ub % S).
        let ub = Int64(moved) * comboScale + micros + (comboDualSum + comboReducedSum) / comboUnit
        let combined = ExchangeValue(moved: Int(ub / comboScale), micros: ub % comboScale)
        return combined < separate ? combined : separate
    }

    /// Would the combined bound prune the child that chooses available candidate `c`? Choosing it
    /// changes the bound by at most min(0, reduced value of c) (its nodes' prices leave, its value
    /// arrives, blocking only lowers the rest), so this is checked without applying the move.
    @inline(__always) func comboPrunes(choosing c: Int) -> Bool {
        guard comboScale > 0 else { return false }
        var r = comboValue[c]
        for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
        return comboBoundPrunes(delta: min(r, 0))
    }

    /// Would the combined bound prune the child in which free person `p` stays? Their price leaves
    /// and their available candidates' positive reduced values leave.
    @inline(__always) func comboPrunes(staying p: Int) -> Bool {
        guard comboScale > 0 else { return false }
        var delta = -comboDual[p]
        for k in ncStart[p]..<ncStart[p + 1] where blocked[ncByShare[k]] == 0 { delta -= comboReduced[ncByShare[k]] }
        return comboBoundPrunes(delta: delta)
    }

    @inline(__always) func comboBoundPrunes(delta: Int64) -> Bool {
        let units = comboDualSum + comboReducedSum + delta
        if units < 0 { return true }
        let ub = Int64(moved) * comboScale + micros + units / comboUnit
        return ExchangeValue(moved: Int(ub / comboScale), micros: ub % comboScale) < threshold
    }

    /// Sets up the combined-objective Lagrangian bound with near-LP-optimal prices, and orders
    /// each node's candidates by reduced value (best first), which makes the first dive follow
    /// the LP. Skipped when the combined values could overflow.
    mutating func setUpCombinedBound(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) {
        var scale: Int64 = 1
        var persons = 0
        for v in 0..<nodeCount where isPerson[v] {
            persons += 1
            let top = ncStart[v] < ncStart[v + 1] ? ncShare[ncStart[v]] : 0
            let (sum, overflow) = scale.addingReportingOverflow(top)
            if overflow { return }
            scale = sum
        }
        // Prices stay below 16 · scale units each; keep every sum far from 2^63: the finest unit
        // (at most 1/1024 millionth) for which that holds, or no combined bound at all.
        var unit: Int64 = 1024
        while unit > 1 && Double(nodeCount + candCount + 2) * Double(scale) * Double(unit) * 32 >= 4e18 { unit /= 2 }
        guard Double(nodeCount + candCount + 2) * Double(scale) * Double(unit) * 32 < 4e18 else { return }
        comboUnit = unit
        comboScale = scale
        comboValue = (0..<candCount).map { (Int64(cMoved[$0]) * scale + cMicros[$0]) * unit }
        lpAtNodes = nodeCount <= Self.lpNodeLimit
        if nodeCount > Self.lpRowLimit {
            // Beyond the dense LP: CLP's sparse dual simplex, warm-started at every node later.
            let doubleScale = Double(scale)
            let values = (0..<candCount).map { Double(cMoved[$0]) + Double(cMicros[$0]) / doubleScale }
            sparse = ExchangeSparseLP(rowCount: nodeCount, cStart: cStart, cNodes: cNodes, values: values)
        }
        if lpAtNodes {
            try resolveLP(recordPacking: false, &budget)
        } else if sparse != nil {
            try resolveSparseLP(recordPacking: false, &budget)
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
    mutating func installComboDuals(_ rows: [Int], _ y: [Double]) {
        var counting: [Int] = []
        for v in 0..<nodeCount where state[v] == 0 && avail[v] > 0 { counting.append(v) }
        for v in counting { detach(v) }
        let unitScale = Double(comboScale) * Double(comboUnit)
        let ceiling = Int64(16) * comboScale * comboUnit  // within the set-up's overflow guard
        for (i, v) in rows.enumerated() {
            comboDual[v] = ExchangeArithmetic.int64(y[i] * unitScale, rounded: .up, in: 0...ceiling)
        }
        comboReducedSum = 0
        for c in 0..<candCount {
            var r = comboValue[c]
            for k in cStart[c]..<cStart[c + 1] { r -= comboDual[cNodes[k]] }
            comboReduced[c] = max(0, r)
            if blocked[c] == 0 { comboReducedSum += comboReduced[c] }
        }
        for v in counting { attach(v) }
    }

    /// Solves the packing LP of the current node in CLP (all nodes as rows, the unavailable
    /// candidates bounded to 0), installs its duals as prices, and, when `recordPacking`, records
    /// the candidates at value > 1/2 as a completion if it reaches the threshold.
    mutating func resolveSparseLP(recordPacking: Bool, _ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) {
        guard let sparse else { return }
        lpSolves += 1
        try budget.work(cNodes.count / 2048 + 1, in: "solving a node LP")
        guard let (y, x) = sparse.solve(blocked: blocked, maxIterations: 50 * nodeCount + 1_000) else { return }
        installComboDuals(Array(0..<nodeCount), y)
        guard recordPacking else { return }
        var cols: [Int] = []
        var values: [Double] = []
        for c in 0..<candCount where blocked[c] == 0 && x[c] > 1e-7 {
            cols.append(c)
            values.append(x[c])
        }
        recordLP(cols: cols, x: values)
    }

    /// Solves the packing LP of the current node (free nodes with an available candidate, the
    /// available candidates), installs its duals as prices, and, when `recordPacking`, records
    /// the candidates at value > 1/2 (always a packing) as a completion if it reaches the threshold.
    mutating func resolveLP(recordPacking: Bool, _ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) {
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
        let (y, x) = try ExchangeLP.simplex(
            nodeCount: rows.count, cStart: start, cNodes: entries, values: values,
            maxIterations: 20 * rows.count + 100, budget: &budget)
        installComboDuals(rows, y)
        guard recordPacking else { return }
        recordLP(cols: cols, x: x)
    }

    /// After a node LP: the branching person (covered fractionally, fewest candidates) and,
    /// when the candidates at value > 1/2 form a packing reaching the threshold, a new incumbent.
    mutating func recordLP(cols: [Int], x: [Double]) {
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
                    for v in 0..<nodeCount { lpUsed[v] = false }
                    return
                }
                lpUsed[cNodes[k]] = true
            }
            packing.append(c)
            value.moved += cMoved[c]
            value.micros += cMicros[c]
        }
        for c in packing { for k in cStart[c]..<cStart[c + 1] { lpUsed[cNodes[k]] = false } }
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
    mutating func improveMultipliers(goal: Int, iterations: Int, _ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) {
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
            try budget.work((live.count + counting.count) / 4096 + 1, in: "improving the bounds")
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
        // A price above the largest candidate (8 people) never helps; 64 keeps every sum small.
        for v in counting {
            dual[v] = ExchangeArithmetic.int(bestY[v] * scale, rounded: .toNearestOrAwayFromZero, in: 0...(64 * Self.dualScale))
        }
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
    mutating func improveWeightMultipliers(
        needed: Int, goal: Int64, iterations: Int, _ budget: inout ExchangeSearchBudget
    ) throws(ExchangeLimitError) {
        guard weightLagrangian else { return }
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
            try budget.work((live.count + counting.count) / 4096 + 1, in: "improving the bounds")
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
        for v in counting { detach(v) }
        for v in counting { weightDual[v] = ExchangeArithmetic.int64(bestZ[v], rounded: .up, in: 0...weightCeiling) }
        lambda = ExchangeArithmetic.int64(bestLambda, rounded: .down, in: 0...weightCeiling)
        reducedWeightSum = 0
        for c in 0..<candCount {
            var r = cMicros[c] + lambda * Int64(cMoved[c])
            for k in cStart[c]..<cStart[c + 1] { r -= weightDual[cNodes[k]] }
            positiveReducedWeight[c] = max(0, r)
            if blocked[c] == 0 { reducedWeightSum += positiveReducedWeight[c] }
        }
        for v in counting { attach(v) }
    }
}
