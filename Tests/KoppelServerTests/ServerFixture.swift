import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
@testable import KoppelDemo

/// A small demo database (with discreet staff, trainees, exchanges and stand-in offers), an
/// account of every role with an API token, and the server over it.
struct ServerFixture {
    static let day = Day("2026-11-25")!
    static let size = DemoSize.custom(
        persons: 400, vacancies: 20, trainees: 12, placementsPerRotation: 10, exchangeRequests: 40, standInOffers: 12)

    /// The demo database, built once per test process; each fixture works on its own copy.
    static let template: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koppel-server-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("template.koppel").path
        _ = try! DemoBuilder.build(at: path, seed: 14, size: size, today: day)
        let store = try! KoppelStore(path: path)
        try! store.checkpoint()
        try! store.pool.close()
        return path
    }()

    let path: String
    let store: KoppelStore
    let accounts: AccountStore
    /// An employer with discreet staff and a vacancy: the adviser's.
    let employer: String
    let trainee: String
    /// The bearer token of each role's account.
    let tokens: [AccountRole: String]

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koppel-server-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("test.koppel").path
        try FileManager.default.copyItem(atPath: Self.template, toPath: path)
        store = try KoppelStore(path: path)
        accounts = AccountStore(store)
        (employer, trainee) = try store.pool.read { db in
            let employer = try String.fetchOne(db, sql: """
                SELECT p.employer FROM person p JOIN vacancy v ON v.employer = p.employer
                WHERE p.visibility = 'discreet' GROUP BY p.employer ORDER BY count(DISTINCT p.id) DESC, p.employer LIMIT 1
                """)!
            let trainee = try String.fetchOne(db, sql: "SELECT id FROM trainee ORDER BY id LIMIT 1")!
            return (employer, trainee)
        }
        var tokens: [AccountRole: String] = [:]
        for role in AccountRole.allCases {
            let account = Account(
                id: "test-\(role.rawValue)", displayName: "Test \(role.rawValue)", role: role,
                employer: role == .adviser ? employer : nil, trainee: role == .trainee ? trainee : nil)
            try accounts.add(account, password: nil)
            tokens[role] = try accounts.issueToken(for: account.id, days: 30).token
        }
        self.tokens = tokens
    }

    /// A read of the fixture's database (synchronous, also from async tests).
    func read<T>(_ body: (Database) throws -> T) throws -> T { try store.pool.read(body) }

    /// A second store over the same file, as after a restart of the service.
    func reopened() throws -> KoppelStore { try KoppelStore(path: path) }

    var configuration: ServerConfiguration {
        ServerConfiguration(secureCookie: true, today: { Self.day })
    }

    func application(store: KoppelStore? = nil, configuration: ServerConfiguration? = nil) -> some ApplicationProtocol {
        Application(router: KoppelServer.router(store: store ?? self.store, configuration: configuration ?? self.configuration))
    }

    /// The `Authorization` header of a role's account.
    func bearer(_ role: AccountRole) -> HTTPFields {
        [.authorization: "Bearer \(tokens[role]!)"]
    }

    /// The ids and names of the employer's discreet staff, leaving out names that a person the
    /// adviser may see also has.
    func hiddenFromAdviser() throws -> [String] {
        try store.pool.read { db in
            let hidden = try Row.fetchAll(db, sql: "SELECT id, display_name FROM person WHERE employer = ? AND visibility = 'discreet'", arguments: [employer])
            let visibleNames = Set(try String.fetchAll(
                db, sql: "SELECT display_name FROM person WHERE NOT (employer = ? AND visibility = 'discreet')", arguments: [employer]))
            return hidden.flatMap { row -> [String] in
                let name: String = row["display_name"]
                return [row["id"]] + (visibleNames.contains(name) ? [] : [name])
            }
        }
    }
}
