import KoppelBrowser
import Testing

@Suite struct KeyDecoderTests {
    func decode(_ text: String) -> [BrowserKey] {
        var decoder = KeyDecoder()
        return decoder.feed(Array(text.utf8)) + decoder.flushPendingEscape()
    }

    @Test func decodesLettersControlKeysAndText() {
        #expect(decode("jkJK/") == [.character("j"), .character("k"), .character("J"), .character("K"), .character("/")])
        #expect(decode("\u{03}\u{0E}\u{10}") == [.control("c"), .control("n"), .control("p")])
        #expect(decode("\r\t\u{7F}") == [.enter, .tab, .backspace])
        #expect(decode("ëö東") == [.character("ë"), .character("ö"), .character("東")])
    }

    @Test func decodesArrowsPagingAndHomeEndInBothEncodings() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}OA\u{1B}OB") == [.up, .down, .up, .down])
        #expect(decode("\u{1B}[5~\u{1B}[6~") == [.pageUp, .pageDown])
        #expect(decode("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~") == [.home, .end, .home, .end])
        #expect(decode("\u{1B}[Z\u{1B}[3~") == [.backTab, .delete])
        #expect(decode("\u{1B}[1;5A") == [.up], "modifiers are ignored")
    }

    @Test func aLoneEscapeWaitsUntilNothingFollows() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.flushPendingEscape() == [.escape])
        #expect(!decoder.hasPending)
    }

    @Test func sequencesSplitAcrossReadsAreJoined() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B, UInt8(ascii: "[")]) == [])
        #expect(decoder.feed([UInt8(ascii: "6")]) == [])
        #expect(decoder.feed([UInt8(ascii: "~"), UInt8(ascii: "q")]) == [.pageDown, .character("q")])
        let e = Array("ë".utf8)
        #expect(decoder.feed([e[0]]) == [])
        #expect(decoder.feed([e[1]]) == [.character("ë")])
    }

    @Test func unknownSequencesAreSkipped() {
        #expect(decode("\u{1B}[200~x") == [.character("x")])
        #expect(decode("\u{1B}[99z") == [])
    }
}
