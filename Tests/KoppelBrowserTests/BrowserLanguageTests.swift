import KoppelBrowser
import KoppelEngine
import Testing
@testable import KoppelDemo

/// The browser's own words follow the language; in the pseudo-language every one of them is
/// wrapped in ⟦…⟧, so what is left outside is data.
@Suite struct BrowserLanguageTests {
    static let size = BrowserSize(columns: 100, rows: 30)

    static func screens(_ language: Language) -> [String] {
        var screens: [String] = []
        for data in [
            BrowserSamples.traineeData(placements: 12, language: language),
            BrowserSamples.shortlistData(candidates: 12, marks: ["p001": .contacted], language: language),
        ] {
            var state = BrowserState(data: data, size: size)
            screens.append(BrowserRenderer.render(state, size).map(\.text).joined(separator: "\n"))
            state = BrowserReducer.reduce(state, .character("?"))
            screens.append(BrowserRenderer.render(state, size).map(\.text).joined(separator: "\n"))
        }
        return screens
    }

    @Test func dutchHelpAndLabels() {
        let screens = Self.screens(.nl).joined(separator: "\n")
        #expect(screens.contains("Toetsen"))
        #expect(screens.contains("zet in mijn volgorde"))
        #expect(screens.contains("Traineeplekken"))
        #expect(screens.contains("sortering: passend"))
        #expect(screens.contains("werkgever"))
        #expect(!screens.contains("My ranking") && !screens.contains("Keys"))
    }
}
