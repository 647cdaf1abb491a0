/// Why a byte sequence is not a JSON document that ``JSONDocument`` accepts, and where.
///
/// ```swift
/// do {
///     _ = try JSONDocument(parsing: Array(#"{"a": [1, 2,]}"#.utf8))
/// } catch {
///     print(error.code, error.pathText)  // syntax a
///     print(error)                       // a trailing comma before ']' (line 1, column 13)
/// }
/// ```
///
/// `offset` is the 0-based byte offset of the offending byte (the input's length when it ends
/// early); `line` and `column` are 1-based, the column counted in bytes. `path` names the
/// containers that were open at that point (for `.duplicateKey`, ending with the repeated key).
public struct JSONReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is. A struct, not an enum, so new codes can be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name, e.g. `"syntax"`.
        public let rawValue: String

        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The bytes break RFC 8259's grammar (including bad escapes, lone surrogates, raw
        /// control characters in strings, invalid UTF-8, leading zeros, trailing commas and
        /// anything after the value).
        public static let syntax = Code(rawValue: "syntax")
        /// The input is empty or only whitespace.
        public static let empty = Code(rawValue: "empty")
        /// One object holds the same key twice (compared as Swift strings, after unescaping).
        public static let duplicateKey = Code(rawValue: "duplicateKey")
        /// Containers are nested deeper than ``JSONDocument/maximumDepth``.
        public static let tooDeep = Code(rawValue: "tooDeep")
        /// The input is larger than ``JSONDocument/maximumSize``.
        public static let tooLarge = Code(rawValue: "tooLarge")

        /// The code's name.
        public var description: String { rawValue }
    }

    /// What kind of problem this is.
    public let code: Code
    /// What is wrong, in lower case and without a final period: `a trailing comma before ']'`.
    public let reason: String
    /// The 0-based byte offset of the problem.
    public let offset: Int
    /// The 1-based line of ``offset``.
    public let line: Int
    /// The 1-based column (in bytes) of ``offset``.
    public let column: Int
    /// The keys and array positions of the containers open at the problem.
    public let path: [JSONPathComponent]

    /// Creates an error; the reader is the usual source.
    public init(code: Code, reason: String, offset: Int, line: Int, column: Int, path: [JSONPathComponent]) {
        self.code = code
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
        self.path = path
    }

    /// ``path`` in the interchange formats' spelling: `placements.p1.capacity`, `trainees.t2[1]`.
    public var pathText: String { JSONPathComponent.text(path) }

    /// The reason with its place: `a trailing comma before ']' (line 1, column 13)`.
    public var description: String { "\(reason) (line \(line), column \(column))" }
}

/// One step of a path into a JSON document: an object key or an array position (0-based).
public enum JSONPathComponent: Hashable, Sendable {
    /// A member of an object.
    case key(String)
    /// An element of an array.
    case index(Int)

    /// The dotted form: keys joined by `.`, positions as `[k]`; `""` for the whole document.
    public static func text(_ path: some Sequence<JSONPathComponent>) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
