import Testing

@testable import KoppelEngine
@testable import KoppelDemo

@Suite struct DemoGeneratorTraineeshipTests {
    let demo = DemoTestData.twente

    @Test func everyComingTraineeRanksFiveToTwelvePlacementsMostlyInWishedDomains() {
        let profiles = Dictionary(uniqueKeysWithValues: demo.persons.map { ($0.id, $0) })
        let personOf = Dictionary(uniqueKeysWithValues: demo.trainees.map { ($0.id, $0.person) })
        let domainOf = Dictionary(uniqueKeysWithValues: demo.placements.map { ($0.id, $0.domain ?? "") })
        let coming = demo.traineeRankings.filter { $0.rotation == "c2026-r1" }
        #expect(coming.count == 40)
        var wished = 0
        var total = 0
        var firstWished = 0
        for ranking in coming {
            #expect((5...12).contains(ranking.ranked.count))
            let wishes = profiles[personOf[ranking.owner]!]!.wishes.domains
            #expect(!wishes.isEmpty)
            wished += ranking.ranked.filter { wishes.contains(domainOf[$0]!) }.count
            total += ranking.ranked.count
            if wishes.contains(domainOf[ranking.ranked[0]]!) { firstWished += 1 }
        }
        #expect(Double(wished) / Double(total) > 0.5, "\(wished) of \(total)")
        #expect(firstWished > 30, "first choices in a wished domain: \(firstWished) of 40")
    }

    @Test func aboutHalfOfTheHostsRankTrainees() {
        let placements = demo.placements(in: "c2026-r1").filter { $0.capacity > 0 }
        let ranked = Set(demo.hostRankings.filter { $0.rotation == "c2026-r1" }.map(\.owner))
        let share = Double(ranked.count) / Double(placements.count)
        #expect((0.25...0.65).contains(share), "\(ranked.count) of \(placements.count)")
        #expect(demo.hostRankings.allSatisfy { !$0.ranked.isEmpty })
    }

    @Test func placementsHaveSeatsForEveryoneAndSomeWithdrawn() {
        for rotation in ["c2026-r1", "c2025-r1", "c2025-r2"] {
            let placements = demo.placements(in: rotation)
            let trainees = demo.trainees.filter { rotation.hasPrefix($0.cohort) }.count
            #expect(placements.map(\.capacity).reduce(0, +) >= trainees)
            #expect(placements.allSatisfy { (0...100).contains($0.capacity) && $0.mentor != nil })
        }
        #expect(demo.placements.contains { $0.capacity == 0 })
        #expect(!demo.placements.contains { ["RT", "DNK", "TUB"].contains($0.employer) })
    }

    @Test func thePreviousCohortHasFinalFirstRotationsWithinCapacity() {
        let pastTrainees = demo.trainees.filter { $0.cohort == "c2025" }
        #expect(pastTrainees.count == 36)
        #expect(demo.assignments.count == 36)
        #expect(demo.assignments.allSatisfy { $0.status == .final && $0.rotation == "c2025-r1" })
        #expect(Set(demo.assignments.map(\.trainee)).count == 36)
        for placement in demo.placements(in: "c2025-r1") {
            #expect(demo.assignments.filter { $0.placement == placement.id }.count <= placement.capacity)
        }
    }

    /// The second round of last year's cohort is where "never twice at the same organisation"
    /// bites: some trainees list a placement at the organisation they are at now.
    @Test func someTraineesListTheirCurrentOrganisationAgain() {
        let employerOf = Dictionary(uniqueKeysWithValues: demo.placements.map { ($0.id, $0.employer) })
        let current = Dictionary(uniqueKeysWithValues: demo.assignments.map { ($0.trainee, employerOf[$0.placement]!) })
        let second = demo.traineeRankings.filter { $0.rotation == "c2025-r2" }
        #expect(second.count == 36)
        let repeats = second.filter { ranking in
            ranking.ranked.contains { employerOf[$0] == current[ranking.owner] }
        }
        #expect(repeats.count >= 5, "\(repeats.count)")
    }

    @Test func traineeProfilesLookLikeStarters() {
        let traineePeople = Set(demo.trainees.map(\.person))
        let profiles = demo.persons.filter { traineePeople.contains($0.id) }
        #expect(profiles.count == 76)
        for profile in profiles {
            #expect(profile.jobTitle == DemoGenerator.traineeJobTitle)
            #expect(profile.nlqf.map { $0 >= 6 } ?? false)
            #expect(profile.visibility == .public)
            #expect(profile.domains.allSatisfy { $0.years <= 2 })
            #expect(profile.availableFrom?.components.month == 9)
        }
        #expect(Array(demo.persons.suffix(76).map(\.id)) == demo.trainees.map(\.person))
    }
}
