/// The two phases of the packing search: the optimal value, then the canonical tie-break.
extension ExchangePackingSearch {
    /// Solves the component exactly and returns the chosen candidates (local indices, ascending).
    mutating func solve(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> [Int] {
        try setUpCombinedBound(&budget)
        let greedy = greedyMoved()
        if greedy < coverableFree { try improveMultipliers(goal: greedy + 1, iterations: 300, &budget) }

        // Phase 1: the optimal value; the root bound is the stop value.
        stopAt = bound
        threshold = .zero
        optimizing = true
        bestValue = .zero
        bestSolution = []
        let before = budget.visited
        // Not settled quickly (usually the weights): sharpen the weight bound for the current
        // incumbent and search again from the root, with a growing node cap.
        budget.currentBound = stopAt
        var cap = 2_000
        while try run(&budget, nodeCap: cap) == nil {
            // Not settled quickly: the sparse LP at every node from now on (large components).
            sparseAtNodes = sparse != nil
            if threshold.moved > 0 {
                try improveWeightMultipliers(
                    needed: threshold.moved - moved, goal: threshold.micros - micros, iterations: 150, &budget)
            }
            cap = cap > Int.max / 2 ? Int.max : cap * 2
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
        budget.currentBest = target
        budget.currentBound = target
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
            try budget.work(1, in: "tie-break")
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
    mutating func query(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> Bool {
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
        sparseAtNodes = sparse != nil
        try improveMultipliers(goal: threshold.moved, iterations: 100, &budget)
        try improveWeightMultipliers(
            needed: threshold.moved - moved, goal: threshold.micros - micros, iterations: 100, &budget)
        return try run(&budget) == true
    }
}
