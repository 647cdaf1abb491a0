import KoppelEngine
import KoppelDemo

extension SeededRandom {
    /// The exchange tests' generator: `seed` scrambled the way these tests always have, so that
    /// their instances stay the same.
    static func exchange(seed: UInt64) -> SeededRandom { SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 1) }
}

/// A random instance as plain values, before validation.
struct ExchangeRandomCase {
    var participants: [String]
    var vacancies: [String]
    var acceptable: [String: [String]]
    var weights: [String: [String: Double]]

    func instance() throws -> ExchangeInstance {
        try ExchangeInstance(participants: participants, acceptable: acceptable, weights: weights, vacancies: vacancies)
    }

    /// The edge weight in millionths as the engine defines it (missing = 1.0), or nil without an edge.
    func micros(_ a: String, _ b: String) -> Int64? {
        guard acceptable[a]?.contains(b) == true else { return nil }
        return Int64(((weights[a]?[b] ?? 1.0) * 1_000_000).rounded(.toNearestOrAwayFromZero))
    }

    /// Up to `maxNodes` nodes; ids deliberately not in insertion order ("b", "a10", "a2", …).
    static func make(seed: UInt64, maxNodes: Int = 9, allowVacancies: Bool = true) -> ExchangeRandomCase {
        var rng = SeededRandom.exchange(seed: seed)
        let names = ["b", "a10", "a2", "zoë", "c", "Émile", "x1", "m", "k9", "aa", "q"].shuffled(using: &rng)
        let nodeCount = Int.random(in: 2...maxNodes, using: &rng)
        let vacancyCount = allowVacancies && Bool.random(using: &rng) ? Int.random(in: 1...2, using: &rng) : 0
        let people = Array(names.prefix(max(nodeCount - vacancyCount, 1)))
        let vacancies = Array(names.dropFirst(people.count).prefix(vacancyCount)).map { "v-" + $0 }
        let density = Double.random(in: 0.15...0.6, using: &rng)
        let weightStyle = Int.random(in: 0...3, using: &rng)
        var acceptable: [String: [String]] = [:]
        var weights: [String: [String: Double]] = [:]
        for a in people {
            var list: [String] = []
            for b in people + vacancies where b != a && Double.random(in: 0..<1, using: &rng) < density {
                list.append(b)
            }
            list.shuffle(using: &rng)
            if !list.isEmpty || Bool.random(using: &rng) { acceptable[a] = list }
            for b in list {
                switch weightStyle {
                case 0: break  // all default 1.0: many ties, the tie-break decides
                case 1: weights[a, default: [:]][b] = Double(Int.random(in: 0...3, using: &rng))
                case 2: weights[a, default: [:]][b] = Double(Int.random(in: 1...8, using: &rng)) / 4
                default:
                    if Bool.random(using: &rng) {
                        weights[a, default: [:]][b] = Double(Int.random(in: 0...1_000, using: &rng)) / 1_000
                    }
                }
            }
        }
        return ExchangeRandomCase(participants: people, vacancies: vacancies, acceptable: acceptable, weights: weights)
    }
}

/// Brute force, written independently of the engine: candidates from permutations, optimum and
/// tie-break from enumerating every packing.
enum ExchangeBruteForce {
    struct Candidate {
        var ids: [String]
        var isChain: Bool
        var moved: Int
        var micros: Int64
    }

    struct Optimum {
        var moved: Int
        var micros: Int64
        var cycles: [[String]]
        var chains: [[String]]
    }

