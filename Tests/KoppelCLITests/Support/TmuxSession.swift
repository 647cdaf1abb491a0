import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A tmux server of its own (unique socket) with one fixed-size session, for driving the
/// real `koppel` binary as a user would in a terminal. ``kill()`` ends the server and the
/// pane's process group.
///
/// tmux is started with posix_spawn, an empty signal mask and default signal actions, so the
/// pane behaves like a user's terminal whatever the test runner blocks; its output goes to a
/// file, never to a pipe the daemonised server would keep open.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "koppel-test-\(UUID().uuidString)"
    private var pane: Int32 = -1

    /// Starts `command` (run by sh) in a detached session of `columns`×`rows`.
    ///
    /// - Throws: ``Failure`` when tmux is not installed (.ci/run installs it): the test fails
    ///   and says so, it is not skipped.
    init(command: String, columns: Int = 100, rows: Int = 30) throws {
        guard (try? Self.run(["tmux", "-V"]))?.status == 0 else {
            throw Failure(description: "tmux is not installed; the browser's end-to-end tests need it (apt-get install tmux)")
        }
        let result = try tmux(["new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows), command])
        guard result.status == 0 else { throw Failure(description: "tmux new-session failed: \(result.output)") }
        pane = try panePID()
    }

    deinit { kill() }

    /// Sends keys as tmux names them ("j", "Enter", "Tab", "Escape", "C-c"), or literal text.
    func send(_ keys: String..., literal: Bool = false) throws {
        _ = try tmux(["send-keys", "-t", "main"] + (literal ? ["-l"] : []) + keys)
    }

    /// What the pane shows now.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"]).output
    }

    /// Resizes the window (the pane's program gets SIGWINCH).
    func resize(columns: Int, rows: Int) throws {
        _ = try tmux(["resize-window", "-t", "main", "-x", String(columns), "-y", String(rows)])
    }

    /// Polls the pane (every 50 ms, at most `timeout` s) until `predicate` holds; returns the screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); the screen was:\n\(screen)")
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// The pid of the pane's shell, which leads the pane's process group.
    func panePID() throws -> Int32 {
        let output = try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).output
        return Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The pids of the pane shell's children (the program it runs).
    func paneChildren() throws -> [Int32] {
        let text = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0) }
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        if pane > 0 {
            _ = Glibc.kill(-pane, SIGKILL)
            pane = -1
        }
        // tmux leaves its socket file behind.
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }

    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.run(["tmux", "-L", socket] + arguments)
    }

    /// Runs a program (found on PATH) with a clean signal state and returns its status and output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGUSR1, SIGUSR2] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }
}

/// `text` quoted for sh.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
