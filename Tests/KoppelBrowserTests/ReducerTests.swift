import KoppelBrowser
import KoppelEngine
import Testing
import KoppelDemo

@Suite struct ReducerTests {
    static let size = BrowserSize(columns: 80, rows: 24)

    func state(_ count: Int = 40, saved: [String] = []) -> BrowserState {
        BrowserState(data: BrowserSamples.traineeData(placements: count, savedRanking: saved), size: Self.size)
    }

    func press(_ state: BrowserState, _ keys: BrowserKey...) -> BrowserState {
        keys.reduce(state) { BrowserReducer.reduce($0, $1) }
    }

    func typed(_ text: String) -> [BrowserKey] { text.map { .character($0) } }

    @Test func movingStaysInsideTheList() {
        let start = state()
        #expect(press(start, .character("k")).listCursor == 0)
        #expect(press(start, .character("j"), .down, .control("n")).listCursor == 3)
        #expect(press(start, .character("G")).listCursor == 39)
        #expect(press(start, .character("G"), .character("j")).listCursor == 39)
        #expect(press(start, .character("G"), .character("g")).listCursor == 0)
        #expect(press(start, .end, .up, .control("p")).listCursor == 37)
    }

    @Test func pagingMovesByTheListHeightAndScrolls() {
        let rows = BrowserLayout(Self.size).listRows
        let paged = press(state(), .pageDown)
        #expect(paged.listCursor == rows)
        #expect(paged.listTop == 1, "the selection is on the last visible row")
        #expect(press(paged, .pageUp).listCursor == 0)
    }

    @Test func sortCyclesFitEmployerDistanceAndKeepsTheSelection() {
        var s = press(state(), .character("j"), .character("j"))
        let selected = s.selectedItem
        s = press(s, .character("s"))
        #expect(s.sort == .employer)
        #expect(s.selectedItem == selected)
        let names = s.visible.map { s.data.items[$0].employerName }
        #expect(names == names.sorted { TextFolding.fold($0) < TextFolding.fold($1) })
        s = press(s, .character("s"))
        #expect(s.sort == .distance)
        let distances = s.visible.compactMap { s.data.items[$0].distanceKm }
        #expect(distances == distances.sorted())
        #expect(press(s, .character("s")).sort == .fit)
    }

    @Test func fitOrderPutsEligibleFirstThenHighestScore() {
        let s = state()
        let items = s.visible.map { s.data.items[$0] }
        let firstIneligible = items.firstIndex { !$0.eligible } ?? items.count
        #expect(items[..<firstIneligible].allSatisfy { $0.eligible })
        #expect(items[firstIneligible...].allSatisfy { !$0.eligible })
        let fits = items[..<firstIneligible].map(\.fit)
        #expect(fits == fits.sorted(by: >))
    }

    @Test func enterAndAAddToTheRankingOnce() {
        var s = press(state(), .enter, .character("j"), .character("a"), .character("a"))
        #expect(s.ranking == [s.visible[0], s.visible[1]])
        #expect(s.status?.text.contains("already #2") == true)
        #expect(s.hasUnsavedChanges)
        s = press(s, .character("j"), .character("a"))
        #expect(s.rankingIDs == [0, 1, 2].map { s.data.items[s.visible[$0]].id })
    }

    @Test func shiftJAndKMoveTheSelectedEntryInMyRanking() {
        var s = press(state(), .enter, .character("j"), .enter, .character("j"), .enter)
        let original = s.ranking
        s = press(s, .tab)
        #expect(s.focus == .ranking)
        s = press(s, .character("J"))
        #expect(s.ranking == [original[1], original[0], original[2]])
        #expect(s.rankingCursor == 1, "the selection follows the entry")
        s = press(s, .character("J"), .character("J"))
        #expect(s.ranking == [original[1], original[2], original[0]])
        s = press(s, .character("K"))
        #expect(s.ranking == [original[1], original[0], original[2]])
    }

