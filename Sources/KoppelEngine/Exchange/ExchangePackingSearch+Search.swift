/// The depth-first branch-and-bound of the packing search.
extension ExchangePackingSearch {
    // MARK: - Search

    /// Evaluates the current node: prunes, records a leaf, or returns the person to branch on.
    mutating func enter(_ budget: inout ExchangeSearchBudget) throws(ExchangeLimitError) -> Int {
        if optimizing { budget.currentBest = bestValue }
        try budget.spend(work: touched >> 10)
        touched &= 1023
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
            try resolveLP(recordPacking: true, &budget)
            if stopped || bound < threshold { return -1 }
            if lpBranch >= 0 { return lpBranch }
        } else if sparseAtNodes && sparse != nil {
            lpBranch = -1
            try resolveSparseLP(recordPacking: true, &budget)
            if stopped || bound < threshold { return -1 }
            if lpBranch >= 0 { return lpBranch }
        }
        while bucketHead[lowestBucket] < 0 { lowestBucket += 1 }
        return bucketHead[lowestBucket]
    }

    mutating func undo(_ frame: Frame) {
        if frame.applied >= 0 {
            unchoose(frame.applied)
        } else if frame.applied == -2 {
            release(frame.person)
        }
    }

    /// Depth-first branch-and-bound from the current state; true when a packing reaching
    /// `stopAt` was found, false when there is none, nil when `nodeCap` nodes did not settle it
    /// (state is restored in every case).
    mutating func run(_ budget: inout ExchangeSearchBudget, nodeCap: Int = .max) throws(ExchangeLimitError)
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
                touched += 1
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
    mutating func greedyMoved() -> Int {
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
}
