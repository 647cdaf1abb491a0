import Foundation
import GRDB
import KoppelEngine

/// A question to the stand-in pool (vervangingspool).
public struct StandInQuery: Sendable {
    /// A role type such as "BAG-beheerder" (matched case-insensitively), or nil.
    public var role: String?
    /// A skill id the stand-in must have, or nil.
    public var skill: String?
    /// The borrowing employer's code.
    public var borrower: String
    public var from: Day
    public var to: Day
    /// Hours per week needed, nil for any.
    public var hours: Double?

    public init(role: String?, skill: String?, borrower: String, from: Day, to: Day, hours: Double?) {
        self.role = role
        self.skill = skill
        self.borrower = borrower
        self.from = from
        self.to = to
        self.hours = hours
    }
}

/// One person from the pool who can stand in for the whole period.
public struct StandInCandidate: Sendable, Codable, Hashable {
    public var offer: String
    public var person: String
    public var name: String
    public var employer: String
    public var roles: [String]
    public var hoursPerWeek: Double
    public var offerFrom: Day
    public var offerTo: Day
    public var fit: RankingPoints
    /// Credentials that are not valid through the whole period: already expired, or expiring
    /// before it ends. The person is still listed, flagged.
    public var expiringCredentials: [Credential]
    /// The three consents a secondment needs.
    public var consentEmployee: Bool
    public var consentLender: Bool
    /// The borrowing employer's consent for this period; false until booked.
    public var consentBorrower: Bool
}

extension KoppelStore {
    /// Ranks the stand-in offers of people from other employers whose offer covers the whole
    /// period and the hours, best fit first, with the three consents.
    ///
    /// A credential that is not valid through the whole period (expired, or expiring before the
    /// end) is flagged. Only offers of people `viewer` may see are listed (``AccessPolicy``):
    /// an adviser searches for their own employer and never sees its discreet staff; without a
    /// viewer no discreet profile is listed.
    public func standIns(_ query: StandInQuery, viewer: Viewer, on day: Day, actor: String? = nil) throws -> [StandInCandidate] {
        guard query.from <= query.to else { throw StoreError(.invalidInput, text: "store.fromAfterTo", ["from": query.from, "to": query.to]) }
        let policy = AccessPolicy(viewer)
        try Self.require(policy.mayFindStandIns(for: query.borrower), text: "access.standinsFind", ["viewer": viewer, "employer": query.borrower])
        return try pool.write { db in
            let catalog = try Self.loadCatalog(db)
            guard let borrower = catalog.employer(query.borrower) else {
                throw StoreError(.notFound, text: "store.noEmployer", ["code": query.borrower])
            }
            if let skill = query.skill, catalog.skill(skill) == nil { throw StoreError(.notFound, text: "store.noSkill", ["id": skill]) }
            let weights = try WeightsStore.current(db)
            let offers = try Row.fetchAll(db, sql: """
                SELECT o.*, p.employer AS person_employer FROM standin_offer o JOIN person p ON p.id = o.person
                WHERE o.period_from <= ? AND o.period_to >= ? AND p.employer <> ? ORDER BY o.id
                """, arguments: [query.from.description, query.to.description, query.borrower])
            var roles: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT offer, role FROM standin_role ORDER BY offer, role") {
                roles[row[0], default: []].append(row[1])
            }
            let people = try Dictionary(uniqueKeysWithValues: Self.loadPersons(
                db, where: ("id IN (SELECT person FROM standin_offer)", [])).map { ($0.id, $0) })
            let personIDs = offers.map { $0["person"] as String }.filter { people[$0].map(policy.maySee) ?? false }
            let vacancy = Vacancy(
                id: "stand-in", employer: query.borrower, title: query.role ?? query.skill ?? "stand-in",
                hoursMin: query.hours, hoursMax: query.hours, mustSkills: query.skill.map { [$0] } ?? [],
                place: borrower.seat, location: borrower.location, startDate: query.from)
            var result: [StandInCandidate] = []
            for row in offers {
                let offerID: String = row["id"]
                guard let person = people[row["person"]], policy.maySee(person) else { continue }
                let offerRoles = roles[offerID] ?? []
                if let role = query.role, !offerRoles.contains(where: { $0.lowercased() == role.lowercased() }) { continue }
                let hours: Double = row["hours_per_week"]
                if let needed = query.hours, hours < needed { continue }
                if let skill = query.skill, !person.skills.contains(where: { $0.skill == skill }) { continue }
                guard let scored = RankingEngine.score(
                    person, for: vacancy, catalog: catalog, on: query.from, viewer: viewer,
                    options: RankingOptions(includeIneligible: true, limit: nil), weights: weights) else { continue }
                let expiring = person.credentials.filter { credential in
                    guard let expires = credential.expires else { return false }
                    return expires < query.to
                }
                let booked = try Bool.fetchOne(db, sql: """
                    SELECT consent_borrower FROM standin_booking WHERE offer = ? AND borrower = ? AND period_from <= ? AND period_to >= ?
                    """, arguments: [offerID, query.borrower, query.from.description, query.to.description]) ?? false
                result.append(StandInCandidate(
                    offer: offerID, person: person.id, name: person.displayName, employer: person.employer, roles: offerRoles,
                    hoursPerWeek: hours, offerFrom: Day(row["period_from"])!, offerTo: Day(row["period_to"])!, fit: scored.score,
                    expiringCredentials: expiring, consentEmployee: row["consent_employee"], consentLender: row["consent_lender"],
                    consentBorrower: booked))
            }
            result.sort { ($1.fit, $0.offer) < ($0.fit, $1.offer) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let outcome = try result.map { [$0.offer, $0.fit.description] }
            try DecisionLog.append(
                NewDecision(kind: "standins", actor: actor, viewer: viewer, input: Data(personIDs.joined(separator: ",").utf8),
                            weightsVersion: weights.version,
                            params: String(decoding: try encoder.encode(["role": query.role ?? "", "skill": query.skill ?? "", "for": query.borrower, "from": query.from.description, "to": query.to.description]), as: UTF8.self),
                            outcome: String(decoding: try encoder.encode(outcome), as: UTF8.self), subjects: result.map(\.person)),
                in: db)
            return result
        }
    }

