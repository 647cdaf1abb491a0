import KoppelEngine
import Testing

@Suite struct DisplayWidthTests {
    @Test func lettersWithDiacriticsTakeOneColumn() {
        #expect(DisplayWidth.of("Jöbsis") == 6)
        #expect(DisplayWidth.of("Ëlla") == 4)
        // e followed by a combining diaeresis is one grapheme, one column.
        #expect(DisplayWidth.of("Zoe\u{0308}") == 3)
        #expect(DisplayWidth.of("Ĳssel") == 5)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("a\u{1B}b") == 2, "control characters take no column")
    }

    @Test func truncationEndsInAnEllipsisAndNeverExceedsTheWidth() {
        #expect(DisplayWidth.truncate("Waterschap Vechtstromen", to: 12) == "Waterschap …")
        #expect(DisplayWidth.truncate("Hof van Twente", to: 14) == "Hof van Twente")
        #expect(DisplayWidth.truncate("Coördinator", to: 6) == "Coörd…")
        #expect(DisplayWidth.truncate("東京都庁", to: 5) == "東京…")
        #expect(DisplayWidth.truncate("anything", to: 0) == "")
    }

    @Test(arguments: [1, 5, 10, 23, 40])
    func fitAlwaysGivesExactlyTheWidth(width: Int) {
        for text in ["Gemeente Hof van Twente", "Ëlla Jöbsis", "東京", "", "Zoe\u{0308} Oude Groeneger"] {
            #expect(DisplayWidth.of(DisplayWidth.fit(text, to: width)) == width)
            #expect(DisplayWidth.of(DisplayWidth.fit(text, to: width, alignRight: true)) == width)
        }
    }

    @Test func padFillsToTheWidthByColumnsAndNeverCuts() {
        #expect(DisplayWidth.pad("Jöbsis", to: 8) == "Jöbsis  ")
        #expect(DisplayWidth.pad("東京", to: 6) == "東京  ")
        #expect(DisplayWidth.pad("12.5", to: 6, alignRight: true) == "  12.5")
        #expect(DisplayWidth.pad("Waterschap", to: 4) == "Waterschap")
    }
}
