import Foundation
import GRDB
import Testing

/// The database file: read-only commands work on a read-only file and folder and write
/// nothing; an empty file, another file, another program's database and a damaged one are
/// refused in words with exit 2, and left as they were.
@Suite struct DatabaseFileTests {
    /// Runs `koppel` as a user without privileges: as root, through `setpriv` as nobody (root
    /// may write a mode-444 file in a mode-555 folder), otherwise directly.
    static func runUnprivileged(_ arguments: [String], in directory: URL) throws -> KoppelBinary.Result {
        guard getuid() == 0 else { return try KoppelBinary.run(arguments, in: directory) }
        return try KoppelBinary.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", KoppelBinary.url.path] + arguments, in: directory,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// A folder with a small koppel.db holding one person and one logged import.
    static func database() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        let csv = "id,display_name,employer\np1,Anouk,ENS\n"
        #expect(try KoppelBinary.run(["import", "persons", "-"], in: dir, input: csv).status == 0)
        return dir
    }

    static func files(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("koppel.db") }.sorted()
    }

    @Test func readOnlyCommandsWorkOnAReadOnlyFileInAReadOnlyFolderAndWriteNothing() throws {
        let dir = try Self.database()
        let file = dir.appendingPathComponent("koppel.db").path
        #expect(try Self.files(dir) == ["koppel.db"])
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        chmod(file, 0o444)
        chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755) }
        for arguments in [["export", "persons"], ["export", "persons", "--format", "json"], ["log", "--as", "steward"], ["weights"],
                          ["weights", "history"], ["person", "export", "p1", "--as", "steward"], ["person", "stale", "--months", "1"]] {
            let result = try Self.runUnprivileged(arguments, in: dir)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try Self.runUnprivileged(["exchanges", "balance"], in: dir).status == 1, "nothing found, but no error")
        let export = try Self.runUnprivileged(["export", "persons"], in: dir)
        #expect(export.stdout.contains("p1,Anouk,ENS"))
        let ranking = try Self.runUnprivileged(["vacancies", "p1"], in: dir)
        #expect(ranking.status == 1, "no vacancies: nothing found, \(ranking.stderr)")
        #expect(ranking.stderr.contains("read-only: this decision is not recorded"))
        let write = try Self.runUnprivileged(["import", "persons", "-"], in: dir)
        #expect(write.status == 2)
        #expect(write.stderr.contains("read-only") && write.stderr.contains("permission denied"), "\(write.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "not one byte changed")
        #expect(try Self.files(dir) == ["koppel.db"], "no -wal or -shm left behind")
    }

    @Test func aReadOnlyFileInAWritableFolderIsReadWithoutLeavingFilesInTheOwnersWay() throws {
        let dir = try Self.database()
        let file = dir.appendingPathComponent("koppel.db").path
        chmod(file, 0o444)
        chmod(dir.path, 0o777)
        defer { chmod(dir.path, 0o755) }
        #expect(try Self.runUnprivileged(["export", "persons"], in: dir).status == 0)
        #expect(try Self.files(dir) == ["koppel.db"])
    }

    @Test func anUnreadableDatabaseSaysPermissionDenied() throws {
        let dir = try Self.database()
        chmod(dir.appendingPathComponent("koppel.db").path, 0o000)
        let result = try Self.runUnprivileged(["export", "persons"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("permission denied"), "\(result.stderr)")
    }

    @Test(arguments: [["export", "persons"], ["log"], ["candidates", "v1"], ["import", "persons", "-"]])
    func filesThatAreNoKoppelDatabaseAreRefusedAndLeftAsTheyWere(arguments: [String]) throws {
        let dir = temporaryDirectory()
        let cases: [(name: String, bytes: Data, says: String)] = [
            ("empty.db", Data(), "empty (0 bytes)"),
            ("text.db", Data("id,name\np1,Anouk\n".utf8), "not an SQLite file"),
            ("other.db", try Self.otherProgramsDatabase(in: dir), "another program"),
        ]
        for (name, bytes, says) in cases {
            let file = dir.appendingPathComponent(name)
            try bytes.write(to: file)
            let result = try KoppelBinary.run(arguments + ["--db", name], in: dir, input: "id,display_name,employer\np1,A,ENS\n")
            if name == "empty.db" && arguments[0] == "import" {
                #expect(result.status == 0, "a command that writes makes an empty file a new database")
                continue
            }
            #expect(result.status == 2, "\(arguments) \(name): \(result.stderr)")
            #expect(result.stderr.contains(says), "\(arguments) \(name): \(result.stderr)")
            #expect(try Data(contentsOf: file) == bytes, "\(name) unchanged")
        }
    }

    /// An SQLite file with one table of its own.
    static func otherProgramsDatabase(in dir: URL) throws -> Data {
        let source = dir.appendingPathComponent("made.sqlite")
        let queue = try DatabaseQueue(path: source.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE note (text TEXT)") }
        try queue.close()
        return try Data(contentsOf: source)
    }

    @Test func aDamagedDatabaseIsRefusedByEveryCommand() throws {
        let dir = try Self.database()
        let file = dir.appendingPathComponent("koppel.db")
        var bytes = try Data(contentsOf: file)
        for offset in stride(from: 8 * 4096, to: min(bytes.count, 60 * 4096), by: 4096) {
            bytes.replaceSubrange((offset + 100)..<(offset + 400), with: Data(repeating: 0xA5, count: 300))
        }
        try bytes.write(to: file)
        for arguments in [["export", "persons"], ["export", "employers"], ["weights"], ["import", "persons", "-"]] {
            let result = try KoppelBinary.run(arguments, in: dir, input: "id,display_name,employer\np2,B,ENS\n")
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("damaged"), "\(arguments): \(result.stderr)")
        }
    }
}
