/// What a piece of text on the screen means; the driver turns it into colour or, under
/// `NO_COLOR`, into bold and reverse video.
public enum BrowserStyle: Hashable, Sendable {
    case plain
    /// The title bar and column headers.
    case header
    /// The selected row of the focused list.
    case selected
    /// Less important text (ineligible scores, hints).
    case dim
    /// Something the trainee has (a held skill), a success message.
    case good
    /// Something missing, an error message.
    case bad
    /// Partial (a related skill).
    case partial
    /// Headings inside the detail pane, the active tab.
    case emphasis
    /// The status line.
    case status
    /// A status line that reports an error.
    case statusError
}

/// A run of text in one style.
public struct BrowserSegment: Hashable, Sendable {
    public var text: String
    public var style: BrowserStyle

    public init(_ text: String, _ style: BrowserStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One screen line: segments whose display widths add up to the screen's width.
public struct BrowserLine: Hashable, Sendable {
    public var segments: [BrowserSegment]

    public init(_ segments: [BrowserSegment]) { self.segments = segments }

    /// The line's text without styles.
    public var text: String { segments.map(\.text).joined() }
}
