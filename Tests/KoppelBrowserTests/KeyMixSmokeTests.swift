import KoppelBrowser
import Testing
import KoppelDemo

/// The benchmark's `browser` workload at a tiny size: the key mix it times, fed as terminal
/// bytes, must lead to the screens a user would see. Results only, never times.
@Suite struct KeyMixSmokeTests {
    static let size = BrowserSize(columns: 80, rows: 24)

    /// Feeds one press's bytes and returns the rendered screen's text lines.
    func press(_ press: BrowserKeyMix.Press, _ state: inout BrowserState, _ decoder: inout KeyDecoder) -> [String] {
        for key in decoder.feed(press.bytes) { _ = BrowserReducer.apply(.key(key), to: &state) }
        return BrowserRenderer.render(state, state.size).map(\.text)
    }

    /// The detail pane's divider names the selected placement: "── pl007 · Title ──…".
    func selectedID(_ screen: [String]) -> String? {
        screen.first { $0.hasPrefix("── pl") }.flatMap { $0.dropFirst(3).split(separator: " ").first.map(String.init) }
    }

    @Test func keyMixRoundShowsTheSelectionFilterAndRankingItLeadsTo() {
        let data = BrowserSamples.traineeData(placements: 60)
        var state = BrowserState(data: data, size: Self.size)
        var decoder = KeyDecoder()
        let fitOrder = state.visible
        let rows = BrowserLayout(Self.size).listRows
        let withH = fitOrder.filter { data.items[$0].searchText.lowercased().contains("h") }
        let withHE = fitOrder.filter { data.items[$0].searchText.lowercased().contains("he") }
        #expect(withHE.count < withH.count && withH.count < 60, "the letters should narrow the list")

        var screens: [[String]] = []
        for step in BrowserKeyMix.round { screens.append(press(step, &state, &decoder)) }
        let id = { (item: Int) in data.items[item].id }
        #expect(selectedID(screens[0]) == id(fitOrder[1]))
        #expect(selectedID(screens[1]) == id(fitOrder[2]))
        #expect(selectedID(screens[2]) == id(fitOrder[2 + rows]))
        #expect(screens[3][1].contains("My ranking 1"))
        #expect(screens[5][1].contains("Placements \(withH.count)/60") && screens[5][1].contains("/h"))
        #expect(selectedID(screens[5]) == id(withH[0]))
        #expect(screens[6][1].contains("Placements \(withHE.count)/60") && screens[6][1].contains("/he"))
        #expect(screens[7][1].contains("Placements \(withH.count)/60"))
        #expect(screens[8][1].contains("Placements 60 "))
        #expect(selectedID(screens[10]) == id(fitOrder[0]))
        #expect(state.ranking == [fitOrder[2 + rows]] && !state.isEditingFilter && state.filter.isEmpty)
        let rankedRow = screens[2 + 1].first { $0.hasPrefix("▶") }
        #expect(rankedRow.map { $0.dropFirst().drop { $0 == " " }.hasPrefix("1 ") } == true, "the added row shows rank 1")
    }
}
