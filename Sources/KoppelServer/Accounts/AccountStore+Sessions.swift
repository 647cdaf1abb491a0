import Foundation
import GRDB

/// A signed-in browser session: the account and the CSRF token its writes must echo.
public struct SessionInfo: Sendable, Equatable {
    public var account: Account
    public var csrf: String
}

extension AccountStore {
    /// Starts a session for an account; returns the session secret (the cookie's value, kept
    /// only as a hash) and its CSRF token.
    public func startSession(for account: Account, now: Date = Date()) throws -> (secret: String, csrf: String) {
        let secret = SecretToken.make(prefix: "")
        let csrf = SecretToken.make(prefix: "")
        try store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO account_session (hash, account, csrf, created_at, last_used) VALUES (?, ?, ?, ?, ?)",
                arguments: [SecretToken.hash(secret), account.id, csrf, ServerClock.text(now), ServerClock.text(now)])
        }
        return (secret, csrf)
    }

    /// The session of a cookie's secret, used now; nil (and the session deleted) once it has
    /// been idle for longer than `idle` seconds, or when its account is disabled.
    public func session(_ secret: String, idle: TimeInterval, now: Date = Date()) throws -> SessionInfo? {
        let hash = SecretToken.hash(secret)
        return try store.pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account_session WHERE hash = ?", arguments: [hash]) else {
                return nil
            }
            let stored: Data = row["hash"]
            guard SecretToken.constantTimeEqual(stored, hash) else { return nil }
            guard (row["last_used"] as String) >= ServerClock.text(now.addingTimeInterval(-idle)),
                  let account = try Self.account(row["account"], db), !account.disabled else {
                try db.execute(sql: "DELETE FROM account_session WHERE hash = ?", arguments: [hash])
                return nil
            }
            try db.execute(sql: "UPDATE account_session SET last_used = ? WHERE hash = ?", arguments: [ServerClock.text(now), hash])
            return SessionInfo(account: account, csrf: row["csrf"])
        }
    }

    /// Ends a session.
    public func endSession(_ secret: String) throws {
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM account_session WHERE hash = ?", arguments: [SecretToken.hash(secret)])
        }
    }
}
