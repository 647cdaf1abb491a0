import KoppelBrowser
import KoppelEngine
import Testing
import KoppelDemo

@Suite struct RendererTests {
    @Test(arguments: [
        BrowserSize(columns: 80, rows: 24), BrowserSize(columns: 120, rows: 40), BrowserSize(columns: 40, rows: 10),
        BrowserSize(columns: 97, rows: 31), BrowserSize(columns: 200, rows: 60),
    ])
    func everyLineFillsTheWidthExactly(size: BrowserSize) {
        var state = BrowserState(data: BrowserSamples.traineeData(placements: 50), size: size)
        let keys: [BrowserKey] = [.character("j"), .enter, .character("/"), .character("ö"), .enter, .tab, .character("?")]
        for key in [nil] + keys.map(Optional.some) {
            if let key { state = BrowserReducer.reduce(state, key) }
            let lines = BrowserRenderer.render(state, size)
            #expect(lines.count == size.rows)
            for line in lines { #expect(DisplayWidth.of(line.text) == size.columns, "\(line.text)") }
        }
    }

    @Test func aTooSmallTerminalSaysSo() {
        let size = BrowserSize(columns: 30, rows: 8)
        let lines = BrowserRenderer.render(BrowserSamples.traineeState(placements: 5, size: size), size)
        #expect(lines.count == 8)
        #expect(lines[0].text.hasPrefix("Terminal too small"))
    }

    @Test func theSelectionIsReverseVideoWithoutColourAndColouredWithIt() {
        let size = BrowserSize(columns: 80, rows: 24)
        let lines = BrowserRenderer.render(BrowserSamples.traineeState(placements: 5, size: size), size)
        let selected = lines[3]
        #expect(selected.segments.allSatisfy { $0.style == .selected })
        #expect(selected.ansi(color: false).hasPrefix("\u{1B}[7m"))
        #expect(selected.ansi(color: true).hasPrefix("\u{1B}[30;46m"))
        let plain = lines[4].ansi(color: false)
        #expect(!plain.contains("\u{1B}[3"), "no colour codes without colour")
        for line in lines {
            let text = line.ansi(color: false)
            #expect(!text.contains("\u{1B}[31m") && !text.contains("\u{1B}[32m") && !text.contains("\u{1B}[44m"))
        }
    }

    @Test func onlyTheVisibleRowsAreDrawnForFiveThousandPlacements() {
        let size = BrowserSize(columns: 120, rows: 40)
        var state = BrowserSamples.traineeState(placements: 5_000, size: size)
        state = BrowserReducer.reduce(state, .character("G"))
        let lines = BrowserRenderer.render(state, size)
        #expect(lines.count == 40)
        #expect(lines.contains { $0.text.hasPrefix("▶") })
        #expect(lines[1].text.contains("Placements 5000"))
    }

    @Test func theDetailPaneExplainsTheFitWithComponentsThatAddUp() {
        let size = BrowserSize(columns: 120, rows: 40)
        let state = BrowserSamples.traineeState(placements: 10, size: size)
        let text = BrowserRenderer.render(state, size).map(\.text).joined(separator: "\n")
        let item = state.data.items[state.visible[0]]
        #expect(text.contains("Fit \(item.cells[4]) of 100"))
        #expect(text.contains("Mentor: "))
        #expect(text.contains("Commute: "))
        #expect(text.contains("Skills: "))
    }
}
