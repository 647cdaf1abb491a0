import HTTPTypes
import Hummingbird
import Koppel

/// The decision log as the viewer may read it: a page (newest first), one entry, a replay.
struct LogRoutes {
    let state: ServerState

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("log") { request, context in
            let (_, viewer) = try context.reader()
            let before = try request.query("before").map { text -> Int64 in
                guard let id = Int64(text) else { throw Problem.badRequest("before is a log entry id") }
                return id
            }
            let query = LogQuery(
                since: try request.dayQuery("since")?.description, kind: request.query("kind"), person: request.query("person"),
                before: before, limit: try request.intQuery("limit", in: 1...500, default: 20))
            let store = state.store
            let entries = try await Blocking.run { try store.logPage(query, viewer: viewer) }
            return Reply.json(try JSONOutput.log(entries, withSubjects: false))
        }
        group.get("log/:id") { _, context in
            let (_, viewer) = try context.reader()
            let id = try logID(context)
            let store = state.store
            guard let entry = try await Blocking.run({ try store.logEntry(id, viewer: viewer) }) else {
                throw Problem(.notFound, code: "notFound", detail: "no log entry \(id) that you may read")
            }
            return Reply.json(try JSONOutput.log([entry], withSubjects: true))
        }
        group.post("log/:id/replay") { _, context in
            let (_, viewer) = try context.reader()
            let id = try logID(context)
            let store = state.store
            return try Reply.json(encoding: try await Blocking.run { try store.replay(logID: id, viewer: viewer) })
        }
    }

    func logID(_ context: KoppelRequestContext) throws -> Int64 {
        guard let id = Int64(try context.path("id")) else { throw Problem.badRequest("a log entry id is a number") }
        return id
    }
}
