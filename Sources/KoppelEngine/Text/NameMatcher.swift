/// Finds what a person means by a name: an id, or a Dutch or English label, case- and
/// diacritics-insensitive; for a name that is unknown or fits several, the closest ones.
///
/// ```swift
/// let skills = NameMatcher.skills(catalog)
/// skills.match("financiele analyse")   // .found("esco:99571e68-…")
/// skills.match("Financiele analise")   // .unknown(suggestions: ["Financiële analyse (esco:99571e68-…)"])
/// ```
public struct NameMatcher: Sendable {
    /// What a name means.
    public enum Match: Hashable, Sendable {
        /// Exactly one id.
        case found(String)
        /// Several ids share this name; each as "Label (id)".
        case ambiguous([String])
        /// No id or name fits; the closest, each as "Label (id)", best first (may be empty).
        case unknown(suggestions: [String])
    }

    private struct Entry: Sendable {
        let id: String
        let label: String
        let folded: [String]
    }

    private let entries: [Entry]
    private let byID: [String: Int]
    private let byFoldedName: [String: [Int]]

    /// A matcher over `(id, names)` pairs; the first name is the label suggestions show.
    public init(_ items: [(id: String, names: [String])]) {
        var entries: [Entry] = []
        var byID: [String: Int] = [:]
        var byFoldedName: [String: [Int]] = [:]
        for item in items {
            let index = entries.count
            let names = item.names.filter { !$0.isEmpty }
            let folded = ([item.id] + names).map(TextFolding.fold)
            entries.append(Entry(id: item.id, label: names.first ?? item.id, folded: folded))
            byID[item.id] = index
            for name in Set(folded) where !(byFoldedName[name]?.contains(index) ?? false) {
                byFoldedName[name, default: []].append(index)
            }
        }
        self.entries = entries
        self.byID = byID
        self.byFoldedName = byFoldedName
    }

    /// What `text` means: its id as written, else the one id or name it folds to.
    public func match(_ text: String) -> Match {
        if let index = byID[text] { return .found(entries[index].id) }
        let folded = TextFolding.fold(text.trimmingSpaces)
        if let indices = byFoldedName[folded] {
            if indices.count == 1 { return .found(entries[indices[0]].id) }
            return .ambiguous(indices.map(describe).sorted())
        }
        return .unknown(suggestions: suggestions(for: folded))
    }

    /// Up to three entries whose id or name is closest to `folded` (edit distance at most a
    /// third of the name, at least 2; only those at the smallest distance), or that start with
    /// it or hold it as a word.
    func suggestions(for folded: String, limit: Int = 3) -> [String] {
        guard !folded.isEmpty else { return [] }
        let typed = Array(folded)
        var scored: [(distance: Int, label: String)] = []
        for entry in entries {
            var best = Int.max
            for name in entry.folded {
                if name.hasPrefix(folded) || name.split(separator: " ").contains(Substring(folded)) {
                    best = 0
                    break
                }
                let allowed = Swift.max(2, name.count / 3)
                let distance = Self.distance(typed, Array(name), limit: allowed)
                if distance <= allowed { best = Swift.min(best, distance) }
            }
            if best != .max { scored.append((best, describe(entries.firstIndex { $0.id == entry.id }!))) }
        }
        // Only the closest: one typo away from "Gemeente Hengelo" is not also "Gemeente Almelo".
        guard let closest = scored.map(\.distance).min() else { return [] }
        return scored.filter { $0.distance == closest }.sorted { $0.label < $1.label }.prefix(limit).map(\.label)
    }

    private func describe(_ index: Int) -> String {
        let entry = entries[index]
        return entry.label == entry.id ? entry.id : "\(entry.label) (\(entry.id))"
    }

    /// The Levenshtein distance of `a` and `b`, or `limit + 1` once it must exceed `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...Swift.max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowBest = current[0]
            for j in 1...Swift.max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = Swift.min(rowBest, current[j])
            }
            if rowBest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

extension NameMatcher {
    /// Skills by id, Dutch label or English label.
    public static func skills(_ catalog: Catalog) -> NameMatcher {
        NameMatcher(catalog.skills.map { ($0.id, [$0.labelNL, $0.labelEN]) })
    }

    /// Credential types by code or name.
    public static func credentials(_ catalog: Catalog) -> NameMatcher {
        NameMatcher(catalog.credentials.map { ($0.id, [$0.name]) })
    }

    /// Domains by code, Dutch or English name.
    public static func domains(_ catalog: Catalog) -> NameMatcher {
        NameMatcher(catalog.domains.map { ($0.id, [$0.nameNL, $0.nameEN]) })
    }

    /// Employers by code, name ("Gemeente Hengelo") or seat ("Hengelo"; a seat of several
    /// employers is ambiguous).
    public static func employers(_ catalog: Catalog) -> NameMatcher {
        NameMatcher(catalog.employers.map { ($0.id, [$0.name, $0.seat]) })
    }
}
