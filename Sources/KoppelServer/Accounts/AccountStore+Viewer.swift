import GRDB
import Koppel

extension AccountStore {
    /// The access policy's viewer for an account, from its role alone; nil for an admin, who
    /// manages accounts and reads no one's data.
    public func viewer(for account: Account) throws -> Viewer? {
        switch account.role {
        case .adviser: return account.employer.map { .adviser(employer: $0) }
        case .regional: return .regionalAdviser
        case .auditor: return .auditor
        case .steward: return .dataSteward
        case .admin: return nil
        case .trainee:
            guard let trainee = account.trainee else { return nil }
            let person = try store.pool.read { db in
                try String.fetchOne(db, sql: "SELECT person FROM trainee WHERE id = ?", arguments: [trainee])
            }
            return person.map { .trainee(id: trainee, person: $0) }
        }
    }
}
