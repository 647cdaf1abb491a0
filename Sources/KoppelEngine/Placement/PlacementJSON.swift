import Foundation

/// Reads and writes the textbook hospitals/residents interchange format (README, "Interchange formats").
///
/// Input:
///
/// ```json
/// { "trainees":   { "t1": ["p1", "p2"], "t2": ["p1"] },
///   "placements": { "p1": { "capacity": 1, "ranking": ["t2", "t1"] },
///                   "p2": { "capacity": 2, "ranking": ["t1"] } } }
/// ```
///
/// Both `trainees` and `placements` are required; each placement needs `capacity` (a whole
/// number ≥ 0) and `ranking` (may be empty). An optional `"forbidden": {"t1": ["p2"]}` lists
/// pairs that must never be matched (e.g. an organisation of an earlier rotation). Other
/// top-level keys are ignored. A trainee listing a placement that does not exist, or a
/// placement ranking a trainee that does not exist, is an `unknownID` error; a placement
/// ranking an existing trainee who did not list it is only a warning.
///
/// A CLI command runs:
///
/// ```swift
/// let instance = try PlacementJSON.decodeInstance(from: data)     // PlacementInputError
/// let matching = PlacementSolver.solve(instance, proposing: .trainee)
/// FileHandle.standardOutput.write(PlacementJSON.encode(matching))
/// ```
///
/// which prints (keys sorted, no spaces unless `prettyPrinted`):
///
/// ```json
/// {"blockingPairs":0,"matches":{"p1":["t2"],"p2":["t1"]},"optimal":"trainee","unmatched":[],"warnings":[]}
/// ```
public enum PlacementJSON {
    /// Parses and validates an instance; throws a ``PlacementInputError`` naming the place.
    ///
    /// Checks run in this order, and the first problem is thrown: JSON syntax, read strictly
    /// by ``JSONDocument`` (`notJSON`, with line and column: trailing commas, bad escapes, lone
    /// surrogates, leading zeros, control characters in strings, trailing garbage, nesting
    /// deeper than ``JSONDocument/maximumDepth``), a key repeated in one object (`duplicateID`
    /// for trainee and placement ids, else `duplicateKey`), shapes and types (`missingField`,
    /// `wrongType`), forbidden pairs, then the instance rules of
    /// ``PlacementInstance/init(trainees:placements:forbidden:)``.
    public static func decodeInstance(from data: Data) throws(PlacementInputError) -> PlacementInstance {
        let json: JSONDocument
        do {
            json = try JSONDocument(parsing: data)
        } catch {
            throw inputError(error)
        }
        let document = try PlacementJSONDocument(json)
        let forbidden = try forbiddenPairs(document)
        return try PlacementInstance(
            trainees: document.trainees, placements: document.placements, forbidden: forbidden)
    }

    /// The solve command's JSON for `matching`: `matches`, `unmatched`, `optimal`,
    /// `blockingPairs` and `warnings`, keys sorted, deterministic.
    public static func encode(_ matching: PlacementMatching, prettyPrinted: Bool = false) -> Data {
        encode(PlacementSolveOutput(matching), prettyPrinted: prettyPrinted)
    }

