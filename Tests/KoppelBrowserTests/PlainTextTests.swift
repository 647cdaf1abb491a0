import KoppelBrowser
import Testing
import KoppelDemo

@Suite struct PlainTextTests {
    @Test func plainTextListsEveryPlacementAndTheSavedRanking() {
        let data = BrowserSamples.traineeData(placements: 12, savedRanking: ["pl002", "pl007"])
        let text = BrowserPlainText.render(BrowserState(data: data, size: BrowserSize(columns: 80, rows: 24)))
        #expect(!text.contains("\u{1B}"), "no escape sequences")
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("pl0") }.count == 12)
        #expect(text.contains("1. pl002  Gemeente Hof van Twente"))
        #expect(text.contains("2. pl007"))
    }
}
