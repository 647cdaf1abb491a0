import KoppelEngine

/// Large, deterministic staff-exchange instances for benchmarks and scaling tests.
///
/// `requests` participants each list `outDegree` positions they would take over: most (80 %)
/// inside their own group of `groupSize` (people of one domain and scale band, who can do each
/// other's work), the rest anywhere; `groupSize == requests` draws every wish uniformly. Weights
/// follow ``Weights`` (by default 1, 1.5, 2 or 3). Ids are zero-padded (`x00001`), so id order is
/// index order. With `vacancies > 0` there are open positions `v00001` …, each listed by
/// `vacancyListings` random participants, so vacancy chains appear too.
///
/// ```swift
/// let instance = try ExchangeSyntheticInstance(requests: 5_000, outDegree: 10, seed: 7).instance()
/// let solution = try ExchangeSolver.solve(instance, maxCycle: 3)
/// ```
public struct ExchangeSyntheticInstance: Sendable {
    /// How edge weights are drawn.
    public enum Weights: String, Sendable, CaseIterable {
        /// 1, 1.5, 2 or 3 (the original benchmark family).
        case steps
        /// All 1: only the number of people moved counts.
        case unit
        /// Whole numbers 1 … 5.
        case oneToFive
    }

    public let participants: [String]
    public let vacancies: [String]
    public let acceptable: [String: [String]]
    public let weights: [String: [String: Double]]

    /// Makes the instance; the same arguments give the same instance.
    public init(
        requests: Int, outDegree: Int, groupSize: Int = 100, seed: UInt64, weights weightKind: Weights = .steps,
        vacancies vacancyCount: Int = 0, vacancyListings: Int = 3
    ) {
        precondition(requests >= 0 && outDegree >= 0 && groupSize > 1 && vacancyCount >= 0 && vacancyListings >= 0)
        var random = DemoRandom(seed: seed, stream: 0x4558_4348_414E_4745)
        let width = DemoIdentifiers.width(for: requests, minimum: 5)
        let ids = (0..<requests).map { DemoIdentifiers.make("x", $0 + 1, width: width) }
        let degree = Swift.min(outDegree, Swift.max(0, requests - 1))
        let steps: [Double] = [1, 1.5, 2, 3]
        var acceptable: [String: [String]] = [:]
        var weights: [String: [String: Double]] = [:]
        for a in 0..<requests {
            let groupStart = a / groupSize * groupSize
            let groupEnd = Swift.min(groupStart + groupSize, requests)
            var listed: [Int] = []
            var attempts = 0
            while listed.count < degree && attempts < 100 * Swift.max(degree, 1) {
                attempts += 1
                let inside = groupEnd - groupStart > 1 && random.chance(0.8)
                let b = inside ? random.int(in: groupStart..<groupEnd) : random.int(in: 0..<requests)
                if b != a && !listed.contains(b) { listed.append(b) }
            }
            acceptable[ids[a]] = listed.map { ids[$0] }
            var own: [String: Double] = [:]
            for b in listed {
                switch weightKind {
                case .steps: own[ids[b]] = random.element(of: steps)
                case .unit: own[ids[b]] = 1
                case .oneToFive: own[ids[b]] = Double(random.int(in: 1...5))
                }
            }
            weights[ids[a]] = own
        }
        // Vacancies from a stream of their own, so the participants' wishes do not depend on them.
        var vacancyRandom = DemoRandom(seed: seed, stream: 0x5641_4341_4E43_59)
        let vacancyIDs = (0..<vacancyCount).map {
            DemoIdentifiers.make("v", $0 + 1, width: DemoIdentifiers.width(for: vacancyCount, minimum: 5))
        }
        if requests > 0 {
            for v in vacancyIDs {
                for _ in 0..<vacancyListings {
                    let a = ids[vacancyRandom.int(in: 0..<requests)]
                    if acceptable[a]!.contains(v) { continue }
                    acceptable[a]!.append(v)
                    weights[a]![v] = weightKind == .unit ? 1 : Double(vacancyRandom.int(in: 1...5))
                }
            }
        }
        participants = ids
        self.vacancies = vacancyIDs
        self.acceptable = acceptable
        self.weights = weights
    }

    /// The validated instance.
    public func instance() throws(ExchangeInputError) -> ExchangeInstance {
        try ExchangeInstance(participants: participants, acceptable: acceptable, weights: weights, vacancies: vacancies)
    }
}