    @Test func shiftJWorksFromTheListOnARankedPlacement() {
        var s = press(state(), .enter, .character("j"), .enter, .character("k"))
        let original = s.ranking
        s = press(s, .character("J"))
        #expect(s.ranking == [original[1], original[0]])
        s = press(s, .character("j"), .character("j"), .character("J"))
        #expect(s.status?.text.hasPrefix("Not in your ranking") == true)
    }

    @Test func dRemovesFromMyRanking() {
        var s = press(state(), .enter, .character("j"), .enter, .tab)
        let second = s.ranking[1]
        s = press(s, .character("d"))
        #expect(s.ranking == [second])
        s = press(s, .character("d"))
        #expect(s.ranking.isEmpty)
        #expect(!s.hasUnsavedChanges)
    }

    @Test func wAsksTheDriverToSaveTheWholeRanking() {
        let s = press(state(), .enter, .character("j"), .enter)
        let (saving, effects) = BrowserReducer.reduce(s, .key(.character("w")))
        #expect(effects == [.save(.ranking(s.rankingIDs))])
        #expect(saving.isSaving)
        let (saved, after) = BrowserReducer.reduce(saving, .saveSucceeded(message: "Saved."))
        #expect(after.isEmpty)
        #expect(!saved.hasUnsavedChanges)
        #expect(saved.status == .init("Saved."))
        #expect(BrowserReducer.reduce(saved, .key(.character("w"))).1.isEmpty, "nothing to save")
    }

    @Test func aFailedSaveKeepsTheUnsavedRankingAndSaysSo() {
        let s = press(state(), .enter, .character("j"), .enter)
        let (saving, _) = BrowserReducer.reduce(s, .key(.character("w")))
        let (failed, effects) = BrowserReducer.reduce(saving, .saveFailed(message: "the database is busy."))
        #expect(effects.isEmpty)
        #expect(failed.ranking == s.ranking)
        #expect(failed.hasUnsavedChanges)
        #expect(!failed.isSaving)
        #expect(failed.status?.isError == true)
        #expect(failed.status?.text.contains("the database is busy") == true)
        #expect(failed.status?.text.contains("press w to try again") == true)
    }

    @Test func quittingWithUnsavedChangesAsksFirst() {
        let dirty = press(state(), .enter)
        for key in [BrowserKey.character("q"), .escape] {
            let (asking, effects) = BrowserReducer.reduce(dirty, .key(key))
            #expect(effects.isEmpty)
            #expect(asking.overlay == .confirmQuit(.normal))
            #expect(BrowserReducer.reduce(asking, .key(.character("y"))).1 == [.quit(.normal)])
            let (stayed, none) = BrowserReducer.reduce(asking, .key(.escape))
            #expect(none.isEmpty)
            #expect(stayed.overlay == .none)
            #expect(stayed.ranking == dirty.ranking)
        }
        #expect(BrowserReducer.reduce(state(), .key(.character("q"))).1 == [.quit(.normal)])
    }

    @Test func saveAndQuitQuitsOnlyAfterTheSaveSucceeds() {
        let (asking, _) = BrowserReducer.reduce(press(state(), .enter), .key(.character("q")))
        let (saving, effects) = BrowserReducer.reduce(asking, .key(.character("w")))
        guard case .save = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(BrowserReducer.reduce(saving, .saveSucceeded(message: "ok")).1 == [.quit(.normal)])
        let (failed, none) = BrowserReducer.reduce(saving, .saveFailed(message: "busy"))
        #expect(none.isEmpty, "a failed save never quits")
        #expect(failed.hasUnsavedChanges)
    }

