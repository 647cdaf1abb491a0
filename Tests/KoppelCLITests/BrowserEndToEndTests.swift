import Foundation
import GRDB
import Koppel
import Testing
@testable import KoppelDemo

/// `koppel browse` driven in a real terminal (tmux): keys in, screens out, the database checked.
@Suite(.serialized)
struct BrowserEndToEndTests {
    static let today = Day("2026-11-25")!

    /// A small demo database and a trainee of the coming cohort whose ranking is cleared.
    func makeDatabase() throws -> (path: String, trainee: String, placements: [TraineeBrowse.Entry]) {
        let path = temporaryDirectory().appendingPathComponent("browse.db").path
        _ = try DemoBuilder.build(
            at: path, seed: 7, size: .custom(persons: 200, vacancies: 5, trainees: 4, placementsPerRotation: 16),
            today: Self.today)
        let store = try KoppelStore(path: path)
        let trainee = try store.pool.write { db -> String in
            let id = try String.fetchOne(db, sql: "SELECT id FROM trainee ORDER BY id LIMIT 1")!
            try db.execute(sql: "DELETE FROM trainee_ranking WHERE trainee = ?", arguments: [id])
            return id
        }
        let browse = try store.browseTraineeData(traineeID: trainee, viewer: .trainee(id: trainee, person: ""), on: Self.today)
        try store.pool.close()
        return (path, trainee, browse.entries)
    }

    /// The command the pane runs: the browser, then its exit status and whether the terminal
    /// is back in canonical mode, then a pause so the pane can be read.
    func command(_ arguments: [String]) -> String {
        let koppel = ([KoppelBinary.url.path] + arguments).map(shellQuoted).joined(separator: " ")
        // Without the Swift runtime's crash reporter, which takes many seconds to symbolicate
        // (it still runs for users, after the browser has restored the terminal).
        return "env NO_COLOR=1 SWIFT_BACKTRACE=enable=no \(koppel); status=$?; "
            + "echo \"koppel-exit=$status mode=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon)\"; read -r _"
    }

    /// The id in the detail pane's heading: the selected placement.
    func selectedID(_ screen: String) -> String? {
        for line in screen.split(separator: "\n") where line.hasPrefix("── ") {
            return line.dropFirst(3).split(separator: " ").first.map(String.init)
        }
        return nil
    }

