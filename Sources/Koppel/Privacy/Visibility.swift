import GRDB

extension KoppelStore {
    /// The ids of the people, and of their trainee records, that an adviser of `employer` may
    /// not see: the discreet profiles of that employer.
    public func hiddenIdentifiers(from employer: String) throws -> Set<String> {
        try pool.read { db in try Self.hiddenIdentifiers(from: employer, db) }
    }

    static func hiddenIdentifiers(from employer: String, _ db: Database) throws -> Set<String> {
        let people = try String.fetchAll(
            db, sql: "SELECT id FROM person WHERE visibility = 'discreet' AND employer = ?", arguments: [employer])
        let trainees = try String.fetchAll(db, sql: """
            SELECT id FROM trainee WHERE person IN (SELECT id FROM person WHERE visibility = 'discreet' AND employer = ?)
            """, arguments: [employer])
        return Set(people + trainees)
    }
}

extension DecisionLogEntry {
    /// The entry as an adviser of an employer may see it: every id in `hidden` (discreet
    /// profiles of their own employer) replaced by `(discreet)` in subjects, params and outcome.
    public func redacting(_ hidden: Set<String>, as label: String = "(discreet)") -> DecisionLogEntry {
        guard !hidden.isEmpty else { return self }
        var copy = self
        copy.subjects = subjects.map { hidden.contains($0) ? label : $0 }
        let replacement = JSONText.quote(label)
        for id in hidden {
            let quoted = JSONText.quote(id)
            if copy.params.contains(quoted) { copy.params = copy.params.replacing(quoted, with: replacement) }
            if copy.outcome.contains(quoted) { copy.outcome = copy.outcome.replacing(quoted, with: replacement) }
        }
        if hidden.contains(actor) { copy.actor = label }
        return copy
    }
}
