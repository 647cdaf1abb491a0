/// A ranking of candidates as JSON: `koppel candidates --format json` and the service's
/// `GET /api/v1/vacancies/{id}/candidates` give exactly this document.
public struct CandidatesDocument: Codable, Sendable {
    /// One candidate; see the README for the keys.
    public struct Row: Codable, Sendable {
        public var rank: Int
        public var person: String
        public var name: String
        public var employer: String
        public var score: RankingPoints
        public var eligible: Bool
        public var reasons: [RankingReason]
        public var flags: [RankingFlag]
        public var components: [RankingComponent]
    }

    public var vacancy: String
    public var title: String
    public var employer: String
    public var referenceDay: Day
    public var weightsVersion: Int
    public var considered: Int
    public var logId: Int64
    public var candidates: [Row]

    /// The document of one ranking, candidates in rank order.
    public init(_ list: CandidateList) {
        vacancy = list.vacancy.id
        title = list.vacancy.title
        employer = list.vacancy.employer
        referenceDay = list.referenceDay
        weightsVersion = list.weights.version
        considered = list.considered
        logId = list.logID
        candidates = Self.rows(list)
    }

    /// The candidates of a ranking as rows, ranked from 1.
    public static func rows(_ list: CandidateList) -> [Row] {
        list.results.enumerated().map { offset, result in
            let person = list.people[result.person]
            return Row(
                rank: offset + 1, person: result.person, name: person?.displayName ?? "", employer: person?.employer ?? "",
                score: result.score, eligible: result.eligible, reasons: result.reasons, flags: result.flags,
                components: result.components)
        }
    }
}
