/// One explained score as JSON: `koppel explain --format json` and the service's
/// `GET /api/v1/vacancies/{id}/explain/{person}`.
public struct ExplainDocument: Codable, Sendable {
    public var result: RankingResult
    public var gaps: RankingGaps?

    public init(result: RankingResult, gaps: RankingGaps?) {
        self.result = result
        self.gaps = gaps
    }
}
