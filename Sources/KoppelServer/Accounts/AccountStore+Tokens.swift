import Foundation
import GRDB

/// An API token as listed: never the token itself, which is shown once when issued.
public struct TokenInfo: Codable, Sendable, Equatable {
    public var id: String
    public var account: String
    public var label: String
    public var createdAt: String
    public var expiresAt: String
    public var revoked: Bool
}

extension AccountStore {
    /// Issues a bearer token of 256 random bits valid for `days`; returns its id and the token,
    /// which is not kept (only its SHA-256 is).
    public func issueToken(for accountID: String, days: Int, label: String = "", now: Date = Date()) throws -> (id: String, token: String) {
        guard (1...3650).contains(days) else { throw AccountError(.invalidInput, text: "accounts.tokenDays") }
        let token = SecretToken.make(prefix: SecretToken.apiTokenPrefix)
        let id = "tok_" + String(SecretToken.make(prefix: "").prefix(10))
        try store.pool.write { db in
            guard try Self.account(accountID, db) != nil else { throw AccountError(.notFound, text: "accounts.noAccount", ["id": accountID]) }
            try db.execute(
                sql: "INSERT INTO account_token (id, account, hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, accountID, SecretToken.hash(token), label, ServerClock.text(now),
                            ServerClock.text(now.addingTimeInterval(Double(days) * 86_400))])
        }
        return (id, token)
    }

    /// Revokes a token by its id.
    public func revokeToken(_ id: String, now: Date = Date()) throws {
        try store.pool.write { db in
            try db.execute(sql: "UPDATE account_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                           arguments: [ServerClock.text(now), id])
            guard db.changesCount == 1 else { throw AccountError(.notFound, text: "accounts.noToken", ["id": id]) }
        }
    }

    /// The tokens of one account (or of all), newest first.
    public func tokens(of accountID: String? = nil) throws -> [TokenInfo] {
        try store.pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM account_token WHERE ? IS NULL OR account = ? ORDER BY created_at DESC, id",
                arguments: [accountID, accountID]
            ).map { row in
                TokenInfo(id: row["id"], account: row["account"], label: row["label"], createdAt: row["created_at"],
                          expiresAt: row["expires_at"], revoked: (row["revoked_at"] as String?) != nil)
            }
        }
    }

    /// The enabled account a bearer token belongs to, or nil when the token is unknown,
    /// expired or revoked. The token is looked up by its hash, then compared in constant time.
    public func account(forToken token: String, now: Date = Date()) throws -> Account? {
        let hash = SecretToken.hash(token)
        return try store.pool.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM account_token WHERE hash = ?", arguments: [hash]) else { return nil }
            let stored: Data = row["hash"]
            guard SecretToken.constantTimeEqual(stored, hash), (row["revoked_at"] as String?) == nil,
                  (row["expires_at"] as String) > ServerClock.text(now),
                  let account = try Self.account(row["account"], db), !account.disabled else { return nil }
            return account
        }
    }
}
