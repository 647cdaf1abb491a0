#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What a signal handler needs, in globals because a C signal handler captures nothing.
// Written only while no handler is installed (before install, after uninstall); read by the
// handlers, which use only async-signal-safe calls (write, tcsetattr, sigaction, raise).
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var terminalIsRaw: Int32 = 0
nonisolated(unsafe) private var wakeFD: Int32 = -1
nonisolated(unsafe) private var resizePending: Int32 = 0
nonisolated(unsafe) private var restoreBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var restoreCount = 0
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>?
nonisolated(unsafe) private var previousMask = sigset_t()

/// The signals after which the terminal is restored and the signal raised again: Ctrl-C from
/// outside, termination, hang-up, and crashes.
let restoringSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

/// Leaves the alternate screen, shows the cursor, restores termios, then lets the signal do
/// what it would have done (the earlier handler, or the default: end the process).
private func restoreAndReraise(_ signal: Int32) {
    restoreTerminalNow()
    if let previousActions {
        _ = sigaction(signal, previousActions + Int(signal), nil)
    } else {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        _ = sigaction(signal, &action, nil)
    }
    _ = raise(signal)
}

private func noteResize(_ signal: Int32) {
    resizePending = 1
    var byte: UInt8 = 0x57
    if wakeFD >= 0 { _ = write(wakeFD, &byte, 1) }
}

/// Restores the terminal if it is still raw; safe to call from a signal handler and twice.
func restoreTerminalNow() {
    guard terminalIsRaw != 0 else { return }
    terminalIsRaw = 0
    if let restoreBytes { _ = write(STDOUT_FILENO, restoreBytes, restoreCount) }
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios)
}

/// Installs and removes the browser's signal handlers.
enum TerminalSignals {
    /// Remembers how to restore the terminal and installs the handlers.
    /// `original` is the termios to restore, `leave` the bytes that leave the alternate screen.
    static func install(original: termios, leave: String, wake: Int32) {
        savedTermios = original
        let bytes = Array(leave.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        restoreBytes = buffer
        restoreCount = bytes.count
        wakeFD = wake
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        previousActions = actions
        for signal in restoringSignals { set(signal, handler: restoreAndReraise, saving: actions + Int(signal)) }
        set(SIGWINCH, handler: noteResize, saving: actions + Int(SIGWINCH))
        // A parent may have started us with these signals blocked (the mask is inherited);
        // unblock them on this thread, or the terminal would never be restored on them.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in restoringSignals + [SIGWINCH] { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, &previousMask)
        terminalIsRaw = 1
    }

    /// Puts the earlier handlers back.
    static func uninstall() {
        guard let actions = previousActions else { return }
        for signal in restoringSignals + [SIGWINCH] { _ = sigaction(signal, actions + Int(signal), nil) }
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        previousActions = nil
        actions.deallocate()
        wakeFD = -1
    }

    /// Whether SIGWINCH arrived since the last call.
    static func takeResize() -> Bool {
        guard resizePending != 0 else { return false }
        resizePending = 0
        return true
    }

    private static func set(_ signal: Int32, handler: @convention(c) (Int32) -> Void, saving old: UnsafeMutablePointer<sigaction>) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(signal, &action, old)
    }
}
