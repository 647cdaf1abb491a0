import Foundation
import KoppelEngine
import Testing

/// The round report: choices, unmatched reasons, unfilled places, JSON and the table.
@Suite struct PlacementReportTests {
    static func report(_ json: String, _ side: PlacementProposingSide = .trainee) throws -> PlacementReport {
        let instance = try PlacementJSON.decodeInstance(from: Data(json.utf8))
        return PlacementReport(instance: instance, matching: PlacementSolver.solve(instance, proposing: side))
    }

    static let mixed = #"""
        { "trainees": { "empty": [], "lonely": ["p1"], "late": ["p2"], "first": ["p2", "p3"],
                        "second": ["p1", "p3"], "third": ["p4", "p1", "p3"] },
          "placements": { "p1": { "capacity": 2, "ranking": ["second"] },
                          "p2": { "capacity": 1, "ranking": ["first", "late"] },
                          "p3": { "capacity": 3, "ranking": ["third", "second", "first"] },
                          "p4": { "capacity": 0, "ranking": ["third"] } } }
        """#

    @Test func unmatchedTraineesGetTheirReason() throws {
        let report = try Self.report(Self.mixed)
        #expect(
            report.unmatched == [
                .init(trainee: "empty", reason: .emptyList),
                .init(trainee: "late", reason: .allFull),
                .init(trainee: "lonely", reason: .noAcceptablePlacement),
            ])
    }

    @Test func choicesCountPositionsInTheSubmittedList() throws {
        let report = try Self.report(Self.mixed)
        // first → p2 (1st), second → p1 (1st), third → p3 (3rd: p4 full at 0, p1 does not rank them).
        #expect(
            report.choices == [
                .init(choice: 1, trainees: 2), .init(choice: 2, trainees: 0), .init(choice: 3, trainees: 1),
            ])
        #expect(report.matchedCount == 3)
        #expect(report.traineeCount == 6)
    }

    @Test func unfilledPlacesAreCapacityMinusAssigned() throws {
        let report = try Self.report(Self.mixed)
        #expect(report.placements.map(\.unfilled) == [1, 0, 2, 0])
        #expect(report.placements.map(\.assigned) == [["second"], ["first"], ["third"], []])
        #expect(report.totalCapacity == 6)
        #expect(report.unfilledCount == 3)
        #expect(report.blockingPairs == 0)
    }

    @Test func aHandMadeUnstableMatchingIsReportedAsNotStable() throws {
        let instance = try PlacementJSON.decodeInstance(from: Data(PlacementJSONOutputTests.designExample.utf8))
        let report = PlacementReport(
            instance: instance, matching: try PlacementMatching(assignments: ["t1": "p1"], for: instance))
        #expect(report.unmatched == [.init(trainee: "t2", reason: .notStable)])
        #expect(report.blockingPairs == 1)
        #expect(report.optimal == nil)
    }

    @Test func theReportRoundTripsThroughJSON() throws {
        let report = try Self.report(Self.mixed)
        let data = PlacementJSON.encode(report)
        #expect(try JSONDecoder().decode(PlacementReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""unmatched":[{"reason":"emptyList","trainee":"empty"}"#))
    }

    @Test func theTableHasAFixedLayout() throws {
        let table = try Self.report(PlacementJSONOutputTests.designExample).renderTable()
        #expect(
            table == """
                Placement round: trainee-optimal stable matching (trainee-proposing deferred acceptance)
                Trainees: 2 (2 matched, 0 unmatched). Places: 3 in 2 placements (1 unfilled). Blocking pairs: 0.

                Choice  Trainees
                1st            1
                2nd            1

                Placement  Capacity  Placed  Unfilled  Trainees (in the placement's ranking order)
                p1                1       1         0  t2
                p2                2       1         1  t1

                Unmatched trainees: none.

                Warnings: none.

                """)
    }

    @Test func theTableNamesTheOptimalSide() throws {
        let byPlacements = try Self.report(PlacementJSONOutputTests.designExample, .placement).renderTable()
        #expect(byPlacements.hasPrefix("Placement round: placement-optimal stable matching"))
        let instance = try PlacementJSON.decodeInstance(from: Data(PlacementJSONOutputTests.designExample.utf8))
        let handMade = PlacementReport(
            instance: instance, matching: try PlacementMatching(assignments: [:], for: instance))
        #expect(handMade.renderTable().hasPrefix("Placement round: a given matching"))
        #expect(handMade.renderTable().contains("Choices: nobody was matched."))
    }

    @Test(arguments: 0..<20)
    func everyTableLineFitsInOneHundredColumns(seed: UInt64) throws {
        var random = PlacementRandomInstance(seed: 150_000 + seed, trainees: 5...60, placements: 1...6, maxCapacity: 12)
        let long = String(repeating: "verylongname-", count: 12)
        random.trainees = random.trainees.map { .init(id: long + $0.id, ranking: $0.ranking) }
        random.placements = random.placements.map {
            .init(id: long + $0.id, capacity: $0.capacity, ranking: $0.ranking.map { long + $0 })
        }
        random.trainees = random.trainees.map { .init(id: $0.id, ranking: $0.ranking.map { long + $0 }) }
        let instance = random.instance
        let table = PlacementReport(instance: instance, matching: PlacementSolver.solve(instance)).renderTable()
        for line in table.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    @Test func ordinalsReadNaturally() throws {
        let json =
            #"{"trainees": {"t": ["a","b","c","d","e","f","g","h","i","j","k","l"]}, "placements": {"#
            + ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"].map {
                "\"\($0)\": {\"capacity\": 1, \"ranking\": []}"
            }.joined(separator: ",")
            + #", "l": {"capacity": 1, "ranking": ["t"]}}}"#
        let report = try Self.report(json)
        #expect(report.choices.last == .init(choice: 12, trainees: 1))
        #expect(report.renderTable().contains("12th"))
    }
}
