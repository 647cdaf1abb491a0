/// The language people read koppel's text in: Dutch or English.
///
/// ```swift
/// Language.resolve(option: nil, environment: ["LANG": "nl_NL.UTF-8"])   // .nl
/// Language.nl.text("table.score")                                        // "score"
/// ```
///
/// Machine output (JSON keys, reason codes, flags, default CSV) never depends on it. The
/// library never reads the environment: a caller (the CLI, the service) resolves the language
/// and passes it in. ``pseudo`` is for tests only: it wraps every catalogue text in ⟦…⟧, so a
/// test finds any text that did not come from the catalogue.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nederlands.
    case nl
    /// English.
    case en
    /// Test-only: English wrapped in ⟦…⟧ (`--lang xx`).
    case pseudo = "xx"

    /// The languages people choose from (not ``pseudo``).
    public static let offered: [Language] = [.nl, .en]

    /// The language of an option value or a locale name: `nl`, `nl_NL.UTF-8`, `nl-BE` → Dutch;
    /// `en`, `en_GB`, `C`, `POSIX` → English; `xx` → ``pseudo``; anything else nil.
    public init?(code: String) {
        let lowered = code.lowercased()
        let prefix = lowered.prefix { $0.isLetter }
        switch prefix {
        case "nl": self = .nl
        case "en", "c", "posix": self = .en
        case "xx": self = .pseudo
        default: return nil
        }
    }

    /// The language of the CLI: `option` (`--lang`), else `KOPPEL_LANG`, else the first set of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` (`nl*` gives Dutch), else English. An option or
    /// `KOPPEL_LANG` that names no language is nil (a usage error for the caller to report).
    public static func resolve(option: String?, environment: [String: String]) -> Language? {
        if let option { return Language(code: option) }
        if let chosen = environment["KOPPEL_LANG"], !chosen.isEmpty { return Language(code: chosen) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("nl") ? .nl : .en
            }
        }
        return .en
    }

    /// The language of an HTTP `Accept-Language` header: the first of `nl` or `en` by quality
    /// (`en-GB;q=0.8, nl;q=0.9` → Dutch), else `fallback` (the service's default is Dutch).
    public static func accepting(_ header: String?, fallback: Language = .nl) -> Language {
        guard let header else { return fallback }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { String($0).trimmingSpaces }
            guard let tag = pieces.first, let language = Language(code: tag), language != .pseudo else { continue }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                quality = Double(piece.dropFirst(2)) ?? 0
            }
            if quality > 0 && quality > (best?.1 ?? 0) { best = (language, quality) }
        }
        return best?.0 ?? fallback
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    public var trimmingSpaces: String {
        // Most fields have no space or tab at either end: then no Character can be one.
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}

