import ArgumentParser
import Foundation
import Koppel

/// Who is asking (`--as`), resolved once per command into the access policy's viewer, and the
/// reference day.
struct AskerOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: helpText("help.as", discussion: "help.as.discussion", valueName: "viewer"))
    var viewerText: String?

    @Option(help: helpText("help.on", discussion: "help.on.discussion", valueName: "date"))
    var on: Day?

    var day: Day { on ?? .today }

    /// The viewer `--as` names, checked against the database (unknown codes: exit 64).
    func viewer(_ store: KoppelStore) throws -> Viewer {
        try ViewerOption.resolve(viewerText, store)
    }
}

/// `--as` alone, for commands without a reference day.
struct ViewerOption: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: helpText("help.asShort", discussion: "help.asShort.discussion", valueName: "viewer"))
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
            throw ValidationError(error.localized)
        }
    }
}

/// Who acts (`--actor`, else `KOPPEL_ACTOR`): recorded in the decision log apart from the
/// viewer, and required for writes that change people's data or decisions.
struct ActorOptions: ParsableArguments {
    @Option(
        help: helpText("help.actor", discussion: "help.actor.discussion", valueName: "id"))
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
            throw ValidationError(tr("cli.actorRequired", ["what": what]))
        }
        return named
    }
}
