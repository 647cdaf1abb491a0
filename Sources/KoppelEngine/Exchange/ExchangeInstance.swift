/// A validated staff-exchange instance: who may take over whose position, with weights.
///
/// ```swift
/// let instance = try ExchangeInstance(
///     participants: ["a", "b", "c"],
///     acceptable: ["a": ["b"], "b": ["c", "a"], "c": ["a"]],
///     weights: ["a": ["b": 2.5]])
/// let solution = try ExchangeSolver.solve(instance, maxCycle: 2)
/// // solution.cycles == [["a", "b"]], solution.moved == 2, solution.weight == 3.5
/// ```
///
/// `acceptable[a]` lists the positions `a` may take over: participant ids (a swap) or vacancy ids
/// (the start of a chain). The store layer decides what is acceptable (the person listed it, meets
/// the must-haves, the employer accepts, scales and periods fit); this type only checks that the
/// graph is well formed. The order inside a list carries no meaning: preference goes into
/// `weights`. A pair without a weight weighs 1.0.
///
/// **Weights** are finite numbers in `0 ... maximumWeight` and are used at a resolution of one
/// millionth (`weight * 1_000_000`, rounded half away from zero, kept as an integer), so totals
/// and comparisons are exact and the tie-break is well defined.
///
/// **Vacancies** (an extension of the README's "Interchange formats") are open positions without an occupant.
/// They never move, so they have no entry in `acceptable` or `weights`; a participant that lists a
/// vacancy id may start a chain there. Ids must be unique across participants and vacancies.
///
/// Ids are compared as Swift strings (Unicode canonical equivalence), so two spellings of the
/// same text (precomposed and decomposed "ë") are the same id.
public struct ExchangeInstance: Sendable {
    /// The largest accepted edge weight. Keeps every total exact in 64-bit integers.
    public static let maximumWeight: Double = 1_000_000

    /// The participants in the order given.
    public let participants: [String]
    /// The open vacancies in the order given (empty for the plain format).
    public let vacancies: [String]
    /// `acceptable[a]` = the positions (participant or vacancy ids) that `a` may take over.
    public let acceptable: [String: [String]]
    /// Explicit weights, `weights[a][b]` for the edge a→b; missing pairs weigh 1.0.
    public let weights: [String: [String: Double]]

    /// The index form the solver works on.
    let graph: ExchangeGraph

    /// Validates and stores an instance.
    ///
    /// ```swift
    /// let instance = try ExchangeInstance(
    ///     participants: ["ann", "bob"], acceptable: ["ann": ["v1"], "bob": ["ann"]],
    ///     vacancies: ["v1"])
    /// // the best plan is the chain ["v1", "ann", "bob"]: ann takes v1, bob takes ann's position
    /// ```
    ///
    /// - Throws: ``ExchangeInputError`` with code `.duplicateInList`, `.unknownID`, `.selfLoop`,
    ///   `.vacancyCannotMove`, `.weightWithoutEdge` or `.badWeight`.
    public init(
        participants: [String],
        acceptable: [String: [String]],
        weights: [String: [String: Double]] = [:],
        vacancies: [String] = []
    ) throws(ExchangeInputError) {
        self.graph = try ExchangeGraph(
            participants: participants, vacancies: vacancies, acceptable: acceptable, weights: weights)
        self.participants = participants
        self.vacancies = vacancies
        self.acceptable = acceptable
        self.weights = weights
    }

    /// The weight of the edge `from → to` in millionths, or nil when `from` did not list `to`.
    public func weightMicros(from: String, to: String) -> Int64? {
        guard let a = graph.index[from], let b = graph.index[to] else { return nil }
        return graph.edgeMicros(Int32(a), Int32(b))
    }
}

/// The solver's index form of an instance: ids sorted, adjacency sorted, weights in millionths.
struct ExchangeGraph: Sendable {
    /// All node ids (participants and vacancies) in ascending string order; a node's index is
    /// its position here, so index order is id order.
    let ids: [String]
    let index: [String: Int]
    let isVacancy: [Bool]
    /// Out-edges per node (ascending target index) and their weights in millionths.
    let out: [[Int32]]
    let outMicros: [[Int64]]
    /// In-edges per node (ascending source index) and their weights in millionths.
    let inn: [[Int32]]
    let innMicros: [[Int64]]

    var nodeCount: Int { ids.count }

