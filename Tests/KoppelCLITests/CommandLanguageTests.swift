import Foundation
import Koppel
import Testing

/// Every command besides the rankings speaks from the catalogue: run in the pseudo-language
/// (`--lang xx`, every catalogue text in ⟦…⟧) on a copy of the demo database, what is left
/// outside the brackets is data, codes or ArgumentParser's own frame, never a text that
/// bypassed the catalogue. Each group runs its commands in order, errors included.
@Suite struct CommandLanguageTests {
    static let day = "2026-11-25"

    /// A group of commands, run one after the other on one copy of the demo database.
    struct Group: CustomStringConvertible, Sendable {
        var name: String
        var commands: [[String]]
        var description: String { name }
    }

    static let groups: [Group] = [
        Group(name: "round", commands: [
            ["round", "run", "c2027-r1", "--as", "regional", "--on", day],
            ["round", "report", "c2027-r1", "--as", "regional", "--on", day],
            ["round", "scramble", "c2027-r1", "--as", "regional", "--on", day],
            ["round", "place", "t001", "pl-c2027-r1-002", "--rotation", "c2027-r1", "--as", "regional", "--reason", "ENS"],
            ["round", "accept", "c2027-r1", "--as", "regional", "--reason", "ENS"],
            ["round", "accept", "c2027-r1", "--as", "regional", "--reason", "ENS"],
            ["round", "report", "c1999-r9", "--as", "regional", "--on", day],
            ["round", "run", "c2027-r1", "--as", "ENS", "--on", day],
            ["round", "accept", "c2027-r1", "--as", "regional", "--reason", String(repeating: "x", count: 501)],
        ]),
        Group(name: "exchanges", commands: [
            ["exchanges", "find", "--as", "regional", "--on", day],
            ["exchanges", "accept", "1", "--as", "regional", "--reason", "ENS"],
            ["exchanges", "accept", "1", "--as", "regional", "--reason", "ENS"],
            ["exchanges", "accept", "99", "--as", "ENS", "--reason", "ENS"],
            ["exchanges", "balance", "--as", "regional"],
            ["exchanges", "balance", "--as", "regional", "--from", "2000-01-01", "--to", "2000-12-31"],
            ["exchanges", "solve", "cycle.json", "--format", "table"],
            ["exchanges", "find", "--as", "HGL", "--on", day],
        ]),
        Group(name: "standins", commands: [
            ["standins", "find", "--role", "Functioneel beheerder", "--for", "ENS", "--from", "2027-01-10", "--to", "2027-02-10", "--as", "regional"],
            ["standins", "book", "s001", "--for", "ENS", "--from", "2027-01-10", "--to", "2027-02-10", "--as", "regional", "--reason", "ENS"],
            ["standins", "book", "s999", "--for", "ENS", "--from", "2027-01-10", "--to", "2027-02-10", "--as", "regional", "--reason", "ENS"],
            ["standins", "find", "--role", "Functioneel beheerder", "--for", "ENS", "--from", "2020-01-10", "--to", "2020-02-10", "--as", "regional"],
            ["standins", "find", "--role", "Functioneel beheerder", "--for", "ENS", "--from", "2027-02-10", "--to", "2027-01-10", "--as", "regional"],
        ]),
        Group(name: "shortlist", commands: [
            ["candidates", "v0001", "--as", "GBT", "--on", day, "--limit", "5", "--format", "json"],
            ["shortlist", "mark", "v0001", "p007514", "--contacted", "--as", "GBT"],
            ["shortlist", "mark", "v9999", "p007514", "--contacted", "--as", "GBT"],
            ["shortlist", "mark", "v0001", "p007514", "--contacted", "--as", "HGL"],
        ]),
        Group(name: "log", commands: [
            ["candidates", "v0001", "--as", "GBT", "--on", day, "--limit", "5", "--format", "json"],
            ["log", "--as", "regional", "--limit", "3"],
            ["log", "show", "1", "--as", "regional"],
            ["log", "replay", "1", "--as", "regional"],
            ["log", "show", "99999", "--as", "regional"],
            ["log", "replay", "99999", "--as", "regional"],
            ["log", "--since", "2999-01-01", "--as", "regional"],
        ]),
        Group(name: "import and export", commands: [
            ["import", "persons", "bad.csv"],
            ["import", "vacancies", "bad.json"],
            ["import", "persons", "good.csv", "--dry-run"],
            ["import", "persons", "good.csv"],
            ["import", "persons", "missing.csv"],
            ["export", "skills", "--as", "regional"],
            ["export", "persons", "--as", "ENS", "--db", "nowhere.db"],
        ]),
        Group(name: "person", commands: [
            ["person", "export", "p000123", "--as", "steward", "-o", "out.json"],
            ["person", "stale", "--months", "1", "--on", "2028-01-01", "--as", "steward"],
            ["person", "erase", "p000123", "--yes", "--as", "steward"],
            ["person", "compact"],
            ["person", "export", "zq7", "--as", "steward"],
            ["person", "erase", "p000124", "--yes", "--as", "HGL"],
            ["person", "stale", "--months", "600", "--on", day, "--as", "steward"],
        ]),
        Group(name: "audit monitor", commands: [
            ["candidates", "v0001", "--as", "GBT", "--on", day, "--limit", "5", "--format", "json"],
            ["audit", "monitor", "--as", "regional"],
            ["audit", "monitor", "--as", "regional", "--from", "2000-01-01", "--to", "2000-12-31"],
            ["audit", "monitor", "--as", "ENS"],
        ]),
        Group(name: "weights", commands: [
            ["weights"],
            ["weights", "history"],
            ["weights", "set", "mustSkills=99", "--note", "ENS"],
        ]),
        Group(name: "users, init and serve", commands: [
            ["users", "add", "anna", "--name", "Anna", "--role", "adviser", "--employer", "ENS", "--no-password"],
            ["users", "add", "anna", "--name", "Anna", "--role", "adviser", "--employer", "ENS", "--no-password"],
            ["users", "add", "bob", "--name", "Bob", "--role", "koning", "--no-password"],
            ["users", "list"],
            ["users", "disable", "anna"],
            ["users", "disable", "anna", "--enable"],
            ["users", "disable", "niemand"],
            ["users", "token", "anna", "--list"],
            ["users", "token", "--revoke", "t-nope"],
            ["init", "--db", "new.db"],
            ["serve", "--port", "0"],
        ]),
    ]

