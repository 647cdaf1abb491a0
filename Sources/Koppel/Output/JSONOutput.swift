import Foundation

/// The one JSON encoding of koppel's answers, shared by the CLI (`--format json`) and the
/// service's API, so both give the same bytes.
///
/// ```swift
/// let text = try JSONOutput.encode(CandidatesDocument(list))
/// ```
public enum JSONOutput {
    /// Pretty JSON with sorted keys and unescaped slashes, ending in a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Log entries as a JSON array; a page leaves `subjects` out (it counts them).
    public static func log(_ entries: [DecisionLogEntry], withSubjects: Bool) throws -> String {
        let objects = entries.map { entry -> [String: Any] in
            var object = entry.jsonObject
            if !withSubjects { object["subjects"] = nil }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
