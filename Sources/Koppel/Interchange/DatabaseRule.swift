import GRDB

/// Turns SQLite's constraint messages into sentences for the user.
enum DatabaseRule {
    static func explain(_ error: DatabaseError) -> String {
        let message = error.message ?? "\(error)"
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_CHECK:
            let rule = message.replacingPrefix("CHECK constraint failed: ")
            return pairRule(rule) ?? "breaks the rule \(rule)"
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return "refers to a row that does not exist"
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            return "duplicates an existing entry (\(message.replacingPrefix("UNIQUE constraint failed: ")))"
        case .SQLITE_CONSTRAINT_NOTNULL:
            return "lacks a required value (\(message.replacingPrefix("NOT NULL constraint failed: ")))"
        default:
            return "the database refused it: \(message)"
        }
    }
}

extension DatabaseRule {
    /// A CHECK between two columns in words: a partial import left one of them out, and its
    /// stored value does not fit the new one (`hours_min IS NULL OR … OR hours_min <= hours_max`).
    static func pairRule(_ rule: String) -> String? {
        let stored = " (with the value already stored)"
        if let match = rule.firstMatch(of: /\((\w+) IS NULL\) = \((\w+) IS NULL\)/) {
            return "\(match.1) and \(match.2) must both be given or both be empty\(stored)"
        }
        if let match = rule.firstMatch(of: /(\w+) <= (\w+)\s*$/) {
            return "\(match.1) would be above \(match.2)\(stored)"
        }
        if let match = rule.firstMatch(of: /(\w+) < (\w+)\s*$/) {
            return "\(match.1) would not be before \(match.2)\(stored)"
        }
        return nil
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
