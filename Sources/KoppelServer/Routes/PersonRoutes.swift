import HTTPTypes
import Hummingbird
import Koppel

/// Personal-data rights (the data steward): everything about a person, who read it
/// included, and erasure everywhere.
struct PersonRoutes {
    let state: ServerState

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("persons/:person/export") { _, context in
            let (account, viewer) = try context.reader()
            let person = try context.path("person")
            let store = state.store
            let json = try await Blocking.run { try store.personData(person, viewer: viewer) }
            try await state.recordReads([person], account, "personExport")
            return Reply.json(json.hasSuffix("\n") ? json : json + "\n")
        }
        group.delete("persons/:person") { _, context in
            let (account, viewer) = try context.reader()
            let person = try context.path("person")
            let store = state.store
            let erased = try await Blocking.run { try store.erasePerson(person, viewer: viewer, actor: account.id) }
            // The answer waits for a warm index without the person: from then on no ranking
            // shows them.
            try await state.warm.waitUntilCurrent()
            return try Reply.json(encoding: erased)
        }
    }
}
