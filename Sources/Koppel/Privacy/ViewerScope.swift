import Crypto
import Foundation
import GRDB
import KoppelEngine

/// What the access policy hides from one viewer, resolved against the database once per read.
///
/// `hidden` holds the ids of the profiles the viewer may not see and of everything that names
/// them: their trainee records, exchange requests and stand-in offers. Stored decisions are
/// shown through ``entry(_:)``: an auditor gets pseudonyms for every person, an adviser the
/// entry without what concerns people hidden from them.
struct ViewerScope {
    let policy: AccessPolicy
    let hidden: Set<String>
    private let pseudonyms: Pseudonyms?

    static func load(_ viewer: Viewer, _ db: Database) throws -> ViewerScope {
        let policy = AccessPolicy(viewer)
        let people: String
        let arguments: StatementArguments
        switch policy.discreetRule {
        case .showAll:
            return ViewerScope(policy: policy, hidden: [], pseudonyms: nil)
        case .hideAll:
            people = "SELECT id FROM person WHERE visibility = 'discreet'"
            arguments = []
        case .hideEmployer(let employer):
            people = "SELECT id FROM person WHERE visibility = 'discreet' AND employer = ?"
            arguments = [employer, employer, employer, employer]
        }
        let hidden = try String.fetchAll(db, sql: """
            \(people)
            UNION ALL SELECT id FROM trainee WHERE person IN (\(people))
            UNION ALL SELECT id FROM exchange_request WHERE person IN (\(people))
            UNION ALL SELECT id FROM standin_offer WHERE person IN (\(people))
            """, arguments: arguments)
        let pseudonyms = policy.pseudonymisesLog ? try Pseudonyms.load(db) : nil
        return ViewerScope(policy: policy, hidden: Set(hidden), pseudonyms: pseudonyms)
    }

    /// Whether a text (JSON or plain) names a hidden id, as a whole string or as a word in one.
    func mentionsHidden(_ text: String) -> Bool {
        guard !hidden.isEmpty else { return false }
        return IdentifierTokens.any(in: text, where: hidden.contains)
    }

    /// A decision-log entry as this viewer may read it.
    ///
    /// Subjects the viewer may not see are left out (and not counted); params and outcome that
    /// name one are withheld whole, since a score or a place in a list would give them away.
    /// An auditor reads every id as a stable pseudonym. `hiddenSubjects` is the number of the
    /// entry's subjects in ``hidden`` when the entry comes without its subjects (a log page).
    func entry(_ entry: DecisionLogEntry, hiddenSubjects: Int = 0) -> DecisionLogEntry {
        var copy = entry
        if let pseudonyms {
            copy.subjects = entry.subjects.map(pseudonyms.pseudonym)
            copy.params = pseudonyms.replacing(entry.params)
            copy.outcome = pseudonyms.replacing(entry.outcome)
            copy.actor = pseudonyms.replacing(entry.actor, json: false)
            copy.viewer = entry.viewer.map { pseudonyms.replacing($0, json: false) }
            return copy
        }
        guard !hidden.isEmpty else { return copy }
        let visible = entry.subjects.filter { !hidden.contains($0) }
        copy.subjects = visible
        copy.subjectCount = entry.subjects.isEmpty ? entry.subjectCount - hiddenSubjects : visible.count
        if mentionsHidden(entry.params) || mentionsHidden(entry.outcome) || visible.count != entry.subjects.count || hiddenSubjects > 0 {
            copy.params = Self.withheld
            copy.outcome = Self.withheld
        }
        return copy
    }

    /// The text that replaces params and outcome that concern people the reader may not see.
    static let withheld = #"{"notShown": "this part concerns profiles you may not see"}"#

    /// A line of text (a replay's difference, say) as this viewer may read it; nil when it
    /// names someone hidden from them.
    func line(_ text: String) -> String? {
        if let pseudonyms { return pseudonyms.replacing(text, json: false) }
        return mentionsHidden(text) ? nil : text
    }

    /// How many of a log entry's subjects are hidden from this viewer.
    func hiddenSubjectCount(logID: Int64, _ db: Database) throws -> Int {
        guard !hidden.isEmpty, pseudonyms == nil else { return 0 }
        let list = String(decoding: try JSONEncoder().encode(hidden.sorted()), as: UTF8.self)
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM decision_subject WHERE log_id = ? AND person IN (SELECT value FROM json_each(?))
            """, arguments: [logID, list]) ?? 0
    }
}

/// The auditor's pseudonyms: `pn-` and 12 hex digits of HMAC-SHA-256(the database's secret
/// key, id), the same for one person in every entry, and not computable without the key.
struct Pseudonyms {
    private let key: SymmetricKey
    private let known: Set<String>

    static func load(_ db: Database) throws -> Pseudonyms {
        let key = try Data.fetchOne(db, sql: "SELECT key FROM pseudonym_key LIMIT 1") ?? Data(repeating: 0, count: 32)
        let ids = try String.fetchAll(db, sql: """
            SELECT id FROM person UNION ALL SELECT id FROM trainee
            UNION ALL SELECT id FROM exchange_request UNION ALL SELECT id FROM standin_offer
            """)
        return Pseudonyms(key: SymmetricKey(data: key), known: Set(ids))
    }

    func pseudonym(_ id: String) -> String {
        if id.hasPrefix("erased-") { return id }
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.utf8), using: key)
        return "pn-" + mac.prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// The text with every known id (a whole string or a word in one) replaced by its
    /// pseudonym; with `json`, inside quoted strings only.
    func replacing(_ text: String, json: Bool = true) -> String {
        IdentifierTokens.replacing(in: text, json: json) { known.contains($0) ? pseudonym($0) : nil }
    }
}
