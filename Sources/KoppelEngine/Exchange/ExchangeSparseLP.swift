import CClp

/// The packing LP of one conflict component in COIN-OR CLP, re-solved warm at every search node.
///
/// `max Σ value_c x_c  s.t.  Σ_{c ∋ v} x_c ≤ 1 (every node v),  0 ≤ x_c ≤ u_c`, with `u_c = 0` for
/// the candidates the search has blocked or chosen. Only the column bounds change between solves,
/// so the last basis stays dual feasible and the dual simplex needs a few pivots per node.
///
/// As with ``ExchangeLP``, nothing here has to be exact: the search turns any duals `π ≥ 0` into
/// an exact integer Lagrangian bound, so floating point and iteration caps cost only tightness.
/// Non-finite duals are returned as 0 (still a valid price).
final class ExchangeSparseLP {
    private let model: UnsafeMutableRawPointer
    let rowCount: Int
    let columnCount: Int
    private var upper: [Double]
    private var duals: [Double]
    private var primal: [Double]
    /// LP solves so far (for statistics).
    private(set) var solves = 0

    /// Loads the LP; `cStart`/`cNodes` give each candidate's rows (column-major, no gaps).
    init(rowCount m: Int, cStart: [Int], cNodes: [Int], values: [Double]) {
        model = Clp_newModel()
        rowCount = m
        columnCount = values.count
        Clp_setLogLevel(model, 0)
        let start = cStart.map { CoinBigIndex($0) }
        let index = cNodes.map { Int32($0) }
        let ones = [Double](repeating: 1, count: cNodes.count)
        let lower = [Double](repeating: 0, count: values.count)
        upper = [Double](repeating: 1, count: values.count)
        let cost = values.map { -$0 }  // CLP minimises
        let rowLower = [Double](repeating: -Double.greatestFiniteMagnitude, count: m)
        let rowUpper = [Double](repeating: 1, count: m)
        Clp_loadProblem(model, Int32(values.count), Int32(m), start, index, ones, lower, upper, cost, rowLower, rowUpper)
        duals = [Double](repeating: 0, count: m)
        primal = [Double](repeating: 0, count: values.count)
    }

    deinit { Clp_deleteModel(model) }

    /// Solves with the columns `c` with `blocked[c] == 0` usable (upper bound 1, the others 0);
    /// returns the duals per row (≥ 0) and the primal value per column, or nil when CLP gave up.
    func solve(blocked: [Int], maxIterations: Int) -> (duals: [Double], primal: [Double])? {
        for c in 0..<columnCount { upper[c] = blocked[c] == 0 ? 1 : 0 }
        Clp_chgColumnUpper(model, upper)
        Clp_setMaximumIterations(model, Int32(clamping: maxIterations))
        _ = Clp_dual(model, 0)
        solves += 1
        let status = Clp_status(model)
        guard status == 0 || status == 3 else { return nil }  // optimal, or stopped on iterations
        let rowPrice = Clp_getRowPrice(model)!
        for i in 0..<rowCount {
            let y = -rowPrice[i]  // minimising −value: a ≤ row's price is ≤ 0
            duals[i] = y.isFinite && y > 0 ? y : 0
        }
        let columns = Clp_getColSolution(model)!
        for c in 0..<columnCount {
            let x = columns[c]
            primal[c] = x.isFinite ? x : 0
        }
        return (duals, primal)
    }
}
