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

    /// The detail pane (facts, commute, skills, the fit explanation) and the plain-text list
    /// are in the language too.
    @Test func theDetailPaneAndThePlainListAreInTheLanguage() {
        let dutch = Self.screens(.nl).joined(separator: "\n")
        #expect(dutch.contains("Past ") && dutch.contains(" van 100"), "\(dutch)")
        #expect(dutch.contains("Reisafstand: ") && dutch.contains("(hemelsbreed)") && dutch.contains("Vaardigheden"))
        // (The samples' criterion details are data: the engine writes them in the language.)
        for english in ["Commute:", "Fit ", "Skills:", "of 100", "no data", "eligible"] {
            #expect(!dutch.contains(english), "\(english)")
        }
        let pseudo = Self.screens(.pseudo).joined(separator: "\n")
        var outside = ""
        var depth = 0
        for character in pseudo {
            if character == "⟦" { depth += 1 } else if character == "⟧" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(character) }
        }
        for english in ["Commute", "Fit ", "Skills", "Mentor", "of 100", "no data", "eligible", "place"] {
            #expect(!outside.contains(english), "\(english) outside the catalogue")
        }
        let plain = BrowserPlainText.render(BrowserState(
            data: BrowserSamples.shortlistData(candidates: 3, marks: ["p001": .notSuitable], language: .nl), size: Self.size))
        #expect(plain.contains("niet geschikt") && plain.contains("kandidaat") && !plain.contains("not suitable"))
    }
}
