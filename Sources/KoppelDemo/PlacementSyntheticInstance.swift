import KoppelEngine

/// Large, deterministic placement instances for benchmarks and scaling tests.
///
/// The demo generator makes realistic rounds (tens of trainees, lists of 5–12); this makes
/// the national benchmark shape: `trainees` trainees each listing `listLength` placements,
/// drawn with a popularity skew (some placements are wanted by many), and every placement
/// ranking all its applicants by a noisy common score, with about 10 % more seats than
/// trainees. Ids are zero-padded (`t000001`, `p00001`), so id order is index order.
///
/// ```swift
/// let shape = PlacementSyntheticInstance(trainees: 100_000, placements: 10_000, listLength: 20, seed: 7)
/// let instance = try shape.instance()
/// let matching = PlacementSolver.solve(instance)
/// ```
public struct PlacementSyntheticInstance: Sendable {
    public let traineeIDs: [String]
    public let placementIDs: [String]
    public let capacities: [Int]
    /// Per trainee, placement indices, most wanted first.
    public let traineeRankings: [[Int32]]
    /// Per placement, trainee indices, most preferred first.
    public let placementRankings: [[Int32]]

    /// Makes the instance; the same arguments give the same instance.
    public init(trainees: Int, placements: Int, listLength: Int, seed: UInt64) {
        precondition(trainees >= 0 && placements > 0 && listLength >= 0)
        var random = DemoRandom(seed: seed, stream: 0x504C_4143_454D_454E)
        let traineeWidth = DemoIdentifiers.width(for: trainees, minimum: 6)
        let placementWidth = DemoIdentifiers.width(for: placements, minimum: 5)
        traineeIDs = (0..<trainees).map { DemoIdentifiers.make("t", $0 + 1, width: traineeWidth) }
        placementIDs = (0..<placements).map { DemoIdentifiers.make("p", $0 + 1, width: placementWidth) }
        // Popularity: weight 1 / (rank + 10), sampled through a cumulative table.
        var cumulative: [Double] = []
        cumulative.reserveCapacity(placements)
        var total = 0.0
        for p in 0..<placements {
            total += 1 / Double(p + 10)
            cumulative.append(total)
        }
        let seats = (Double(trainees) * 1.1 / Double(placements)).rounded(.up)
        capacities = (0..<placements).map { _ in max(1, Int((seats * random.double(in: 0.5...1.5)).rounded())) }
        let length = min(listLength, placements)
        var lists: [[Int32]] = []
        lists.reserveCapacity(trainees)
        var applicants = [[Int32]](repeating: [], count: placements)
        var picked = Set<Int32>()
        for t in 0..<trainees {
            picked.removeAll(keepingCapacity: true)
            var list: [Int32] = []
            list.reserveCapacity(length)
            while list.count < length {
                let target = random.unit() * total
                var lo = 0
                var hi = placements - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if cumulative[mid] < target { lo = mid + 1 } else { hi = mid }
                }
                let p = Int32(lo)
                if picked.insert(p).inserted {
                    list.append(p)
                    applicants[lo].append(Int32(t))
                }
            }
            lists.append(list)
        }
        traineeRankings = lists
        // Hosts rank their applicants by a common merit plus noise.
        let merit = (0..<trainees).map { _ in random.unit() }
        placementRankings = applicants.map { list in
            list.map { (key: merit[Int($0)] + random.unit() * 0.3, trainee: $0) }
                .sorted { $0.key != $1.key ? $0.key > $1.key : $0.trainee < $1.trainee }
                .map(\.trainee)
        }
    }

    /// The instance with string ids, as `placements solve` or a store would build it.
    public func instance() throws(PlacementInputError) -> PlacementInstance {
        try PlacementInstance(
            trainees: zip(traineeIDs, traineeRankings).map { id, list in
                PlacementInstance.Trainee(id: id, ranking: list.map { placementIDs[Int($0)] })
            },
            placements: placementIDs.indices.map { p in
                PlacementInstance.Placement(
                    id: placementIDs[p], capacity: capacities[p],
                    ranking: placementRankings[p].map { traineeIDs[Int($0)] })
            })
    }
}
