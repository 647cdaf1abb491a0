import KoppelEngine

/// A filter as typed: words separated by spaces, each of which must occur (folded) in an item.
///
/// ```swift
/// FilterQuery("hof BAG").terms   // ["hof", "bag"] as UTF-8
/// ```
public struct FilterQuery: Hashable, Sendable {
    /// The text as typed.
    public let text: String
    /// The folded words, as UTF-8.
    let terms: [[UInt8]]

    public init(_ text: String) {
        self.text = text
        terms = TextFolding.fold(text).split(separator: " ").map { Array($0.utf8) }
    }

    /// True when the filter keeps everything.
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether every item this query keeps was also kept by `other` (so filtering can start
    /// from `other`'s result): true when this text extends `other`'s.
    func narrows(_ other: FilterQuery) -> Bool { text.hasPrefix(other.text) }
}
