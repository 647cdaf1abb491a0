/// One problem in an input file: where it is and what is wrong.
public struct ImportIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file name as given (`-` for standard input).
    public var file: String
    /// The 1-based line where the record starts (0 when the problem is the whole file).
    public var line: Int
    /// The column or JSON key, nil when the problem is the whole record.
    public var field: String?
    /// What is wrong, in English.
    public var reason: String
    /// What is wrong, from the catalogue; nil for a reason made as text (not encoded).
    public var wording: CatalogueText?

    enum CodingKeys: String, CodingKey { case file, line, field, reason }

    public init(file: String, line: Int, field: String?, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// A problem whose reason is a catalogue text (``reason`` is its English).
    public init(file: String, line: Int, field: String?, text: CatalogueText) {
        self.init(file: file, line: line, field: field, reason: text.text(in: .en))
        wording = text
    }

    /// The reason in `language`.
    public func reason(in language: Language) -> String {
        wording?.text(in: language) ?? reason
    }

    /// Two problems are the same when place, field and English reason are.
    public static func == (left: ImportIssue, right: ImportIssue) -> Bool {
        left.file == right.file && left.line == right.line && left.field == right.field && left.reason == right.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(field)
        hasher.combine(reason)
    }

    public var description: String { description(in: .en) }

    /// "file:line: field 'x': reason", with the words in `language`.
    public func description(in language: Language) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        let reason = reason(in: language)
        return field.map { language.text("import.issue.field", ["place": place, "field": $0, "reason": reason]) }
            ?? language.text("import.issue", ["place": place, "reason": reason])
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
    public var description: String { description(in: .en) }

    /// The problems in `language`, one a line.
    public func description(in language: Language) -> String {
        let total = issues.count + unlisted
        var lines = issues.prefix(InputLimits.listedProblems).map { "  " + $0.description(in: language) }
        let rest = total - lines.count
        if rest > 0 {
            lines.append("  " + language.text(rest == 1 ? "import.moreProblem" : "import.moreProblems", ["count": rest, "listed": lines.count]))
        }
        return language.text(total == 1 ? "import.refusedOne" : "import.refused", ["count": total]) + "\n" + lines.joined(separator: "\n")
    }
}
