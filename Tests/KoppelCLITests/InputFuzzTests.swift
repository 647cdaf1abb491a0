import Foundation
import Koppel
import Testing
@testable import KoppelDemo

/// Every command that reads input, fed hostile input through the real binary: directories,
/// closed streams, endless streams, huge headers and records, the cases of issue 19 and
/// seeded mutations. Each ends with 0, 1, 2 or 64 and a message, never with a signal.
@Suite(.serialized) struct InputFuzzTests {
    /// The commands that read a file or standard input; the input goes last.
    static let readers: [[String]] = [
        ["import", "persons"], ["import", "vacancies"], ["import", "persons", "--format", "json"],
        ["placements", "solve"], ["exchanges", "solve"],
    ]

    static let seeds: [String] = [
        "id,display_name,employer,scale,hours_per_week,skills\np1,Anouk ter Horst,ENS,8,36,nl:bag=4|nl:bgt\np2,\"Veer, van 't\",HGL,10A,32,\n",
        "id,employer,title,scale_min,scale_max,hours_min,hours_max,opens,closes,description\nv1,HGL,Adviseur,7,8,24,36,2026-11-01,2026-12-01,\"Twee\r\nregels\"\n",
        #"[{"id": "p1", "display_name": "Anouk", "employer": "ENS", "skills": ["nl:bag=4"]}]"#,
        #"{"trainees": {"t1": ["p1", "p2"], "t2": ["p1"]}, "placements": {"p1": {"capacity": 1, "ranking": ["t2", "t1"]}, "p2": {"capacity": 2, "ranking": ["t1"]}}}"#,
        #"{"participants": ["a", "b", "c"], "acceptable": {"a": ["b"], "b": ["c", "a"], "c": ["a"]}, "weights": {"a": {"b": 2.5}}}"#,
    ]

