/// A malformed exchange instance or solver argument, with the place where it went wrong.
///
/// ```swift
/// do {
///     _ = try ExchangeInstance(json: Data(#"{"participants": ["a"], "acceptable": {"a": ["a"]}}"#.utf8))
/// } catch {
///     print(error.code, error.path)  // selfLoop acceptable.a[0]
///     print(error)                   // "a" lists its own position in acceptable.a[0]; …
/// }
/// ```
///
/// `path` uses the interchange JSON's own spelling: `participants[2]`, `acceptable.b[1]`,
/// `weights.a.b`, `vacancies[0]`, or `maxCycle` / `maxChain` for solver arguments, and the empty
/// string for the document as a whole. Ids that contain `.` or `[` make a path ambiguous; the
/// description always names the id in quotes. Only the first problem found is reported; the
/// checks run in a fixed order (participants, vacancies, acceptable by sorted key, weights by
/// sorted key), so the same input always reports the same error.
public struct ExchangeInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is. A struct, not an enum, so new codes can be added later.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, as printed.
        public let rawValue: String

        /// Makes a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// The input is not a JSON document (or not a JSON object at the top).
        public static let notJSON = Code(rawValue: "notJSON")
        /// A JSON object holds the same key twice (e.g. two `acceptable.a` lists).
        public static let duplicateKey = Code(rawValue: "duplicateKey")
        /// A required key (`participants`, `acceptable`) is absent.
        public static let missingField = Code(rawValue: "missingField")
        /// A value has the wrong JSON type (e.g. a number where an id string is expected).
        public static let wrongType = Code(rawValue: "wrongType")
        /// An id that is neither a participant nor a vacancy.
        public static let unknownID = Code(rawValue: "unknownID")
        /// The same id twice in one list (or a vacancy id that is also a participant id).
        public static let duplicateInList = Code(rawValue: "duplicateInList")
        /// A participant lists their own position.
        public static let selfLoop = Code(rawValue: "selfLoop")
        /// A weight that is negative, NaN, infinite or above ``ExchangeInstance/maximumWeight``.
        public static let badWeight = Code(rawValue: "badWeight")
        /// `maxCycle` outside ``ExchangeSolver/maxCycleRange``.
        public static let badMaxCycle = Code(rawValue: "badMaxCycle")
        /// `maxChain` outside ``ExchangeSolver/maxChainRange``.
        public static let badMaxChain = Code(rawValue: "badMaxChain")
        /// A vacancy appears as a key of `acceptable` or `weights`: vacancies never move.
        public static let vacancyCannotMove = Code(rawValue: "vacancyCannotMove")
        /// A weight for a pair that is not in `acceptable`.
        public static let weightWithoutEdge = Code(rawValue: "weightWithoutEdge")
    }

    /// The kind of problem.
    public let code: Code
    /// Where in the input the problem is, e.g. `acceptable.b[1]`.
    public let path: String
    /// A sentence that names the id and the field.
    public let description: String

    /// Makes an error; the engine's own validation is the usual source.
    public init(code: Code, path: String, description: String) {
        self.code = code
        self.path = path
        self.description = description
    }
}

/// The exact search was stopped by one of the caller's ``ExchangeSolver/Limits``; nothing is returned.
///
/// ```swift
/// do {
///     _ = try ExchangeSolver.solve(instance, limits: .init(maxSearchNodes: 1_000_000))
/// } catch let error as ExchangeLimitError {
///     print(error.code)  // searchNodeLimit
/// }
/// ```
public struct ExchangeLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which limit was hit.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, as printed.
        public let rawValue: String

        /// Makes a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// More cycles and chains than ``ExchangeSolver/Limits/maxCandidates``.
        public static let tooManyCandidates = Code(rawValue: "tooManyCandidates")
        /// The branch-and-bound visited more than ``ExchangeSolver/Limits/maxSearchNodes`` nodes.
        public static let searchNodeLimit = Code(rawValue: "searchNodeLimit")
        /// The search ran longer than ``ExchangeSolver/Limits/timeLimit``.
        public static let timeLimit = Code(rawValue: "timeLimit")
        /// People × the largest weight could overflow the exact 64-bit totals.
        public static let totalsOutOfRange = Code(rawValue: "totalsOutOfRange")
    }

    /// Which limit was hit.
    public let code: Code
    /// A sentence naming the limit and how far the solver got.
    public let description: String
    /// How far the search got (best plan found, proven bound), when it got past enumeration.
    public let progress: ExchangeSearchProgress?

    /// Makes an error; the solver is the usual source.
    public init(code: Code, description: String) {
        self.init(code: code, progress: nil, description: description)
    }

    init(code: Code, progress: ExchangeSearchProgress?, description: String) {
        self.code = code
        self.progress = progress
        self.description = description
    }
}
