/// The browser's behaviour: an event and a state in, the next state and the driver's work out.
/// Pure: no I/O, no clock, so every key can be tested with plain values.
///
/// Cost per key: moving, ranking and marking are O(1) or O(ranking); typing into the filter
/// narrows the current result when the text grows and rescans the items otherwise; `s`
/// reuses the sort order computed once in ``BrowserData``.
public enum BrowserReducer {
    /// The next state after `key` (effects dropped); for tests and benchmarks.
    public static func reduce(_ state: BrowserState, _ key: BrowserKey) -> BrowserState {
        var next = state
        _ = apply(.key(key), to: &next)
        return next
    }

    /// The next state and the effects after `event`.
    public static func reduce(_ state: BrowserState, _ event: BrowserEvent) -> (BrowserState, [BrowserEffect]) {
        var next = state
        let effects = apply(event, to: &next)
        return (next, effects)
    }

    /// Applies `event` to `state` in place and returns what the driver must do.
    public static func apply(_ event: BrowserEvent, to state: inout BrowserState) -> [BrowserEffect] {
        let before = state.selectedItem
        var effects: [BrowserEffect] = []
        switch event {
        case .key(let key):
            effects = applyKey(key, to: &state)
        case .resize(let size):
            state.size = size
        case .saveSucceeded(let message):
            if let saving = state.saving {
                state.savedRanking = saving.ranking
                state.savedMarks = saving.marks
            }
            state.saving = nil
            state.status = .init(message)
            if let exit = state.quitAfterSave {
                state.quitAfterSave = nil
                effects.append(.quit(exit))
            }
        case .saveFailed(let message):
            state.saving = nil
            state.quitAfterSave = nil
            let reason = message.hasSuffix(".") ? String(message.dropLast()) : message
            state.status = .init(state.data.language.text("browser.status.saveFailed", ["reason": reason]), isError: true)
        }
        settle(&state, selectionBefore: before)
        return effects
    }

    static func applyKey(_ key: BrowserKey, to state: inout BrowserState) -> [BrowserEffect] {
        if !state.isSaving { state.status = nil }
        switch state.overlay {
        case .help:
            state.overlay = .none
            return key == .control("c") ? quit(.interrupted, &state) : []
        case .confirmQuit(let exit):
            state.overlay = .none
            switch key {
            case .character("w"):
                let effects = save(&state)
                if state.isSaving { state.quitAfterSave = exit }
                return effects
            case .character("y"), .character("Y"): return [.quit(exit)]
            case .control("c"): return [.quit(.interrupted)]
            default:
                state.status = .init(state.data.language.text("browser.status.notQuitting"))
                return []
            }
        case .none:
            break
        }
        if key == .control("c") { return quit(.interrupted, &state) }
        if state.isEditingFilter, let handled = editFilter(key, &state) { return handled }
        return normalKey(key, &state)
    }

    /// Keys while typing a filter; nil when the key is not a filter key (moving, for one).
    static func editFilter(_ key: BrowserKey, _ state: inout BrowserState) -> [BrowserEffect]? {
        switch key {
        case .character(let character):
            state.setFilter(FilterQuery(state.filter.text + String(character)))
        case .backspace:
            if state.filter.text.isEmpty {
                state.isEditingFilter = false
            } else {
                state.setFilter(FilterQuery(String(state.filter.text.dropLast())))
            }
        case .control("u"):
            state.setFilter(FilterQuery(""))
        case .enter, .tab:
            state.isEditingFilter = false
        case .escape:
            state.isEditingFilter = false
            state.setFilter(FilterQuery(""))
        default:
            return nil
        }
        return []
    }