    func edgeMicros(_ a: Int32, _ b: Int32) -> Int64? {
        let targets = out[Int(a)]
        var lo = 0
        var hi = targets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < b { lo = mid + 1 } else { hi = mid }
        }
        return lo < targets.count && targets[lo] == b ? outMicros[Int(a)][lo] : nil
    }

    init(
        participants: [String], vacancies: [String], acceptable: [String: [String]],
        weights: [String: [String: Double]]
    ) throws(ExchangeInputError) {
        var kind: [String: Bool] = [:]  // id -> isVacancy
        kind.reserveCapacity(participants.count + vacancies.count)
        for (i, p) in participants.enumerated() {
            if kind[p] != nil {
                throw ExchangeInputError(
                    code: .duplicateInList, path: "participants[\(i)]",
                    description: "participant \"\(p)\" appears twice in participants (again at participants[\(i)]).")
            }
            kind[p] = false
        }
        for (i, v) in vacancies.enumerated() {
            if let wasVacancy = kind[v] {
                throw ExchangeInputError(
                    code: .duplicateInList, path: "vacancies[\(i)]",
                    description: wasVacancy
                        ? "vacancy \"\(v)\" appears twice in vacancies (again at vacancies[\(i)])."
                        : "vacancy \"\(v)\" at vacancies[\(i)] is also a participant id; ids must be unique.")
            }
            kind[v] = true
        }

        // Every id once, sorted: a node's index is its position (index order is id order).
        let ids = kind.keys.sorted()
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        let isVacancy = ids.map { kind[$0]! }

        // acceptable, keys in sorted order so the first error is deterministic. Each id is looked
        // up once; repeats within a list are found with a per-list stamp, not a set of strings.
        var targets = [[Int32]](repeating: [], count: ids.count)
        var stamp = [Int32](repeating: -1, count: ids.count)
        for key in acceptable.keys.sorted() {
            guard let a = index[key] else {
                throw ExchangeInputError(
                    code: .unknownID, path: "acceptable.\(key)",
                    description: "acceptable has an entry for \"\(key)\", which is not a participant.")
            }
            if isVacancy[a] {
                throw ExchangeInputError(
                    code: .vacancyCannotMove, path: "acceptable.\(key)",
                    description:
                        "acceptable has an entry for vacancy \"\(key)\"; vacancies have no occupant and never move.")
            }
            let list = acceptable[key]!
            var resolved = [Int32]()
            resolved.reserveCapacity(list.count)
            for (j, target) in list.enumerated() {
                let path = "acceptable.\(key)[\(j)]"
                guard let b = index[target] else {
                    throw ExchangeInputError(
                        code: .unknownID, path: path,
                        description:
                            "\"\(key)\" lists \"\(target)\" in \(path), which is neither a participant nor a vacancy.")
                }
                if b == a {
                    throw ExchangeInputError(
                        code: .selfLoop, path: path,
                        description:
                            "\"\(key)\" lists their own position in \(path); a participant cannot take over their own position."
                    )
                }
                if stamp[b] == Int32(a) {
                    throw ExchangeInputError(
                        code: .duplicateInList, path: path,
                        description: "\"\(key)\" lists \"\(target)\" twice in acceptable.\(key) (again at \(path)).")
                }
                stamp[b] = Int32(a)
                resolved.append(Int32(b))
            }
            targets[a] = resolved
        }

        // weights, keys in sorted order; explicit weights in millionths per (a, b).
        var explicit = [[(target: Int32, micros: Int64)]](repeating: [], count: ids.count)
        stamp = [Int32](repeating: -1, count: ids.count)
        for key in weights.keys.sorted() {
            guard let a = index[key] else {
                throw ExchangeInputError(
                    code: .unknownID, path: "weights.\(key)",
                    description: "weights has an entry for \"\(key)\", which is not a participant.")
            }
            if isVacancy[a] {
                throw ExchangeInputError(
                    code: .vacancyCannotMove, path: "weights.\(key)",
                    description: "weights has an entry for vacancy \"\(key)\"; vacancies never move.")
            }
            for b in targets[a] { stamp[Int(b)] = Int32(a) }
            let inner = weights[key]!
            for target in inner.keys.sorted() {
                let path = "weights.\(key).\(target)"
                guard let b = index[target] else {
                    throw ExchangeInputError(
                        code: .unknownID, path: path,
                        description: "weights.\(key) names \"\(target)\", which is neither a participant nor a vacancy."
                    )
                }
                guard stamp[b] == Int32(a) else {
                    throw ExchangeInputError(
                        code: .weightWithoutEdge, path: path,
                        description:
                            "\(path) gives a weight for \"\(key)\" taking \"\(target)\", but acceptable.\(key) does not list \"\(target)\"."
                    )
                }
                let w = inner[target]!
                guard w.isFinite, w >= 0, w <= ExchangeInstance.maximumWeight else {
                    throw ExchangeInputError(
                        code: .badWeight, path: path,
                        description:
                            "\(path) is \(w); a weight for \"\(key)\" taking \"\(target)\" must be a finite number from 0 to \(Int(ExchangeInstance.maximumWeight))."
                    )
                }
                explicit[a].append((Int32(b), Int64((w * 1_000_000).rounded(.toNearestOrAwayFromZero))))
            }
        }

        // Out-lists ascending by target; in-lists ascending by source (sources are visited in order).
        let unit = Int64(1_000_000)
        var out = [[Int32]](repeating: [], count: ids.count)
        var outMicros = [[Int64]](repeating: [], count: ids.count)
        var inn = [[Int32]](repeating: [], count: ids.count)
        var innMicros = [[Int64]](repeating: [], count: ids.count)
        var micros = [Int64](repeating: unit, count: ids.count)
        for a in 0..<ids.count where !targets[a].isEmpty {
            for (b, w) in explicit[a] { micros[Int(b)] = w }
            let sorted = targets[a].sorted()
            out[a] = sorted
            outMicros[a] = sorted.map { micros[Int($0)] }
            for (b, _) in explicit[a] { micros[Int(b)] = unit }
            for (b, w) in zip(sorted, outMicros[a]) {
                inn[Int(b)].append(Int32(a))
                innMicros[Int(b)].append(w)
            }
        }
        self.ids = ids
        self.index = index
        self.isVacancy = isVacancy
        self.out = out
        self.outMicros = outMicros
        self.inn = inn
        self.innMicros = innMicros
    }
}
