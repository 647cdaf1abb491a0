#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the browser on the real terminal: raw mode, alternate screen, keys in, frames out.
/// All behaviour is in ``BrowserReducer`` and ``BrowserRenderer``; this only does the I/O.
///
/// ```swift
/// let exit = try BrowserDriver.run(data, color: true) { request in
///     try store.save(request)   // returns a message such as "Saved."
/// }
/// ```
public enum BrowserDriver {
    /// How long to wait for the rest of an escape sequence before reading a lone ESC.
    static let escapeTimeoutMilliseconds: Int32 = 40

    /// Whether the browser can draw: stdin and stdout are terminals and TERM is not dumb.
    public static var canDraw: Bool {
        if let term = getenv("TERM").map({ String(cString: $0) }), term == "dumb" { return false }
        return RawTerminal.isInteractive
    }

    /// Shows the browser until the user quits; the terminal is restored on every way out.
    ///
    /// - Parameter save: stores a request and returns the message to show, or throws an error
    ///   whose description the status line shows (the unsaved changes are kept).
    public static func run(
        _ data: BrowserData, color: Bool, save: (BrowserSaveRequest) throws -> String
    ) throws(BrowserDriverError) -> BrowserExit {
        let terminal = try RawTerminal()
        defer { terminal.restore() }
        var state = BrowserState(data: data, size: RawTerminal.size())
        var screen = ScreenWriter(color: color)
        var decoder = KeyDecoder()
        func draw() { RawTerminal.send(screen.update(BrowserRenderer.render(state, state.size))) }

        /// Applies an event and does the work it asks for; returns how to exit, if it is time.
        func handle(_ event: BrowserEvent) -> BrowserExit? {
            var pending = BrowserReducer.apply(event, to: &state)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .quit(let exit):
                    return exit
                case .save(let request):
                    draw()  // shows "Saving…" while the database works
                    let outcome: BrowserEvent
                    do {
                        outcome = .saveSucceeded(message: try save(request))
                    } catch {
                        outcome = .saveFailed(message: "\(error)")
                    }
                    pending += BrowserReducer.apply(outcome, to: &state)
                }
            }
            return nil
        }

        draw()
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: terminal.wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, decoder.hasPending ? escapeTimeoutMilliseconds : -1)
            if ready < 0 && errno != EINTR { throw BrowserDriverError("cannot read the keyboard (poll failed)") }
            var keys: [BrowserKey] = []
            if fds[1].revents != 0 { terminal.drainWake() }
            if TerminalSignals.takeResize() {
                screen.invalidate()
                if let exit = handle(.resize(RawTerminal.size())) { return exit }
            }
            if ready > 0 && fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                let count = read(STDIN_FILENO, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    return .normal  // the terminal went away
                }
                if count > 0 { keys = decoder.feed(Array(buffer[0..<count])) }
            } else if ready == 0 && decoder.hasPending {
                keys = decoder.flushPendingEscape()
            }
            for key in keys {
                if key == .control("l") {
                    screen.invalidate()
                    continue
                }
                if let exit = handle(.key(key)) { return exit }
            }
            draw()
        }
    }
}