    static func normalKey(_ key: BrowserKey, _ state: inout BrowserState) -> [BrowserEffect] {
        let layout = BrowserLayout(state.size)
        let trainee = state.data.kind == .traineeRanking
        switch key {
        case .character("j"), .down, .control("n"): move(&state, by: 1)
        case .character("k"), .up, .control("p"): move(&state, by: -1)
        case .pageDown, .control("f"): move(&state, by: max(1, layout.listRows))
        case .pageUp, .control("b"): move(&state, by: -max(1, layout.listRows))
        case .character("g"), .home: move(&state, to: 0)
        case .character("G"), .end: move(&state, to: Int.max)
        case .control("d"):
            let lines = BrowserRenderer.detailLineCount(state, width: state.size.columns)
            state.detailTop = min(state.detailTop + max(1, layout.detailRows / 2), max(0, lines - layout.detailRows))
        case .control("u"): state.detailTop = max(0, state.detailTop - max(1, layout.detailRows / 2))
        case .character("/"):
            state.focus = .list
            state.isEditingFilter = true
        case .character("s"): state.setSort(BrowserSort(rawValue: (state.sort.rawValue + 1) % BrowserSort.allCases.count)!)
        case .character("?"): state.overlay = .help
        case .character("q"), .escape: return quit(.normal, &state)
        case .character("w"): return save(&state)
        case .tab, .backTab:
            if trainee { state.focus = state.focus == .list ? .ranking : .list }
        case .enter, .character("a"):
            if trainee { addSelected(&state) }
        case .character("J"): if trainee { moveRanked(&state, by: 1) }
        case .character("K"): if trainee { moveRanked(&state, by: -1) }
        case .character("d"), .delete: if trainee { removeSelected(&state) }
        case .character("c"): if !trainee { toggleMark(.contacted, &state) }
        case .character("x"): if !trainee { toggleMark(.notSuitable, &state) }
        default: break
        }
        return []
    }

    static func quit(_ exit: BrowserExit, _ state: inout BrowserState) -> [BrowserEffect] {
        if state.hasUnsavedChanges {
            state.overlay = .confirmQuit(exit)
            return []
        }
        return [.quit(exit)]
    }

    static func save(_ state: inout BrowserState) -> [BrowserEffect] {
        if state.isSaving {
            state.status = .init(state.data.language.text("browser.status.stillSaving"))
            return []
        }
        guard state.hasUnsavedChanges else {
            state.status = .init(state.data.language.text("browser.status.nothingToSave"))
            return []
        }
        state.saving = (state.ranking, state.marks)
        state.status = .init(state.data.language.text("browser.status.saving"))
        switch state.data.kind {
        case .traineeRanking:
            return [.save(.ranking(state.rankingIDs))]
        case .shortlist:
            var changes: [String: BrowserMark?] = [:]
            for (item, mark) in state.marks where state.savedMarks[item] != mark { changes[state.data.items[item].id] = mark }
            for item in state.savedMarks.keys where state.marks[item] == nil {
                changes[state.data.items[item].id] = .some(nil)
            }
            return [.save(.marks(changes))]
        }
    }

    static func move(_ state: inout BrowserState, by delta: Int) {
        switch state.focus {
        case .list: move(&state, to: state.listCursor + delta)
        case .ranking: move(&state, to: state.rankingCursor + delta)
        }
    }

    static func move(_ state: inout BrowserState, to position: Int) {
        switch state.focus {
        case .list: state.listCursor = clamp(position, count: state.visible.count)
        case .ranking: state.rankingCursor = clamp(position, count: state.ranking.count)
        }
    }

    static func clamp(_ position: Int, count: Int) -> Int { max(0, min(position, count - 1)) }

    /// Keeps cursors in range and visible, and resets the detail scroll on a new selection.
    static func settle(_ state: inout BrowserState, selectionBefore: Int?) {
        let layout = BrowserLayout(state.size)
        state.listCursor = clamp(state.listCursor, count: state.visible.count)
        state.rankingCursor = clamp(state.rankingCursor, count: state.ranking.count)
        state.listTop = BrowserLayout.scroll(
            top: state.listTop, cursor: state.listCursor, rows: layout.listRows, count: state.visible.count)
        state.rankingTop = BrowserLayout.scroll(
            top: state.rankingTop, cursor: state.rankingCursor, rows: layout.listRows, count: state.ranking.count)
        if state.selectedItem != selectionBefore { state.detailTop = 0 }
    }
}
