import HTTPTypes
import Hummingbird
import Koppel

/// Exchanges (functieruil): find a proposal over the stored requests, accept one, balance.
struct ExchangeRoutes {
    let state: ServerState

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.post("exchanges/find") { request, context in
            let (account, viewer) = try context.reader()
            let maxCycle = try request.intQuery("maxCycle", in: 2...4, default: 3)!
            let maxChain = try request.intQuery("maxChain", in: 0...4, default: 3)!
            let day = try state.day(request)
            let store = state.store
            let proposal = try await Blocking.run {
                try store.findExchanges(maxCycle: maxCycle, maxChain: maxChain, on: day, viewer: viewer, actor: account.id)
            }
            let persons = proposal.groups.flatMap(\.moves).flatMap { [$0.person, $0.position] }
            try await state.recordReads(persons, account, "exchanges")
            return try Reply.json(encoding: proposal)
        }
        group.post("exchanges/:id/accept") { request, context in
            let (account, viewer) = try context.reader()
            guard let id = Int64(try context.path("id")) else { throw Problem.badRequest("a proposal id is a number") }
            let reason = try await request.json(DecisionBody.self, context: context).reason
            let store = state.store
            let moved = try await Blocking.run { try store.acceptExchange(id, viewer: viewer, actor: account.id, reason: reason) }
            state.warm.refresh()
            return try Reply.json(encoding: ["proposal": Int(id), "moved": moved])
        }
        group.get("exchanges/balance") { request, context in
            let (_, viewer) = try context.reader()
            let from = try request.dayQuery("from"), to = try request.dayQuery("to")
            let store = state.store
            return try Reply.json(encoding: try await Blocking.run { try store.exchangeBalance(from: from, to: to, viewer: viewer) })
        }
    }
}
