import Foundation
import GRDB
import KoppelEngine

/// The placement instance of one rotation's round, built from the store: the trainees'
/// rankings without the organisations they already had a rotation at, and the hosts' rankings,
/// derived from fit scores where a host ranked no one.
///
/// `koppel round run` solves it; `koppel log replay` rebuilds it to check a logged round.
struct RoundInstance {
    var instance: PlacementInstance
    var excluded: [RoundOutcome.ExcludedListing]
    var derived: [String]
    var ties: [[String]]

    static func build(_ data: RoundData, catalog: Catalog, weights: RankingWeights, on day: Day, _ db: Database) throws -> RoundInstance {
        let employers = Dictionary(uniqueKeysWithValues: data.placements.map { ($0.id, $0.employer) })
        var excluded: [RoundOutcome.ExcludedListing] = []
        var traineeLists: [PlacementInstance.Trainee] = []
        for trainee in data.trainees {
            let earlier = data.history[trainee.id] ?? []
            var kept: [String] = []
            for placement in data.traineeRankings[trainee.id] ?? [] {
                if let employer = employers[placement], earlier.contains(employer) {
                    excluded.append(.init(trainee: trainee.id, placement: placement, employer: employer))
                } else {
                    kept.append(placement)
                }
            }
            traineeLists.append(PlacementInstance.Trainee(id: trainee.id, ranking: kept))
        }
        let people = try Dictionary(uniqueKeysWithValues: KoppelStore.loadPersons(
            db, where: ("id IN (SELECT person FROM trainee WHERE cohort = ?)", [data.rotation.cohort])).map { ($0.id, $0) })
        var derived: [String] = []
        var ties: [[String]] = []
        var placementLists: [PlacementInstance.Placement] = []
        for placement in data.placements {
            // A host's ranking never includes trainees the different-organisation rule excludes.
            var ranking = (data.hostRankings[placement.id] ?? []).filter { trainee in
                !(data.history[trainee]?.contains(placement.employer) ?? false)
            }
            if data.hostRankings[placement.id]?.isEmpty ?? true {
                let applicants = traineeLists.filter { $0.ranking.contains(placement.id) }
                let vacancy = placement.asVacancy(host: catalog.employer(placement.employer), rotation: data.rotation)
                let scored: [(id: String, score: Double)] = applicants.compactMap { applicant in
                    let personID = data.trainees.first { $0.id == applicant.id }!.person
                    guard let person = people[personID],
                          let result = RankingEngine.score(person, for: vacancy, catalog: catalog, on: day, viewer: .regionalAdviser,
                                                           options: RankingOptions(includeIneligible: true, limit: nil), weights: weights)
                    else { return nil }
                    return (applicant.id, result.score.value)
                }
                let strict = PlacementTieBreak.strictRanking(scored)
                ranking = strict.ranking
                if !scored.isEmpty { derived.append(placement.id) }
                ties += strict.ties
            }
            placementLists.append(PlacementInstance.Placement(id: placement.id, capacity: placement.capacity, ranking: ranking))
        }
        let instance = try PlacementInstance(trainees: traineeLists, placements: placementLists)
        return RoundInstance(instance: instance, excluded: excluded, derived: derived, ties: ties)
    }
}
