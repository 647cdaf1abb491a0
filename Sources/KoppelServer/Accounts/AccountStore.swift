import Foundation
import GRDB
import HummingbirdBcrypt
import Koppel

/// The service's accounts, tokens and sessions, in the koppel database (migration 006).
///
/// ```swift
/// let accounts = AccountStore(store)
/// try accounts.add(Account(id: "mw.jansen", displayName: "M. Jansen", role: .regional), password: "…")
/// let token = try accounts.issueToken(for: "mw.jansen", days: 90)   // shown once
/// ```
public struct AccountStore: Sendable {
    public let store: KoppelStore
    /// The bcrypt cost of new password hashes (at least 12).
    public var bcryptCost: UInt8 = 12

    public init(_ store: KoppelStore) { self.store = store }

    /// Adds an account; a password is optional (a token-only account for the portal).
    public func add(_ account: Account, password: String?, now: Date = Date()) throws {
        try Self.validate(account)
        let hash = try password.map { try hashPassword($0) }
        try store.pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE id = ?", arguments: [account.id]) == true {
                throw AccountError(.exists, text: "accounts.exists", ["id": account.id])
            }
            if let employer = account.employer,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM employer WHERE code = ?", arguments: [employer]) != true {
                throw AccountError(.invalidInput, text: "store.noEmployer", ["code": employer])
            }
            if let trainee = account.trainee,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM trainee WHERE id = ?", arguments: [trainee]) != true {
                throw AccountError(.invalidInput, text: "store.noTrainee", ["id": trainee])
            }
            try db.execute(
                sql: """
                    INSERT INTO account (id, display_name, role, employer, trainee, disabled, password_hash, language, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [account.id, account.displayName, account.role.rawValue, account.employer, account.trainee,
                            account.disabled, hash, account.language, ServerClock.text(now)])
        }
    }

    static func validate(_ account: Account) throws {
        guard !account.id.isEmpty, account.id.count <= 64,
              account.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-_@".contains($0)) }) else {
            throw AccountError(.invalidInput, text: "accounts.badId")
        }
        guard !account.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw AccountError(.invalidInput, text: "accounts.needsName")
        }
        guard (account.role == .adviser) == (account.employer != nil) else {
            throw AccountError(.invalidInput, text: "accounts.adviserEmployer")
        }
        guard (account.role == .trainee) == (account.trainee != nil) else {
            throw AccountError(.invalidInput, text: "accounts.traineeTrainee")
        }
        guard ["nl", "en"].contains(account.language) else { throw AccountError(.invalidInput, text: "accounts.language") }
    }

    func hashPassword(_ password: String) throws -> String {
        guard password.count >= 12 else { throw AccountError(.invalidInput, text: "accounts.shortPassword") }
        return Bcrypt.hash(password, cost: max(bcryptCost, 12))
    }

    /// Every account, by id.
    public func list() throws -> [Account] {
        try store.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").map(Self.account) }
    }

    /// One account, or nil.
    public func account(_ id: String) throws -> Account? {
        try store.pool.read { db in try Self.account(id, db) }
    }

    static func account(_ id: String, _ db: Database) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).map(account)
    }

    static func account(_ row: Row) -> Account {
        Account(
            id: row["id"], displayName: row["display_name"], role: AccountRole(rawValue: row["role"]) ?? .admin,
            employer: row["employer"], trainee: row["trainee"], disabled: row["disabled"], language: row["language"])
    }

    /// Disables (or enables) an account; disabling also ends its sessions.
    public func setDisabled(_ id: String, _ disabled: Bool = true) throws {
        try store.pool.write { db in
            try db.execute(sql: "UPDATE account SET disabled = ? WHERE id = ?", arguments: [disabled, id])
            guard db.changesCount == 1 else { throw AccountError(.notFound, text: "accounts.noAccount", ["id": id]) }
            if disabled { try db.execute(sql: "DELETE FROM account_session WHERE account = ?", arguments: [id]) }
        }
    }

    /// Sets a new password and ends the account's sessions.
    public func setPassword(_ id: String, _ password: String) throws {
        let hash = try hashPassword(password)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE id = ?", arguments: [hash, id])
            guard db.changesCount == 1 else { throw AccountError(.notFound, text: "accounts.noAccount", ["id": id]) }
            try db.execute(sql: "DELETE FROM account_session WHERE account = ?", arguments: [id])
        }
    }

    /// The account whose password this is, or nil (unknown, disabled, no password, wrong).
    ///
    /// An unknown account still costs one bcrypt verification, so timing does not tell which
    /// ids exist.
    public func verifyPassword(_ id: String, _ password: String) throws -> Account? {
        let row = try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id])
        }
        let hash: String? = row?["password_hash"]
        guard let row, let hash else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        guard Bcrypt.verify(password, hash: hash) else { return nil }
        let account = Self.account(row)
        return account.disabled ? nil : account
    }

    /// A bcrypt hash of cost 12 that no password is checked against for real.
    static let decoyHash = Bcrypt.hash(SecretToken.make(prefix: ""), cost: 12)
}
