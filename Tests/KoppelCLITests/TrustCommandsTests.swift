import Foundation
import GRDB
import Testing

/// `koppel log`, `koppel log replay` and `koppel person` as a user runs them.
@Suite struct TrustCommandsTests {
    static let persons = """
        id,display_name,employer,scale,hours_per_week,nlqf,home_lat,home_lon,skills,domains,updated_at
        p1,Anouk ter Horst,ENS,8,36,4,52.22,6.89,nl:bag=4|nl:bgt=3,geo=6,2026-11-01
        p2,Quirijn Zwartewalle,ALM,8,36,4,52.35,6.66,nl:bag=2,geo=1,2025-01-10
        p3,Ëlla Jöbsis,HGL,9,32,5,52.26,6.79,nl:bgt=4,,

        """
    static let vacancies = "id,employer,title,domain,scale_min,scale_max,hours_min,hours_max,nlqf,lat,lon,must_skills,nice_skills\nv1,HGL,Medewerker BAG,geo,7,8,24,36,4,52.264,6.79,nl:bag,nl:bgt=2\n"

    private func setUp() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        #expect(try KoppelBinary.run(["import", "persons", "-", "--actor", "steward"], in: dir, input: Self.persons).status == 0)
        #expect(try KoppelBinary.run(["import", "vacancies", "-"], in: dir, input: Self.vacancies).status == 0)
        return dir
    }

    @Test(arguments: [["log"], ["log", "replay"], ["person", "export"], ["person", "erase"], ["person", "stale"]])
    func newCommandsHaveHelp(command: [String]) throws {
        let result = try KoppelBinary.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: koppel \(command.joined(separator: " "))"))
    }

    @Test func theLogListsWhoAskedWhatAndFilters() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "HGL", "--on", "2026-11-25"], in: dir).status == 0)
        let all = try KoppelBinary.run(["log", "--format", "json", "--as", "regional"], in: dir)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["kind"] as? String } == ["ranking", "import", "import"], "newest first")
        #expect(entries[2]["actor"] as? String == "steward" && entries[0]["viewer"] as? String == "adviser:HGL")
        #expect(entries[0]["weightsVersion"] as? Int == 1 && (entries[0]["inputHash"] as? String)?.count == 64)
        #expect(entries[2]["subjectCount"] as? Int == 3 && entries[2]["subjects"] == nil, "a page counts the people, it does not list them")
        let rankings = try KoppelBinary.run(["log", "--kind", "ranking", "--as", "HGL"], in: dir)
        #expect(rankings.status == 0 && rankings.stdout.split(separator: "\n").count == 2)
        #expect(try KoppelBinary.run(["log", "--since", "2999-01-01"], in: dir).status == 1)
        #expect(try KoppelBinary.run(["log", "--kind", "guess"], in: dir).status == 64)
        #expect(try KoppelBinary.run(["log", "--since", "yesterday"], in: dir).status == 64)
    }

    @Test func theLogPagesNewestFirstAndSaysHowToReadOlderEntries() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "HGL", "--on", "2026-11-25"], in: dir).status == 0)
        func ids(_ arguments: [String]) throws -> [Int] {
            let run = try KoppelBinary.run(["log", "--format", "json", "--as", "regional"] + arguments, in: dir)
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            return entries.compactMap { $0["id"] as? Int }
        }
        let all = try ids([])
        #expect(all.count == 3 && all == all.sorted(by: >), "newest first: \(all)")
        #expect(try ids(["--limit", "1"]) == [all[0]])
        #expect(try ids(["--limit", "1", "--before", String(all[0])]) == [all[1]])
        #expect(try ids(["--before", String(all[1])]) == [all[2]])
        let page = try KoppelBinary.run(["log", "--limit", "2", "--as", "regional"], in: dir)
        #expect(page.stderr.contains("koppel log --before \(all[1])"), "the page says how to read on: \(page.stderr)")
        #expect(try KoppelBinary.run(["log", "--limit", "0"], in: dir).status == 64)
    }

    @Test func replaySaysWhetherARankingStillMatches() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "HGL", "--on", "2026-11-25"], in: dir).status == 0)
        let same = try KoppelBinary.run(["log", "replay", "3", "--as", "HGL"], in: dir)
        #expect(same.status == 0 && same.stdout.contains("inputs unchanged; the outcome matches"))
        // p1 loses nl:bag, a must-have.
        #expect(try KoppelBinary.run(["import", "persons", "-"], in: dir, input: "id,display_name,employer,skills\np1,Anouk ter Horst,ENS,nl:bgt\n").status == 0)
        let changed = try KoppelBinary.run(["log", "replay", "3", "--as", "HGL"], in: dir)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("inputs changed since") && changed.stdout.contains("does NOT match") && changed.stdout.contains("p1: was #1"))
        let notComputed = try KoppelBinary.run(["log", "replay", "1", "--as", "regional"], in: dir)
        #expect(notComputed.status == 2 && notComputed.stderr.contains("nothing to replay"))
        #expect(try KoppelBinary.run(["log", "replay", "77", "--as", "regional"], in: dir).status == 1)
    }

    @Test func eraseNeedsConfirmationThenLeavesNoTraceInTheFile() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "HGL", "--on", "2026-11-25"], in: dir).status == 0)
        #expect(try KoppelBinary.run(["person", "erase", "p2"], in: dir).status == 64, "--yes is required")
        let file = dir.appendingPathComponent("koppel.db")
        #expect(try KoppelBinary.run(["person", "erase", "p2", "--yes", "--as", "HGL", "--actor", "steward"], in: dir).status == 64, "only the data steward erases")
        let erased = try KoppelBinary.run(["person", "erase", "p2", "--yes", "--as", "steward", "--actor", "steward"], in: dir)
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("p2 erased; in the decision log now erased-"))
        #expect(erased.stdout.contains("WAL checkpointed and empty"))
        for path in [file.path, file.path + "-wal"] {
            let bytes = FileManager.default.contents(atPath: path) ?? Data()
            for needle in ["Quirijn", "Zwartewalle", "quirijn", "zwartewalle"] {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) in \(path)")
            }
        }
        #expect(try KoppelBinary.run(["person", "export", "p2", "--as", "steward"], in: dir).status == 1)
        #expect(try KoppelBinary.run(["person", "erase", "p2", "--yes", "--as", "steward"], in: dir).status == 1)
        let log = try KoppelBinary.run(["log", "--kind", "erasure", "--format", "json", "--as", "steward"], in: dir)
        #expect(log.stdout.contains("\"actor\" : \"steward\"") && !log.stdout.contains("p2"))
    }

    /// A reader holding an old snapshot keeps the WAL from being emptied: the erasure is done in
    /// the data, the command says that bytes may remain, and `person compact` finishes the job.
    /// (The last connection to close also checkpoints, so the file is often clean by then.)
    @Test func anErasureDuringAReadSaysSoAndCompactFinishesIt() throws {
        let dir = try setUp()
        let file = dir.appendingPathComponent("koppel.db").path
        func nameInFile() -> Bool {
            [file, file + "-wal"].contains { (FileManager.default.contents(atPath: $0) ?? Data()).range(of: Data("Zwartewalle".utf8)) != nil }
        }
        #expect(nameInFile())
        let reader = try DatabaseQueue(path: file)
        var erase = KoppelBinary.Result(status: -1, stdout: "", stderr: "")
        try reader.inDatabase { db in
            try db.execute(sql: "BEGIN")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM person")
            erase = try KoppelBinary.run(["person", "erase", "p2", "--yes", "--as", "steward"], in: dir, environment: ["KOPPEL_BUSY_TIMEOUT": "0.3"])
            #expect(nameInFile(), "while the reader holds its snapshot, old pages still hold the name: the warning is needed")
            try db.execute(sql: "COMMIT")
        }
        try reader.close()
        #expect(erase.status == 2)
        #expect(erase.stdout.contains("p2 erased"))
        #expect(erase.stderr.contains("Run `koppel person compact`"))
        #expect(try KoppelBinary.run(["person", "export", "p2", "--as", "steward"], in: dir).status == 1, "the data is gone already")
        let compact = try KoppelBinary.run(["person", "compact"], in: dir)
        #expect(compact.status == 0, "\(compact.stderr)")
        #expect(!nameInFile())
    }

    @Test func personExportAndStaleProfiles() throws {
        let dir = try setUp()
        #expect(try KoppelBinary.run(["person", "export", "p1"], in: dir).status == 64, "an access request is the data steward's")
        let export = try KoppelBinary.run(["person", "export", "p1", "--as", "steward"], in: dir)
        #expect(export.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((document["person"] as? [String: Any])?["display_name"] as? String == "Anouk ter Horst")
        #expect((document["decisionLog"] as? [Any])?.count == 1)
        let out = dir.appendingPathComponent("p1.json").path
        #expect(try KoppelBinary.run(["person", "export", "p1", "-o", out, "--as", "steward"], in: dir).status == 0)
        #expect(FileManager.default.contents(atPath: out)?.isEmpty == false)
        let stale = try KoppelBinary.run(["person", "stale", "--months", "6", "--on", "2026-11-25", "--format", "csv", "--as", "steward"], in: dir)
        #expect(stale.status == 0)
        #expect(stale.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(2)) } == ["p3", "p2"])
        #expect(try KoppelBinary.run(["person", "stale", "--months", "1", "--on", "2026-11-02"], in: dir).status == 0)
        #expect(try KoppelBinary.run(["person", "stale", "--months", "0"], in: dir).status == 64)
    }
}
