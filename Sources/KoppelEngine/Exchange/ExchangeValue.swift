/// The objective, compared lexicographically: people moved, then total weight in millionths.
struct ExchangeValue: Comparable, Hashable, Sendable {
    var moved: Int
    var micros: Int64

    static let zero = ExchangeValue(moved: 0, micros: 0)

    /// The smallest value that is strictly better.
    var successor: ExchangeValue { ExchangeValue(moved: moved, micros: micros + 1) }

    static func < (a: ExchangeValue, b: ExchangeValue) -> Bool {
        a.moved != b.moved ? a.moved < b.moved : a.micros < b.micros
    }
}