    /// Records the borrowing employer's consent for a stand-in offer and period: the booking.
    ///
    /// A booking needs all three consents of a secondment: the employee's and the lending
    /// employer's (on the offer) and the borrower's (this call); an employer never books its
    /// own employee's offer, and one offer is never booked twice for overlapping periods.
    /// Each refusal says why. Only an adviser of the borrower or a regional adviser books,
    /// and only a stand-in they may see. The reason is required and logged.
    public func bookStandIn(offer: String, borrower: String, from: Day, to: Day, viewer: Viewer, actor: String, reason: String) throws {
        let policy = AccessPolicy(viewer)
        let reason = try DecisionReason.required(reason, for: CatalogueText("reason.what.book"))
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM standin_offer WHERE id = ?", arguments: [offer]),
                  let person = try Self.loadPersons(db, where: ("id = ?", [row["person"] as String])).first,
                  policy.maySee(person)
            else {
                throw StoreError(.notFound, text: "store.noOffer", ["id": offer])
            }
            try Self.require(policy.mayBook(standIn: person, for: borrower), text: "access.standinsBook", ["viewer": viewer, "employer": borrower])
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM employer WHERE code = ?)", arguments: [borrower]) == true else {
                throw StoreError(.notFound, text: "store.noEmployer", ["code": borrower])
            }
            guard from <= to else { throw StoreError(.invalidInput, text: "store.fromAfterTo", ["from": from, "to": to]) }
            guard (row["period_from"] as String) <= from.description, (row["period_to"] as String) >= to.description else {
                throw StoreError(.invalidInput, text: "store.offerNotCovering", ["offer": offer, "offerFrom": Day(row["period_from"] as String).map { $0 as any TextArgument } ?? (row["period_from"] as String), "offerTo": Day(row["period_to"] as String).map { $0 as any TextArgument } ?? (row["period_to"] as String), "from": from, "to": to])
            }
            guard person.employer != borrower else {
                throw StoreError(.invalidInput, text: "store.ownEmployee", ["offer": offer, "borrower": borrower])
            }
            guard row["consent_employee"] as Bool else {
                throw StoreError(.invalidState, text: "store.noEmployeeConsent", ["offer": offer])
            }
            guard row["consent_lender"] as Bool else {
                throw StoreError(.invalidState, text: "store.noLenderConsent", ["employer": person.employer, "offer": offer])
            }
            if let clash = try Row.fetchOne(db, sql: """
                SELECT borrower, period_from, period_to FROM standin_booking
                WHERE offer = ? AND consent_borrower = 1 AND period_from <= ? AND period_to >= ?
                  AND NOT (borrower = ? AND period_from = ?)
                """, arguments: [offer, to.description, from.description, borrower, from.description]) {
                throw StoreError(.invalidState, text: "store.offerBooked", [
                    "offer": offer, "borrower": clash["borrower"] as String, "bookedFrom": clash["period_from"] as String,
                    "bookedTo": clash["period_to"] as String, "from": from, "to": to,
                ])
            }
            try db.execute(sql: """
                INSERT INTO standin_booking (offer, borrower, period_from, period_to, consent_borrower) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (offer, borrower, period_from) DO UPDATE SET period_to = excluded.period_to, consent_borrower = 1
                """, arguments: [offer, borrower, from.description, to.description])
            let params = try DecisionLog.json([
                "offer": offer, "for": borrower, "from": from.description, "to": to.description, "reason": reason,
            ])
            try DecisionLog.append(
                NewDecision(kind: "exchange-accept", actor: actor, viewer: viewer, input: Data(params.utf8), params: params,
                            outcome: "{\"consentBorrower\": true}", subjects: [person.id]),
                in: db)
        }
    }
}
