import HTTPTypes
import Hummingbird
import Koppel

/// A trainee's own ranking of their coming rotation's placements: read it with the
/// placements and their fit, and save a new order.
struct TraineeRoutes {
    let state: ServerState

    /// The trainee's view: the rotation, its placements with the trainee's fit, the saved order.
    struct Document: Encodable {
        struct Entry: Encodable { var placement: HostPlacement; var fit: RankingPoints; var eligible: Bool; var distanceKm: Double? }
        var trainee: String
        var rotation: String
        var referenceDay: Day
        var weightsVersion: Int
        var placements: [Entry]
        var ranking: [String]
    }

    struct Ranking: Decodable { var placements: [String] }

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("trainees/:trainee/ranking") { request, context in
            let (account, viewer) = try context.reader()
            let trainee = try context.path("trainee"), day = try state.day(request)
            let store = state.store
            let browse = try await Blocking.run { try store.browseTraineeData(traineeID: trainee, viewer: viewer, on: day) }
            try await state.recordReads([trainee], account, "traineeRanking")
            return try Reply.json(encoding: Document(
                trainee: trainee, rotation: browse.rotation.id, referenceDay: browse.referenceDay, weightsVersion: browse.weightsVersion,
                placements: browse.entries.map { Document.Entry(placement: $0.placement, fit: $0.fit.score, eligible: $0.fit.eligible, distanceKm: $0.distanceKm) },
                ranking: browse.savedRanking))
        }
        group.put("trainees/:trainee/ranking") { request, context in
            let (account, viewer) = try context.reader()
            let trainee = try context.path("trainee"), day = try state.day(request)
            let ranking = try await request.json(Ranking.self, context: context)
            let store = state.store
            let logID = try await Blocking.run {
                let rotation = try store.browseTraineeData(traineeID: trainee, viewer: viewer, on: day).rotation.id
                return try store.saveTraineeRanking(
                    traineeID: trainee, rotationID: rotation, placements: ranking.placements, viewer: viewer, actor: account.id)
            }
            return try Reply.json(encoding: ["logId": logID])
        }
    }
}
