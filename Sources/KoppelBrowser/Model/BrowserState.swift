/// Everything the browser shows at one moment. A value: the reducer makes the next one, the
/// renderer draws it, and tests compare them.
///
/// ```swift
/// var state = BrowserState(data: data, size: BrowserSize(columns: 80, rows: 24))
/// state = BrowserReducer.reduce(state, .character("j"))
/// let lines = BrowserRenderer.render(state, state.size)
/// ```
public struct BrowserState: Sendable {
    /// Which pane has the keyboard.
    public enum Focus: Hashable, Sendable {
        case list
        /// The trainee's ranking (trainee browser only).
        case ranking
    }

    /// What covers the panes.
    public enum Overlay: Hashable, Sendable {
        case none
        case help
        /// Quit was asked with unsaved changes.
        case confirmQuit(BrowserExit)
    }

    /// A message in the status line.
    public struct Status: Hashable, Sendable {
        public var text: String
        public var isError: Bool

        public init(_ text: String, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }

    public let data: BrowserData
    public var size: BrowserSize
    public var focus: Focus = .list
    public var overlay: Overlay = .none
    public var sort: BrowserSort = .fit
    public internal(set) var filter = FilterQuery("")
    /// Whether keys go to the filter (after `/`, until enter or esc).
    public var isEditingFilter = false
    /// The item indices the list shows, in the current sort, after the filter.
    public internal(set) var visible: [Int]
    /// Per item, whether the filter keeps it (nil: no filter).
    var kept: [Bool]?
    /// Selected row of the list (index into `visible`) and the first row shown.
    public var listCursor = 0
    public var listTop = 0
    /// The trainee's ranking being edited, as item indices, most preferred first.
    public internal(set) var ranking: [Int]
    /// Where each ranked item stands in `ranking` (0-based).
    public internal(set) var rankPosition: [Int: Int]
    public var rankingCursor = 0
    public var rankingTop = 0
    /// The marks being edited (shortlist), by item index.
    public internal(set) var marks: [Int: BrowserMark]
    /// What the database holds (updated after a successful save).
    public internal(set) var savedRanking: [Int]
    public internal(set) var savedMarks: [Int: BrowserMark]
    /// What is being saved, so a success records exactly that.
    var saving: (ranking: [Int], marks: [Int: BrowserMark])?
    /// Quit once the save in progress succeeds.
    var quitAfterSave: BrowserExit?
    /// First line of the detail pane shown (scrolled with ctrl-d / ctrl-u).
    public var detailTop = 0
    public var status: Status?

    public init(data: BrowserData, size: BrowserSize) {
        self.data = data
        self.size = size
        visible = data.orders[BrowserSort.fit.rawValue]
        ranking = data.savedRanking
        savedRanking = data.savedRanking
        marks = data.savedMarks
        savedMarks = data.savedMarks
        rankPosition = Self.positions(data.savedRanking)
    }

    /// Whether there are changes that `w` would store.
    public var hasUnsavedChanges: Bool { ranking != savedRanking || marks != savedMarks }

    /// Whether a save is in progress.
    public var isSaving: Bool { saving != nil }

    /// The item the detail pane shows: the selection of the focused pane.
    public var selectedItem: Int? {
        switch focus {
        case .list: visible.indices.contains(listCursor) ? visible[listCursor] : nil
        case .ranking: ranking.indices.contains(rankingCursor) ? ranking[rankingCursor] : nil
        }
    }

    /// The ranking as placement ids.
    public var rankingIDs: [String] { ranking.map { data.items[$0].id } }

    static func positions(_ ranking: [Int]) -> [Int: Int] {
        var positions: [Int: Int] = [:]
        for (position, item) in ranking.enumerated() { positions[item] = position }
        return positions
    }
}

extension BrowserState: Equatable {
    public static func == (a: BrowserState, b: BrowserState) -> Bool {
        a.data === b.data && a.size == b.size && a.focus == b.focus && a.overlay == b.overlay && a.sort == b.sort
            && a.filter == b.filter && a.isEditingFilter == b.isEditingFilter && a.visible == b.visible
            && a.listCursor == b.listCursor && a.listTop == b.listTop && a.ranking == b.ranking
            && a.rankingCursor == b.rankingCursor && a.rankingTop == b.rankingTop && a.marks == b.marks
            && a.savedRanking == b.savedRanking && a.savedMarks == b.savedMarks && a.detailTop == b.detailTop
            && a.status == b.status && a.isSaving == b.isSaving
    }
}
