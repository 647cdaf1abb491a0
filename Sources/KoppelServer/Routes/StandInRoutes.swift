import HTTPTypes
import Hummingbird
import Koppel

/// The stand-in pool: search offers for a borrower and period, and book one. An adviser
/// always asks for their own employer; only a regional adviser names the borrower (`for`).
struct StandInRoutes {
    let state: ServerState

    struct Booking: Decodable { var from: Day; var to: Day; var `for`: String?; var reason: String }

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("standins") { request, context in
            let (account, viewer) = try context.reader()
            guard let from = try request.dayQuery("from"), let to = try request.dayQuery("to") else {
                throw Problem.badRequest("from and to (YYYY-MM-DD) are required")
            }
            let hours = try request.query("hours").map { text -> Double in
                guard let hours = Double(text), hours > 0, hours <= 60 else { throw Problem.badRequest("hours is more than 0 and at most 60") }
                return hours
            }
            let query = StandInQuery(
                role: request.query("role"), skill: request.query("skill"), borrower: try borrower(request.query("for"), viewer),
                from: from, to: to, hours: hours)
            guard query.role != nil || query.skill != nil else { throw Problem.badRequest("role or skill is required") }
            let day = try state.day(request)
            let store = state.store
            let list = try await Blocking.run { try store.standIns(query, viewer: viewer, on: day, actor: account.id) }
            try await state.recordReads(list.map(\.person), account, "standins")
            return try Reply.json(encoding: list)
        }
        group.post("standins/:offer/book") { request, context in
            let (account, viewer) = try context.reader()
            let offer = try context.path("offer")
            let booking = try await request.json(Booking.self, context: context)
            let borrower = try borrower(booking.for, viewer)
            let store = state.store
            try await Blocking.run {
                try store.bookStandIn(offer: offer, borrower: borrower, from: booking.from, to: booking.to, viewer: viewer, actor: account.id, reason: booking.reason)
            }
            state.warm.refresh()
            return try Reply.json(encoding: ["offer": offer, "borrower": borrower, "status": "booked"])
        }
    }

    /// The borrowing employer: an adviser's own (a request naming another is refused), or the
    /// one a regional adviser names.
    func borrower(_ named: String?, _ viewer: Viewer) throws -> String {
        if let employer = viewer.employer {
            if let named, named != employer { throw Problem.forbidden("an adviser asks for their own employer only") }
            return employer
        }
        guard let named, !named.isEmpty else { throw Problem.badRequest("for (the borrowing employer's code) is required") }
        return named
    }
}
