import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// A clock for the solver that moves on by `step` at every read, so a time limit is reached after
/// a known number of reads, whatever the machine's speed.
final class SteppingClock: @unchecked Sendable {
    private let start = ContinuousClock.now
    private let step: Duration
    private(set) var reads = 0

    init(step: Duration) { self.step = step }

    func now() -> ContinuousClock.Instant {
        defer { reads += 1 }
        return start + step * reads
    }
}

@Suite("Exchange time limit")
struct ExchangeTimeLimitTests {
    /// `count` people who all accept each other's positions; weights 1 + u · 10⁻⁶ when `jitter`.
    static func everyoneAcceptsEveryone(_ count: Int, jitter: Bool) throws -> ExchangeInstance {
        var random = DemoRandom(seed: 19, stream: 2)
        let ids = (0..<count).map { "p\(String(format: "%02d", $0))" }
        var acceptable: [String: [String]] = [:]
        var weights: [String: [String: Double]] = [:]
        for a in ids {
            acceptable[a] = ids.filter { $0 != a }
            if jitter {
                for b in acceptable[a]! { weights[a, default: [:]][b] = 1 + random.unit() * 1e-6 }
            }
        }
        return try ExchangeInstance(participants: ids, acceptable: acceptable, weights: weights)
    }

    static func solve(
        _ instance: ExchangeInstance, maxCycle: Int, limit: Duration, clock: SteppingClock
    ) -> ExchangeLimitError? {
        do {
            _ = try ExchangeSolver.solve(
                instance, maxCycle: maxCycle, maxChain: 0, limits: .init(timeLimit: limit), allow: nil,
                clock: clock.now)
            return nil
        } catch let error as ExchangeLimitError {
            return error
        } catch {
            return nil
        }
    }

    @Test("10 people who all accept each other at max-cycle 8 (346k cycles): the limit holds inside the enumeration")
    func tenPeopleAtMaxCycleEightStopAtTheLimit() throws {
        let instance = try Self.everyoneAcceptsEveryone(10, jitter: false)
        let clock = SteppingClock(step: .milliseconds(100))
        let error = try #require(Self.solve(instance, maxCycle: 8, limit: .seconds(5), clock: clock))
        #expect(error.code == .timeLimit)
        #expect(error.description.contains("within 5 s"))
        // Read 0 set the deadline at 5 s; read 50 is the first at or past it, and the last.
        #expect(clock.reads == 51)
        #expect(error.progress?.phase.contains("enumeration") == true)
        #expect(error.description.contains("enumerating cycles and chains"))
    }

    @Test("30 people, weights 1 + u·10⁻⁶, max-cycle 4: no proof within 2 s, and the error names the limit and progress")
    func thirtyPeopleWithJitteredWeightsStopAtTheLimit() throws {
        let instance = try Self.everyoneAcceptsEveryone(30, jitter: true)
        let clock = SteppingClock(step: .milliseconds(8))
        let error = try #require(Self.solve(instance, maxCycle: 4, limit: .seconds(2), clock: clock))
        #expect(error.code == .timeLimit)
        #expect(error.description.contains("within 2 s"))
        #expect(clock.reads == 251)
        #expect(error.progress?.phase.contains("enumeration") == false, "\(error.description)")
        let progress = try #require(error.progress)
        #expect(progress.components == 1)
        #expect(progress.bestMoved <= (progress.boundMoved ?? 30))
        #expect(progress.boundMoved.map { $0 <= 30 } ?? false)
        #expect(error.description.contains("at most"))
    }

    @Test("a deadline already past stops the search at the first clock read")
    func deadlinePassedAtOnce() throws {
        let instance = try Self.everyoneAcceptsEveryone(10, jitter: false)
        let clock = SteppingClock(step: .seconds(10))
        let error = try #require(Self.solve(instance, maxCycle: 8, limit: .seconds(5), clock: clock))
        #expect(error.code == .timeLimit)
        #expect(error.description.contains("within 5 s"))
        #expect(clock.reads == 2)
    }

    @Test("the node limit reports the best plan found and the proven bound")
    func nodeLimitReportsProgress() throws {
        let instance = try ExchangeSyntheticInstance(requests: 100, outDegree: 10, groupSize: 100, seed: 1).instance()
        do {
            _ = try ExchangeSolver.solve(instance, limits: .init(maxSearchNodes: 50))
            Issue.record("expected the node limit")
        } catch let error as ExchangeLimitError {
            #expect(error.code == .searchNodeLimit)
            let progress = try #require(error.progress)
            let bound = try #require(progress.boundMoved)
            #expect(progress.bestMoved <= bound && bound <= 100)
            #expect(error.description.contains("people moved"))
        }
    }
}
