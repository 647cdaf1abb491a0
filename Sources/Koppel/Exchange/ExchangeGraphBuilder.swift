import KoppelEngine

/// Builds the exchange graph from stored requests: an edge a → b when a may take over b's
/// position.
///
/// Rules, each checked per edge: a listed the position; the position is another open request's
/// seat or an open vacancy; a meets its must-haves (the ranking engine, with the seat's
/// domain credentials as must-haves); the scale stays within one step unless a asked otherwise;
/// the periods overlap. "All members' periods overlap" is checked per group with ``allows(_:)``.
struct ExchangeGraphBuilder {
    struct Request {
        var id: String
        var person: Person
        var kind: ExchangeKind
        var wants: [String]
        var from: Day
        var to: Day
        var allowScaleChange: Bool
    }

    /// Why a listed position gave no edge, for the report.
    struct Refusal: Hashable, Codable, Sendable {
        var request: String
        var position: String
        var reason: String
    }

    var requests: [Request]
    var vacancies: [String: Vacancy]
    var catalog: Catalog
    var credentialDomains: [String: String]
    var weights: RankingWeights

    init(requests: [Request], vacancies: [String: Vacancy], catalog: Catalog, credentialDomains: [String: String], weights: RankingWeights) {
        self.requests = requests
        self.vacancies = vacancies
        self.catalog = catalog
        self.credentialDomains = credentialDomains
        self.weights = weights
    }

    private(set) var acceptable: [String: [String]] = [:]
    private(set) var edgeWeights: [String: [String: Double]] = [:]
    private(set) var refusals: [Refusal] = []
    private(set) var vacancyIDs: [String] = []
    private var periods: [String: (Day, Day)] = [:]

    /// The nodes are people (their seats); each person's earliest open request counts.
    mutating func build() {
        var byPerson: [String: Request] = [:]
        for request in requests.sorted(by: { $0.id < $1.id }) where byPerson[request.person.id] == nil {
            byPerson[request.person.id] = request
        }
        var usedVacancies = Set<String>()
        for (personID, request) in byPerson.sorted(by: { $0.key < $1.key }) {
            periods[personID] = (request.from, request.to)
            var targets: [String] = []
            for (rank, position) in request.wants.enumerated() {
                let preference = Double(request.wants.count - rank) / Double(request.wants.count)
                if let seat = byPerson[position], position != personID {
                    if let reason = refusal(request, seat: seat) {
                        refusals.append(Refusal(request: request.id, position: position, reason: reason))
                        continue
                    }
                    let fit = score(request.person, for: seatVacancy(seat), from: max(request.from, seat.from))
                    guard let fit, fit.eligible else {
                        refusals.append(Refusal(request: request.id, position: position, reason: "does not meet the must-haves of the job" + Self.reasons(fit)))
                        continue
                    }
                    targets.append(position)
                    edgeWeights[personID, default: [:]][position] = preference + fit.score.value / 100
                } else if let vacancy = vacancies[position] {
                    if let reason = refusal(request, vacancy: vacancy) {
                        refusals.append(Refusal(request: request.id, position: position, reason: reason))
                        continue
                    }
                    let fit = score(request.person, for: vacancy, from: request.from)
                    guard let fit, fit.eligible else {
                        refusals.append(Refusal(request: request.id, position: position, reason: "does not meet the vacancy's must-haves" + Self.reasons(fit)))
                        continue
                    }
                    targets.append(position)
                    usedVacancies.insert(position)
                    edgeWeights[personID, default: [:]][position] = preference + fit.score.value / 100
                } else {
                    refusals.append(Refusal(request: request.id, position: position, reason: "not an open request's seat or an open vacancy"))
                }
            }
            acceptable[personID] = targets
        }
        vacancyIDs = usedVacancies.sorted()
    }

    static func reasons(_ result: RankingResult?) -> String {
        guard let result, !result.reasons.isEmpty else { return "" }
        return " (" + result.reasons.map { reason in reason.subject.map { "\(reason.code) \($0)" } ?? reason.code.rawValue }.joined(separator: ", ") + ")"
    }

    /// Whether every moving member's period overlaps every other's (chains: without the vacancy).
    func allows(_ group: [String]) -> Bool {
        let spans = group.compactMap { periods[$0] }
        guard let start = spans.map(\.0).max(), let end = spans.map(\.1).min() else { return true }
        return start <= end
    }

    private func refusal(_ request: Request, seat: Request) -> String? {
        guard request.from <= seat.to, seat.from <= request.to else { return "the periods do not overlap" }
        if !request.allowScaleChange {
            switch (request.person.scale, seat.person.scale) {
            case (nil, nil): break
            case let (own?, other?) where abs(own.steps(to: other)) <= 1: break
            case (_?, _?): return "scale \(request.person.scale!) to \(seat.person.scale!) is more than one step"
            default: return "scale unknown on one side, and no scale change was allowed"
            }
        }
        return nil
    }

    private func refusal(_ request: Request, vacancy: Vacancy) -> String? {
        if let start = vacancy.startDate, !(request.from <= start && start <= request.to) {
            return "the vacancy starts \(start), outside the period"
        }
        if !request.allowScaleChange, let own = request.person.scale, let low = vacancy.scaleMin {
            let high = vacancy.scaleMax ?? low
            if own.steps(to: low) > 1 || high.steps(to: own) > 1 { return "the vacancy's scale is more than one step away" }
        }
        return nil
    }

    /// The seat of a requester seen as a vacancy: its employer, title, scale and domain, with the
    /// seat holder's credentials of that domain as must-haves. Hours are left open: a swap keeps
    /// each person's own contract hours.
    private func seatVacancy(_ seat: Request) -> Vacancy {
        let holder = seat.person
        let domain = holder.domains.max { ($0.years, $1.domain) < ($1.years, $0.domain) }?.domain
        let credentials = holder.credentials.map(\.code).filter { domain != nil && credentialDomains[$0] == domain }
        let host = catalog.employer(holder.employer)
        return Vacancy(
            id: "seat:\(holder.id)", employer: holder.employer, title: holder.jobTitle ?? "seat of \(holder.id)", domain: domain,
            scaleMin: holder.scale, scaleMax: holder.scale,
            mustCredentials: credentials, niceSkills: holder.skills.map { WeightedSkill(skill: $0.skill) },
            place: host?.seat, location: host?.location, startDate: seat.from)
    }

    private func score(_ person: Person, for vacancy: Vacancy, from: Day) -> RankingResult? {
        RankingEngine.score(
            person, for: vacancy, catalog: catalog, on: from, viewer: .regionalAdviser,
            options: RankingOptions(includeIneligible: true, limit: nil, availabilityGraceDays: 3650), weights: weights)
    }
}
