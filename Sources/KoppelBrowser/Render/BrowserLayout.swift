/// Where the panes go for a terminal size; the reducer uses it for paging and scrolling, the
/// renderer for drawing.
///
/// Top to bottom: title bar, tab line, column header, list rows, detail divider, detail
/// lines, status line. At 80×24 the list has 8 rows and the detail 11 lines.
public struct BrowserLayout: Hashable, Sendable {
    public static let minimum = BrowserSize(columns: 40, rows: 10)

    public let size: BrowserSize
    public let listRows: Int
    public let detailRows: Int

    public init(_ size: BrowserSize) {
        self.size = size
        let body = max(0, size.rows - 5)
        listRows = max(1, body * 9 / 20)
        detailRows = max(0, body - listRows)
    }

    /// Whether the terminal is big enough to draw the browser.
    public var fits: Bool { size.columns >= Self.minimum.columns && size.rows >= Self.minimum.rows }

    /// Row of the first list row (0-based).
    var listStart: Int { 3 }
    var dividerRow: Int { listStart + listRows }
    var detailStart: Int { dividerRow + 1 }
    var statusRow: Int { size.rows - 1 }

    /// The first row to show so that `cursor` is visible, moving as little as possible from `top`.
    static func scroll(top: Int, cursor: Int, rows: Int, count: Int) -> Int {
        guard rows > 0, count > 0 else { return 0 }
        var top = top
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        return max(0, min(top, max(0, count - rows)))
    }
}
