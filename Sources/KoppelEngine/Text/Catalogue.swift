/// The one catalogue of text that people read, in Dutch and English.
///
/// ```swift
/// Language.nl.text("ranking.mustSkills.held", ["held": 3, "count": 4])
/// // "3 van 4 vereiste vaardigheden"
/// ```
///
/// A text names its arguments in braces (`{held}`); an argument is rendered for the language
/// (``TextArgument``: a decimal comma in Dutch, a written-out date). Entries live in the
/// `Catalogue+…` files by area; every key has both languages, with the same arguments
/// (`CatalogueTests` fails otherwise).
public enum Catalogue {
    /// One text in both languages.
    public struct Entry: Sendable {
        public let nl: String
        public let en: String

        public init(nl: String, en: String) {
            self.nl = nl
            self.en = en
        }
    }

    /// Every entry, by key.
    public static let entries: [String: Entry] = {
        var all: [String: Entry] = [:]
        for part in parts {
            all.merge(part.entries) { first, _ in first }
        }
        return all
    }()

    /// The areas of the catalogue, with their entries (a key belongs to one area).
    public static let parts: [(area: String, entries: [String: Entry])] = [
        ("common", common), ("ranking", ranking), ("commands", commands), ("help", help),
        ("placement", placement), ("browser", browser), ("server", server), ("store", store), ("access", access),
        ("imports", imports), ("round", round), ("exchange", exchange),
        ("log", log), ("person", person), ("accounts", accounts), ("helpMore", helpMore),
        ("accountability", accountability),
    ]

    /// The template of `key` in `language`; nil for a key the catalogue does not hold.
    public static func template(_ key: String, _ language: Language) -> String? {
        guard let entry = entries[key] else { return nil }
        switch language {
        case .nl: return entry.nl
        case .en: return entry.en
        case .pseudo: return "⟦" + entry.en + "⟧"
        }
    }

    /// The names of the `{arguments}` in `template`, in order.
    public static func argumentNames(_ template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber {
                    current!.append(character)
                } else {
                    current = nil
                }
            }
        }
        return names
    }

    /// `template` with each `{name}` replaced by its argument, rendered for `language`.
    static func fill(_ template: String, _ arguments: [String: any TextArgument], _ language: Language) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                result += value.rendered(in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

extension Language {
    /// The catalogue text of `key` in this language, its `{arguments}` filled in; a key the
    /// catalogue lacks comes back as `⟦?key⟧` (a test finds every key the sources use).
    public func text(_ key: String, _ arguments: [String: any TextArgument] = [:]) -> String {
        guard let template = Catalogue.template(key, self) else { return "⟦?\(key)⟧" }
        return Catalogue.fill(template, arguments, self)
    }

    /// Items joined for a sentence: "a, b en c" / "a, b and c"; empty for none.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + text("common.and") + items.last!
    }
}

/// A value filled into a catalogue text, written for the language.
public protocol TextArgument: Sendable {
    /// The value as people of `language` read it.
    func rendered(in language: Language) -> String
}

extension String: TextArgument {
    public func rendered(in language: Language) -> String { self }
}

extension Substring: TextArgument {
    public func rendered(in language: Language) -> String { String(self) }
}

extension Int: TextArgument {
    public func rendered(in language: Language) -> String { String(self) }
}

extension Double: TextArgument {
    public func rendered(in language: Language) -> String { language.number(self) }
}

extension Day: TextArgument {
    /// Dutch text writes a day out ("3 december 2026"); English text keeps the ISO date.
    public func rendered(in language: Language) -> String {
        language == .nl ? language.longDate(self) : description
    }
}
