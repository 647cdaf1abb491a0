import Foundation
import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// The interchange decoders built on ``JSONDocument`` give the same instances as decoding with
/// Foundation's `JSONSerialization` (the engine's decoder before the strict reader) did, on
/// random instances, and the same errors on random instances with mistakes in them.
@Suite struct InterchangeDecoderEquivalenceTests {
    @Test(arguments: 0..<6)
    func placementInstancesDecodeAsFoundationDecodesThem(batch: Int) throws {
        for round in 0..<40 {
            let seed = UInt64(batch * 100 + round)
            let random = PlacementRandomInstance(
                seed: seed, trainees: 0...12, placements: 0...6, forbiddenChance: batch % 2 == 0 ? 0 : 0.1)
            let data = Self.placementJSON(random, seed: seed)
            let decoded = try PlacementJSON.decodeInstance(from: data)
            let reference = try Self.foundationPlacementInstance(data)
            #expect(decoded == reference, "seed \(seed)")
            #expect(decoded.warnings == reference.warnings, "seed \(seed)")
            #expect(PlacementJSON.encode(PlacementSolver.solve(decoded)) == PlacementJSON.encode(PlacementSolver.solve(reference)))
        }
    }

    @Test(arguments: 0..<4)
    func placementInstancesWithMistakesFailAsFoundationDecodingFails(batch: Int) throws {
        var random = DemoRandom(seed: UInt64(batch) &+ 0x5EED)
        for round in 0..<60 {
            let trainees = (0..<random.int(in: 0...5)).map { _ in random.chance(0.1) ? "" : "t\(random.int(in: 0...6))" }
            let placements = (0..<random.int(in: 0...4)).map { _ in "p\(random.int(in: 0...5))" }
            func list(_ pool: [String], _ prefix: String) -> [String] {
                (0..<random.int(in: 0...4)).map { _ in
                    random.chance(0.15) || pool.isEmpty ? "\(prefix)\(random.int(in: 0...9))" : random.element(of: pool)
                }
            }
            // Unique keys (a repeated key is a syntax-level refusal, tested with the reader).
            let traineeObject = Dictionary(trainees.map { ($0, list(placements, "p")) }, uniquingKeysWith: { a, _ in a })
            let placementObject = Dictionary(
                placements.map { ($0, ["capacity": random.int(in: -1...3), "ranking": list(trainees, "t")] as [String: Any]) },
                uniquingKeysWith: { a, _ in a })
            let data = try JSONSerialization.data(
                withJSONObject: ["trainees": traineeObject, "placements": placementObject], options: [.sortedKeys])
            let label = "batch \(batch) round \(round): \(String(decoding: data, as: UTF8.self))"
            let new = Result { () throws(PlacementInputError) in try PlacementJSON.decodeInstance(from: data) }
            let old = Result { () throws(PlacementInputError) in try Self.foundationPlacementInstance(data) }
            switch (new, old) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(label)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(label)")
            default: Issue.record("\(label): \(new) against \(old)")
            }
        }
    }

    @Test(arguments: 0..<6)
    func exchangeInstancesDecodeAsFoundationDecodesThem(batch: Int) throws {
        for round in 0..<40 {
            let seed = UInt64(batch * 100 + round)
            let random = ExchangeRandomCase.make(seed: seed, maxNodes: 10, allowVacancies: true)
            var object: [String: Any] = ["participants": random.participants, "acceptable": random.acceptable]
            if !random.weights.isEmpty { object["weights"] = random.weights }
            if !random.vacancies.isEmpty { object["vacancies"] = random.vacancies }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
            let decoded = try ExchangeInstance(json: data)
            let reference = try Self.foundationExchangeInstance(data)
            #expect(decoded.participants == reference.participants, "seed \(seed)")
            #expect(decoded.vacancies == reference.vacancies, "seed \(seed)")
            #expect(decoded.acceptable == reference.acceptable, "seed \(seed)")
            #expect(decoded.weights == reference.weights, "seed \(seed)")
            #expect(try ExchangeSolver.solve(decoded, maxCycle: 3, maxChain: 2) == ExchangeSolver.solve(reference, maxCycle: 3, maxChain: 2))
        }
    }

    // MARK: Writing and reference decoding

    /// The instance as interchange JSON, members in a seeded order (not always sorted).
    static func placementJSON(_ random: PlacementRandomInstance, seed: UInt64) -> Data {
        var order = DemoRandom(seed: seed)
        func quoted(_ ids: [String]) -> String { "[" + ids.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        var trainees = random.trainees.map { "\"\($0.id)\": \(quoted($0.ranking))" }
        var placements = random.placements.map { "\"\($0.id)\": {\"ranking\": \(quoted($0.ranking)), \"capacity\": \($0.capacity)}" }
        if order.chance(0.5) {
            trainees.reverse()
            placements.reverse()
        }
        var forbidden = [String: [String]]()
        for pair in random.forbidden { forbidden[pair.trainee, default: []].append(pair.placement) }
        let forbiddenText = forbidden.keys.sorted().map { "\"\($0)\": \(quoted(forbidden[$0]!.sorted()))" }
        let text = """
            {"placements": {\(placements.joined(separator: ",\n  "))},
             "trainees": {\(trainees.joined(separator: ", "))},
             "forbidden": {\(forbiddenText.joined(separator: ", "))}, "note": [1, {"x": null}]}
            """
        return Data(text.utf8)
    }

    /// Decoding as before the strict reader: JSONSerialization, then the instance rules.
    static func foundationPlacementInstance(_ data: Data) throws(PlacementInputError) -> PlacementInstance {
        let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        let trainees = (root["trainees"] as? [String: [String]] ?? [:]).map { PlacementInstance.Trainee(id: $0.key, ranking: $0.value) }
        let placements = (root["placements"] as? [String: [String: Any]] ?? [:]).map {
            PlacementInstance.Placement(id: $0.key, capacity: $0.value["capacity"] as! Int, ranking: $0.value["ranking"] as! [String])
        }
        var forbidden = Set<PlacementPair>()
        for (trainee, list) in root["forbidden"] as? [String: [String]] ?? [:] {
            for placement in list { forbidden.insert(PlacementPair(trainee: trainee, placement: placement)) }
        }
        return try PlacementInstance(trainees: trainees, placements: placements, forbidden: forbidden)
    }

    static func foundationExchangeInstance(_ data: Data) throws -> ExchangeInstance {
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let weights = (root["weights"] as? [String: [String: NSNumber]] ?? [:]).mapValues { $0.mapValues(\.doubleValue) }
        return try ExchangeInstance(
            participants: root["participants"] as! [String], acceptable: root["acceptable"] as! [String: [String]],
            weights: weights, vacancies: root["vacancies"] as? [String] ?? [])
    }
}