    /// Every cycle (2…maxCycle) and chain (1…maxChain people), by trying all id sequences.
    static func candidates(_ c: ExchangeRandomCase, maxCycle: Int, maxChain: Int) -> [Candidate] {
        var result: [Candidate] = []
        let people = c.participants
        func sequences(_ length: Int, _ prefix: [String], _ body: ([String]) -> Void) {
            if prefix.count == length {
                body(prefix)
                return
            }
            for p in people where !prefix.contains(p) { sequences(length, prefix + [p], body) }
        }
        if maxCycle >= 2 {
            for k in 2...maxCycle {
                sequences(k, []) { seq in
                    guard seq.allSatisfy({ $0 >= seq[0] }) else { return }  // canonical: smallest first
                    var total: Int64 = 0
                    for i in 0..<k {
                        guard let w = c.micros(seq[i], seq[(i + 1) % k]) else { return }
                        total += w
                    }
                    result.append(Candidate(ids: seq, isChain: false, moved: k, micros: total))
                }
            }
        }
        if maxChain >= 1 {
            for v in c.vacancies {
                for m in 1...maxChain {
                    sequences(m, []) { seq in
                        var total: Int64 = 0
                        var previous = v
                        for a in seq {
                            guard let w = c.micros(a, previous) else { return }
                            total += w
                            previous = a
                        }
                        result.append(Candidate(ids: [v] + seq, isChain: true, moved: m, micros: total))
                    }
                }
            }
        }
        return result
    }

    /// The best packing: most moved, then most weight, then the lexicographically smallest sorted
    /// list of canonical cycles and chains.
    static func optimum(
        _ c: ExchangeRandomCase, maxCycle: Int, maxChain: Int, allow: (([String]) -> Bool)? = nil
    ) -> Optimum {
        let all = candidates(c, maxCycle: maxCycle, maxChain: maxChain).filter { allow?($0.ids) ?? true }
        var best: (moved: Int, micros: Int64, list: [[String]], picks: [Int])? = nil
        var used = Set<String>()
        var picks: [Int] = []
        func better(_ moved: Int, _ micros: Int64, _ list: [[String]]) -> Bool {
            guard let b = best else { return true }
            if moved != b.moved { return moved > b.moved }
            if micros != b.micros { return micros > b.micros }
            return list.lexicographicallyPrecedes(b.list) { $0.lexicographicallyPrecedes($1) }
        }
        func go(_ i: Int, _ moved: Int, _ micros: Int64) {
            if i == all.count {
                let list = picks.map { all[$0].ids }.sorted { $0.lexicographicallyPrecedes($1) }
                if better(moved, micros, list) { best = (moved, micros, list, picks) }
                return
            }
            go(i + 1, moved, micros)
            let cand = all[i]
            if cand.ids.allSatisfy({ !used.contains($0) }) {
                for id in cand.ids { used.insert(id) }
                picks.append(i)
                go(i + 1, moved + cand.moved, micros + cand.micros)
                picks.removeLast()
                for id in cand.ids { used.remove(id) }
            }
        }
        go(0, 0, 0)
        let b = best!
        let chosen = b.picks.map { all[$0] }
        func sortedIDs(_ xs: [Candidate]) -> [[String]] {
            xs.map(\.ids).sorted { $0.lexicographicallyPrecedes($1) }
        }
        return Optimum(
            moved: b.moved, micros: b.micros, cycles: sortedIDs(chosen.filter { !$0.isChain }),
            chains: sortedIDs(chosen.filter(\.isChain)))
    }

    /// Maximum matching of the mutual-edge graph, then its maximum weight (edge weight = both moves).
    static func matching(_ c: ExchangeRandomCase) -> (pairs: Int, micros: Int64) {
        let people = c.participants
        var best = (pairs: 0, micros: Int64(0))
        var matched = Set<String>()
        func go(_ i: Int, _ pairs: Int, _ micros: Int64) {
            if i == people.count {
                if pairs > best.pairs || (pairs == best.pairs && micros > best.micros) { best = (pairs, micros) }
                return
            }
            let a = people[i]
            go(i + 1, pairs, micros)
            if matched.contains(a) { return }
            for b in people[(i + 1)...] where !matched.contains(b) {
                guard let ab = c.micros(a, b), let ba = c.micros(b, a) else { continue }
                matched.insert(a)
                matched.insert(b)
                go(i + 1, pairs + 1, micros + ab + ba)
                matched.remove(a)
                matched.remove(b)
            }
        }
        go(0, 0, 0)
        return best
    }
}
