/// The trainee's ranking (enter/a, J/K, d) and the adviser's marks (c, x).
extension BrowserReducer {
    /// The ranked item the keys act on: the ranking's selection, or the list's selection when ranked.
    static func rankedTarget(_ state: BrowserState) -> Int? {
        switch state.focus {
        case .ranking: return state.ranking.indices.contains(state.rankingCursor) ? state.rankingCursor : nil
        case .list: return state.selectedItem.flatMap { state.rankPosition[$0] }
        }
    }

    static func addSelected(_ state: inout BrowserState) {
        guard state.focus == .list, let item = state.selectedItem else { return }
        let title = state.data.items[item].title
        if let position = state.rankPosition[item] {
            state.status = .init(state.data.language.text("browser.status.already", ["title": title, "position": position + 1]))
            return
        }
        state.setRanking(state.ranking + [item])
        state.status = .init(state.data.language.text("browser.status.added", ["title": title, "position": state.ranking.count]))
    }

    static func moveRanked(_ state: inout BrowserState, by delta: Int) {
        guard let position = rankedTarget(state) else {
            state.status = .init(state.data.language.text("browser.status.notInRankingAdd"))
            return
        }
        let target = position + delta
        guard state.ranking.indices.contains(target) else { return }
        var ranking = state.ranking
        ranking.swapAt(position, target)
        state.setRanking(ranking)
        if state.focus == .ranking { state.rankingCursor = target }
    }

    static func removeSelected(_ state: inout BrowserState) {
        guard let position = rankedTarget(state) else {
            state.status = .init(state.data.language.text("browser.status.notInRanking"))
            return
        }
        var ranking = state.ranking
        let item = ranking.remove(at: position)
        state.setRanking(ranking)
        state.status = .init(state.data.language.text("browser.status.removed", ["title": state.data.items[item].title]))
    }

    static func toggleMark(_ mark: BrowserMark, _ state: inout BrowserState) {
        guard let item = state.selectedItem else { return }
        if state.marks[item] == mark {
            state.marks[item] = nil
        } else {
            state.marks[item] = mark
        }
    }
}

extension BrowserState {
    mutating func setRanking(_ ranking: [Int]) {
        self.ranking = ranking
        rankPosition = Self.positions(ranking)
    }
}