    @Test func filterAddThreeReorderSaveQuitStoresTheRanking() throws {
        let (path, trainee, entries) = try makeDatabase()
        // Filter on an employer with at least three placements, typed in lower case.
        let counts = Dictionary(grouping: entries, by: { $0.employer?.name ?? "" }).filter { $0.value.count >= 3 }
        let employer = try #require(counts.keys.sorted().first, "the demo has an employer with three placements")
        let word = employer.split(separator: " ").last!.lowercased()

        let tmux = try TmuxSession(command: command(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"]))
        defer { tmux.kill() }
        try tmux.waitFor("Placements \(entries.count)")
        try tmux.send("/")
        try tmux.send(word, literal: true)
        var screen = try tmux.waitFor("/\(word)")
        screen = try tmux.waitFor("the filtered count") { $0.contains("/\(entries.count) │") || $0.contains("/\(entries.count) ") }
        try tmux.send("Enter")
        try tmux.waitFor("filter kept") { !$0.contains("type to filter") }

        var chosen: [String] = []
        for step in 0..<3 {
            screen = try tmux.waitFor("row \(step) selected") { self.selectedID($0) != nil && !chosen.contains(self.selectedID($0)!) }
            let id = try #require(selectedID(screen))
            chosen.append(id)
            try tmux.send("a")
            try tmux.waitFor("My ranking \(step + 1)")
            try tmux.send("j")
        }
        // Reorder: the first goes down one, then the last goes up one: [1, 2, 0].
        try tmux.send("Tab")
        try tmux.waitFor("ranking pane") { self.selectedID($0) == chosen[0] }
        try tmux.send("J")
        try tmux.send("G")
        try tmux.send("K")
        // K moved the last entry up; the selection follows it to the middle.
        try tmux.waitFor("reordered") { self.selectedID($0) == chosen[2] && $0.contains("● unsaved") }
        try tmux.send("w")
        try tmux.waitFor("Saved your ranking of 3 placements")
        try tmux.send("q")
        let end = try tmux.waitFor("koppel-exit=")
        #expect(end.contains("koppel-exit=0 mode=icanon"), "exit 0 and the terminal restored:\n\(end)")
        #expect(!end.contains("Placements "), "the alternate screen was left")

        let store = try KoppelStore(path: path)
        let saved = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT placement FROM trainee_ranking WHERE trainee = ? ORDER BY rank", arguments: [trainee])
        }
        #expect(saved == [chosen[1], chosen[2], chosen[0]])
        let log = try store.pool.read { try DecisionLog.entries(kind: "ranking-saved", in: $0) }
        #expect(log.count == 1)
        #expect(log.first?.actor == "trainee:\(trainee)")
    }

    @Test func quittingWithUnsavedChangesAsksAndCanQuitWithoutSaving() throws {
        let (path, trainee, _) = try makeDatabase()
        let tmux = try TmuxSession(command: command(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"]), columns: 80, rows: 24)
        defer { tmux.kill() }
        try tmux.waitFor("My ranking 0")
        try tmux.send("a")
        try tmux.waitFor("My ranking 1")
        try tmux.send("q")
        try tmux.waitFor("Your changes are not saved yet.")
        try tmux.send("y")
        let end = try tmux.waitFor("koppel-exit=")
        #expect(end.contains("koppel-exit=0 mode=icanon"))
        let store = try KoppelStore(path: path)
        let count = try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM trainee_ranking WHERE trainee = ?", arguments: [trainee])
        }
        #expect(count == 0, "nothing was saved")
    }

    @Test(arguments: [("TERM", 143), ("SEGV", 139), ("INT", 130)])
    func aSignalRestoresTheTerminal(signal: String, status: Int) throws {
        let (path, trainee, _) = try makeDatabase()
        let tmux = try TmuxSession(command: command(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"]))
        defer { tmux.kill() }
        try tmux.waitFor("My ranking 0")
        let pid = try #require(try tmux.paneChildren().first, "the browser runs in the pane")
        _ = try TmuxSession.run(["kill", "-\(signal)", String(pid)])
        let end = try tmux.waitFor("koppel-exit=", timeout: 20)
        #expect(end.contains("koppel-exit=\(status) mode=icanon"), "killed by SIG\(signal), the terminal is restored:\n\(end)")
    }

    @Test func ctrlCEndsWithExit130AndRestoresTheTerminal() throws {
        let (path, trainee, _) = try makeDatabase()
        let tmux = try TmuxSession(command: command(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"]))
        defer { tmux.kill() }
        try tmux.waitFor("My ranking 0")
        try tmux.send("C-c")
        let end = try tmux.waitFor("koppel-exit=")
        #expect(end.contains("koppel-exit=130 mode=icanon"))
    }

    @Test func theScreenIsRedrawnWhenTheTerminalIsResized() throws {
        let (path, trainee, _) = try makeDatabase()
        let tmux = try TmuxSession(command: command(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"]), columns: 80, rows: 24)
        defer { tmux.kill() }
        let before = try tmux.waitFor("My ranking 0")
        #expect(before.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try tmux.resize(columns: 120, rows: 40)
        // capture-pane drops trailing spaces: the divider runs to the last column.
        let after = try tmux.waitFor("a 120-column divider and the status line on row 40") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.contains { $0.hasPrefix("── ") && $0.count == 120 } && rows.count >= 40
                && rows[39].hasPrefix(" ?:help")
        }
        #expect(!after.isEmpty)
    }

    @Test func withoutATerminalTheListIsPrintedAsPlainText() throws {
        let (path, trainee, entries) = try makeDatabase()
        let result = try KoppelBinary.run(["browse", "--trainee", trainee, "--db", path, "--on", "2026-11-25"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        for entry in entries { #expect(result.stdout.contains(entry.placement.id)) }
        #expect(result.stdout.contains("My ranking (saved): none yet"))
    }

    @Test func browseHasHelp() throws {
        let result = try KoppelBinary.run(["browse", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: koppel browse"))
        #expect(result.stdout.contains("--trainee") && result.stdout.contains("--vacancy") && result.stdout.contains("--no-color"))
    }

    @Test func browseNeedsExactlyOneOfTraineeAndVacancy() throws {
        #expect(try KoppelBinary.run(["browse"]).status == 64)
        #expect(try KoppelBinary.run(["browse", "--trainee", "t1", "--vacancy", "v1"]).status == 64)
    }
}
