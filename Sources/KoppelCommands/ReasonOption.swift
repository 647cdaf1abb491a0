import ArgumentParser
import Foundation

/// `--reason TEXT`: why an adviser accepts a proposal or overrides one; required, logged.
struct ReasonOption: ParsableArguments {
    @Option(help: helpText("help.reason.reason", valueName: "text"))
    var reason: String

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(tr("cli.reasonEmpty"))
        }
    }
}
