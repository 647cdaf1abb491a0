import ArgumentParser
import Foundation
import Koppel
import KoppelServer

/// An error that ends a command with a message on stderr and koppel's exit code.
enum CLIError: Error {
    /// Nothing matched the question (exit 1).
    case nothingFound(String)
    /// The command could not do its work (exit 2).
    case runtime(String)
}

/// Runs a command body, turning errors into a message on stderr and the documented exit code.
/// A command that finds the database locked by another koppel for longer than the busy
/// timeout says "database busy, retrying" on stderr and tries again (at most three times in all).
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try BusyRetry.run(onRetry: { attempt in
            Console.error(tr("cli.busyRetrying", ["attempt": attempt, "attempts": BusyRetry.attempts]))
        }, body)
    } catch where BusyRetry.isBusy(error) {
        Console.error(tr("common.error", ["message": tr("cli.busyGaveUp")]))
        throw ExitCode(2)
    } catch let error as StoreError where error.code == .notAllowed {
        // The access policy refused the viewer's request: a usage error, about no person.
        Console.error(tr("common.error", ["message": error.localized]))
        throw ExitCode(64)
    } catch let error as CLIError {
        switch error {
        case .nothingFound(let message):
            Console.error(message)
            throw ExitCode(1)
        case .runtime(let message):
            Console.error(tr("common.error", ["message": message]))
            throw ExitCode(2)
        }
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        Console.error(tr("common.error", ["message": localizedMessage(StoreError.worded(error))]))
        throw ExitCode(2)
    }
}

/// An error's message in the CLI's language (a store or import error from the catalogue).
func localizedMessage(_ error: any Error) -> String {
    switch error {
    case let error as StoreError: error.localized
    case let error as ImportError: error.description(in: CLILanguage.current)
    case let error as ViewerError: error.localized
    case let error as AccountError: error.message(in: CLILanguage.current)
    case let error as RankingError: error.message(in: CLILanguage.current)
    default: "\(error)"
    }
}

extension StoreError {
    /// The message in the CLI's language.
    var localized: String { message(in: CLILanguage.current) }
}

extension ViewerError {
    /// The message in the CLI's language.
    var localized: String { message(in: CLILanguage.current) }
}

/// Writing to the terminal: data on stdout, messages on stderr, colour only when wanted.
enum Console {
    /// Writes text to stdout as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text for people to stdout (tables, reports): control characters from the data
    /// are printed as U+FFFD (``TerminalText``); line breaks and koppel's own bold are kept.
    static func screen(_ text: String) {
        out(safeForTerminal(text))
    }

    /// Writes a line to stderr, control characters (say, from a file's name or a bad value)
    /// printed as U+FFFD.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((safeForTerminal(line) + "\n").utf8))
    }

    /// `text` through ``TerminalText/safe(_:keepingLineBreaks:)``, piece by piece between
    /// the bold on and off sequences that ``bold(_:color:)`` writes.
    static func safeForTerminal(_ text: String) -> String {
        guard TerminalText.holdsControl(text) else { return text }
        return text.split(separator: boldOff, omittingEmptySubsequences: false).map { piece in
            piece.split(separator: boldOn, omittingEmptySubsequences: false)
                .map { TerminalText.safe(String($0), keepingLineBreaks: true) }.joined(separator: boldOn)
        }.joined(separator: boldOff)
    }

    private static let boldOn = "\u{1B}[1m"
    private static let boldOff = "\u{1B}[0m"

    /// Whether to use colour on stdout: a terminal, no NO_COLOR, TERM not dumb.
    static var colorOnStdout: Bool { wantsColor(fd: 1) }

    /// Whether stderr is a terminal (for progress indicators).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static func wantsColor(fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }

    /// Bold text when colour is on.
    static func bold(_ text: String, color: Bool) -> String { color ? boldOn + text + boldOff : text }
}

extension Console {
    /// Redraws a one-line progress indicator on stderr (only call on a terminal).
    static func progress(_ label: String, _ done: Int, _ total: Int) {
        let percent = total > 0 ? done * 100 / total : 100
        FileHandle.standardError.write(Data("\r\(label): \(done)/\(total) (\(percent)%)\u{1B}[K".utf8))
    }

    /// Ends the progress line.
    static func progressDone() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
