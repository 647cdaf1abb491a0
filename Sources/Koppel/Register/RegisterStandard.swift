import Foundation
import KoppelSeeds

/// The Algoritmeregister's publication standard 1.0.0: its fields and the check of an entry.
///
/// Read from `Seeds/algoritmeregister_v1_fields.csv` (key, title, type, maximum length,
/// required, permitted values): every field of an entry is checked for presence when required,
/// its length (a text field's characters; an array's items, max 3 where the type says so) and
/// its value against the permitted ones.
public struct RegisterStandard: Sendable {
    /// One field of the standard.
    public struct Field: Sendable, Hashable {
        public var key: String
        public var title: String
        public var type: String
        public var maxLength: Int?
        public var required: Bool
        /// The permitted values of an enum or array field; empty when any value is allowed
        /// (a `recommended titles:` list only recommends).
        public var permitted: [String]
    }

    public var fields: [Field]

    /// The standard as koppel ships it.
    public static let v1: RegisterStandard = try! RegisterStandard(csv: SeedFiles.algoritmeregisterFields)

    /// Reads the standard's CSV. Its `type` column holds unquoted commas
    /// (`array of {title (max 100), link (max 500)}`), so a row's last three fields are counted
    /// from the end and everything between the title and them is the type.
    public init(csv: String) throws {
        var fields: [Field] = []
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 6 else { throw StoreError(.corrupt, "algoritmeregister_v1_fields.csv: a row of \(parts.count) fields: \(line)") }
            let n = parts.count
            let permitted = parts[n - 1].hasPrefix("recommended") ? [] : parts[n - 1].split(separator: "|").map(String.init)
            fields.append(Field(
                key: parts[0], title: parts[1], type: parts[2..<(n - 3)].joined(separator: ","), maxLength: Int(parts[n - 3]),
                required: parts[n - 2] == "yes", permitted: permitted))
        }
        self.fields = fields
    }

    /// The problems of an entry, one sentence each naming the field; empty when it conforms.
    ///
    /// Values are strings, or arrays of strings or of `{"title", "link"}` objects.
    public func problems(_ entry: [String: Any]) -> [String] {
        var problems: [String] = []
        let known = Set(fields.map(\.key))
        for key in entry.keys.sorted() where !known.contains(key) {
            problems.append("field '\(key)' is not in publication standard 1.0.0")
        }
        for field in fields {
            guard let value = entry[field.key], !Self.isEmpty(value) else {
                if field.required { problems.append("field '\(field.key)' (\(field.title)) is required and missing") }
                continue
            }
            if let text = value as? String {
                if let max = field.maxLength, text.count > max {
                    problems.append("field '\(field.key)' (\(field.title)) has \(text.count) characters, at most \(max) allowed")
                }
                if !field.permitted.isEmpty, !field.permitted.contains(text) {
                    problems.append("field '\(field.key)' (\(field.title)): '\(text)' is not one of \(field.permitted.joined(separator: ", "))")
                }
                if field.type.contains("YYYY-MM"), text.wholeMatch(of: /[0-9]{4}-(0[1-9]|1[0-2])/) == nil {
                    problems.append("field '\(field.key)' (\(field.title)): '\(text)' is not a month YYYY-MM")
                }
                if field.type.contains("https URL"), !text.hasPrefix("https://") {
                    problems.append("field '\(field.key)' (\(field.title)): '\(text)' is not an https URL")
                }
            } else if let items = value as? [Any] {
                if field.type.contains("max 3"), items.count > 3 {
                    problems.append("field '\(field.key)' (\(field.title)) has \(items.count) values, at most 3 allowed")
                }
                for item in items {
                    if let text = item as? String, !field.permitted.isEmpty, !field.permitted.contains(text) {
                        problems.append("field '\(field.key)' (\(field.title)): '\(text)' is not one of the permitted values")
                    } else if let link = item as? [String: Any] {
                        let title = link["title"] as? String ?? ""
                        let url = link["link"] as? String ?? ""
                        let titleMax = field.type.contains("title (max 500)") ? 500 : (field.type.contains("title (max 100)") ? 100 : nil)
                        if title.isEmpty { problems.append("field '\(field.key)' (\(field.title)): an item without a title") }
                        if let titleMax, title.count > titleMax {
                            problems.append("field '\(field.key)' (\(field.title)): a title of \(title.count) characters, at most \(titleMax) allowed")
                        }
                        if url.count > 500 { problems.append("field '\(field.key)' (\(field.title)): a link of \(url.count) characters, at most 500 allowed") }
                    }
                }
            } else {
                problems.append("field '\(field.key)' (\(field.title)) is neither text nor a list")
            }
        }
        return problems
    }

    private static func isEmpty(_ value: Any) -> Bool {
        if let text = value as? String { return text.isEmpty }
        if let items = value as? [Any] { return items.isEmpty }
        return value is NSNull
    }
}
