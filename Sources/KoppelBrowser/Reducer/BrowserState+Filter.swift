/// Filtering and sorting the list.
extension BrowserState {
    /// Shows the items `query` keeps, in the current sort, and selects the first.
    ///
    /// When the new text extends the old one, only the items shown now are tested again.
    mutating func setFilter(_ query: FilterQuery) {
        if query.isEmpty {
            visible = data.orders[sort.rawValue]
            kept = nil
        } else if !filter.isEmpty, query.narrows(filter), var kept {
            var narrowed: [Int] = []
            narrowed.reserveCapacity(visible.count)
            for item in visible {
                if data.search.matches(item, query.terms) {
                    narrowed.append(item)
                } else {
                    kept[item] = false
                }
            }
            visible = narrowed
            self.kept = kept
        } else {
            var kept = [Bool](repeating: false, count: data.items.count)
            var shown: [Int] = []
            for item in data.orders[sort.rawValue] where data.search.matches(item, query.terms) {
                kept[item] = true
                shown.append(item)
            }
            visible = shown
            self.kept = kept
        }
        filter = query
        listCursor = 0
        listTop = 0
    }

    /// Re-sorts the list, keeping the selected item selected.
    mutating func setSort(_ sort: BrowserSort) {
        let selected = visible.indices.contains(listCursor) ? visible[listCursor] : nil
        self.sort = sort
        let order = data.orders[sort.rawValue]
        if let kept {
            visible = order.filter { kept[$0] }
        } else {
            visible = order
        }
        listCursor = selected.flatMap { visible.firstIndex(of: $0) } ?? 0
        status = .init(data.language.text("browser.status.sorted", ["order": data.language.text("browser.sort.\(sort.label)")]))
    }
}
