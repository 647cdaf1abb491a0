import KoppelBrowser
import Testing
import KoppelDemo

/// Whole screens, compared exactly with the fixtures in Snapshots/.
@Suite struct RendererSnapshotTests {
    static let small = BrowserSize(columns: 80, rows: 24)
    static let large = BrowserSize(columns: 120, rows: 40)

    func press(_ state: BrowserState, _ keys: [BrowserKey]) -> BrowserState {
        keys.reduce(state) { BrowserReducer.reduce($0, $1) }
    }

    func trainee(_ size: BrowserSize) -> BrowserState {
        BrowserState(data: BrowserSamples.traineeData(placements: 40), size: size)
    }

    /// Filtered on "hof", three placements added, the second moved up, the ranking shown.
    func ranked(_ size: BrowserSize) -> BrowserState {
        var state = press(trainee(size), [.character("/")] + "hof".map { .character($0) } + [.enter])
        state = press(state, [.enter, .character("j"), .enter, .character("j"), .enter, .tab, .character("j"), .character("K")])
        return state
    }

    @Test(arguments: [(small, "80x24"), (large, "120x40")])
    func traineeBrowserOpensOnTheBestFit(size: BrowserSize, name: String) {
        Snapshot.expect(BrowserRenderer.render(trainee(size), size), matches: "trainee-start-\(name)")
    }

    @Test(arguments: [(small, "80x24"), (large, "120x40")])
    func filteredListShowsTheQueryAndRanks(size: BrowserSize, name: String) {
        let state = press(trainee(size), [.character("/")] + "hof".map { .character($0) } + [.enter, .enter])
        Snapshot.expect(BrowserRenderer.render(state, size), matches: "trainee-filtered-\(name)")
    }

    @Test(arguments: [(small, "80x24"), (large, "120x40")])
    func myRankingPaneAfterReordering(size: BrowserSize, name: String) {
        Snapshot.expect(BrowserRenderer.render(ranked(size), size), matches: "trainee-ranking-\(name)")
    }

    @Test func helpOverlayAt80x24() {
        let state = press(trainee(Self.small), [.character("?")])
        Snapshot.expect(BrowserRenderer.render(state, Self.small), matches: "trainee-help-80x24")
    }

    @Test func quitQuestionAt80x24() {
        let state = press(ranked(Self.small), [.character("q")])
        Snapshot.expect(BrowserRenderer.render(state, Self.small), matches: "trainee-confirm-quit-80x24")
    }

    @Test func failedSaveAt80x24() {
        var state = press(ranked(Self.small), [.character("w")])
        state = BrowserReducer.reduce(
            state, .saveFailed(message: "the database is busy: another koppel held it for more than 10 s, so the ranking was not saved")).0
        Snapshot.expect(BrowserRenderer.render(state, Self.small), matches: "trainee-save-failed-80x24")
    }

    @Test(arguments: [(small, "80x24"), (large, "120x40")])
    func shortlistWithMarks(size: BrowserSize, name: String) {
        let data = BrowserSamples.shortlistData(candidates: 12, marks: ["p002": .notSuitable])
        let state = press(BrowserState(data: data, size: size), [.character("c"), .character("j"), .character("j")])
        Snapshot.expect(BrowserRenderer.render(state, size), matches: "shortlist-\(name)")
    }
}
