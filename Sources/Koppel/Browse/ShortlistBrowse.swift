import Foundation
import GRDB
import KoppelEngine

/// An adviser's mark on a shortlisted candidate, as stored in `shortlist_mark`.
public enum CandidateMark: String, Sendable, Hashable, CaseIterable, Codable {
    case contacted
    case notSuitable = "not-suitable"
}

/// What the shortlist browser shows: a vacancy's candidates (as `koppel candidates` ranks
/// them, with the same visibility rules) with their gaps and the marks stored so far.
public struct ShortlistBrowse: Sendable {
    public struct Entry: Sendable {
        public var person: Person
        public var employer: Employer?
        public var result: RankingResult
        /// Straight line from the person's home to the vacancy; nil when either is unknown.
        public var distanceKm: Double?
        /// The vacancy's must-have then nice-to-have skills, with the person's holding of each.
        public var skills: [SkillHolding]
    }

    public var vacancy: Vacancy
    public var employer: Employer?
    public var entries: [Entry]
    /// Marks stored for the people shown, by person id.
    public var marks: [String: CandidateMark]
    public var logID: Int64
}

extension KoppelStore {
    /// Ranks a vacancy's candidates with ``rankCandidates(vacancyID:viewer:options:on:actor:language:)``
    /// (logged like `koppel candidates`) and adds what the shortlist browser shows; the
    /// access policy decides who appears, as there.
    public func browseShortlist(vacancyID: String, viewer: Viewer, limit: Int, on day: Day, actor: String? = nil) throws -> ShortlistBrowse {
        let list = try rankCandidates(
            vacancyID: vacancyID, viewer: viewer, options: RankingOptions(limit: limit), on: day, actor: actor)
        let catalog = try catalog()
        let employers = Dictionary(catalog.employers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let vacancy = list.vacancy
        let skills = vacancy.mustSkills + vacancy.niceSkills.map(\.skill)
        let entries = list.results.compactMap { result -> ShortlistBrowse.Entry? in
            guard let person = list.people[result.person] else { return nil }
            let holdings = SkillHoldings(catalog: catalog, person: person)
            return ShortlistBrowse.Entry(
                person: person, employer: employers[person.employer], result: result,
                distanceKm: person.home.flatMap { home in vacancy.location.map { home.distanceKm(to: $0) } },
                skills: skills.map(holdings.holding))
        }
        let shown = Set(entries.map(\.person.id))
        var marks: [String: CandidateMark] = [:]
        try pool.read { db in
            for row in try Row.fetchAll(db, sql: "SELECT person, mark FROM shortlist_mark WHERE vacancy = ?", arguments: [vacancyID]) {
                let person: String = row["person"]
                if shown.contains(person), let mark = CandidateMark(rawValue: row["mark"]) { marks[person] = mark }
            }
        }
        return ShortlistBrowse(
            vacancy: vacancy, employer: employers[vacancy.employer], entries: entries, marks: marks, logID: list.logID)
    }

    /// Sets (or, for nil, clears) marks on a vacancy's candidates in one transaction, logged in
    /// the decision log with kind `mark`.
    ///
    /// Marking `contacted` someone ranked below candidates that carry no mark yet (in the
    /// viewer's latest ranking of the vacancy) overrides the shortlist: it needs a `reason`,
    /// and is logged once more with kind `override` (who, when, why, the rank, how many were
    /// passed over).
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown vacancy or a person the viewer may not
    ///   see, `.notAllowed` when the viewer may not rank for the vacancy, `.invalidInput` for an
    ///   override without a reason, `.busy` when another writer kept the lock.
    @discardableResult
    public func markCandidates(
        vacancyID: String, marks: [String: CandidateMark?], viewer: Viewer, actor: String, reason: String? = nil, at date: Date = Date()
    ) throws -> Int64 {
        let policy = AccessPolicy(viewer)
        return try StoreError.reportingBusy(CatalogueText("busy.what.marks")) {
            try pool.write { db in
                guard let employer = try String.fetchOne(db, sql: "SELECT employer FROM vacancy WHERE id = ?", arguments: [vacancyID]) else {
                    throw StoreError(.notFound, text: "store.noVacancy", ["id": vacancyID])
                }
                try Self.require(
                    policy.mayRankCandidates(forVacancyOf: employer),
                    text: "access.mark", ["viewer": viewer, "vacancy": vacancyID, "employer": employer])
                let people = marks.keys.sorted()
                for personID in people {
                    guard let person = try Self.loadPersons(db, where: ("id = ?", [personID])).first,
                        policy.maySee(person)
                    else {
                        throw StoreError(.notFound, text: "store.noProfile", ["id": personID])
                    }
                }
                let overrides = try ShortlistOverride.find(vacancyID: vacancyID, marks: marks, viewer: viewer, db)
                var why: String?
                if let first = overrides.first {
                    why = try DecisionReason.required(
                        reason ?? "",
                        for: CatalogueText(
                            first.passedOver == 1 ? "reason.what.choosingOne" : "reason.what.choosing",
                            ["person": first.person, "rank": first.rank, "count": first.passedOver]))
                }
                let at = DecisionLog.timestamp(date)
                var outcome: [String] = []
                for personID in people {
                    if let mark = marks[personID] ?? nil {
                        try db.execute(
                            sql: """
                                INSERT INTO shortlist_mark (vacancy, person, mark, actor, at) VALUES (?, ?, ?, ?, ?)
                                ON CONFLICT (vacancy, person) DO UPDATE SET mark = excluded.mark, actor = excluded.actor, at = excluded.at
                                """, arguments: [vacancyID, personID, mark.rawValue, actor, at])
                        outcome.append("\(JSONText.quote(personID)): \(JSONText.quote(mark.rawValue))")
                    } else {
                        try db.execute(sql: "DELETE FROM shortlist_mark WHERE vacancy = ? AND person = ?", arguments: [vacancyID, personID])
                        outcome.append("\(JSONText.quote(personID)): null")
                    }
                }
                let params = "{\"vacancy\": \(JSONText.quote(vacancyID))}"
                let outcomeJSON = "{\"marks\": {\(outcome.joined(separator: ", "))}}"
                let markID = try DecisionLog.append(
                    NewDecision(kind: "mark", actor: actor, viewer: viewer, input: Data((params + outcomeJSON).utf8), params: params,
                                outcome: outcomeJSON, subjects: people),
                    at: date, in: db)
                for override in overrides {
                    let overrideParams = try DecisionLog.json([
                        "type": "shortlist", "vacancy": vacancyID, "employer": employer, "reason": why ?? "", "markEntry": markID,
                    ])
                    let overrideOutcome = try DecisionLog.json(["chosen": override.person, "rank": override.rank, "passedOver": override.passedOver])
                    try DecisionLog.append(
                        NewDecision(kind: "override", actor: actor, viewer: viewer, input: Data((overrideParams + overrideOutcome).utf8),
                                    params: overrideParams, outcome: overrideOutcome, subjects: [override.person]),
                        at: date, in: db)
                }
                return markID
            }
        }
    }
}
