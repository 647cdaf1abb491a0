/// A key press, decoded from the terminal's bytes.
public enum BrowserKey: Hashable, Sendable {
    /// A printable character, including `ë` and other non-ASCII text.
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("c")` for Ctrl-C.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
}

/// Something that happens to the browser: a key, a new terminal size, the outcome of a save.
public enum BrowserEvent: Hashable, Sendable {
    case key(BrowserKey)
    case resize(BrowserSize)
    /// The driver saved what ``BrowserEffect/save(_:)`` asked; `message` says what was stored.
    case saveSucceeded(message: String)
    /// The save failed; `message` says why. Nothing of the unsaved changes is lost.
    case saveFailed(message: String)
}

/// Work the driver must do for the reducer: the reducer itself never does I/O.
public enum BrowserEffect: Hashable, Sendable {
    /// Store this; answer with ``BrowserEvent/saveSucceeded(message:)`` or
    /// ``BrowserEvent/saveFailed(message:)``.
    case save(BrowserSaveRequest)
    /// Leave the browser.
    case quit(BrowserExit)
}

/// What to store when the user presses `w`.
public enum BrowserSaveRequest: Hashable, Sendable {
    /// The trainee's whole ranking, most preferred first (placement ids).
    case ranking([String])
    /// Changed marks by person id; nil clears a mark.
    case marks([String: BrowserMark?])
}

/// How the browser ended.
public enum BrowserExit: Hashable, Sendable {
    /// `q`/esc (after saving or confirming).
    case normal
    /// Ctrl-C (exit status 130).
    case interrupted
}

/// A terminal size in character cells.
public struct BrowserSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var description: String { "\(columns)×\(rows)" }
}
