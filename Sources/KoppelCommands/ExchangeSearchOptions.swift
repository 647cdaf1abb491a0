import ArgumentParser
import Koppel

/// The length caps and time budget shared by `koppel exchanges solve` and `exchanges find`.
struct ExchangeSearchOptions: ParsableArguments {
    @Option(help: helpText("help.exchangeSearch.maxCycle"))
    var maxCycle: Int = 3

    @Option(help: helpText("help.exchangeSearch.maxChain"))
    var maxChain: Int = 3

    @Option(help: helpText("help.exchangeSearch.timeLimit", valueName: "seconds"))
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
