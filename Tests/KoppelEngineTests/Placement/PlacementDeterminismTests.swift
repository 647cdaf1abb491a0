import Foundation
import KoppelDemo
import KoppelEngine
import Testing

/// Same input → same output, whatever the order of trainees and placements in the input.
@Suite struct PlacementDeterminismTests {
    /// The instance as interchange JSON, with trainees and placements in the given order.
    static func json(_ random: PlacementRandomInstance) -> String {
        func list(_ ids: [String]) -> String { "[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        let trainees = random.trainees.map { "\"\($0.id)\": \(list($0.ranking))" }.joined(separator: ", ")
        let placements = random.placements.map {
            "\"\($0.id)\": {\"ranking\": \(list($0.ranking)), \"capacity\": \($0.capacity)}"
        }.joined(separator: ", ")
        return "{\"placements\": {\(placements)}, \"trainees\": {\(trainees)}}"
    }

    @Test(arguments: 0..<40)
    func inputOrderDoesNotChangeTheJSONOutput(seed: UInt64) throws {
        var random = PlacementRandomInstance(seed: 130_000 + seed, trainees: 0...25, placements: 0...8)
        var outputs = Set<Data>()
        var rng = SeededRandom(seed: seed)
        for _ in 0..<4 {
            random.trainees.shuffle(using: &rng)
            random.placements.shuffle(using: &rng)
            let instance = try PlacementJSON.decodeInstance(from: Data(Self.json(random).utf8))
            for side in PlacementProposingSide.allCases {
                let matching = PlacementSolver.solve(instance, proposing: side)
                outputs.insert(PlacementJSON.encode(matching) + Data(side.rawValue.utf8))
                outputs.insert(PlacementJSON.encode(PlacementReport(instance: instance, matching: matching)))
            }
        }
        #expect(outputs.count == 4)  // one solve output and one report per side
    }

    @Test(arguments: 0..<40)
    func programmaticInputOrderDoesNotChangeTheMatchingOrWarnings(seed: UInt64) {
        var random = PlacementRandomInstance(
            seed: 140_000 + seed, trainees: 0...25, placements: 0...8, forbiddenChance: 0.1)
        let first = random.instance
        var rng = SeededRandom(seed: seed)
        random.trainees.shuffle(using: &rng)
        random.placements.shuffle(using: &rng)
        let second = random.instance
        #expect(first == second)
        #expect(first.warnings == second.warnings)
        for side in PlacementProposingSide.allCases {
            let a = PlacementSolver.solve(first, proposing: side)
            let b = PlacementSolver.solve(second, proposing: side)
            #expect(a == b)
            #expect(a.pairs == b.pairs)
            #expect(PlacementSolver.solve(first, proposing: side) == a)
        }
    }

    @Test func theSameInputTwiceGivesIdenticalBytes() throws {
        let json = PlacementJSONOutputTests.designExample
        #expect(try PlacementJSONOutputTests.solveToString(json) == PlacementJSONOutputTests.solveToString(json))
    }
}