    @Test(arguments: groups)
    func everyTextOfTheOtherCommandsComesFromTheCatalogue(group: Group) throws {
        let directory = temporaryDirectory()
        let database = directory.appendingPathComponent("koppel.db").path
        try FileManager.default.copyItem(atPath: DemoDatabase.path, toPath: database)
        try Self.writeInputs(in: directory, database: database)
        var words = try LanguageTests.dataWords().union(Self.codes)
        var texts: [(command: [String], text: String)] = []
        var bracketed = 0
        for command in group.commands {
            // `exchanges solve` reads a file, not the database.
            let arguments = command.contains("--db") || command.starts(with: ["exchanges", "solve"]) ? command : command + ["--db", database]
            let result = try KoppelBinary.run(
                arguments + ["--lang", "xx"], in: directory, environment: ["KOPPEL_LANG": "", "KOPPEL_ACTOR": "ENS"])
            // JSON is data.
            let stdout = command.contains("json") ? "" : result.stdout
            let text = Self.withoutFrame(stdout + "\n" + result.stderr)
            if text.contains("⟦") { bracketed += 1 }
            texts.append((command, text))
        }
        // What the decision log holds (actors, viewers, kinds, parameters) is data too, also
        // what other tests logged in the demo database before it was copied.
        let log = try KoppelBinary.run(["log", "--as", "steward", "--limit", "500", "--format", "json", "--db", database]).stdout
        for word in log.split(whereSeparator: { !$0.isLetter }) { words.insert(String(word).lowercased()) }
        let leaked = texts.flatMap { command, text in
            LanguageTests.leaks(text, words: words).map { "\(command.prefix(3).joined(separator: " ")): \($0)" }
        }
        #expect(bracketed > group.commands.count / 2, "most commands print a catalogue text")
        if !leaked.isEmpty { Issue.record("outside the catalogue:\n\(leaked.prefix(30).joined(separator: "\n"))") }
    }

