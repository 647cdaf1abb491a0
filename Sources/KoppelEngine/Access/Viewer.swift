import Foundation

/// Who is asking: the one identity the access policy answers for.
///
/// A viewer is resolved and validated once per command (or per request in the service) and
/// then passed to every read. koppel never decides what to show from a free-text code.
///
/// ```swift
/// let policy = AccessPolicy(.adviser(employer: "ENS"))
/// policy.maySee(person)   // false for a discreet person of ENS
/// ```
public enum Viewer: Sendable, Hashable, CustomStringConvertible {
    /// Nobody said who is asking: no discreet profile is shown at all.
    case nobody
    /// An HR adviser of one employer (its canonical code).
    case adviser(employer: String)
    /// A regional adviser of Twentse Kracht: runs rounds, exchanges and the stand-in pool
    /// across employers.
    case regionalAdviser
    /// A trainee, who sees the placements of their coming rotation and their own ranking.
    case trainee(id: String, person: String)
    /// An auditor: reads the decision log and audit reports, pseudonymised.
    case auditor
    /// The data steward answering an access or erasure request (AVG articles 15 and 17).
    case dataSteward

    /// The form stored in the decision log and accepted by `--as`: `adviser:ENS`, `regional`,
    /// `trainee:t001`, `auditor`, `steward` or `nobody`.
    public var description: String {
        switch self {
        case .nobody: "nobody"
        case .adviser(let employer): "adviser:\(employer)"
        case .regionalAdviser: "regional"
        case .trainee(let id, _): "trainee:\(id)"
        case .auditor: "auditor"
        case .dataSteward: "steward"
        }
    }

    /// The employer an adviser works for; nil for every other viewer.
    public var employer: String? {
        if case .adviser(let employer) = self { return employer }
        return nil
    }
}

/// Why a viewer given on the command line (or in a request) was refused.
public struct ViewerError: Error, WordedError, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with it.
    public enum Code: String, Sendable, Hashable {
        /// An empty `--as`.
        case empty
        /// An employer code that the database does not hold.
        case unknownEmployer
        /// `trainee:ID` with an ID that the database does not hold.
        case unknownTrainee
    }

    public var code: Code
    /// The message in English.
    public var message: String
    /// The message from the catalogue; nil for one made as text.
    public var wording: CatalogueText?

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// An error whose message is the catalogue text `key`.
    public init(code: Code, text key: String, _ arguments: [String: any TextArgument]) {
        let wording = CatalogueText(key, arguments)
        self.init(code: code, message: wording.text(in: .en))
        self.wording = wording
    }


    /// Two errors are the same when their code and English message are.
    public static func == (left: ViewerError, right: ViewerError) -> Bool {
        left.code == right.code && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    public var description: String { message }
}

extension Viewer {
    /// Reads a viewer as `--as` gives it: an employer code (an adviser of that employer),
    /// `regional`, `auditor`, `steward` or `trainee:ID`, ignoring case and surrounding spaces.
    ///
    /// - Parameters:
    ///   - employerCodes: the valid employer codes; the canonical spelling is returned.
    ///   - traineePerson: the person behind a trainee id, nil for an unknown trainee.
    public static func resolve(
        _ text: String, employerCodes: [String], traineePerson: (String) -> String?
    ) throws(ViewerError) -> Viewer {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        let valid = CatalogueText("viewer.valid", ["codes": employerCodes.sorted().joined(separator: ", ")])
        guard !trimmed.isEmpty else { throw ViewerError(code: .empty, text: "viewer.empty", ["valid": valid]) }
        switch lowered {
        case "regional": return .regionalAdviser
        case "auditor": return .auditor
        case "steward": return .dataSteward
        default: break
        }
        if lowered.hasPrefix("trainee:") {
            let id = String(trimmed.dropFirst("trainee:".count)).trimmingCharacters(in: .whitespaces)
            guard let person = traineePerson(id) else {
                throw ViewerError(code: .unknownTrainee, text: "viewer.unknownTrainee", ["value": trimmed, "id": id])
            }
            return .trainee(id: id, person: person)
        }
        let code = lowered.hasPrefix("adviser:") ? String(lowered.dropFirst("adviser:".count)) : lowered
        guard let canonical = employerCodes.first(where: { $0.lowercased() == code.trimmingCharacters(in: .whitespaces) }) else {
            throw ViewerError(code: .unknownEmployer, text: "viewer.unknownEmployer", ["value": trimmed, "valid": valid])
        }
        return .adviser(employer: canonical)
    }

    /// Reads the form that ``description`` writes (the decision log's `viewer` column) without
    /// checking it against a database; nil for text that is not such a form.
    public init?(logged text: String) {
        switch text {
        case "nobody": self = .nobody
        case "regional": self = .regionalAdviser
        case "auditor": self = .auditor
        case "steward": self = .dataSteward
        default:
            if text.hasPrefix("adviser:") {
                self = .adviser(employer: String(text.dropFirst("adviser:".count)))
            } else if text.hasPrefix("trainee:") {
                self = .trainee(id: String(text.dropFirst("trainee:".count)), person: "")
            } else {
                return nil
            }
        }
    }
}
