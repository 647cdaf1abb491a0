import GRDB

/// How many rows the main tables hold.
public struct StoreCounts: Sendable, Equatable {
    public var employers: Int
    public var skills: Int
    public var persons: Int
    public var vacancies: Int
    public var trainees: Int
    public var placements: Int
    public var exchangeRequests: Int
    public var standinOffers: Int
    /// Rows of the decision log's subject table: one per person a logged decision concerns.
    public var decisionSubjects: Int

    /// One line: "20 employers, 143 skills, 0 persons, …".
    public var summary: String { summary(in: .en) }

    /// The line in `language`.
    public func summary(in language: Language) -> String {
        language.text("counts.summary", [
            "employers": employers, "skills": skills, "persons": persons, "vacancies": vacancies, "trainees": trainees,
            "placements": placements, "requests": exchangeRequests, "offers": standinOffers,
        ])
    }
}

extension KoppelStore {
    /// Counts the rows of the main tables.
    public func counts() throws -> StoreCounts {
        try pool.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreCounts(
                employers: try count("employer"), skills: try count("skill"), persons: try count("person"),
                vacancies: try count("vacancy"), trainees: try count("trainee"), placements: try count("placement"),
                exchangeRequests: try count("exchange_request"), standinOffers: try count("standin_offer"),
                decisionSubjects: try count("decision_subject"))
        }
    }
}
