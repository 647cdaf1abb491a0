import Foundation
import Testing

/// A discreet profile never reaches an adviser of its own employer, through any command.
///
/// The person `discreet-1` ("Verborgen Veerle") works at ENS, is discreet, and fits vacancy v1
/// well. Every command an ENS adviser can run must leave out both her id and her name (except
/// the id the adviser typed, echoed in "not found"), while an HGL adviser does see her.
@Suite struct VisibilityTests {
    static let name = "Verborgen Veerle"
    static let id = "discreet-1"

    private func setUp() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init", "--db", "v.db"], in: dir).status == 0)
        let files: [(String, String)] = [
            ("persons", """
                id,display_name,employer,job_title,scale,hours_per_week,nlqf,home_lat,home_lon,max_commute_km,skills,domains,visibility,wish_moves
                \(Self.id),\(Self.name),ENS,Medewerker BAG,8,36,4,52.22,6.89,40,nl:bag=5|nl:bgt=4,geo=8,discreet,vacancy|swap|stand-in
                pub-1,Open Otto,ENS,Medewerker BAG,8,36,4,52.22,6.89,40,nl:bag=3,geo=2,public,vacancy|swap
                pub-2,Zichtbare Zeynep,HGL,Medewerker BGT,8,36,4,52.26,6.79,40,nl:bgt=3,geo=1,public,swap

                """),
            ("vacancies", """
                id,employer,title,domain,scale_min,scale_max,hours_min,hours_max,nlqf,lat,lon,start_date,must_skills
                v1,HGL,Medewerker BAG/BGT,geo,7,8,24,36,4,52.264,6.7946,2027-02-01,nl:bag
                v2,ENS,Medewerker BAG,geo,7,8,24,36,4,52.22,6.89,2027-02-01,nl:bag

                """),
            ("cohorts", "id,name,start\nc1,Cohort,2026-09-01\n"),
            ("trainees", "id,person,cohort\nt-discreet,\(Self.id),c1\nt-pub,pub-1,c1\n"),
            ("exchange-requests", """
                id,person,kind,period_from,period_to,wants
                x-discreet,\(Self.id),swap,2027-01-01,2027-06-30,pub-2
                x-pub,pub-2,swap,2027-01-01,2027-06-30,\(Self.id)|pub-1

                """),
            ("standin-offers", "id,person,hours_per_week,period_from,period_to,roles\ns-discreet,\(Self.id),8,2027-01-01,2027-12-31,BAG-beheerder\n"),
        ]
        for (kind, csv) in files {
            let result = try KoppelBinary.run(["import", kind, "-", "--db", "v.db"], in: dir, input: csv)
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        // An adviser of another employer may see her: her id is then in the log too.
        let other = try KoppelBinary.run(["candidates", "v1", "--db", "v.db", "--as", "HGL", "--on", "2026-11-25", "--format", "json"], in: dir)
        #expect(other.stdout.contains(Self.name), "the set-up must make her a visible candidate for HGL")
        return dir
    }

    static let ensCommands: [[String]] = [
        ["candidates", "v1", "--include-ineligible", "--limit", "100"],
        ["candidates", "v1", "--include-ineligible", "--limit", "100", "--explain"],
        ["candidates", "v1", "--format", "json", "--include-ineligible"],
        ["candidates", "v1", "--format", "csv", "--include-ineligible"],
        ["candidates", "v2", "--format", "json", "--include-ineligible"],
        ["explain", "v1", id], ["explain", "v1", id, "--format", "json"],
        ["vacancies", id], ["vacancies", id, "--gaps", "--format", "json"],
        ["export", "persons"], ["export", "persons", "--format", "json"], ["export", "trainees"],
        ["export", "exchange-requests"], ["export", "exchange-requests", "--format", "json"], ["export", "standin-offers"],
        ["person", "export", id],
        ["log"], ["log", "--format", "json"], ["log", "--person", id, "--format", "json"],
    ]

    @Test func noCommandShowsAnEmployersDiscreetProfileToItsOwnAdvisers() throws {
        let dir = try setUp()
        for command in Self.ensCommands {
            let result = try KoppelBinary.run(command + ["--db", "v.db", "--as", "ENS"] + (command[0] == "export" || command[0] == "log" || command[0] == "person" ? [] : ["--on", "2026-11-25"]), in: dir)
            let output = result.stdout + result.stderr
            #expect(!output.contains(Self.name), "\(command.joined(separator: " ")) shows her name")
            // Her ids appear only where the adviser typed one and is told it is not found.
            let typed = command.contains(Self.id)
            for id in [Self.id, "t-discreet", "x-discreet", "s-discreet"] where !(typed && id == Self.id) {
                #expect(!output.contains(id), "\(command.joined(separator: " ")) shows \(id)")
            }
            // 64: the policy refuses the command itself (HGL's vacancy, a steward's task), which
            // says nothing about her.
            #expect(result.status <= 1 || result.status == 64, "\(command.joined(separator: " ")): \(result.stderr)")
        }
    }