    /// Pieces inserted by the mutations: control characters, quotes, separators, line ends,
    /// byte-order marks, invalid UTF-8, long runs and JSON structure.
    static let pieces: [[UInt8]] = [
        [0], [0x1B, 0x5B, 0x32, 0x4A], [0x07], [0xC2, 0x9B], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], Array("\"".utf8), Array("\"\"".utf8),
        Array(",".utf8), Array(";".utf8), Array("|".utf8), Array("=".utf8), Array("\r".utf8), Array("\r\n".utf8), Array("\n\n".utf8),
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(",}".utf8), Array("\"employer\": \"XXX\", ".utf8),
        Array(repeating: 0x78, count: 5_000), Array(repeating: 0x2C, count: 3_000), Array("1e999".utf8), Array("-0".utf8),
    ]

    /// `text` with one to four mutations drawn from `random`, in a fixed order.
    static func mutate(_ text: String, _ random: inout DemoRandom) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<random.int(in: 1...4) {
            let at = random.int(in: 0...bytes.count)
            switch random.int(in: 0...3) {
            case 0: bytes = Array(bytes.prefix(at))
            case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << random.int(in: 0...7))
            case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + random.int(in: 1...20)))
            default: bytes.insert(contentsOf: random.element(of: pieces), at: at)
            }
        }
        return bytes
    }

    /// Runs `koppel` through the shell, so that standard input can be a directory, closed or
    /// an endless stream; `input` is the shell redirection or pipe.
    static func shell(_ arguments: [String], _ redirection: String, in dir: URL, limit: Int? = 1_000_000) throws -> KoppelBinary.Result {
        let quoted = ([KoppelBinary.url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = redirection.hasSuffix("|") ? "\(redirection) exec \(quoted.joined(separator: " "))"
            : "exec \(quoted.joined(separator: " ")) \(redirection)"
        let environment = limit.map { ["KOPPEL_MAX_INPUT_BYTES": String($0)] } ?? [:]
        return try KoppelBinary.run(["-c", command], in: dir, environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    static func expectCleanEnd(_ result: KoppelBinary.Result, _ what: String, stderrOpen: Bool = true) {
        #expect([0, 1, 2, 64].contains(result.status), "\(what): exit \(result.status)\n\(result.stderr.prefix(500))")
        if result.status == 2 && stderrOpen { #expect(result.stderr.contains("error"), "\(what): \(result.stderr.prefix(500))") }
        #expect(result.stderr.utf8.count < 20_000, "\(what): \(result.stderr.utf8.count) bytes on stderr")
    }

    static func database() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        return dir
    }

    @Test(arguments: readers)
    func hostileStreamsEndWithAMessageNotASignal(command: [String]) throws {
        let dir = try Self.database()
        let streams: [(redirection: String, says: String?)] = [
            ("< /tmp", "is a directory"), ("<&-", "is closed"), ("< /dev/zero", "larger than the input limit"),
            ("yes 'p1,Anouk,ENS' |", "larger than the input limit"), ("< /dev/null", nil), (">&- 2>&-", nil),
            ("< /dev/null >&-", nil),
        ]
        for (redirection, says) in streams {
            let result = try Self.shell(command + ["-"], redirection, in: dir)
            Self.expectCleanEnd(result, "\(command) - \(redirection)", stderrOpen: !redirection.contains("2>&-"))
            if let says {
                #expect(result.status == 2 && result.stderr.contains(says), "\(command) - \(redirection): \(result.stderr)")
            }
        }
        for file in ["/tmp", "/dev/zero", dir.appendingPathComponent("missing.csv").path] {
            let result = try Self.shell(command + [file], "", in: dir)
            Self.expectCleanEnd(result, "\(command) \(file)")
            #expect(result.status == 2, "\(command) \(file): \(result.stderr)")
        }
    }

    @Test func hugeHeadersRecordsAndFieldsAreRefusedBriefly() throws {
        let dir = try Self.database()
        let wide = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",") + "\np1\n"
        let longRecord = "id,display_name,employer\np1," + String(repeating: "a", count: 2 << 20) + ",ENS\n"
        let longName = "[{\"id\": \"p1\", \"display_name\": \"" + String(repeating: "a", count: 10_000_000) + "\", \"employer\": \"ENS\"}]"
        let manyUnknown = (0..<200).map { "x\($0)" }.joined(separator: ",") + "\n"
        for (name, text, says) in [("wide.csv", wide, "at most 256 are read"), ("record.csv", longRecord, "limit for one record"),
                                   ("name.json", longName, "at most 1,000 bytes"), ("unknown.csv", manyUnknown, "more problems")] {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            let result = try KoppelBinary.run(["import", "persons", name], in: dir)
            Self.expectCleanEnd(result, name)
            #expect(result.status == 2 && result.stderr.contains(says), "\(name): \(result.stderr.prefix(300))")
        }
    }

    @Test func theCasesOfTheIssueEndCleanly() throws {
        let dir = try Self.database()
        let cases: [(file: String, text: String, status: Int32)] = [
            ("partial.csv", "id;display_name;employer;visibility;nlqf\np1;Anouk;ENS;public;4\n", 0),
            ("escape.csv", "id,display_name,employer\np2,Evil\u{1B}]0;pwned\u{07},ENS\n", 2),
            ("ranges.csv", "id,employer,title,scale_min,scale_max\nv1,HGL,Adviseur,12,9\n", 2),
            ("empty-objects.json", "[" + Array(repeating: "{}", count: 20_000).joined(separator: ",") + "]", 2),
        ]
        for (file, text, status) in cases {
            try Data(text.utf8).write(to: dir.appendingPathComponent(file))
            let kind = file == "ranges.csv" ? "vacancies" : "persons"
            let result = try KoppelBinary.run(["import", kind, file], in: dir)
            Self.expectCleanEnd(result, file)
            #expect(result.status == status, "\(file): \(result.stderr.prefix(300))")
        }
    }

    @Test(arguments: 0..<12)
    func seededMutationsOfEveryInputEndCleanly(seed: Int) throws {
        let dir = try Self.database()
        var random = DemoRandom(seed: 19, stream: 1, index: UInt64(seed))
        for (index, command) in Self.readers.enumerated() {
            let base = Self.seeds[[0, 1, 2, 3, 4][index]]
            let bytes = Self.mutate(base, &random)
            let file = dir.appendingPathComponent("fuzz-\(seed)-\(index)")
            try Data(bytes).write(to: file)
            let byFile = try KoppelBinary.run(command + [file.path], in: dir)
            Self.expectCleanEnd(byFile, "\(command) seed \(seed)")
            let byStdin = try Self.shell(command + ["-"], "< '\(file.path)'", in: dir, limit: nil)
            Self.expectCleanEnd(byStdin, "\(command) - seed \(seed)")
            #expect(byFile.status == byStdin.status || command[0] == "import", "\(command) seed \(seed): file and stdin agree")
        }
        #expect(try KoppelBinary.run(["export", "persons"], in: dir).status == 0, "the database still works")
    }
}
