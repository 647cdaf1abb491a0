import KoppelBrowser
import KoppelEngine
import Testing
import KoppelDemo

@Suite struct FilterTests {
    @Test func foldingIgnoresCaseDiacriticsAndLigatures() {
        #expect(TextFolding.fold("Coördinator") == "coordinator")
        #expect(TextFolding.fold("ËLLA JÖBSIS") == "ella jobsis")
        #expect(TextFolding.fold("Ĳsselmeer") == "ijsselmeer")
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("Zoe\u{0308}") == "zoe")
    }

    func titles(after text: String, in state: BrowserState) -> [String] {
        var state = state
        state = BrowserReducer.reduce(state, .character("/"))
        for character in text { state = BrowserReducer.reduce(state, .character(character)) }
        return state.visible.map { state.data.items[$0].title }
    }

    @Test func filterMatchesTitlesWithoutTypingAccents() {
        let state = BrowserSamples.traineeState(placements: 64, size: BrowserSize(columns: 80, rows: 24))
        let found = titles(after: "coordinator", in: state)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0 == "Coördinator BAG en WOZ" })
        #expect(titles(after: "COÖRD", in: state) == found)
    }

    @Test func filterSearchesEmployerDomainAndSkills() {
        let state = BrowserSamples.traineeState(placements: 64, size: BrowserSize(columns: 80, rows: 24))
        let data = state.data
        var filtered = BrowserReducer.reduce(state, .character("/"))
        for character in "vechtstromen" { filtered = BrowserReducer.reduce(filtered, .character(character)) }
        #expect(!filtered.visible.isEmpty)
        #expect(filtered.visible.allSatisfy { data.items[$0].employerName == "Waterschap Vechtstromen" })
        #expect(!titles(after: "financien", in: state).isEmpty, "domain Financiën")
        #expect(!titles(after: "peilbeheer", in: state).isEmpty, "skill Peilbeheer")
    }

    @Test func everyWordMustMatch() {
        let state = BrowserSamples.traineeState(placements: 64, size: BrowserSize(columns: 80, rows: 24))
        let both = titles(after: "hof jurist", in: state)
        #expect(!both.isEmpty)
        #expect(both.allSatisfy { $0 == "Jurist omgevingsrecht" })
        #expect(titles(after: "hof zzz", in: state).isEmpty)
    }

    /// Typing narrows the previous result; the outcome must equal filtering from scratch.
    @Test func incrementalFilteringEqualsFilteringFromScratch() {
        let state = BrowserSamples.traineeState(placements: 300, size: BrowserSize(columns: 80, rows: 24))
        for query in ["g", "ge", "gem", "gemeente h", "a", "an", "ë", "wo", "woz"] {
            var typed = BrowserReducer.reduce(state, .character("/"))
            for character in query { typed = BrowserReducer.reduce(typed, .character(character)) }
            let expected = state.data.items.indices.filter { index in
                let text = TextFolding.fold(state.data.items[index].searchText)
                return TextFolding.fold(query).split(separator: " ").allSatisfy { text.contains($0) }
            }
            #expect(Set(typed.visible) == Set(expected), "query \(query)")
            #expect(typed.visible == state.visible.filter { expected.contains($0) }, "keeps the sort order")
        }
    }

    @Test func backspaceWidensTheFilterAgain() {
        let state = BrowserSamples.traineeState(placements: 64, size: BrowserSize(columns: 80, rows: 24))
        var typed = BrowserReducer.reduce(state, .character("/"))
        for character in "hofx" { typed = BrowserReducer.reduce(typed, .character(character)) }
        #expect(typed.visible.isEmpty)
        typed = BrowserReducer.reduce(typed, .backspace)
        #expect(typed.filter.text == "hof")
        #expect(typed.visible.count == 8)
        typed = BrowserReducer.reduce(typed, .escape)
        #expect(typed.visible == state.visible)
        #expect(!typed.isEditingFilter)
    }
}
