import GRDB
import KoppelEngine

/// A rule between two fields of one record (`scale_min` ≤ `scale_max`, `opens` ≤ `closes` …),
/// checked with the other field rules and reported in words.
///
/// ```swift
/// FieldPairRule("scale_min", .notAbove, "scale_max")
/// // vacancies.csv:4: scale_min 12 is above scale_max 9
/// ```
///
/// A rule is checked when the record gives both values; when an import leaves one of them
/// out (a partial import keeps the stored value), the database's own CHECK, where there is
/// one, judges the pair (``DatabaseRule`` words its refusal).
struct FieldPairRule: Sendable {
    enum Relation: Sendable {
        /// The first is at most the second.
        case notAbove
        /// The first is strictly before the second.
        case before
        /// Both are given or both are empty (coordinates).
        case together
    }

    var first: String
    var relation: Relation
    var second: String

    init(_ first: String, _ relation: Relation, _ second: String) {
        self.first = first
        self.relation = relation
        self.second = second
    }

    /// Why the pair breaks the rule, or nil when it holds (or cannot be judged: a value is
    /// missing or invalid). `given` says whether the record holds each field at all.
    func problem(_ a: DatabaseValue, _ b: DatabaseValue, type: FieldType, given: (Bool, Bool)) -> String? {
        switch relation {
        case .together:
            guard given.0 && given.1, a.isNull != b.isNull else { return nil }
            return a.isNull ? "\(second) is given without \(first)" : "\(first) is given without \(second)"
        case .notAbove, .before:
            guard !a.isNull, !b.isNull, let order = Self.compare(a, b, type: type) else { return nil }
            let isDay: Bool
            if case .day = type { isDay = true } else { isDay = false }
            if relation == .notAbove && order > 0 {
                return "\(first) \(a.plainText) is \(isDay ? "after" : "above") \(second) \(b.plainText)"
            }
            if relation == .before && order >= 0 {
                return "\(first) \(a.plainText) is not before \(second) \(b.plainText)"
            }
            return nil
        }
    }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`; nil when they do not compare.
    private static func compare(_ a: DatabaseValue, _ b: DatabaseValue, type: FieldType) -> Int? {
        switch type {
        case .scale:
            guard let x = Scale(a.plainText), let y = Scale(b.plainText) else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        case .integer, .real:
            guard let x = Double.fromDatabaseValue(a), let y = Double.fromDatabaseValue(b) else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        default:
            // Days are ISO text: their order is the text's order.
            let x = a.plainText
            let y = b.plainText
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }
}
