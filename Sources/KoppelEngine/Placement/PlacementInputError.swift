/// An error in a placement instance: it names the place (`path`) and reads like a sentence.
///
/// Thrown by ``PlacementInstance/init(trainees:placements:forbidden:)`` and
/// ``PlacementJSON/decodeInstance(from:)``. `path` uses the JSON interchange shape, with
/// 0-based list positions: `trainees.t2[1]` is the second entry of trainee t2's list,
/// `placements.p1.capacity` is placement p1's capacity.
///
/// ```swift
/// do {
///     let instance = try PlacementJSON.decodeInstance(from: data)
/// } catch {
///     print(error)        // Placement p1 has capacity -1 (placements.p1.capacity); …
///     print(error.code)   // negativeCapacity
/// }
/// ```
public struct PlacementInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is. A struct, not an enum, so new codes can be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name, e.g. `"unknownID"`.
        public let rawValue: String

        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input is not valid JSON (or not UTF-8).
        public static let notJSON = Code(rawValue: "notJSON")
        /// A required field (`trainees`, `placements`, `capacity`, `ranking`) is absent.
        public static let missingField = Code(rawValue: "missingField")
        /// A value has the wrong JSON type, e.g. a capacity that is a string or 1.5.
        public static let wrongType = Code(rawValue: "wrongType")
        /// A list names a trainee or placement that does not exist.
        public static let unknownID = Code(rawValue: "unknownID")
        /// One list names the same id twice.
        public static let duplicateInList = Code(rawValue: "duplicateInList")
        /// A capacity is below zero.
        public static let negativeCapacity = Code(rawValue: "negativeCapacity")
        /// Two trainees (or two placements) share an id.
        public static let duplicateID = Code(rawValue: "duplicateID")
        /// A JSON object has the same key twice (other than a trainee or placement id).
        public static let duplicateKey = Code(rawValue: "duplicateKey")
        /// An id is the empty string.
        public static let emptyID = Code(rawValue: "emptyID")

        /// The code's name.
        public var description: String { rawValue }
    }

    /// What kind of problem this is.
    public let code: Code
    /// Where the problem is, e.g. `trainees.t2[1]`; empty for the whole input.
    public let path: String
    /// A sentence for the user that names the id and the field.
    public let description: String

    /// Creates an error; `description` should be a full sentence that names the place.
    public init(code: Code, path: String, description: String) {
        self.code = code
        self.path = path
        self.description = description
    }
}
