import Foundation

extension ExchangeInstance {
    /// Reads the `koppel exchanges solve` interchange JSON (README, "Interchange formats").
    ///
    /// ```swift
    /// let json = #"""
    /// { "participants": ["a", "b", "c"],
    ///   "acceptable": { "a": ["b"], "b": ["c", "a"], "c": ["a"] },
    ///   "weights": { "a": { "b": 2.5 } } }
    /// """#
    /// let instance = try ExchangeInstance(json: Data(json.utf8))
    /// ```
    ///
    /// Keys: `participants` (array of id strings, required), `acceptable` (object: participant id →
    /// array of ids, required; a participant without an entry lists nothing), `weights` (object:
    /// participant id → object: listed id → number, optional, default 1) and the extension
    /// `vacancies` (array of open-position ids, optional). Other keys are ignored. The JSON is read
    /// strictly by ``JSONDocument`` (RFC 8259: no trailing commas, bad escapes, lone surrogates,
    /// leading zeros, control characters in strings or trailing garbage), and a key repeated in one
    /// object is refused (`.duplicateKey`, e.g. at `acceptable.a`).
    ///
    /// - Throws: ``ExchangeInputError`` (`.notJSON`, `.duplicateKey`, `.missingField`, `.wrongType`,
    ///   and every code of ``init(participants:acceptable:weights:vacancies:)``). Nothing is
    ///   returned on error.
    public init(json data: Data) throws(ExchangeInputError) {
        let json: JSONDocument
        do {
            json = try JSONDocument(parsing: data)
        } catch {
            throw Self.inputError(error)
        }
        let root = json.root
        guard json.kind(of: root) == .object else {
            throw ExchangeInputError(
                code: .notJSON, path: "",
                description: "The exchange input must be a JSON object with \"participants\" and \"acceptable\".")
        }
        let participants = try Self.stringArray(json, root, key: "participants", required: true)
        let vacancies = try Self.stringArray(json, root, key: "vacancies", required: false)

        guard let acceptableValue = json.member("acceptable", of: root) else {
            throw ExchangeInputError(
                code: .missingField, path: "acceptable",
                description:
                    "The exchange input has no \"acceptable\" object (participant id → ids they may take over).")
        }
        guard json.kind(of: acceptableValue) == .object else {
            throw ExchangeInputError(
                code: .wrongType, path: "acceptable",
                description: "\"acceptable\" must be an object mapping a participant id to an array of ids.")
        }
        var acceptable: [String: [String]] = [:]
        acceptable.reserveCapacity(json.count(of: acceptableValue))
        for (key, list) in Self.sortedMembers(json, acceptableValue) {
            guard json.kind(of: list) == .array else {
                throw ExchangeInputError(
                    code: .wrongType, path: "acceptable.\(key)",
                    description: "acceptable.\(key) must be an array of ids that \"\(key)\" may take over.")
            }
            var ids: [String] = []
            ids.reserveCapacity(json.count(of: list))
            for (i, element) in json.elements(of: list).enumerated() {
                guard let id = json.string(element) else {
                    throw ExchangeInputError(
                        code: .wrongType, path: "acceptable.\(key)[\(i)]",
                        description: "acceptable.\(key)[\(i)] must be an id string, not \(Self.jsonTypeName(json, element)).")
                }
                ids.append(id)
            }
            acceptable[key] = ids
        }

        var weights: [String: [String: Double]] = [:]
        if let weightsValue = json.member("weights", of: root), !json.isNull(weightsValue) {
            guard json.kind(of: weightsValue) == .object else {
                throw ExchangeInputError(
                    code: .wrongType, path: "weights",
                    description: "\"weights\" must be an object: participant id → { id → number }.")
            }
            for (key, inner) in Self.sortedMembers(json, weightsValue) {
                guard json.kind(of: inner) == .object else {
                    throw ExchangeInputError(
                        code: .wrongType, path: "weights.\(key)",
                        description: "weights.\(key) must be an object mapping ids to numbers.")
                }
                var row: [String: Double] = [:]
                for (target, value) in Self.sortedMembers(json, inner) {
                    guard let number = json.double(value) else {
                        throw ExchangeInputError(
                            code: .wrongType, path: "weights.\(key).\(target)",
                            description: "weights.\(key).\(target) must be a number, not \(Self.jsonTypeName(json, value)).")
                    }
                    row[target] = number
                }
                weights[key] = row
            }
        }
        try self.init(participants: participants, acceptable: acceptable, weights: weights, vacancies: vacancies)
    }

    /// The reader's error in this format's words.
    private static func inputError(_ error: JSONReadError) -> ExchangeInputError {
        if error.code == .duplicateKey, case .key(let key)? = error.path.last {
            let parent = JSONPathComponent.text(error.path.dropLast())
            let path = error.pathText
            return ExchangeInputError(
                code: .duplicateKey, path: path,
                description:
                    "The key \"\(key)\" appears twice in \(parent.isEmpty ? "the top-level object" : parent) (\(path)); each key may appear once."
            )
        }
        return ExchangeInputError(code: .notJSON, path: "", description: "The exchange input is not valid JSON: \(error).")
    }

    /// An object's members in Swift string order of their keys (the order errors are looked for in).
    private static func sortedMembers(_ json: JSONDocument, _ object: JSONDocument.Value)
        -> [(key: String, value: JSONDocument.Value)]
    {
        var members = json.members(of: object)
        if !zip(members, members.dropFirst()).allSatisfy({ $0.key < $1.key }) { members.sort { $0.key < $1.key } }
        return members
    }

    private static func stringArray(_ json: JSONDocument, _ root: JSONDocument.Value, key: String, required: Bool)
        throws(ExchangeInputError) -> [String]
    {
        guard let value = json.member(key, of: root), !json.isNull(value) else {
            if required {
                throw ExchangeInputError(
                    code: .missingField, path: key,
                    description: "The exchange input has no \"\(key)\" array.")
            }
            return []
        }
        guard json.kind(of: value) == .array else {
            throw ExchangeInputError(
                code: .wrongType, path: key, description: "\"\(key)\" must be an array of id strings.")
        }
        var result: [String] = []
        result.reserveCapacity(json.count(of: value))
        for (i, element) in json.elements(of: value).enumerated() {
            guard let id = json.string(element) else {
                throw ExchangeInputError(
                    code: .wrongType, path: "\(key)[\(i)]",
                    description: "\(key)[\(i)] must be an id string, not \(jsonTypeName(json, element)).")
            }
            result.append(id)
        }
        return result
    }

    private static func jsonTypeName(_ json: JSONDocument, _ value: JSONDocument.Value) -> String {
        switch json.kind(of: value) {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
