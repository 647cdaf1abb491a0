/// The vacancies that fit a person as JSON: `koppel vacancies --format json` and the service's
/// `GET /api/v1/persons/{id}/vacancies` give exactly this document.
public struct VacanciesDocument: Codable, Sendable {
    /// One vacancy, with what the person would need to learn when gaps were asked for.
    public struct Row: Codable, Sendable {
        public var rank: Int
        public var vacancy: String
        public var title: String
        public var employer: String
        public var score: RankingPoints
        public var eligible: Bool
        public var reasons: [RankingReason]
        public var flags: [RankingFlag]
        public var components: [RankingComponent]
        public var gaps: RankingGaps?
    }

    public var person: String
    public var referenceDay: Day
    public var weightsVersion: Int
    public var logId: Int64
    public var vacancies: [Row]

    /// The document of one ranking of vacancies, in rank order.
    public init(_ list: VacancyList) {
        person = list.person.id
        referenceDay = list.referenceDay
        weightsVersion = list.weights.version
        logId = list.logID
        vacancies = Self.rows(list)
    }

    /// The vacancies of a ranking as rows, ranked from 1.
    public static func rows(_ list: VacancyList) -> [Row] {
        list.results.enumerated().map { offset, result in
            let vacancy = list.vacancies[result.vacancy]
            return Row(
                rank: offset + 1, vacancy: result.vacancy, title: vacancy?.title ?? "", employer: vacancy?.employer ?? "",
                score: result.score, eligible: result.eligible, reasons: result.reasons, flags: result.flags,
                components: result.components, gaps: list.gaps[result.vacancy])
        }
    }
}
