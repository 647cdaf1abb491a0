import Foundation
import GRDB
import Koppel

/// Records which account read whose data, and when (AVG art. 15: the recipients), in
/// `person_read`; `personData` lists them. A trainee id counts as its person; other ids are ignored.
struct PersonReads: Sendable {
    let store: KoppelStore

    /// Records that `account` read the data of `persons` for `purpose` (an endpoint's name).
    func record(_ persons: [String], by account: Account, purpose: String, now: Date = Date()) throws {
        let unique = Array(Set(persons)).sorted()
        guard !unique.isEmpty else { return }
        // Committed with the other requests' log entries and reads that arrive meanwhile.
        try store.groupCommit.write(store.pool) { db in
            let statement = try db.makeStatement(sql: """
                INSERT INTO person_read (person, account, role, employer, purpose, read_at)
                SELECT id, ?2, ?3, ?4, ?5, ?6 FROM (SELECT id FROM person WHERE id = ?1 UNION SELECT person AS id FROM trainee WHERE id = ?1)
                """)
            for person in unique {
                try statement.execute(arguments: [person, account.id, account.role.rawValue, account.employer, purpose, ServerClock.text(now)])
            }
        }
    }
}
