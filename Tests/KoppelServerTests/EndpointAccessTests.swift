import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// Every endpoint as every role and signed out: the status the role's policy gives, problem
/// JSON for every refusal, and never a discreet person of the adviser's own employer.
@Suite struct EndpointAccessTests {
    /// One call, and the status for signed out and for each role (nil: any 2xx or 409).
    struct Call: CustomStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var body: String? = nil
        var expected: [AccountRole?: HTTPResponse.Status?]
        var description: String { "\(method) \(uri)" }
    }

    /// The calls in order (writes last), for a fixture's data.
    static func calls(_ f: ServerFixture, _ ids: Ids) -> [Call] {
        let ok = HTTPResponse.Status.ok, no = HTTPResponse.Status.forbidden
        func only(_ allowed: Set<AccountRole>, _ status: HTTPResponse.Status? = .ok) -> [AccountRole?: HTTPResponse.Status?] {
            var map: [AccountRole?: HTTPResponse.Status?] = [nil: .unauthorized]
            for role in AccountRole.allCases { map[role] = allowed.contains(role) ? status : no }
            return map
        }
        let readers: Set<AccountRole> = [.adviser, .regional, .trainee, .auditor, .steward]
        var me = only(Set(AccountRole.allCases))
        me[.admin] = ok
        return [
            Call(method: .get, uri: "/api/v1/me", expected: me),
            Call(method: .get, uri: "/api/v1/vacancies/\(ids.ownVacancy)/candidates?limit=200&includeIneligible=true", expected: only([.adviser, .regional])),
            Call(method: .get, uri: "/api/v1/vacancies/\(ids.otherVacancy)/candidates?limit=200", expected: only([.regional])),
            Call(method: .get, uri: "/api/v1/vacancies/\(ids.ownVacancy)/explain/\(ids.publicPerson)", expected: only([.adviser, .regional])),
            Call(method: .get, uri: "/api/v1/persons/\(ids.publicPerson)/vacancies?gaps=true", expected: only([.adviser, .regional])),
            Call(method: .get, uri: "/api/v1/log?limit=100", expected: only(readers)),
            Call(method: .get, uri: "/api/v1/exchanges/balance", expected: only(readers)),
            Call(method: .get, uri: "/api/v1/standins?role=\(ids.standInRole)&for=\(f.employer)&from=2027-01-04&to=2027-01-29", expected: only([.adviser, .regional])),
            Call(method: .get, uri: "/api/v1/trainees/\(f.trainee)/ranking", expected: only([.regional, .trainee])),
            Call(method: .get, uri: "/api/v1/persons/\(ids.publicPerson)/export", expected: only([.steward])),
            Call(method: .get, uri: "/api/v1/exports/persons", expected: only([.adviser, .regional, .steward])),
            Call(method: .get, uri: "/api/v1/exports/vacancies?format=csv", expected: only([.adviser, .regional, .steward])),
            Call(method: .get, uri: "/api/v1/accounts", expected: only([.admin])),
            Call(method: .post, uri: "/api/v1/exchanges/find", expected: only([.adviser, .regional])),
            Call(method: .post, uri: "/api/v1/imports/vacancies?dryRun=true&format=csv", body: ids.ownVacancyCSV, expected: only([.adviser, .regional])),
            Call(method: .put, uri: "/api/v1/trainees/\(f.trainee)/ranking", body: #"{"placements":\#(ids.rankingJSON)}"#, expected: only([.trainee])),
            Call(method: .post, uri: "/api/v1/rounds/\(ids.rotation)/run", expected: only([.regional])),
            Call(method: .get, uri: "/api/v1/rounds/\(ids.rotation)/report", expected: only([.regional])),
            Call(method: .post, uri: "/api/v1/rounds/\(ids.rotation)/scramble", expected: only([.regional], nil)),
            Call(method: .post, uri: "/api/v1/rounds/\(ids.rotation)/accept", body: #"{"reason":"test"}"#, expected: only([.regional], nil)),
            Call(method: .post, uri: "/api/v1/accounts/test-auditor/tokens", body: #"{"days":1}"#, expected: only([.admin], .created)),
            Call(method: .delete, uri: "/api/v1/persons/\(ids.publicPerson)", expected: only([.steward])),
        ]
    }

    /// Ids the calls need.
    struct Ids {
        var ownVacancy: String, otherVacancy: String, publicPerson: String, rotation: String
        var standInRole: String, ownVacancyCSV: String, rankingJSON: String

        init(_ f: ServerFixture) throws {
            let store = f.store
            (ownVacancy, otherVacancy, publicPerson, standInRole) = try f.read { db in
                (try String.fetchOne(db, sql: "SELECT id FROM vacancy WHERE employer = ? AND status = 'open' ORDER BY id", arguments: [f.employer])!,
                 try String.fetchOne(db, sql: "SELECT id FROM vacancy WHERE employer <> ? AND status = 'open' ORDER BY id", arguments: [f.employer])!,
                 try String.fetchOne(db, sql: "SELECT id FROM person WHERE visibility = 'public' AND employer <> ? AND id NOT IN (SELECT person FROM trainee) ORDER BY id", arguments: [f.employer])!,
                 try String.fetchOne(db, sql: "SELECT role FROM standin_role ORDER BY role")!)
            }
            let browse = try store.browseTraineeData(traineeID: f.trainee, viewer: .regionalAdviser, on: ServerFixture.day)
            rotation = browse.rotation.id
            rankingJSON = "[" + browse.entries.prefix(3).map { "\"\($0.placement.id)\"" }.joined(separator: ",") + "]"
            var csv = ""
            try store.export(.named("vacancies")!, format: .csv, viewer: .adviser(employer: f.employer)) { csv += $0 }
            let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
            let prefix = ownVacancy + ","
            let own = lines.dropFirst().first { $0.hasPrefix(prefix) }!
            ownVacancyCSV = lines[0] + "\n" + own + "\n"
        }
    }

    @Test(arguments: [nil] + AccountRole.allCases.map(Optional.some))
    func everyEndpointAnswersEachRoleAsItsPolicySaysAndHidesDiscreetStaff(role: AccountRole?) async throws {
        let fixture = try ServerFixture()
        let ids = try Ids(fixture)
        let hidden = try fixture.hiddenFromAdviser()
        try #require(!hidden.isEmpty)
        try await fixture.application().test(.router) { client in
            for call in Self.calls(fixture, ids) {
                let headers = role.map { fixture.bearer($0) } ?? [:]
                let response = try await client.execute(
                    uri: call.uri, method: call.method, headers: headers, body: call.body.map { ByteBuffer(string: $0) })
                let body = String(buffer: response.body)
                let expected = call.expected[role] ?? nil
                if let expected {
                    #expect(response.status == expected, "\(call) as \(role?.rawValue ?? "signed out"): \(body.prefix(300))")
                } else {
                    #expect(response.status.kind == .successful || response.status == .conflict, "\(call) as \(role?.rawValue ?? "signed out"): \(body.prefix(300))")
                }
                if response.status.kind != .successful {
                    #expect(response.headers[.contentType] == "application/problem+json", "\(call)")
                }
                #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'; frame-ancestors 'none'")
                if role == .adviser {
                    for text in hidden {
                        #expect(!body.contains(text), "\(call) as adviser of \(fixture.employer) shows hidden \(text)")
                    }
                }
            }
        }
    }
}
