import Foundation
import GRDB

/// The decision-log part of a data-access export: for each entry that concerns one person,
/// what was decided about them and nothing about anyone else.
struct PersonLogExtract {
    private let person: String
    private let db: Database
    /// The person's own ids: the profile, their trainee records, requests and offers.
    private let own: [String]
    private var otherCache: [String: Bool] = [:]

    init(person: String, _ db: Database) throws {
        self.person = person
        self.db = db
        own = [person] + (try String.fetchAll(db, sql: """
            SELECT id FROM trainee WHERE person = ?1 UNION ALL SELECT id FROM exchange_request WHERE person = ?1
            UNION ALL SELECT id FROM standin_offer WHERE person = ?1
            """, arguments: [person]))
    }

    mutating func entries() throws -> [[String: Any]] {
        let scanners = own.map(JSONRecordScanner.init(id:))
        var result: [[String: Any]] = []
        for entry in try DecisionLog.entries(concerning: person, in: db) {
            var about: [[String: Any]] = []
            for (part, text) in [("params", entry.params), ("outcome", entry.outcome)] {
                for scanner in scanners {
                    for record in scanner.records(in: text) {
                        var object: [String: Any] = ["in": part, "record": try value(record.text)]
                        if let key = record.key { object["key"] = key }
                        if let position = record.position { object["position"] = position }
                        about.append(object)
                    }
                }
            }
            result.append([
                "id": entry.id, "at": entry.at, "kind": entry.kind, "actor": try anonymised(entry.actor, json: false),
                "viewer": entry.viewer.map { $0 as Any } ?? NSNull(), "inputHash": entry.inputHash,
                "weightsVersion": entry.weightsVersion.map { $0 as Any } ?? NSNull(),
                "aboutYou": about, "otherSubjects": Swift.max(0, entry.subjectCount - 1),
            ])
        }
        return result
    }

    /// A record's JSON value, with every other person's id replaced by "(someone else)".
    private mutating func value(_ json: String) throws -> Any {
        let text = try anonymised(json, json: true)
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) ?? text
    }

    private mutating func anonymised(_ text: String, json: Bool) throws -> String {
        var words: [String] = []
        _ = IdentifierTokens.any(in: text) { words.append($0); return false }
        for word in words where otherCache[word] == nil {
            otherCache[word] = try !own.contains(word) && isSomeonesID(word)
        }
        return IdentifierTokens.replacing(in: text, json: json) { otherCache[$0] == true ? "(someone else)" : nil }
    }

    private func isSomeonesID(_ word: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1) OR EXISTS (SELECT 1 FROM trainee WHERE id = ?1)
                OR EXISTS (SELECT 1 FROM exchange_request WHERE id = ?1) OR EXISTS (SELECT 1 FROM standin_offer WHERE id = ?1)
            """, arguments: [word]) ?? false
    }
}
