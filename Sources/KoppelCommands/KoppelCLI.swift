import ArgumentParser
import Koppel

/// The `koppel` command: matching for the Twente public employers' internal labour market.
public struct KoppelCLI: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "koppel",
        abstract: tr("help.koppel.abstract"),
        discussion: tr("help.koppel.discussion"),
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
