/// An error from the ranking engine: invalid weights or duplicate ids in the input.
///
/// ```swift
/// do { _ = try RankingWeights(version: 2, mustSkills: 50, /* … */) }
/// catch { print(error) }  // "ranking weights version 2 sum to 90.00 points; they must sum to 100"
/// ```
public struct RankingError: Error, Hashable, Sendable, CustomStringConvertible {
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
    /// A sentence a user understands, naming the offending value.
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
