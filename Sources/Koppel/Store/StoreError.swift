import KoppelEngine

/// An error opening or using a koppel database.
///
/// A small struct with a ``Code``, so new codes can be added without breaking callers.
public struct StoreError: Error, WordedError, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The database was written by a newer koppel: it records migrations this build does not know.
        public static let newerSchema = Code(name: "newerSchema")
        /// The file is not a koppel database (or not SQLite at all).
        public static let notADatabase = Code(name: "notADatabase")
        /// A referenced row (vacancy, person, rotation …) does not exist.
        public static let notFound = Code(name: "notFound")
        /// The operation is not allowed in the current state (e.g. accepting a round with no proposal).
        public static let invalidState = Code(name: "invalidState")
        /// Input values are invalid.
        public static let invalidInput = Code(name: "invalidInput")
        /// The access policy does not let this viewer do this (a regional adviser's task asked
        /// by an adviser, say). Says nothing about any person.
        public static let notAllowed = Code(name: "notAllowed")
        /// An input file or stream cannot be read: a directory, no permission, closed.
        public static let unreadable = Code(name: "unreadable")
        /// An input is larger than a documented limit (``InputLimits``).
        public static let tooLarge = Code(name: "tooLarge")
        /// The database file or its folder may not be read or written by this user.
        public static let permissionDenied = Code(name: "permissionDenied")
        /// The database fails SQLite's `quick_check`: pages are damaged.
        public static let corrupt = Code(name: "corrupt")
    }

    public var code: Code
    /// The message in English (logs, tests and callers that know no language).
    public var message: String
    /// The message from the catalogue, in every language; nil for a message made as text.
    public var wording: CatalogueText?

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// An error whose message is the catalogue text `key` (``message`` is its English).
    public init(_ code: Code, text key: String, _ arguments: [String: any TextArgument] = [:]) {
        let wording = CatalogueText(key, arguments)
        self.code = code
        self.message = wording.text(in: .en)
        self.wording = wording
    }


    public var description: String { message }

    /// Two errors are the same when their code and English message are.
    public static func == (left: StoreError, right: StoreError) -> Bool {
        left.code == right.code && left.message == right.message
    }
}
