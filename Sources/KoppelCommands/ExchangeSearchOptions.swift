import ArgumentParser
import Koppel

/// The length caps and time budget shared by `koppel exchanges solve` and `exchanges find`.
struct ExchangeSearchOptions: ParsableArguments {
    @Option(help: "The longest cycle (2–8).")
    var maxCycle: Int = 3

    @Option(help: "The longest chain from a vacancy, in people moved (0–8).")
    var maxChain: Int = 3

    @Option(help: ArgumentHelp(
        "Give up after this many seconds without a proof of optimality (exit 2, nothing stored).",
        valueName: "seconds"))
    var timeLimit: Double = 60

    func validate() throws {
        guard ExchangeSolver.maxCycleRange.contains(maxCycle) else { throw ValidationError(tr("exchanges.maxCycleRange")) }
        guard ExchangeSolver.maxChainRange.contains(maxChain) else { throw ValidationError(tr("exchanges.maxChainRange")) }
        guard timeLimit > 0, timeLimit <= 86_400 else { throw ValidationError(tr("exchanges.timeLimitRange")) }
    }

    /// The solver's limits: the default candidate cap and this time budget.
    var limits: ExchangeSolver.Limits {
        ExchangeSolver.Limits(timeLimit: .milliseconds(Int64((timeLimit * 1000).rounded())))
    }
}
