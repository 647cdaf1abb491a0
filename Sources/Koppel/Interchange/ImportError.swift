/// One problem in an input file: where it is and what is wrong.
public struct ImportIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file name as given (`-` for standard input).
    public var file: String
    /// The 1-based line where the record starts (0 when the problem is the whole file).
    public var line: Int
    /// The column or JSON key, nil when the problem is the whole record.
    public var field: String?
    public var reason: String

    public init(file: String, line: Int, field: String?, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return field.map { "\(place): field '\($0)': \(reason)" } ?? "\(place): \(reason)"
    }
}

/// An import that was refused: every bad record is listed; nothing was written.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// Why the import was refused.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The file could not be read or decoded (missing, invalid UTF-8, not JSON, empty).
        public static let unreadable = Code(name: "unreadable")
        /// One or more records are invalid; see ``ImportError/issues``.
        public static let invalidRecords = Code(name: "invalidRecords")
        /// The entity kind is unknown.
        public static let unknownKind = Code(name: "unknownKind")
    }

    public var code: Code
    /// The problems, in file order: every one, or the first 10,000 of a file with more.
    public var issues: [ImportIssue]
    /// Problems found beyond ``issues``, counted only.
    public var unlisted: Int

    public init(_ code: Code, _ issues: [ImportIssue], unlisted: Int = 0) {
        self.code = code
        self.issues = issues
        self.unlisted = unlisted
    }

    /// The problems, one a line: the first ``InputLimits/listedProblems`` in full, then how
    /// many more there are.
    public var description: String {
        let total = issues.count + unlisted
        let head = total == 1 ? "1 problem" : "\(total) problems"
        var lines = issues.prefix(InputLimits.listedProblems).map { "  \($0)" }
        let rest = total - lines.count
        if rest > 0 { lines.append("  … and \(rest) more \(rest == 1 ? "problem" : "problems") (the first \(lines.count) are listed)") }
        return "import refused, nothing was written (\(head)):\n" + lines.joined(separator: "\n")
    }
}
