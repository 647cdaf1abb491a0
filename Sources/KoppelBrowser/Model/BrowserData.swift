import KoppelEngine

/// Everything the browser shows that does not change while it runs: the items, their columns,
/// their sort orders and search index, and what was saved before.
///
/// Built once; a ``BrowserState`` refers to it, so reducing a key never copies the items.
public final class BrowserData: Sendable {
    public let kind: BrowserKind
    /// The title bar, e.g. "t03 Anouk ter Horst · rotation c2026-r1 (2026-09-01 – 2027-04-30)".
    public let title: String
    public let columns: [BrowserColumn]
    /// The language of the browser's own words (keys, headers, messages); the items are data.
    public let language: Language
    public let items: [BrowserItem]
    /// The ranking stored in the database, as item indices (trainee browser).
    public let savedRanking: [Int]
    /// The marks stored in the database, by item index (shortlist).
    public let savedMarks: [Int: BrowserMark]
    /// For each ``BrowserSort`` (by raw value), every item index in that order.
    let orders: [[Int]]
    let search: SearchIndex
    let indexByID: [String: Int]

    public init(
        kind: BrowserKind, title: String, columns: [BrowserColumn], items: [BrowserItem],
        savedRanking: [String] = [], savedMarks: [String: BrowserMark] = [:], language: Language = .en
    ) {
        self.kind = kind
        self.language = language
        self.title = title
        self.columns = columns
        self.items = items
        var indexByID: [String: Int] = [:]
        for (index, item) in items.enumerated() where indexByID[item.id] == nil { indexByID[item.id] = index }
        self.indexByID = indexByID
        var seen = Set<Int>()
        self.savedRanking = savedRanking.compactMap { indexByID[$0] }.filter { seen.insert($0).inserted }
        var marks: [Int: BrowserMark] = [:]
        for (id, mark) in savedMarks { if let index = indexByID[id] { marks[index] = mark } }
        self.savedMarks = marks
        search = SearchIndex(items.map(\.searchText))
        orders = BrowserSort.allCases.map { Self.order(items, by: $0) }
    }

    /// The index of the item with this id.
    public func index(of id: String) -> Int? { indexByID[id] }

    static func order(_ items: [BrowserItem], by sort: BrowserSort) -> [Int] {
        let indices = Array(items.indices)
        switch sort {
        case .fit:
            return indices.sorted { a, b in
                let x = items[a]
                let y = items[b]
                if x.eligible != y.eligible { return x.eligible }
                if x.fit != y.fit { return x.fit > y.fit }
                return x.id < y.id
            }
        case .employer:
            let names = items.map { TextFolding.fold($0.employerName) }
            let titles = items.map { TextFolding.fold($0.title) }
            return indices.sorted { a, b in
                if names[a] != names[b] { return names[a] < names[b] }
                if titles[a] != titles[b] { return titles[a] < titles[b] }
                return items[a].id < items[b].id
            }
        case .distance:
            return indices.sorted { a, b in
                switch (items[a].distanceKm, items[b].distanceKm) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return items[a].id < items[b].id
                }
            }
        }
    }
}