    @Test func ctrlCQuitsAtOnceWhenSavedAndAsksOnceWhenNot() {
        #expect(BrowserReducer.reduce(state(), .key(.control("c"))).1 == [.quit(.interrupted)])
        let (asking, none) = BrowserReducer.reduce(press(state(), .enter), .key(.control("c")))
        #expect(none.isEmpty)
        #expect(BrowserReducer.reduce(asking, .key(.control("c"))).1 == [.quit(.interrupted)])
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesIt() {
        let help = press(state(), .character("?"))
        #expect(help.overlay == .help)
        let closed = press(help, .character("j"))
        #expect(closed.overlay == .none)
        #expect(closed.listCursor == 0, "the closing key does nothing else")
    }

    @Test func filterModeTakesLettersAndArrowsStillMove() {
        var s = press(state(64), .character("/"))
        s = typed("hof").reduce(s) { BrowserReducer.reduce($0, $1) }
        #expect(s.isEditingFilter)
        #expect(s.filter.text == "hof")
        s = press(s, .down)
        #expect(s.listCursor == 1, "the arrow moves while filtering")
        s = press(s, .character("j"))
        #expect(s.filter.text == "hofj", "j is text while filtering")
        #expect(s.listCursor == 0, "a new filter selects its first match")
        s = press(s, .backspace, .enter, .character("j"))
        #expect(!s.isEditingFilter)
        #expect(s.filter.text == "hof")
        #expect(s.listCursor == 1, "after enter, j moves again")
    }

    @Test func resizingKeepsTheSelectionVisible() {
        var s = press(state(), .character("G"))
        s = BrowserReducer.reduce(s, .resize(BrowserSize(columns: 120, rows: 40))).0
        let rows = BrowserLayout(s.size).listRows
        #expect(s.listTop <= s.listCursor && s.listCursor < s.listTop + rows)
    }

    @Test func ctrlDScrollsTheDetailAndANewSelectionStartsAtTheTop() {
        let short = BrowserSize(columns: 80, rows: 14)
        var s = press(BrowserState(data: BrowserSamples.traineeData(placements: 5), size: short), .control("d"))
        #expect(s.detailTop > 0)
        let bottom = press(s, .control("d"), .control("d"), .control("d"), .control("d"))
        #expect(BrowserRenderer.render(bottom, short)[12].text.contains("wishes"), "the last detail line is reached")
        #expect(press(bottom, .control("d")).detailTop == bottom.detailTop, "and scrolling stops there")
        s = press(s, .control("u"))
        #expect(s.detailTop == 0)
        s = press(s, .control("d"), .character("j"))
        #expect(s.detailTop == 0)
    }

    @Test func savedRankingIsLoadedAndUnchangedIsNotDirty() {
        let s = state(saved: ["pl003", "pl001", "nope"])
        #expect(s.rankingIDs == ["pl003", "pl001"], "unknown ids are dropped")
        #expect(!s.hasUnsavedChanges)
    }

    @Test func shortlistMarksToggleAndSaveOnlyTheChanges() {
        let data = BrowserSamples.shortlistData(candidates: 6, marks: ["p002": .notSuitable])
        var s = BrowserState(data: data, size: Self.size)
        s = press(s, .character("c"))
        let first = s.data.items[s.visible[0]].id
        #expect(s.marks[s.visible[0]] == .contacted)
        s = press(s, .character("x"), .character("x"))
        #expect(s.marks[s.visible[0]] == nil, "x twice clears")
        s = press(s, .character("c"))
        // Clear the stored mark of p002.
        let p002 = s.visible.firstIndex { s.data.items[$0].id == "p002" }!
        s = press(s, .character("g"))
        for _ in 0..<p002 { s = press(s, .character("j")) }
        s = press(s, .character("x"))
        #expect(s.hasUnsavedChanges)
        let (_, effects) = BrowserReducer.reduce(s, .key(.character("w")))
        let expected: [String: BrowserMark?] = [first: .contacted, "p002": nil]
        #expect(effects == [.save(.marks(expected))])
        #expect(press(s, .tab).focus == .list, "a shortlist has no ranking pane")
    }
}