    /// Words that are codes, not text: log kinds, viewers, roles, criteria, table names, the
    /// letters of ids and timestamps, the actors the demo and imports log, the seed weights' note.
    static let codes: Set<String> = Set(DecisionLog.kinds.flatMap { $0.split(separator: "-").map(String.init) })
        .union(RankingCriterion.allCases.map { $0.rawValue.lowercased() })
        .union(["missingMustSkill", "missingMustCredential", "expiredMustCredential", "workingLevelBelowRequired", "noHoursOverlap",
                "notAvailableByStart", "commuteBeyondLimit", "beyondMaxKm", "distanceUnknown"].map { $0.lowercased() })
        .union(["pl", "z", "default", "profile"])
        .union(["regional", "steward", "auditor", "nobody", "adviser", "trainee", "admin", "anna", "bob", "koning", "niemand", "nope"])
        .union(["person", "skill", "credential", "domain", "wish", "exchange", "request", "standin", "offer", "booking", "mark", "shortlist"])
        .union(["json", "csv", "db", "xx", "wal", "t", "c", "r"])

    /// `text` without ArgumentParser's own frame ("Error: ", "Usage: …", "See '… --help' for
    /// more information.") and without JSON (a log entry's parameters and outcome are data).
    static func withoutFrame(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Usage: ") || (line.contains("See '") && line.hasSuffix("for more information.")) { continue }
            lines.append(line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : String(line))
        }
        var result = ""
        var depth = 0
        for line in lines {
            for character in line {
                if character == "{" { depth += 1 } else if character == "}" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
            }
            // A cut JSON text ends with its line.
            depth = 0
            result.append("\n")
        }
        return result
    }

    /// The files the commands read: an exchange instance, good and bad records.
    static func writeInputs(in directory: URL, database: String) throws {
        func write(_ name: String, _ text: String) throws {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("cycle.json", #"{"participants": ["a", "b"], "acceptable": {"a": ["b"], "b": ["a"]}}"#)
        try write("bad.csv", "id,display_name,employer,hours_per_week,bogus\nq1,,NOPE,abc,x\nq1,Anna,ENS,500,y\n")
        try write("bad.json", #"[{"id": "v1", "employer": "ENS", "scale_min": "zz"}, 7]"#)
        let persons = try KoppelBinary.run(["export", "persons", "--db", database, "--as", "steward"]).stdout
        try write("good.csv", persons.split(separator: "\n").prefix(3).joined(separator: "\n") + "\n")
    }

    /// The letters to a person (about a ranking and about a round) speak from the catalogue.
    @Test func everyTextOfTheLettersComesFromTheCatalogue() throws {
        let directory = temporaryDirectory()
        let database = directory.appendingPathComponent("koppel.db").path
        try FileManager.default.copyItem(atPath: DemoDatabase.path, toPath: database)
        func run(_ arguments: [String]) throws -> KoppelBinary.Result {
            try KoppelBinary.run(arguments + ["--db", database], environment: ["KOPPEL_LANG": "", "KOPPEL_ACTOR": "ENS"])
        }
        func logID(_ json: String) throws -> Int {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return try #require(object?["logId"] as? Int)
        }
        let ranking = try logID(try run(["candidates", "v0001", "--as", "GBT", "--on", Self.day, "--limit", "5", "--format", "json"]).stdout)
        let round = try logID(try run(["round", "run", "c2027-r1", "--as", "regional", "--on", Self.day, "--format", "json"]).stdout)
        let trainees = try run(["export", "trainees", "--as", "steward"]).stdout.split(separator: "\n")
        let trainee = try #require(trainees.dropFirst().first?.split(separator: ",").dropFirst().first.map(String.init))
        var words = try LanguageTests.dataWords().union(Self.codes)
        for kind in ["placements", "rotations", "cohorts"] {
            for word in try run(["export", kind, "--as", "steward"]).stdout.split(whereSeparator: { !$0.isLetter }) {
                words.insert(String(word).lowercased())
            }
        }
        for (person, log, viewer) in [("p007514", ranking, "GBT"), (trainee, round, "regional")] {
            let letter = try run(["person", "letter", person, "--log", String(log), "--as", viewer, "--lang", "xx"])
            #expect(letter.status == 0, "\(letter.stderr)")
            #expect(letter.stdout.contains("⟦"))
            let leaked = LanguageTests.leaks(letter.stdout + "\n" + letter.stderr, words: words)
            if !leaked.isEmpty { Issue.record("letter about \(log): outside the catalogue:\n\(leaked.prefix(20).joined(separator: "\n"))") }
        }
    }

    /// Every command and subcommand, as typed after `koppel`.
    static let commandPaths: [[String]] = [
        [], ["init"], ["demo"], ["import"], ["export"], ["candidates"], ["vacancies"], ["explain"],
        ["weights"], ["weights", "show"], ["weights", "set"], ["weights", "history"],
        ["placements"], ["placements", "solve"],
        ["round"], ["round", "run"], ["round", "report"], ["round", "accept"], ["round", "place"], ["round", "scramble"],
        ["exchanges"], ["exchanges", "solve"], ["exchanges", "find"], ["exchanges", "accept"], ["exchanges", "balance"],
        ["standins"], ["standins", "find"], ["standins", "book"], ["browse"],
        ["log"], ["log", "list"], ["log", "show"], ["log", "replay"],
        ["person"], ["person", "export"], ["person", "erase"], ["person", "letter"], ["person", "stale"], ["person", "compact"],
        ["serve"], ["users"], ["users", "add"], ["users", "list"], ["users", "disable"], ["users", "passwd"], ["users", "token"],
        ["audit"], ["audit", "impact"], ["audit", "monitor"], ["register"], ["register", "export"], ["shortlist"], ["shortlist", "mark"],
    ]

    /// The catalogue key of a command's abstract: `help.round.abstract`, `help.round.run`.
    static func abstractKey(_ path: [String]) -> String {
        path.count < 2 ? "help.\(path.first ?? "koppel").abstract" : "help.\(path[0]).\(path[1])"
    }

    /// `text` with every run of white space as one space (ArgumentParser wraps help lines).
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: commandPaths)
    func helpShowsTheDutchAbstract(path: [String]) throws {
        let dutch = try KoppelBinary.run(path + ["--help", "--lang", "nl"])
        let abstract = try #require(Catalogue.entries[Self.abstractKey(path)], "\(Self.abstractKey(path))")
        #expect(dutch.status == 0)
        #expect(Self.flattened(dutch.stdout).contains(Self.flattened(abstract.nl)), "\(path): \(dutch.stdout.prefix(300))")
        let english = try KoppelBinary.run(path + ["--help", "--lang", "en"])
        #expect(Self.flattened(english.stdout).contains(Self.flattened(abstract.en)))
    }

    /// In the pseudo-language the whole help is catalogue text, but for ArgumentParser's own
    /// frame: its headings, the usage line, option names, value names, defaults and the
    /// subcommand names.
    @Test(arguments: commandPaths)
    func everyHelpTextComesFromTheCatalogue(path: [String]) throws {
        let result = try KoppelBinary.run(path + ["--help", "--lang", "xx"])
        var text = result.stdout
        // ArgumentParser's defaults and value lists, over the lines they wrap to.
        text = text.replacingOccurrences(of: #"\((default|values): [^)]*\)"#, with: "", options: .regularExpression)
        var kept = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if line.hasPrefix("USAGE:") || line.hasPrefix("  See 'koppel") { continue }
            // Its own flags: -h, --help and --version.
            if line.hasSuffix("Show help information.") || line.hasSuffix("Show the version.") { continue }
            // Option names, value names and the names of subcommands are the frame.
            line = line.replacingOccurrences(of: #"--?[a-z][a-z-]*"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"^  [a-z-]+( \(default\))?(?=  |$)"#, with: "", options: .regularExpression)
            kept += line + "\n"
        }
        text = kept
        let frame: Set<String> = ["overview", "usage", "arguments", "options", "subcommands", "see", "koppel", "help", "for", "detailed", "h", "version"]
        let leaked = LanguageTests.leaks(text, words: frame)
        #expect(result.stdout.contains("⟦"))
        if !leaked.isEmpty { Issue.record("\(path): outside the catalogue:\n\(leaked.prefix(20).joined(separator: "\n"))") }
    }
}
