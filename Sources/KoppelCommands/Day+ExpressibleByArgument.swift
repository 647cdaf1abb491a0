import ArgumentParser
import Koppel

/// A day on the command line, `YYYY-MM-DD`.
///
/// Anything else ends the command with exit code 64 before it runs: ArgumentParser names the
/// option and prints its help, which gives the format.
extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
