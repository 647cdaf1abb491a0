#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal in raw mode on the alternate screen, restored by ``restore()`` and by the
/// signal handlers on every other way out.
final class RawTerminal {
    static let enterSequence = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[H\u{1B}[2J"
    static let leaveSequence = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

    /// The read end of the pipe SIGWINCH writes to, so `poll` wakes up on a resize.
    let wakeRead: Int32
    private let wakeWrite: Int32
    private var restored = false

    /// Whether stdin and stdout are both terminals (and TERM is not dumb).
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    init() throws(BrowserDriverError) {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw BrowserDriverError("cannot read the terminal's settings (tcgetattr failed)")
        }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw BrowserDriverError("cannot create a pipe for resize events") }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        TerminalSignals.install(original: original, leave: Self.leaveSequence, wake: wakeWrite)
        var raw = original
        cfmakeraw(&raw)
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else {
            restore()
            throw BrowserDriverError("cannot switch the terminal to raw mode (tcsetattr failed)")
        }
        Self.send(Self.enterSequence)
    }

    deinit { restore() }

    /// Leaves the alternate screen and restores the terminal's settings; idempotent.
    func restore() {
        guard !restored else { return }
        restored = true
        restoreTerminalNow()
        TerminalSignals.uninstall()
        close(wakeRead)
        close(wakeWrite)
    }

    /// The terminal's size from ioctl(TIOCGWINSZ); 80×24 when it cannot be read.
    static func size() -> BrowserSize {
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 {
            return BrowserSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
        }
        return BrowserSize(columns: 80, rows: 24)
    }

    /// Writes all of `text` to stdout, retrying after interruptions and partial writes.
    static func send(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            offset += written
        }
    }

    /// Drains the wake-up pipe.
    func drainWake() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }
}

/// The browser could not take over the terminal.
public struct BrowserDriverError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
