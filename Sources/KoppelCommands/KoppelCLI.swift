import ArgumentParser
import Koppel

/// The `koppel` command: matching for the Twente public employers' internal labour market.
public struct KoppelCLI: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "koppel",
        abstract: "Match vacancies, trainee placements and staff exchanges for the Twente public employers.",
        discussion: """
            Data lives in one SQLite file: --db PATH, or the KOPPEL_DB environment variable, \
            or ./koppel.db. Data goes to stdout, messages to stderr. Exit codes: 0 ok, \
            1 nothing found, 2 runtime error, 64 usage error.
            """,
        version: KoppelVersion.current,
        subcommands: [
            InitCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self,
            CandidatesCommand.self, VacanciesCommand.self, ExplainCommand.self, WeightsCommand.self,
            PlacementsCommand.self, RoundCommand.self, ExchangesCommand.self, StandInsCommand.self,
            BrowseCommand.self, LogCommand.self, PersonCommand.self, ServeCommand.self, UsersCommand.self,
            AuditCommand.self, RegisterCommand.self, ShortlistCommand.self,
        ]
    )

    public init() {}
}
