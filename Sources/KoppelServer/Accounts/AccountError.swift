/// A refused account operation: unknown account, bad input, or a failed sign-in.
public struct AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong; a struct, so codes can be added.
    public struct Code: Hashable, Sendable {
        let name: String
        public static let notFound = Code(name: "accountNotFound")
        public static let exists = Code(name: "accountExists")
        public static let invalidInput = Code(name: "invalidAccount")
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
