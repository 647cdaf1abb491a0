import ArgumentParser
import Foundation
import Koppel

/// Who is asking (`--as`), resolved once per command into the access policy's viewer, and the
/// reference day.
struct AskerOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Who is asking: an employer code (an adviser of that employer, e.g. ENS), regional, auditor, steward or trainee:ID.",
            discussion: """
                A discreet profile is never shown to advisers of its own employer; without --as no discreet profile is shown \
                at all. `regional` is a Twentse Kracht adviser (rounds, exchanges, the stand-in pool); `auditor` reads the \
                decision log pseudonymised; `steward` is the data steward answering an access or erasure request.
                """,
            valueName: "viewer"))
    var viewerText: String?

    @Option(help: ArgumentHelp("The reference day for expiry and availability (YYYY-MM-DD).", discussion: "Defaults to today.", valueName: "date"))
    var on: String?

    var day: Day { on.flatMap(Day.init) ?? .today }

    func validate() throws {
        if let on, Day(on) == nil { throw ValidationError("--on '\(on)' is not a date (YYYY-MM-DD)") }
    }

    /// The viewer `--as` names, checked against the database (unknown codes: exit 64).
    func viewer(_ store: KoppelStore) throws -> Viewer {
        try ViewerOption.resolve(viewerText, store)
    }
}

/// `--as` alone, for commands without a reference day.
struct ViewerOption: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Who is asking: an employer code (an adviser of that employer), regional, auditor, steward or trainee:ID.",
            discussion: "Without --as no discreet profile is shown.", valueName: "viewer"))
    var viewerText: String?

    func viewer(_ store: KoppelStore) throws -> Viewer {
        try Self.resolve(viewerText, store)
    }

    /// Resolves `--as` against the store; an unknown or empty code ends the command with the
    /// valid ones and exit code 64.
    static func resolve(_ text: String?, _ store: KoppelStore) throws -> Viewer {
        do {
            return try store.resolveViewer(text)
        } catch let error as ViewerError {
            throw ValidationError(error.message)
        }
    }
}

/// Who acts (`--actor`, else `KOPPEL_ACTOR`): recorded in the decision log apart from the
/// viewer, and required for writes that change people's data or decisions.
struct ActorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Who acts, for the decision log (e.g. your account or staff number).",
            discussion: "Defaults to $KOPPEL_ACTOR. Required for writes that change people's data or decisions.",
            valueName: "id"))
    var actor: String?

    /// The actor named by `--actor` or `KOPPEL_ACTOR`, nil when neither is set.
    var named: String? {
        let given = actor ?? ProcessInfo.processInfo.environment["KOPPEL_ACTOR"]
        guard let trimmed = given?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// The actor, or a usage error (exit 64) saying how to name one.
    func required(for what: String) throws -> String {
        guard let named else {
            throw ValidationError("\(what) changes data or decisions: say who acts with --actor ID (or set KOPPEL_ACTOR)")
        }
        return named
    }
}
