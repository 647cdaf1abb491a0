import Koppel

/// A refused account operation: unknown account, bad input, or a failed sign-in.
public struct AccountError: Error, WordedError, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong; a struct, so codes can be added.
    public struct Code: Hashable, Sendable {
        let name: String
        public static let notFound = Code(name: "accountNotFound")
        public static let exists = Code(name: "accountExists")
        public static let invalidInput = Code(name: "invalidAccount")
    }

    public var code: Code
    /// The message in English.
    public var message: String
    /// The message from the catalogue; nil for one made as text.
    public var wording: CatalogueText?

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// An error whose message is the catalogue text `key`.
    public init(_ code: Code, text key: String, _ arguments: [String: any TextArgument] = [:]) {
        let wording = CatalogueText(key, arguments)
        self.init(code, wording.text(in: .en))
        self.wording = wording
    }


    /// Two errors are the same when their code and English message are.
    public static func == (left: AccountError, right: AccountError) -> Bool {
        left.code == right.code && left.message == right.message
    }

    public var description: String { message }
}
