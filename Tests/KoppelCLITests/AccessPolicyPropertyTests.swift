import Foundation
import Testing

/// The access policy's invariant, through the real binary: nothing shown to a viewer reveals a
/// person hidden from them — not an id (profile, trainee, request, offer), not a name, not a
/// placeholder — in any command and any format.
///
/// On generated data (``AccessFixture``), decisions are first taken by a regional adviser (so
/// the log holds every person), then every command that shows people is run as every viewer,
/// and every output is searched for every hidden person.
@Suite(.serialized) struct AccessPolicyPropertyTests {
    static let day = ["--on", "2026-11-25"]

    /// Commands as one viewer, each with its output; `typed` is an id the command was given.
    private func outputs(_ fixture: AccessFixture, viewer: String?) throws -> [(command: String, typed: String?, result: KoppelBinary.Result)] {
        let asks = viewer.map { ["--as", $0] } ?? []
        var commands: [([String], String?)] = []
        let ownVacancies = fixture.vacancies.filter { viewer == nil || viewer == "regional" || $0.employer == viewer }
        for vacancy in ownVacancies {
            for format in ["table", "json", "csv"] {
                commands.append((["candidates", vacancy.id, "--include-ineligible", "--limit", "100", "--format", format] + Self.day, nil))
            }
            commands.append((["candidates", vacancy.id, "--include-ineligible", "--explain"] + Self.day, nil))
            commands.append((["browse", "--vacancy", vacancy.id] + Self.day, nil))
        }
        for person in fixture.people {
            if let vacancy = ownVacancies.first {
                commands.append((["explain", vacancy.id, person.id, "--format", "json"] + Self.day, person.id))
            }
            commands.append((["vacancies", person.id, "--gaps", "--format", "json"] + Self.day, person.id))
        }
        for kind in ["persons", "trainees", "exchange-requests", "standin-offers", "assignments", "trainee-rankings"] {
            for format in ["csv", "json"] { commands.append((["export", kind, "--format", format], nil)) }
        }
        for format in ["table", "json"] {
            commands.append((["log", "--limit", "1000", "--format", format], nil))
            commands.append((["exchanges", "find", "--format", format] + Self.day, nil))
            commands.append((["round", "run", fixture.rotation, "--format", format] + Self.day, nil))
            commands.append((["round", "report", fixture.rotation, "--format", format] + Self.day, nil))
        }
        for format in ["table", "json", "csv"] {
            commands.append((["exchanges", "balance", "--format", format], nil))
            commands.append((["standins", "--role", "BAG-beheerder", "--for", viewer.flatMap { AccessFixture.employers.contains($0) ? $0 : nil } ?? "HGL",
                              "--from", "2027-02-01", "--to", "2027-03-01", "--format", format], nil))
            commands.append((["person", "stale", "--months", "1", "--format", format] + Self.day, nil))
        }
        for id in 1...12 {
            commands.append((["log", "show", String(id), "--format", "json"], nil))
            commands.append((["log", "replay", String(id)], nil))
        }
        commands.append((["log", "--person", fixture.people[2].id, "--format", "json"], fixture.people[2].id))
        commands.append((["person", "export", fixture.people[2].id], fixture.people[2].id))
        // A letter to each person about the first logged ranking (a regional one, of everyone).
        let rankings = try fixture.run(["log", "--kind", "ranking", "--as", "regional", "--format", "json", "--limit", "1000"])
        let logged = try JSONSerialization.jsonObject(with: Data(rankings.stdout.utf8)) as? [[String: Any]] ?? []
        let first = try #require(logged.compactMap { $0["id"] as? Int }.min(), "the set-up logs rankings")
        for person in fixture.people {
            commands.append((["person", "letter", person.id, "--log", String(first)], person.id))
        }
        // And a letter to each trainee about the placement round (every trainee is in it).
        let rounds = try fixture.run(["log", "--kind", "round", "--as", "regional", "--format", "json"])
        let round = try #require(
            (try JSONSerialization.jsonObject(with: Data(rounds.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }.min(),
            "the set-up runs a round")
        for person in fixture.people where person.trainee != nil {
            commands.append((["person", "letter", person.id, "--log", String(round)], person.id))
        }
        return try commands.map { arguments, typed in
            (arguments.joined(separator: " "), typed, try fixture.run(arguments + asks))
        }
    }

    @Test(arguments: [UInt64(7), 2026])
    func noViewerEverSeesAPersonHiddenFromThem(seed: UInt64) throws {
        let fixture = try AccessFixture(seed: seed)
        // Decisions with everyone in them: the log, the stored proposal and the bookings hold
        // discreet people of every employer.
        for vacancy in fixture.vacancies {
            #expect(try fixture.run(["candidates", vacancy.id, "--as", "regional", "--include-ineligible"] + Self.day).status <= 1)
        }
        #expect(try fixture.run(["round", "run", fixture.rotation, "--as", "regional"] + Self.day).status == 0)
        #expect(try fixture.run(["exchanges", "find", "--as", "regional"] + Self.day).status <= 1)
        #expect(try fixture.run(["standins", "--role", "BAG-beheerder", "--for", "HGL", "--from", "2027-02-01", "--to", "2027-03-01", "--as", "regional"]).status <= 1)
        let everyone = try fixture.run(["export", "persons", "--as", "steward"])
        for person in fixture.people { #expect(everyone.stdout.contains(person.name), "the steward exports everyone") }

        for viewer in [nil, "ENS", "HGL", "ALM", "auditor", "trainee:at1"] as [String?] {
            let hidden = fixture.hidden(from: viewer)
            #expect(!hidden.isEmpty, "the fixture must hide someone from \(viewer ?? "nobody")")
            for (command, typed, result) in try outputs(fixture, viewer: viewer) {
                let output = result.stdout + result.stderr
                let label = "\(command) as \(viewer ?? "nobody")"
                // 2 only where a log entry records no computation to replay.
                let replayOfAWrite = command.hasPrefix("log replay") && result.stderr.contains("nothing to replay")
                #expect([0, 1, 64].contains(result.status) || replayOfAWrite, "\(label): \(result.stderr)")
                #expect(!output.contains("(discreet)") && !output.contains("discreet profile"), "\(label) shows a placeholder")
                for person in hidden {
                    // A typed hidden id may be echoed in "not found", and nothing more.
                    for text in person.revealing where text != typed {
                        #expect(!output.contains(text), "\(label) reveals \(text)")
                    }
                    if typed == person.id { #expect(result.status != 0, "\(label) answers for a hidden person") }
                }
            }
        }
    }

    @Test func countsAreOfVisibleProfilesOnly() throws {
        let fixture = try AccessFixture(seed: 7)
        for employer in AccessFixture.employers {
            let vacancy = fixture.vacancies.first { $0.employer == employer }!
            let result = try fixture.run(["candidates", vacancy.id, "--as", employer, "--format", "json"] + Self.day)
            let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
            let visible = fixture.people.count - fixture.hidden(from: employer).count
            #expect(document["considered"] as? Int == visible, "\(employer): the header counts only the profiles the adviser may see")
        }
    }
}
