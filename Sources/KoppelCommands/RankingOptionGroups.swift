import ArgumentParser
import Koppel

/// Who asks: the adviser's employer, for the visibility of discreet profiles.
struct AskerOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "The asking adviser's employer code (e.g. ENS).",
            discussion: "Discreet profiles are never shown to advisers of their own employer; without --as no discreet profile is shown.",
            valueName: "employer"))
    var asEmployer: String?

    @Option(help: ArgumentHelp("The reference day for expiry and availability (YYYY-MM-DD).", discussion: "Defaults to today.", valueName: "date"))
    var on: String?

    var day: Day { on.flatMap(Day.init) ?? .today }

    func validate() throws {
        if let on, Day(on) == nil { throw ValidationError("--on '\(on)' is not a date (YYYY-MM-DD)") }
    }
}
