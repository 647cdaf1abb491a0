/// A catalogue text with its arguments, for errors and reports made before anyone knows who
/// will read them; rendered in a language when it is read.
///
/// ```swift
/// let text = CatalogueText("store.noVacancy", ["id": "v9"])
/// text.text(in: .nl)   // "er is geen vacature met id 'v9'"
/// ```
///
/// Two are equal when they have the same key and the same English text.
public struct CatalogueText: Hashable, Sendable {
    /// The catalogue key.
    public let key: String
    /// The values filled into the text.
    public let arguments: [String: any TextArgument]

    public init(_ key: String, _ arguments: [String: any TextArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.text(key, arguments)
    }

    public static func == (left: CatalogueText, right: CatalogueText) -> Bool {
        left.key == right.key && left.text(in: .en) == right.text(in: .en)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(text(in: .en))
    }
}

/// An error with an English message and, when it came from the catalogue, its wording, so a
/// caller writes it in the reader's language.
public protocol WordedError: Error {
    /// The message in English.
    var message: String { get }
    /// The message from the catalogue; nil for one made as text.
    var wording: CatalogueText? { get }
}

extension WordedError {
    /// The message in `language` (the English message when it was made as text).
    public func message(in language: Language) -> String { wording?.text(in: language) ?? message }
}

extension CatalogueText: TextArgument {
    /// A catalogue text filled into another one follows that text's language.
    public func rendered(in language: Language) -> String { text(in: language) }
}

/// Names to choose from, written "a, b or c" / "a, b of c".
public struct Alternatives: TextArgument {
    public let items: [String]

    public init(_ items: [String]) { self.items = items }

    public func rendered(in language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + language.text("names.or") + items.last!
    }
}

/// A number of hundredths, written with two decimals: 7125 → "71,25" / "71.25".
public struct Hundredths: TextArgument {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    public func rendered(in language: Language) -> String { language.hundredths(value) }
}
