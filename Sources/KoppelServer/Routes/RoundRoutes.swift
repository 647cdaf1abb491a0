import HTTPTypes
import Hummingbird
import Koppel

/// Placement rounds (a regional adviser's task): run, report, accept, scramble.
struct RoundRoutes {
    let state: ServerState

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.post("rounds/:rotation/run") { request, context in
            let (account, viewer) = try context.reader()
            let rotation = try context.path("rotation"), day = try state.day(request)
            let store = state.store
            let outcome = try await Blocking.run { try store.runRound(rotation, on: day, viewer: viewer, actor: account.id) }
            try await state.recordReads(outcome.report.placements.flatMap(\.assigned) + outcome.report.unmatched.map(\.trainee), account, "rounds")
            return try Reply.json(encoding: outcome)
        }
        group.get("rounds/:rotation/report") { request, context in
            let (account, viewer) = try context.reader()
            let rotation = try context.path("rotation"), day = try state.day(request)
            let store = state.store
            let outcome = try await Blocking.run { try store.roundReport(rotation, on: day, viewer: viewer) }
            try await state.recordReads(outcome.report.placements.flatMap(\.assigned) + outcome.report.unmatched.map(\.trainee), account, "rounds")
            return try Reply.json(encoding: outcome)
        }
        group.post("rounds/:rotation/accept") { request, context in
            let (account, viewer) = try context.reader()
            let rotation = try context.path("rotation")
            let reason = try await request.json(DecisionBody.self, context: context).reason
            let store = state.store
            let accepted = try await Blocking.run { try store.acceptRound(rotation, viewer: viewer, actor: account.id, reason: reason) }
            state.warm.refresh()
            return try Reply.json(encoding: AcceptedRound(rotation: rotation, accepted: accepted))
        }
        group.post("rounds/:rotation/scramble") { request, context in
            let (account, viewer) = try context.reader()
            let rotation = try context.path("rotation"), day = try state.day(request)
            let store = state.store
            let suggestions = try await Blocking.run { try store.scramble(rotation, on: day, viewer: viewer, actor: account.id) }
            try await state.recordReads(suggestions.map(\.trainee), account, "rounds")
            return try Reply.json(encoding: suggestions)
        }
    }

    struct AcceptedRound: Encodable { var rotation: String; var accepted: Int }
}

/// The body of a request that accepts a proposal: `{"reason": "…"}`, required and logged.
struct DecisionBody: Decodable {
    var reason: String
}
