import Testing

@testable import KoppelEngine
@testable import KoppelDemo

@Suite struct DemoRandomTests {
    @Test func splitMix64MatchesItsPublishedReferenceOutput() {
        var state: UInt64 = 1_234_567
        let outputs = (0..<5).map { _ in DemoRandom.splitMix64(&state) }
        #expect(
            outputs == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }

    /// Pinned against an independent Python implementation of xoshiro256** seeded by SplitMix64:
    /// if these change, every demo dataset changes.
    @Test func xoshiroOutputIsPinnedForever() {
        var random = DemoRandom(seed: 42)
        #expect(
            (0..<4).map { _ in random.next() } == [
                1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
                17_057_574_109_182_124_193,
            ])
        var derived = DemoRandom(seed: 2026, stream: 1, index: 7)
        #expect(
            (0..<3).map { _ in derived.next() } == [
                3_429_002_470_143_800_901, 6_709_430_155_875_132_518, 7_710_634_961_162_212_717,
            ])
    }

    @Test func streamsAndIndexesAreIndependent() {
        var a = DemoRandom(seed: 1, stream: 1, index: 0)
        var b = DemoRandom(seed: 1, stream: 1, index: 1)
        var c = DemoRandom(seed: 1, stream: 2, index: 0)
        let first = [a.next(), b.next(), c.next()]
        #expect(Set(first).count == 3)
    }

    @Test(arguments: [0...0, 1...6, -5...5, 0...1_000_000_007, Int.min...Int.max])
    func boundedIntegersStayInTheirRange(range: ClosedRange<Int>) {
        var random = DemoRandom(seed: 9)
        for _ in 0..<2_000 { #expect(range.contains(random.int(in: range))) }
    }

    @Test func smallRangesAreCoveredEvenly() {
        var random = DemoRandom(seed: 3)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.int(in: 0..<6)] += 1 }
        #expect(counts.allSatisfy { (9_000...11_000).contains($0) }, "\(counts)")
    }

    @Test func unitIsInTheHalfOpenInterval() {
        var random = DemoRandom(seed: 5)
        for _ in 0..<10_000 {
            let value = random.unit()
            #expect(value >= 0 && value < 1)
        }
    }

    @Test func shuffleIsAPermutationAndSampleIsDistinct() {
        var random = DemoRandom(seed: 11)
        var values = Array(0..<100)
        random.shuffle(&values)
        #expect(values.sorted() == Array(0..<100))
        #expect(values != Array(0..<100))
        let sample = random.sample(Array(0..<20), count: 7)
        #expect(sample.count == 7 && Set(sample).count == 7)
        #expect(random.sample([1, 2, 3], count: 10).sorted() == [1, 2, 3])
        #expect(random.sample([Int](), count: 3).isEmpty)
    }

    @Test func weightedChoiceNeverPicksAZeroWeight() {
        var random = DemoRandom(seed: 13)
        let weights: [Double] = [0, 3, 0, 1, -2, .nan]
        let table = DemoWeightedTable(weights)
        var counts = [Int](repeating: 0, count: weights.count)
        for _ in 0..<8_000 {
            counts[random.weightedIndex(weights)!] += 1
            counts[table.pick(&random)!] += 1
        }
        #expect(counts[0] == 0 && counts[2] == 0 && counts[4] == 0 && counts[5] == 0)
        #expect((11_000...13_000).contains(counts[1]), "\(counts)")
        #expect(random.weightedIndex([0, 0]) == nil)
        #expect(DemoWeightedTable([0, -1]).pick(&random) == nil)
        #expect(DemoWeightedTable([]).isEmpty)
    }

    @Test func normalishCentresOnTheMean() {
        var random = DemoRandom(seed: 17)
        var sum = 0.0
        for _ in 0..<10_000 { sum += random.normalish(mean: 10, deviation: 2) }
        #expect(abs(sum / 10_000 - 10) < 0.1)
    }
}
