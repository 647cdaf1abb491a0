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

/// Guarded conversions from the LP's and the subgradient methods' doubles to the exact integers
/// of the bounds.
///
/// Any multiplier `≥ 0` gives a valid Lagrangian bound, so a value that is not finite (NaN, ±∞)
/// becomes `fallback` (0 unless said otherwise) and every value is clamped into `range` before
/// the conversion, which then can never trap. The ranges are chosen by the callers so that the
/// sums they keep stay far from `Int64.max`.
enum ExchangeArithmetic {
    /// `x` rounded by `rule`, clamped into `range`; `fallback` when `x` is not finite.
    static func int64(
        _ x: Double, rounded rule: FloatingPointRoundingRule, in range: ClosedRange<Int64>, fallback: Int64 = 0
    ) -> Int64 {
        guard x.isFinite else { return min(max(fallback, range.lowerBound), range.upperBound) }
        let r = x.rounded(rule)
        if r <= Double(range.lowerBound) { return range.lowerBound }
        if r >= Double(range.upperBound) { return range.upperBound }
        return Int64(r)
    }

    /// The same for `Int`.
    static func int(_ x: Double, rounded rule: FloatingPointRoundingRule, in range: ClosedRange<Int>) -> Int {
        Int(int64(x, rounded: rule, in: Int64(range.lowerBound)...Int64(range.upperBound)))
    }
}
