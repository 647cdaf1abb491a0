import GRDB

/// Turns SQLite's constraint messages into sentences for the user.
enum DatabaseRule {
    static func explain(_ error: DatabaseError) -> String {
        let message = error.message ?? "\(error)"
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_CHECK:
            return "breaks the rule \(message.replacingPrefix("CHECK constraint failed: "))"
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

extension String {
    func replacingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
