/// An error from the ranking engine: invalid weights or duplicate ids in the input.
///
/// ```swift
/// do { _ = try RankingWeights(version: 2, mustSkills: 50, /* … */) }
/// catch { print(error) }  // "ranking weights version 2 sum to 90.00 points; they must sum to 100"
/// ```
public struct RankingError: Error, WordedError, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; a struct so that new codes do not break callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A weight is negative, not finite, has more than two decimals, or the weights do not sum to 100.
        public static let invalidWeights = Code(rawValue: "invalidWeights")
        /// Two people (or two vacancies) in one input share an id.
        public static let duplicateId = Code(rawValue: "duplicateId")
    }

    public let code: Code
    /// A sentence a user understands, naming the offending value (English).
    public let message: String
    /// The sentence from the catalogue; nil for one made as text.
    public private(set) var wording: CatalogueText?

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// An error whose message is the catalogue text `key`.
    public init(code: Code, text key: String, _ arguments: [String: any TextArgument]) {
        let wording = CatalogueText(key, arguments)
        self.init(code: code, message: wording.text(in: .en))
        self.wording = wording
    }


    /// Two errors are the same when their code and English message are.
    public static func == (left: RankingError, right: RankingError) -> Bool {
        left.code == right.code && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    public var description: String { message }
}
