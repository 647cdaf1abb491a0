import HTTPTypes
import Hummingbird
import Koppel

/// Rankings: candidates for a vacancy, one explained score, vacancies for a person (with
/// gaps). The bodies are the CLI's JSON; every person in a body is recorded as read.
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
        let list = try await Blocking.run {
            try store.rankCandidates(vacancyID: vacancy, viewer: viewer, options: options, on: day, actor: account.id)
        }
        try await state.recordReads(list.results.map(\.person), account, "candidates")
        return try Reply.json(encoding: CandidatesDocument(list))
    }

    func explain(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let (account, viewer) = try context.reader()
        let vacancy = try context.path("vacancy"), person = try context.path("person")
        let day = try state.day(request)
        let store = state.store
        let explained = try await Blocking.run {
            try store.explain(vacancyID: vacancy, personID: person, viewer: viewer, on: day, actor: account.id)
        }
        try await state.recordReads([person], account, "explain")
        return try Reply.json(encoding: ExplainDocument(result: explained.result, gaps: explained.gaps))
    }

    func vacancies(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let (account, viewer) = try context.reader()
        let person = try context.path("person")
        let options = RankingOptions(limit: try request.intQuery("limit", in: 1...1000, default: 20))
        let gaps = try request.flag("gaps")
        let day = try state.day(request)
        let store = state.store
        let list = try await Blocking.run {
            try store.rankVacancies(personID: person, viewer: viewer, options: options, withGaps: gaps, on: day, actor: account.id)
        }
        try await state.recordReads([person], account, "vacancies")
        return try Reply.json(encoding: VacanciesDocument(list))
    }
}
