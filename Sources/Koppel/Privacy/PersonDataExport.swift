import Foundation
import GRDB

extension KoppelStore {
    /// Everything stored about one person, as pretty-printed JSON with sorted keys, for a data
    /// access request (AVG article 15).
    ///
    /// Keys: `person` (the profile row), `skills`, `credentials`, `domains`, `wishes`,
    /// `trainee`, `traineeRankings`, `hostRankings` (hosts' rankings that list them),
    /// `assignments`, `exchangeRequests` (with `wants`), `wantedBy` (requests that want their
    /// seat), `exchangeMoves`, `standinOffers` (with `roles` and `bookings`), `shortlistMarks`,
    /// `decisionLog` (every entry that concerns them: when, what kind, for which viewer, by
    /// whom, and `aboutYou`, the parts of params and outcome that mention them, with every
    /// other person shown as "(someone else)"), `exportedAt`.
    ///
    /// Answered only for the data steward (``AccessPolicy/mayAnswerAccessRequests``). Linear in
    /// the log entries that concern the person: each entry's own part is found in one pass.
    ///
    /// - Throws: ``StoreError`` `.notAllowed` for another viewer, `.notFound` when there is no
    ///   person with this id.
    public func personData(_ id: String, viewer: Viewer, at date: Date = Date()) throws -> String {
        try Self.require(AccessPolicy(viewer).mayAnswerAccessRequests, text: "access.personExport", ["viewer": viewer])
        return try pool.read { db in
            guard let person = try Self.objects(db, "SELECT * FROM person WHERE id = ?", [id]).first else {
                throw StoreError(.notFound, text: "store.noPerson", ["id": id])
            }
            let traineeOf = "(SELECT id FROM trainee WHERE person = ?)"
            var document: [String: Any] = [
                "exportedAt": DecisionLog.timestamp(date),
                "person": person,
                "skills": try Self.objects(db, "SELECT skill, level FROM person_skill WHERE person = ? ORDER BY skill", [id]),
                "credentials": try Self.objects(db, "SELECT credential, expires FROM person_credential WHERE person = ? ORDER BY credential", [id]),
                "domains": try Self.objects(db, "SELECT domain, years FROM person_domain WHERE person = ? ORDER BY domain", [id]),
                "wishes": try Self.objects(db, "SELECT kind, value FROM person_wish WHERE person = ? ORDER BY kind, value", [id]),
                "trainee": try Self.objects(db, "SELECT * FROM trainee WHERE person = ?", [id]).first ?? NSNull(),
                "traineeRankings": try Self.objects(db, "SELECT * FROM trainee_ranking WHERE trainee IN \(traineeOf) ORDER BY rotation, rank", [id]),
                "hostRankings": try Self.objects(db, "SELECT * FROM host_ranking WHERE trainee IN \(traineeOf) ORDER BY placement", [id]),
                "assignments": try Self.objects(db, "SELECT * FROM assignment WHERE trainee IN \(traineeOf) ORDER BY rotation", [id]),
                "wantedBy": try Self.objects(db, "SELECT request, rank FROM exchange_want WHERE position = ? ORDER BY request", [id]),
                "exchangeMoves": try Self.objects(db, """
                    SELECT m.*, p.status AS proposal_status FROM exchange_move m JOIN exchange_proposal p ON p.id = m.proposal
                    WHERE m.request IN (SELECT id FROM exchange_request WHERE person = ?) OR m.position = ?
                    ORDER BY m.proposal, m.request
                    """, [id, id]),
                "shortlistMarks": try Self.objects(db, "SELECT * FROM shortlist_mark WHERE person = ? ORDER BY vacancy", [id]),
                // AVG art. 15: the recipients, every account of the service that read this person's data.
                "readBy": try Self.objects(
                    db, "SELECT account, role, employer, purpose, read_at FROM person_read WHERE person = ? ORDER BY read_at, account", [id]),
            ]
            var requests = try Self.objects(db, "SELECT * FROM exchange_request WHERE person = ? ORDER BY id", [id])
            for index in requests.indices {
                requests[index]["wants"] = try Self.objects(
                    db, "SELECT rank, position FROM exchange_want WHERE request = ? ORDER BY rank", [requests[index]["id"] as? String ?? ""])
            }
            document["exchangeRequests"] = requests
            var offers = try Self.objects(db, "SELECT * FROM standin_offer WHERE person = ? ORDER BY id", [id])
            for index in offers.indices {
                let offer = offers[index]["id"] as? String ?? ""
                offers[index]["roles"] = try String.fetchAll(db, sql: "SELECT role FROM standin_role WHERE offer = ? ORDER BY role", arguments: [offer])
                offers[index]["bookings"] = try Self.objects(db, "SELECT * FROM standin_booking WHERE offer = ? ORDER BY period_from", [offer])
            }
            document["standinOffers"] = offers
            var extract = try PersonLogExtract(person: id, db)
            document["decisionLog"] = try extract.entries()
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// Rows as JSON-ready dictionaries: integers, reals and text as they are, NULL as null.
    static func objects(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [[String: Any]] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            var object: [String: Any] = [:]
            for (column, value) in row {
                switch value.storage {
                case .null: object[column] = NSNull()
                case .int64(let number): object[column] = number
                case .double(let number): object[column] = number
                case .string(let text): object[column] = text
                case .blob(let data): object[column] = data.base64EncodedString()
                }
            }
            return object
        }
    }
}
