/// A listing that was ignored because it does not make an acceptable pair.
///
/// A pair is acceptable only when the trainee lists the placement, the placement ranks the
/// trainee, and the pair is not forbidden. Every other listing is ignored and reported:
///
/// ```swift
/// for warning in instance.warnings { print(warning) }
/// // t3 lists p2, but p2 does not rank t3; ignored
/// ```
///
/// Warnings are sorted by trainee id, then placement id (byte-wise), then code.
public struct PlacementWarning: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind of ignored listing.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code's name, e.g. `"notRankedByPlacement"`.
        public let rawValue: String

        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The trainee lists the placement, but the placement does not rank the trainee.
        public static let notRankedByPlacement = Code(rawValue: "notRankedByPlacement")
        /// The placement ranks the trainee, but the trainee did not list (apply to) it.
        public static let notListedByTrainee = Code(rawValue: "notListedByTrainee")
        /// Both list each other, but the pair is forbidden (e.g. an earlier rotation there).
        public static let forbiddenPair = Code(rawValue: "forbiddenPair")

        /// The code's name.
        public var description: String { rawValue }
    }

    /// The kind of ignored listing.
    public let code: Code
    /// The trainee's id.
    public let trainee: String
    /// The placement's id.
    public let placement: String

    /// Creates a warning about the pair `(trainee, placement)`.
    public init(code: Code, trainee: String, placement: String) {
        self.code = code
        self.trainee = trainee
        self.placement = placement
    }

    /// A sentence such as `t3 lists p2, but p2 does not rank t3; ignored`.
    public var message: String {
        switch code {
        case .notRankedByPlacement:
            return "\(trainee) lists \(placement), but \(placement) does not rank \(trainee); ignored"
        case .notListedByTrainee:
            return "\(placement) ranks \(trainee), but \(trainee) does not list \(placement); ignored"
        case .forbiddenPair:
            return "\(trainee) and \(placement) list each other, but the pair is forbidden; ignored"
        default:
            return "\(trainee) and \(placement): \(code); ignored"
        }
    }

    /// The same as ``message``.
    public var description: String { message }

    private enum CodingKeys: String, CodingKey {
        case code, trainee, placement, message
    }

    /// Decodes a warning; the stored `message` is ignored and recomputed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(Code.self, forKey: .code)
        trainee = try container.decode(String.self, forKey: .trainee)
        placement = try container.decode(String.self, forKey: .placement)
    }

    /// Encodes `code`, `trainee`, `placement` and the `message` sentence.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(trainee, forKey: .trainee)
        try container.encode(placement, forKey: .placement)
        try container.encode(message, forKey: .message)
    }
}