    @Test func askingForHerDirectlyIsIndistinguishableFromAskingForNobody() throws {
        let dir = try setUp()
        for command in [["explain", "v2", "ID"], ["vacancies", "ID"], ["log", "--person", "ID"]] {
            let base = ["--db", "v.db", "--as", "ENS"] + (command[0] == "person" || command[0] == "log" ? [] : ["--on", "2026-11-25"])
            let her = try KoppelBinary.run(command.map { $0 == "ID" ? Self.id : $0 } + base, in: dir)
            let nobody = try KoppelBinary.run(command.map { $0 == "ID" ? "nobody-1" : $0 } + base, in: dir)
            #expect(her.status == 1 && nobody.status == 1)
            #expect(her.stderr.replacingOccurrences(of: Self.id, with: "X") == nobody.stderr.replacingOccurrences(of: "nobody-1", with: "X"),
                    "\(command[0]) tells her existence apart")
        }
    }

    @Test func advisersOfOtherEmployersAndTheDataStewardDoSeeHer() throws {
        let dir = try setUp()
        let hgl = try KoppelBinary.run(["explain", "v1", Self.id, "--db", "v.db", "--as", "HGL", "--on", "2026-11-25"], in: dir)
        #expect(hgl.status == 0 && hgl.stdout.contains(Self.name))
        let steward = try KoppelBinary.run(["export", "persons", "--db", "v.db", "--as", "steward"], in: dir)
        #expect(steward.stdout.contains(Self.name))
        let log = try KoppelBinary.run(["log", "--db", "v.db", "--as", "HGL", "--format", "json"], in: dir)
        #expect(log.stdout.contains(Self.id))
    }

    @Test func standInsNeverShowAnEmployersDiscreetOfferToItsOwnAdvisersNorWithoutAViewer() throws {
        let dir = try setUp()
        let query = ["standins", "--role", "BAG-beheerder", "--from", "2027-02-01", "--to", "2027-03-01", "--db", "v.db"]
        let other = try KoppelBinary.run(query + ["--for", "HGL", "--as", "HGL", "--format", "json"], in: dir)
        #expect(other.stdout.contains(Self.name), "the set-up must make her a visible stand-in for HGL: \(other.stderr)")
        for format in ["table", "json", "csv"] {
            for asks in [["--for", "ENS", "--as", "ENS"], ["--for", "HGL"]] {
                let own = try KoppelBinary.run(query + asks + ["--format", format], in: dir)
                #expect(!(own.stdout + own.stderr).contains(Self.name) && !(own.stdout + own.stderr).contains("s-discreet"), "\(format) \(asks)")
            }
        }
        #expect(try KoppelBinary.run(query + ["--for", "HGL", "--as", "ENS"], in: dir).status == 64, "an adviser searches for their own employer")
    }

    @Test func exchangeReportsNeverShowAnEmployersDiscreetProfileToItsOwnAdvisers() throws {
        let dir = try setUp()
        for format in ["table", "json"] {
            let own = try KoppelBinary.run(["exchanges", "find", "--db", "v.db", "--as", "ENS", "--on", "2026-11-25", "--format", format], in: dir)
            let output = own.stdout + own.stderr
            #expect(own.status <= 1, "\(own.stderr)")
            for text in [Self.name, Self.id, "x-discreet", "t-discreet"] {
                #expect(!output.contains(text), "exchanges find (\(format)) shows \(text) to ENS")
            }
        }
        let log = try KoppelBinary.run(["log", "--db", "v.db", "--as", "ENS", "--format", "json"], in: dir)
        #expect(!log.stdout.contains(Self.id) && !log.stdout.contains("x-discreet"), "the exchange run's log entry, as ENS sees it")
        let regional = try KoppelBinary.run(["exchanges", "find", "--db", "v.db", "--as", "regional", "--on", "2026-11-25", "--format", "json"], in: dir)
        #expect(regional.stdout.contains(Self.id), "a regional adviser sees the whole proposal: \(regional.stderr)")
        let proposal = try #require(
            (try JSONSerialization.jsonObject(with: Data(regional.stdout.utf8)) as? [String: Any])?["id"] as? Int)
        let byENS = try KoppelBinary.run(["exchanges", "accept", String(proposal), "--db", "v.db", "--as", "ENS", "--reason", "test"], in: dir)
        #expect(byENS.status == 64 && !byENS.stderr.contains(Self.id), "an adviser does not accept a proposal")
        #expect(try KoppelBinary.run(["exchanges", "accept", String(proposal), "--db", "v.db", "--as", "regional", "--reason", "test"], in: dir).status == 0)
        let balance = try KoppelBinary.run(["exchanges", "balance", "--db", "v.db", "--as", "ENS", "--format", "json"], in: dir)
        #expect(!balance.stdout.contains("\"ENS\""), "ENS's balance does not count her move: \(balance.stdout)")
    }

    @Test func theBrowserNeverShowsAnEmployersDiscreetProfileToItsOwnAdvisers() throws {
        let dir = try setUp()
        let other = try KoppelBinary.run(["browse", "--vacancy", "v1", "--db", "v.db", "--as", "HGL", "--on", "2026-11-25"], in: dir)
        #expect(other.stdout.contains(Self.name), "the set-up must make her a visible candidate for HGL: \(other.stderr)")
        for vacancy in ["v1", "v2"] {
            let own = try KoppelBinary.run(["browse", "--vacancy", vacancy, "--db", "v.db", "--as", "ENS", "--on", "2026-11-25"], in: dir)
            let output = own.stdout + own.stderr
            #expect(!output.contains(Self.name) && !output.contains(Self.id), "browse --vacancy \(vacancy) as ENS")
        }
        let trainee = try KoppelBinary.run(["browse", "--trainee", "t-discreet", "--db", "v.db", "--as", "ENS", "--on", "2026-11-25"], in: dir)
        #expect(trainee.status == 64 && !(trainee.stdout + trainee.stderr).contains(Self.name), "an adviser does not browse a trainee's ranking")
        let herself = try KoppelBinary.run(["browse", "--trainee", "t-discreet", "--db", "v.db", "--on", "2026-11-25"], in: dir)
        #expect(herself.status != 64, "the trainee browses as herself (here: no coming rotation): \(herself.stderr)")
    }

    @Test(arguments: ["", " ", "XXX", "ENS' OR '1'='1", "adviser:", "trainee:nobody"])
    func anUnknownOrEmptyViewerIsRefusedWithTheValidCodes(viewer: String) throws {
        let dir = try setUp()
        let result = try KoppelBinary.run(["candidates", "v2", "--db", "v.db", "--as", viewer, "--on", "2026-11-25", "--include-ineligible"], in: dir)
        #expect(result.status == 64, "--as '\(viewer)'")
        #expect(result.stdout.isEmpty && !result.stderr.contains(Self.name))
        if !viewer.hasPrefix("trainee:") { #expect(result.stderr.contains("ENS") && result.stderr.contains("HGL"), "lists the valid codes") }
    }

    @Test(arguments: ["ens", " ENS", "ENS ", "adviser:ens"])
    func caseAndSpacesResolveToTheCanonicalCode(viewer: String) throws {
        let dir = try setUp()
        let result = try KoppelBinary.run(["candidates", "v2", "--db", "v.db", "--as", viewer, "--on", "2026-11-25", "--include-ineligible", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Open Otto") && !result.stdout.contains(Self.name) && !result.stdout.contains(Self.id))
        let log = try KoppelBinary.run(["log", "--db", "v.db", "--as", "regional", "--limit", "1", "--format", "json"], in: dir)
        #expect(log.stdout.contains("\"adviser:ENS\""), "the log records the canonical viewer")
    }

    @Test func roundsAreARegionalAdvisersTaskAndNameNoDiscreetTraineeToOthers() throws {
        let dir = try setUp()
        for asks in [["--as", "ENS"], [], ["--as", "auditor"]] {
            let run = try KoppelBinary.run(["round", "run", "c1-r1", "--db", "v.db", "--on", "2026-11-25"] + asks, in: dir)
            #expect(run.status == 64 && !(run.stdout + run.stderr).contains("t-discreet"), "round run \(asks)")
        }
    }

    @Test func theLogKeepsTheViewerAndTheActorApart() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["candidates", "v2", "--db", "v.db", "--as", "ENS", "--actor", "mw-jansen", "--on", "2026-11-25"], in: dir).status == 0)
        let log = try KoppelBinary.run(["log", "--db", "v.db", "--as", "ENS", "--limit", "1", "--format", "json"], in: dir)
        let entry = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(entry["viewer"] as? String == "adviser:ENS" && entry["actor"] as? String == "mw-jansen")
        // Writes that change people's data or decisions need an actor.
        let noActor = try KoppelBinary.run(["import", "persons", "-", "--db", "v.db"], in: dir, input: "id,display_name,employer\nq1,Q,ENS\n",
                                           environment: ["KOPPEL_ACTOR": ""])
        #expect(noActor.status == 64 && noActor.stderr.contains("--actor"))
    }

    @Test func replayIsOnlyForThoseWhoMayReadTheEntry() throws {
        let dir = try setUp()
        // Entry of the set-up's HGL ranking, which holds her.
        let log = try KoppelBinary.run(["log", "--db", "v.db", "--as", "HGL", "--kind", "ranking", "--format", "json"], in: dir)
        let id = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? Int)
        #expect(try KoppelBinary.run(["log", "replay", String(id), "--db", "v.db", "--as", "HGL"], in: dir).status == 0)
        for asks in [["--as", "ENS"], []] {
            let replay = try KoppelBinary.run(["log", "replay", String(id), "--db", "v.db"] + asks, in: dir)
            #expect(replay.status == 1 && !(replay.stdout + replay.stderr).contains(Self.id), "replay \(asks)")
        }
    }

    @Test func withoutAnAskerNoDiscreetProfileIsRanked() throws {
        let dir = try setUp()
        let result = try KoppelBinary.run(["candidates", "v1", "--db", "v.db", "--on", "2026-11-25", "--include-ineligible", "--format", "json"], in: dir)
        #expect(!result.stdout.contains(Self.name) && !result.stdout.contains(Self.id))
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
