import KoppelEngine

/// Why ``DemoGenerator`` cannot work with a catalog.
///
/// ```swift
/// do { _ = try DemoGenerator(catalog: Catalog(), seed: 1, size: .twente, today: today) }
/// catch let error as DemoGeneratorError where error.code == .noActiveEmployer { … }
/// ```
public struct DemoGeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is missing; a struct so that new codes do not break callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        private init(_ name: String) { self.name = name }
        /// No employer that is still active and has staff (approxFTE > 0).
        public static let noActiveEmployer = Code("noActiveEmployer")
        /// No job title to give people and vacancies.
        public static let noJobTitle = Code("noJobTitle")
        public var description: String { name }
    }

    public let code: Code
    public let message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
