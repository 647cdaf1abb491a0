import Foundation
import GRDB
import KoppelEngine

/// A candidate chosen over higher-ranked ones: the adviser's override of a shortlist.
struct ShortlistOverride {
    var person: String
    /// The person's place among the eligible candidates of the ranking (1 = first).
    var rank: Int
    /// How many eligible candidates ranked above them have no mark yet.
    var passedOver: Int

    /// The overrides in marking `contacted` the people of `marks` on a vacancy's shortlist: a
    /// person counts when eligible candidates ranked above them in the viewer's latest logged
    /// ranking of the vacancy carry no mark (stored or in this call). Rankings taken for other
    /// viewers are not read, so a passed-over profile is never one the viewer may not see.
    static func find(vacancyID: String, marks: [String: CandidateMark?], viewer: Viewer, _ db: Database) throws -> [ShortlistOverride] {
        let chosen = marks.filter { $0.value == .contacted }.keys.sorted()
        guard !chosen.isEmpty,
              let outcome = try String.fetchOne(db, sql: """
                  SELECT outcome FROM decision_log
                  WHERE kind = 'ranking' AND viewer = ? AND json_extract(params, '$.mode') = 'candidates'
                    AND json_extract(params, '$.vacancy') = ?
                  ORDER BY id DESC LIMIT 1
                  """, arguments: [viewer.description, vacancyID])
        else { return [] }
        let eligible = LoggedResult.parse(outcome).filter(\.eligible).map(\.id)
        var marked = Set(try String.fetchAll(db, sql: "SELECT person FROM shortlist_mark WHERE vacancy = ?", arguments: [vacancyID]))
        for (person, mark) in marks {
            if mark == nil { marked.remove(person) } else { marked.insert(person) }
        }
        return chosen.compactMap { person in
            guard let index = eligible.firstIndex(of: person) else { return nil }
            let passedOver = eligible[..<index].filter { !marked.contains($0) }.count
            return passedOver > 0 ? ShortlistOverride(person: person, rank: index + 1, passedOver: passedOver) : nil
        }
    }
}
