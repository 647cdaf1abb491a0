import Foundation

extension ExchangeInstance {
    /// Reads the `koppel exchanges solve` interchange JSON (DESIGN.md, "Interchange formats").
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
    /// `vacancies` (array of open-position ids, optional). Other keys are ignored. When a JSON
    /// object repeats a key, Foundation keeps one of them silently; that cannot be reported.
    ///
    /// - Throws: ``ExchangeInputError`` (`.notJSON`, `.missingField`, `.wrongType`, and every code
    ///   of ``init(participants:acceptable:weights:vacancies:)``). Nothing is returned on error.
    public init(json data: Data) throws(ExchangeInputError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw ExchangeInputError(
                code: .notJSON, path: "",
                description: "The exchange input is not valid JSON" + (reason.map { ": \($0)" } ?? ".")
            )
        }
        guard let object = root as? [String: Any] else {
            throw ExchangeInputError(
                code: .notJSON, path: "",
                description: "The exchange input must be a JSON object with \"participants\" and \"acceptable\".")
        }
        let participants = try Self.stringArray(object, key: "participants", required: true)
        let vacancies = try Self.stringArray(object, key: "vacancies", required: false)

        guard let acceptableAny = object["acceptable"] else {
            throw ExchangeInputError(
                code: .missingField, path: "acceptable",
                description:
                    "The exchange input has no \"acceptable\" object (participant id → ids they may take over).")
        }
        guard let acceptableObject = acceptableAny as? [String: Any] else {
            throw ExchangeInputError(
                code: .wrongType, path: "acceptable",
                description: "\"acceptable\" must be an object mapping a participant id to an array of ids.")
        }
        var acceptable: [String: [String]] = [:]
        for key in acceptableObject.keys.sorted() {
            guard let list = acceptableObject[key] as? [Any] else {
                throw ExchangeInputError(
                    code: .wrongType, path: "acceptable.\(key)",
                    description: "acceptable.\(key) must be an array of ids that \"\(key)\" may take over.")
            }
            var ids: [String] = []
            ids.reserveCapacity(list.count)
            for (i, element) in list.enumerated() {
                guard let id = element as? String else {
                    throw ExchangeInputError(
                        code: .wrongType, path: "acceptable.\(key)[\(i)]",
                        description: "acceptable.\(key)[\(i)] must be an id string, not \(Self.jsonTypeName(element)).")
                }
                ids.append(id)
            }
            acceptable[key] = ids
        }

        var weights: [String: [String: Double]] = [:]
        if let weightsAny = object["weights"], !(weightsAny is NSNull) {
            guard let weightsObject = weightsAny as? [String: Any] else {
                throw ExchangeInputError(
                    code: .wrongType, path: "weights",
                    description: "\"weights\" must be an object: participant id → { id → number }.")
            }
            for key in weightsObject.keys.sorted() {
                guard let inner = weightsObject[key] as? [String: Any] else {
                    throw ExchangeInputError(
                        code: .wrongType, path: "weights.\(key)",
                        description: "weights.\(key) must be an object mapping ids to numbers.")
                }
                var row: [String: Double] = [:]
                for target in inner.keys.sorted() {
                    let value = inner[target]!
                    guard let number = value as? NSNumber, !Self.isBoolean(value) else {
                        throw ExchangeInputError(
                            code: .wrongType, path: "weights.\(key).\(target)",
                            description: "weights.\(key).\(target) must be a number, not \(Self.jsonTypeName(value)).")
                    }
                    row[target] = number.doubleValue
                }
                weights[key] = row
            }
        }
        try self.init(participants: participants, acceptable: acceptable, weights: weights, vacancies: vacancies)
    }

    private static func stringArray(_ object: [String: Any], key: String, required: Bool) throws(ExchangeInputError)
        -> [String]
    {
        guard let value = object[key], !(value is NSNull) else {
            if required {
                throw ExchangeInputError(
                    code: .missingField, path: key,
                    description: "The exchange input has no \"\(key)\" array.")
            }
            return []
        }
        guard let array = value as? [Any] else {
            throw ExchangeInputError(
                code: .wrongType, path: key, description: "\"\(key)\" must be an array of id strings.")
        }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for (i, element) in array.enumerated() {
            guard let id = element as? String else {
                throw ExchangeInputError(
                    code: .wrongType, path: "\(key)[\(i)]",
                    description: "\(key)[\(i)] must be an id string, not \(jsonTypeName(element)).")
            }
            result.append(id)
        }
        return result
    }

    /// JSON `true`/`false` arrive as a boolean NSNumber; they are not weights.
    private static func isBoolean(_ value: Any) -> Bool {
        if value is Bool, !(value is NSNumber) { return true }
        guard let number = value as? NSNumber else { return false }
        if String(describing: type(of: number)).contains("Boolean") { return true }
        return String(cString: number.objCType) == "c"
    }

    private static func jsonTypeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if isBoolean(value) { return "a boolean" }
        if value is NSNumber { return "a number" }
        if value is String { return "a string" }
        if value is [Any] { return "an array" }
        if value is [String: Any] { return "an object" }
        return "an unsupported value"
    }
}
