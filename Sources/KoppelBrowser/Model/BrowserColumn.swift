/// A column of the list: fixed width, or a share of what is left.
public struct BrowserColumn: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        case fixed(Int)
        /// A share (weight) of the remaining width, never below `minimum`.
        case flexible(weight: Int, minimum: Int)
    }

    public var title: String
    public var width: Width
    public var alignRight: Bool

    public init(_ title: String, _ width: Width, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }

    /// Widths for `columns` in `total` columns, one space between neighbours.
    static func layout(_ columns: [BrowserColumn], total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var fixed = 0
        var weights = 0
        for column in columns {
            switch column.width {
            case .fixed(let width): fixed += width
            case .flexible(let weight, _): weights += weight
            }
        }
        let flexibleTotal = max(0, total - gaps - fixed)
        var widths: [Int] = []
        var given = 0
        var lastFlexible: Int?
        for (index, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let width):
                widths.append(width)
            case .flexible(let weight, let minimum):
                let width = max(minimum, weights == 0 ? 0 : flexibleTotal * weight / weights)
                widths.append(width)
                given += width
                lastFlexible = index
            }
        }
        // Rounding leftovers go to the last flexible column.
        if let lastFlexible, given < flexibleTotal { widths[lastFlexible] += flexibleTotal - given }
        return widths
    }
}
