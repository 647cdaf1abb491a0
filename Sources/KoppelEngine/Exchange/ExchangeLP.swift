/// Dual prices for the packing LP `max Σ value_c x_c  s.t.  Σ_{c ∋ v} x_c ≤ 1, x ≥ 0`.
///
/// The prices only steer bounds: `ExchangePackingSearch` turns any prices `π ≥ 0` into the exact
/// Lagrangian bound `Σ_v π_v + Σ_c max(0, value_c − Σ_{v∈c} π_v)`, which is valid for every
/// `π ≥ 0`. So nothing here has to be exact — floating point, iteration caps and early stops
/// only cost tightness, never correctness.
enum ExchangeLP {
    /// Near-optimal duals by a revised primal simplex with a dense basis inverse (slack start,
    /// Dantzig pricing). Meant for components of up to a few hundred nodes; `maxIterations` caps
    /// the work, after which the current (possibly infeasible) duals are returned.
    /// Returns the duals per node and the primal value per candidate.
    static func simplex(
        nodeCount m: Int, cStart: [Int], cNodes: [Int], values: [Double], maxIterations: Int,
        budget: inout ExchangeSearchBudget
    ) throws(ExchangeLimitError) -> (duals: [Double], primal: [Double]) {
        let n = values.count
        if m == 0 || n == 0 { return ([Double](repeating: 0, count: m), [Double](repeating: 0, count: n)) }
        var binv = [Double](repeating: 0, count: m * m)
        for i in 0..<m { binv[i * m + i] = 1 }
        var basis = [Int](repeating: 0, count: m)  // column index; n + i = slack of row i
        for i in 0..<m { basis[i] = n + i }
        var inBasis = [Bool](repeating: false, count: n)
        var xB = [Double](repeating: 1, count: m)
        var y = [Double](repeating: 0, count: m)
        var alpha = [Double](repeating: 0, count: m)
        let eps = 1e-9
        let work = (n + m * m) / 4096 + 1
        for _ in 0..<maxIterations {
            try budget.work(work, in: "solving a node LP")
            // Duals y = c_B B^-1 are kept up to date by the pivots (they start at 0).
            // Pricing: most positive reduced cost (slacks have reduced cost −y_i).
            var best = eps
            var entering = -1
            for c in 0..<n where !inBasis[c] {
                var d = values[c]
                for k in cStart[c]..<cStart[c + 1] { d -= y[cNodes[k]] }
                if d > best {
                    best = d
                    entering = c
                }
            }
            for i in 0..<m where -y[i] > best {
                best = -y[i]
                entering = n + i
            }
            if entering < 0 { break }
            // Column of the entering variable in the current basis.
            if entering < n {
                for i in 0..<m {
                    var s = 0.0
                    let row = i * m
                    for k in cStart[entering]..<cStart[entering + 1] { s += binv[row + cNodes[k]] }
                    alpha[i] = s
                }
            } else {
                let r = entering - n
                for i in 0..<m { alpha[i] = binv[i * m + r] }
            }
            // Ratio test; ties broken by the largest pivot.
            var leave = -1
            var bestRatio = Double.infinity
            var bestPivot = 0.0
            for i in 0..<m where alpha[i] > eps {
                let ratio = max(xB[i], 0) / alpha[i]
                if ratio < bestRatio - 1e-12 || (ratio <= bestRatio + 1e-12 && alpha[i] > bestPivot) {
                    bestRatio = ratio
                    bestPivot = alpha[i]
                    leave = i
                }
            }
            if leave < 0 { break }  // unbounded cannot happen (x ≤ 1); numerical trouble: stop
            let pivot = alpha[leave]
            let prow = leave * m
            for j in 0..<m { binv[prow + j] /= pivot }
            for j in 0..<m { y[j] += best * binv[prow + j] }
            xB[leave] = max(xB[leave], 0) / pivot
            for i in 0..<m where i != leave {
                let a = alpha[i]
                if a == 0 { continue }
                let row = i * m
                for j in 0..<m { binv[row + j] -= a * binv[prow + j] }
                xB[i] -= a * xB[leave]
            }
            if basis[leave] < n { inBasis[basis[leave]] = false }
            basis[leave] = entering
            if entering < n { inBasis[entering] = true }
        }
        // Final duals.
        for j in 0..<m { y[j] = 0 }
        for i in 0..<m {
            let b = basis[i]
            guard b < n else { continue }
            let cb = values[b]
            let row = i * m
            for j in 0..<m { y[j] += cb * binv[row + j] }
        }
        var x = [Double](repeating: 0, count: n)
        for i in 0..<m where basis[i] < n { x[basis[i]] = xB[i] }
        return (y.map { max($0, 0) }, x)
    }

    /// Feasible duals for large components without a basis: start from `value_c / |c|` spread
    /// over each candidate's nodes (dual feasible), then repeatedly lower each price as far as
    /// its candidates allow (block coordinate descent on `Σ π`, staying dual feasible).
    static func descentDuals(nodeCount m: Int, cStart: [Int], cNodes: [Int], values: [Double], passes: Int)
        -> [Double]
    {
        var pi = [Double](repeating: 0, count: m)
        let n = values.count
        for c in 0..<n {
            let share = values[c] / Double(cStart[c + 1] - cStart[c])
            for k in cStart[c]..<cStart[c + 1] where pi[cNodes[k]] < share { pi[cNodes[k]] = share }
        }
        // Node → candidates.
        var degree = [Int](repeating: 0, count: m + 1)
        for k in 0..<cNodes.count { degree[cNodes[k] + 1] += 1 }
        for v in 0..<m { degree[v + 1] += degree[v] }
        var fill = degree
        var incident = [Int](repeating: 0, count: cNodes.count)
        for c in 0..<n {
            for k in cStart[c]..<cStart[c + 1] {
                incident[fill[cNodes[k]]] = c
                fill[cNodes[k]] += 1
            }
        }
        for _ in 0..<passes {
            var changed = false
            for v in 0..<m {
                var need = 0.0
                for e in degree[v]..<degree[v + 1] {
                    let c = incident[e]
                    var rest = values[c]
                    for k in cStart[c]..<cStart[c + 1] where cNodes[k] != v { rest -= pi[cNodes[k]] }
                    if rest > need { need = rest }
                }
                if need < pi[v] - 1e-12 {
                    pi[v] = need
                    changed = true
                }
            }
            if !changed { break }
        }
        return pi
    }
}
