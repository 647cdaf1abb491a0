/// What the detail pane shows for one item: a heading and paragraphs of styled text, which
/// the renderer wraps to the pane's width.
public struct BrowserDetail: Hashable, Sendable {
    public var heading: String
    public var paragraphs: [Paragraph]

    public init(heading: String, paragraphs: [Paragraph]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }

    /// A paragraph; continuation lines are indented by `hangingIndent` columns.
    public struct Paragraph: Hashable, Sendable {
        public var segments: [BrowserSegment]
        public var hangingIndent: Int

        public init(_ segments: [BrowserSegment], hangingIndent: Int = 0) {
            self.segments = segments
            self.hangingIndent = hangingIndent
        }

        public init(_ text: String, _ style: BrowserStyle = .plain, hangingIndent: Int = 0) {
            self.init([BrowserSegment(text, style)], hangingIndent: hangingIndent)
        }
    }
}