    /// Any value (e.g. a ``PlacementReport``) as JSON with sorted keys and unescaped slashes.
    public static func encode(_ value: some Encodable, prettyPrinted: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            preconditionFailure("PlacementJSON: encoding \(type(of: value)) failed: \(error)")
        }
    }

    private static func forbiddenPairs(_ document: PlacementJSONDocument) throws(PlacementInputError)
        -> Set<PlacementPair>
    {
        var result = Set<PlacementPair>()
        let traineeIDs = Set(document.trainees.map(\.id))
        let placementIDs = Set(document.placements.map(\.id))
        for (trainee, placements) in document.forbidden {
            guard traineeIDs.contains(trainee) else {
                throw PlacementInputError(
                    code: .unknownID, path: "forbidden.\(trainee)",
                    description:
                        "The forbidden list names trainee \(trainee) (forbidden.\(trainee)), but there is no trainee \(trainee)."
                )
            }
            var seen = [String: Int]()
            for (k, placement) in placements.enumerated() {
                let path = "forbidden.\(trainee)[\(k)]"
                guard placementIDs.contains(placement) else {
                    throw PlacementInputError(
                        code: .unknownID, path: path,
                        description:
                            "Trainee \(trainee)'s forbidden list names placement \(placement) (\(path)), but there is no placement \(placement)."
                    )
                }
                if let first = seen.updateValue(k, forKey: placement) {
                    throw PlacementInputError(
                        code: .duplicateInList, path: path,
                        description:
                            "Trainee \(trainee)'s forbidden list names placement \(placement) twice (forbidden.\(trainee)[\(first)] and \(path))."
                    )
                }
                result.insert(PlacementPair(trainee: trainee, placement: placement))
            }
        }
        return result
    }

    /// The reader's error in the interchange format's words.
    private static func inputError(_ error: JSONReadError) -> PlacementInputError {
        switch error.code {
        case .empty:
            return PlacementInputError(
                code: .notJSON, path: "",
                description: "The input is empty; expected a JSON object with \"trainees\" and \"placements\".")
        case .duplicateKey:
            guard case .key(let key)? = error.path.last else { break }
            return duplicate(key: key, in: JSONPathComponent.text(error.path.dropLast()))
        default:
            break
        }
        return PlacementInputError(code: .notJSON, path: "", description: "The input is not valid JSON: \(error).")
    }

    private static func duplicate(key: String, in path: String) -> PlacementInputError {
        let keyPath = path.isEmpty ? key : "\(path).\(key)"
        switch path {
        case "trainees":
            return PlacementInputError(
                code: .duplicateID, path: keyPath,
                description: "Trainee \(key) appears twice in \"trainees\" (\(keyPath)); each trainee must appear once."
            )
        case "placements":
            return PlacementInputError(
                code: .duplicateID, path: keyPath,
                description:
                    "Placement \(key) appears twice in \"placements\" (\(keyPath)); each placement must appear once.")
        default:
            let container = path.isEmpty ? "the top-level object" : path
            return PlacementInputError(
                code: .duplicateKey, path: keyPath,
                description: "The key \"\(key)\" appears twice in \(container) (\(keyPath)); each key may appear once.")
        }
    }
}

/// The solve command's JSON output; the four keys of the README's "Interchange formats" plus `warnings`.
///
/// ```json
/// {"blockingPairs":0,"matches":{"p1":["t2"],"p2":["t1"]},"optimal":"trainee","unmatched":[],"warnings":[]}
/// ```
///
/// `matches` holds every placement, `[]` when unfilled, its trainees in the placement's
/// ranking order; `unmatched` is sorted byte-wise; `optimal` is `"trainee"` or `"placement"`
/// (`null` for a hand-made matching); `blockingPairs` is the number of blocking pairs (always
/// 0 for a solver result); `warnings` are the ignored listings.
public struct PlacementSolveOutput: Codable, Hashable, Sendable {
    /// Placement id → its trainees, in the placement's ranking order; every placement present.
    public var matches: [String: [String]]
    /// Unmatched trainee ids, sorted byte-wise.
    public var unmatched: [String]
    /// The side the matching is optimal for.
    public var optimal: PlacementProposingSide?
    /// The number of blocking pairs.
    public var blockingPairs: Int
    /// Listings that were ignored.
    public var warnings: [PlacementWarning]

    /// The output for `matching`.
    public init(_ matching: PlacementMatching) {
        matches = matching.matches
        unmatched = matching.unmatchedTrainees
        optimal = matching.optimal
        blockingPairs = PlacementSolver.violations(core: matching.core, assignment: matching.assignment)
            .reduce(0) { count, violation in
                if case .blockingPair = violation { return count + 1 }
                return count
            }
        warnings = matching.warnings
    }

    private enum CodingKeys: String, CodingKey {
        case matches, unmatched, optimal, blockingPairs, warnings
    }

    /// Decodes the output format.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        matches = try container.decode([String: [String]].self, forKey: .matches)
        unmatched = try container.decode([String].self, forKey: .unmatched)
        optimal = try container.decodeIfPresent(PlacementProposingSide.self, forKey: .optimal)
        blockingPairs = try container.decode(Int.self, forKey: .blockingPairs)
        warnings = try container.decodeIfPresent([PlacementWarning].self, forKey: .warnings) ?? []
    }

    /// Encodes all five keys; `optimal` is `null` when unknown.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matches, forKey: .matches)
        try container.encode(unmatched, forKey: .unmatched)
        try container.encode(optimal, forKey: .optimal)
        try container.encode(blockingPairs, forKey: .blockingPairs)
        try container.encode(warnings, forKey: .warnings)
    }
}

extension PlacementInputError: LocalizedError {
    /// The same sentence as ``description``, for `error.localizedDescription`.
    public var errorDescription: String? { description }
}
