import HTTPTypes
import Hummingbird
import Koppel

/// Rankings: candidates for a vacancy, one explained score, vacancies for a person (with
/// gaps). The bodies are the CLI's JSON; every person in a body is recorded as read.
///
/// Each is answered from one snapshot of the warm index, whose data version the decision log
/// records and the `Koppel-Data-Version` header shows.
struct RankingRoutes {
    let state: ServerState

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("vacancies/:vacancy/candidates") { request, context in try await candidates(request, context) }
        group.get("vacancies/:vacancy/explain/:person") { request, context in try await explain(request, context) }
        group.get("persons/:person/vacancies") { request, context in try await vacancies(request, context) }
    }

    func candidates(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let (account, viewer) = try context.reader()
        let vacancy = try context.path("vacancy")
        let maxKm = try request.query("maxKm").map { text -> Double in
            guard let km = Double(text), km >= 0, km.isFinite else { throw Problem.badRequest("maxKm is a distance of 0 or more") }
            return km
        }
        let options = RankingOptions(
            employer: request.query("employer"), maxKm: maxKm, includeIneligible: try request.flag("includeIneligible"),
            limit: try request.intQuery("limit", in: 1...1000, default: 20))
        let day = try state.day(request)
        let store = state.store
        let snapshot = try await state.warm.snapshot()
        let list = try await Blocking.run {
            try store.rankCandidates(vacancyID: vacancy, in: snapshot, viewer: viewer, options: options, on: day, actor: account.id)
        }
        try await state.recordReads(list.results.map(\.person), account, "candidates")
        return Self.versioned(try Reply.json(encoding: CandidatesDocument(list)), snapshot)
    }

    func explain(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let (account, viewer) = try context.reader()
        let vacancy = try context.path("vacancy"), person = try context.path("person")
        let day = try state.day(request)
        let store = state.store
        let snapshot = try await state.warm.snapshot()
        let explained = try await Blocking.run {
            try store.explain(vacancyID: vacancy, personID: person, in: snapshot, viewer: viewer, on: day, actor: account.id)
        }
        try await state.recordReads([person], account, "explain")
        return Self.versioned(try Reply.json(encoding: ExplainDocument(result: explained.result, gaps: explained.gaps)), snapshot)
    }

    func vacancies(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let (account, viewer) = try context.reader()
        let person = try context.path("person")
        let options = RankingOptions(limit: try request.intQuery("limit", in: 1...1000, default: 20))
        let gaps = try request.flag("gaps")
        let day = try state.day(request)
        let store = state.store
        let snapshot = try await state.warm.snapshot()
        let list = try await Blocking.run {
            try store.rankVacancies(
                personID: person, in: snapshot, viewer: viewer, options: options, withGaps: gaps, on: day, actor: account.id)
        }
        try await state.recordReads([person], account, "vacancies")
        return Self.versioned(try Reply.json(encoding: VacanciesDocument(list)), snapshot)
    }

    /// The response with the `Koppel-Data-Version` header of the snapshot it was ranked from.
    static func versioned(_ response: Response, _ snapshot: RankingSnapshot) -> Response {
        var response = response
        response.headers[dataVersionHeader] = String(snapshot.version)
        return response
    }

    static let dataVersionHeader = HTTPField.Name("Koppel-Data-Version")!
}
