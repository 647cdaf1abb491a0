import Foundation
import Testing

/// The access policy's invariant through `koppel serve`: for the account of every role (and
/// signed out), no answer of any endpoint reveals a person hidden from that account's viewer:
/// not an id (profile, trainee, request, offer), not a name, not a placeholder.
///
/// On ``AccessFixture``'s generated data, a regional adviser first takes decisions with
/// everyone in them (rankings, a round, exchanges, stand-ins), then each account calls every
/// endpoint that can show people, and every body is searched for every hidden person.
@Suite(.serialized) struct AccessPolicyAPIPropertyTests {
    static let day = "on=2026-11-25"

    /// The calls one account makes; `typed` is a person id the path names.
    func calls(_ fixture: AccessFixture, employer: String?) -> [(method: String, path: String, typed: String?)] {
        var calls: [(String, String, String?)] = [("GET", "/api/v1/me", nil)]
        for vacancy in fixture.vacancies {
            calls.append(("GET", "/api/v1/vacancies/\(vacancy.id)/candidates?limit=100&includeIneligible=true&\(Self.day)", nil))
        }
        let vacancy = fixture.vacancies.first { $0.employer == employer } ?? fixture.vacancies[0]
        for person in fixture.people {
            calls.append(("GET", "/api/v1/vacancies/\(vacancy.id)/explain/\(person.id)?\(Self.day)", person.id))
            calls.append(("GET", "/api/v1/persons/\(person.id)/vacancies?gaps=true&\(Self.day)", person.id))
        }
        for kind in ["persons", "trainees", "exchange-requests", "standin-offers", "assignments", "trainee-rankings"] {
            for format in ["csv", "json"] { calls.append(("GET", "/api/v1/exports/\(kind)?format=\(format)", nil)) }
        }
        calls.append(("GET", "/api/v1/log?limit=1000", nil))
        for id in 1...16 {
            calls.append(("GET", "/api/v1/log/\(id)", nil))
            calls.append(("POST", "/api/v1/log/\(id)/replay", nil))
        }
        calls.append(("POST", "/api/v1/exchanges/find?\(Self.day)", nil))
        calls.append(("GET", "/api/v1/exchanges/balance", nil))
        calls.append(("POST", "/api/v1/rounds/\(fixture.rotation)/run?\(Self.day)", nil))
        calls.append(("GET", "/api/v1/rounds/\(fixture.rotation)/report?\(Self.day)", nil))
        calls.append(("POST", "/api/v1/rounds/\(fixture.rotation)/scramble?\(Self.day)", nil))
        calls.append(("GET", "/api/v1/standins?role=BAG-beheerder&for=\(employer ?? "HGL")&from=2027-02-01&to=2027-03-01", nil))
        calls.append(("GET", "/api/v1/trainees/at1/ranking", nil))
        calls.append(("GET", "/api/v1/persons/\(fixture.people[2].id)/export", fixture.people[2].id))
        return calls
    }

    @Test func noAccountEverSeesAPersonHiddenFromItsViewer() throws {
        let fixture = try AccessFixture(seed: 7)
        let database = fixture.directory.appendingPathComponent(fixture.database).path
        // (account id, role, employer or trainee, the viewer as AccessFixture.hidden(from:) names it)
        let accounts: [(id: String, role: String, employer: String?, trainee: String?, viewer: String?)] =
            AccessFixture.employers.map { ("adv-\($0)", "adviser", $0, nil, $0) } + [
                ("regio", "regional", nil, nil, "regional"), ("trainee-at1", "trainee", nil, "at1", "trainee:at1"),
                ("audit", "auditor", nil, nil, "auditor"), ("steward", "steward", nil, nil, "steward"), ("admin", "admin", nil, nil, "admin"),
            ]
        var tokens: [String: String] = [:]
        for account in accounts {
            tokens[account.id] = try ServedKoppel.account(
                account.id, role: account.role, employer: account.employer, trainee: account.trainee, database: database)
        }
        let server = try ServedKoppel(database: database, in: fixture.directory)
        defer { server.stop() }

        // Decisions with everyone in them.
        let regional = tokens["regio"]!
        for vacancy in fixture.vacancies {
            _ = try server.request("/api/v1/vacancies/\(vacancy.id)/candidates?includeIneligible=true&\(Self.day)", token: regional)
        }
        #expect(try server.request("/api/v1/rounds/\(fixture.rotation)/run?\(Self.day)", method: "POST", token: regional).status == 200)
        _ = try server.request("/api/v1/exchanges/find?\(Self.day)", method: "POST", token: regional)
        _ = try server.request("/api/v1/standins?role=BAG-beheerder&for=HGL&from=2027-02-01&to=2027-03-01", token: regional)
        let everyone = try server.request("/api/v1/exports/persons?format=csv", token: tokens["steward"]!)
        for person in fixture.people { #expect(everyone.body.contains(person.name), "the steward exports everyone") }

        var answered = 0
        for account in accounts.map(Optional.some) + [nil] {
            let viewer = account?.viewer ?? "nobody"
            let hidden = fixture.hidden(from: account == nil ? nil : viewer)
            #expect(!hidden.isEmpty || viewer == "regional" || viewer == "steward")
            for call in calls(fixture, employer: account?.employer) {
                let answer = try server.request(call.path, method: call.method, token: account.flatMap { tokens[$0.id] })
                let label = "\(call.method) \(call.path) as \(account?.id ?? "signed out")"
                #expect(answer.status < 500, "\(label): \(answer.status) \(answer.body.prefix(300))")
                if answer.status == 200 { answered += 1 }
                #expect(!answer.body.contains("(discreet)") && !answer.body.contains("discreet profile"), "\(label) shows a placeholder")
                for person in hidden {
                    // A typed hidden id may be echoed in "not found", and nothing more.
                    for text in person.revealing where text != call.typed {
                        #expect(!answer.body.contains(text), "\(label) reveals \(text)")
                    }
                    if call.typed == person.id { #expect(answer.status != 200, "\(label) answers for a hidden person") }
                }
            }
        }
        #expect(answered > 200, "most calls must be answered for the test to mean anything (\(answered))")
    }
}
