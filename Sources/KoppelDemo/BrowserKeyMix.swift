/// A realistic round of keypresses in the trainee browser, as the terminal sends them: the
/// benchmark times each one (decode → reduce → render), the smoke test checks where they lead.
///
/// One round moves down twice, pages down, adds the selection to the ranking, filters on a
/// letter, narrows with a second one, takes both back, leaves the filter and moves up.
///
/// ```swift
/// var decoder = KeyDecoder()
/// for press in BrowserKeyMix.round { for key in decoder.feed(press.bytes) { … } }
/// ```
public enum BrowserKeyMix {
    /// One keypress: what it is called in reports and the bytes a terminal sends for it.
    public struct Press: Sendable {
        public let name: String
        public let bytes: [UInt8]
    }

    /// The keys of one round, in order.
    public static let round: [Press] = [
        Press(name: "down", bytes: [0x1B, 0x5B, 0x42]),
        Press(name: "down", bytes: [0x1B, 0x5B, 0x42]),
        Press(name: "page down", bytes: [0x1B, 0x5B, 0x36, 0x7E]),
        Press(name: "add to ranking", bytes: Array("a".utf8)),
        Press(name: "open filter", bytes: Array("/".utf8)),
        Press(name: "filter letter", bytes: Array("h".utf8)),
        Press(name: "filter letter", bytes: Array("e".utf8)),
        Press(name: "backspace", bytes: [0x7F]),
        Press(name: "backspace", bytes: [0x7F]),
        Press(name: "close filter", bytes: [0x0D]),
        Press(name: "up", bytes: [0x1B, 0x5B, 0x41]),
    ]
}
