import Testing
import KoppelEngine

/// What reaches a terminal holds no control character: ESC, BEL, C1 and the rest become U+FFFD.
@Suite struct TerminalTextTests {
    @Test(arguments: ["\u{1B}]0;title\u{07}", "\u{1B}[2J", "\u{9B}31m", "a\u{7F}b", "\u{0}", "tab\there", "cr\rlf\n"])
    func everyControlCharacterIsReplaced(text: String) {
        let safe = TerminalText.safe(text)
        #expect(!safe.unicodeScalars.contains { TerminalText.isControl($0) })
        #expect(safe.contains(TerminalText.replacement))
        #expect(TerminalText.holdsControl(text))
    }

    @Test func lineBreaksCanBeKeptAsLF() {
        #expect(TerminalText.safe("a\r\nb\rc\nd\u{1B}", keepingLineBreaks: true) == "a\nb\nc\nd\u{FFFD}")
    }

    @Test func textWithoutControlsIsReturnedAsItIs() {
        let text = "Jöbsis, Ëlla 🙂 IJsselmonde ĳ \u{A0}"
        #expect(!TerminalText.holdsControl(text))
        #expect(TerminalText.safe(text) == text)
    }
}
