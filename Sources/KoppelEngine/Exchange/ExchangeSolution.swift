/// The chosen exchange cycles and vacancy chains, with how many people move and the total weight.
///
/// ```swift
/// let solution = try ExchangeSolver.solve(instance, maxCycle: 2)
/// for cycle in solution.cycles { print(cycle.joined(separator: " → ")) }  // a → b
/// print(solution.moved, solution.weight)                                  // 2 3.5
/// print(solution.json)  // {"cycles":[["a","b"]],"moved":2,"weight":3.5}
/// ```
///
/// A cycle `[x1, x2, …, xk]` means x1 takes x2's position, …, xk takes x1's; it starts at its
/// smallest id. A chain `[v, a1, …, am]` means a1 takes vacancy v, a2 takes a1's position, …;
/// am's own position is left open. `cycles` and `chains` are each sorted lexicographically.
public struct ExchangeSolution: Sendable, Hashable {
    /// Exchange cycles in canonical form (smallest id first), sorted.
    public let cycles: [[String]]
    /// Vacancy chains `[vacancy, first mover, …]`, sorted; empty without vacancies.
    public let chains: [[String]]
    /// The number of people who move (cycle lengths plus chain lengths minus their vacancies).
    public let moved: Int
    /// The total weight of the edges used, exactly `weightMicros / 1_000_000`.
    public let weight: Double
    /// The total weight in millionths, as the solver compared it.
    public let weightMicros: Int64
    /// Whether the instance had vacancies; then ``json`` also prints `"chains"`.
    public let instanceHasVacancies: Bool
    /// What the solver enumerated and searched, for logs and benchmarks.
    public let statistics: Statistics

    /// Counts from one solver run. Deterministic: the same input gives the same counts.
    public struct Statistics: Sendable, Hashable {
        /// Cycles of length 2 … maxCycle in the graph.
        public let cycleCount: Int
        /// Chains of 1 … maxChain people in the graph.
        public let chainCount: Int
        /// Independent conflict components solved separately.
        public let componentCount: Int
        /// People in the largest component.
        public let largestComponent: Int
        /// Branch-and-bound nodes visited in all components.
        public let searchNodes: Int
    }

    init(
        cycles: [[String]], chains: [[String]], moved: Int, weightMicros: Int64, instanceHasVacancies: Bool,
        statistics: Statistics
    ) {
        self.cycles = cycles
        self.chains = chains
        self.moved = moved
        self.weightMicros = weightMicros
        self.weight = Double(weightMicros) / 1_000_000
        self.instanceHasVacancies = instanceHasVacancies
        self.statistics = statistics
    }

    /// The interchange JSON of the README's "Interchange formats", compact, with keys in a fixed order.
    ///
    /// ```swift
    /// solution.json  // {"cycles":[["a","b"]],"moved":2,"weight":3.5}
    /// ```
    ///
    /// Keys: `cycles`, then `chains` only when the instance had vacancies (an extension), then
    /// `moved` and `weight`. The weight is printed as the exact decimal of its millionths, without
    /// trailing zeros (`4`, `3.5`, `0.000001`).
    public var json: String {
        var out = "{\"cycles\":"
        Self.appendLists(cycles, to: &out)
        if instanceHasVacancies {
            out += ",\"chains\":"
            Self.appendLists(chains, to: &out)
        }
        out += ",\"moved\":\(moved),\"weight\":\(Self.decimal(weightMicros))}"
        return out
    }

    /// `micros / 1_000_000` as an exact decimal without trailing zeros.
    static func decimal(_ micros: Int64) -> String {
        let whole = micros / 1_000_000
        var fraction = micros % 1_000_000
        if fraction == 0 { return String(whole) }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let f = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - f.count) + f
    }

    private static func appendLists(_ lists: [[String]], to out: inout String) {
        out += "["
        for (i, list) in lists.enumerated() {
            if i > 0 { out += "," }
            out += "["
            for (j, id) in list.enumerated() {
                if j > 0 { out += "," }
                appendString(id, to: &out)
            }
            out += "]"
        }
        out += "]"
    }

    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// One way in which a solution breaks the rules of its instance; see ``ExchangeSolver/verify(_:in:maxCycle:maxChain:)``.
public struct ExchangeViolation: Sendable, Hashable, CustomStringConvertible {
    /// A sentence naming the cycle or chain and the rule.
    public let description: String
}
