extension Catalogue {
    /// Texts of `koppel person` (export, erase, stale, compact, letter) and the row counts.
    static let person: [String: Entry] = [
        "person.letterWritten": .init(
            nl: "brief aan {id} (regel {log} in het beslislog)", en: "letter to {id} (decision log entry {log})"),
        "person.exported": .init(nl: "{path}: alles wat over {id} is opgeslagen", en: "{path}: everything stored about {id}"),
        "person.erasing": .init(nl: "een persoon wissen", en: "erasing a person"),
        "person.erased": .init(
            nl: "{id} gewist; in het beslislog nu {pseudonym} (regel {log})",
            en: "{id} erased; in the decision log now {pseudonym} (log entry {log})"),
        "person.removed": .init(nl: "verwijderd: {tables}", en: "removed: {tables}"),
        "person.proposalsWithdrawn": .init(
            nl: "open voorstellen voor functieruil ingetrokken: {count}", en: "open exchange proposals withdrawn: {count}"),
        "person.pseudonymised": .init(
            nl: "regels in het beslislog met een pseudoniem: {count}", en: "log entries pseudonymised: {count}"),
        "person.vacuumed": .init(
            nl: "database opgeschoond (VACUUM), WAL verwerkt en leeg", en: "database vacuumed, WAL checkpointed and empty"),
        "person.erasedButBusy": .init(
            nl: "{id} is uit elke tabel gewist en het beslislog heeft een pseudoniem, maar een ander proces gebruikt de database, dus het bestand kan nog oude pagina's met die gegevens bevatten. Voer `koppel person compact` uit als er geen andere koppel meer draait.",
            en: "{id} is erased from every table and the log is pseudonymised, but another process is using the database, so its file may still hold old pages with their data. Run `koppel person compact` when no other koppel is running."),
        "person.compactBusy": .init(
            nl: "de WAL kon niet worden geleegd: een ander proces gebruikt de database nog; probeer het opnieuw als die vrij is",
            en: "the WAL could not be emptied: another process is still using the database; try again when it is idle"),
        "person.compacted": .init(
            nl: "{path}: opgeschoond (VACUUM); WAL verwerkt en leeg", en: "{path}: vacuumed; WAL checkpointed and empty"),
        "person.column.updated": .init(nl: "bijgewerkt", en: "updated"),
        "person.column.consent": .init(nl: "toestemming", en: "consent"),
        "person.confirmErase": .init(
            nl: "het wissen van {id} kan niet ongedaan worden gemaakt; voeg --yes toe om te bevestigen",
            en: "erasing {id} cannot be undone; add --yes to confirm"),
        "person.monthsAtLeastOne": .init(nl: "--months moet minstens 1 zijn", en: "--months must be at least 1"),
        "person.never": .init(nl: "nooit", en: "never"),
        "person.noneStale": .init(
            nl: "geen profiel is {months} maanden niet bijgewerkt", en: "no profile went {months} months without an update"),
        "person.stale": .init(
            nl: "{count} profielen niet bijgewerkt sinds {day} of nooit", en: "{count} profiles not updated since {day} or never"),
        "counts.summary": .init(
            nl: "{employers} werkgevers, {skills} vaardigheden, {persons} personen, {vacancies} vacatures, {trainees} trainees, {placements} traineeplekken, {requests} verzoeken om functieruil, {offers} aanbiedingen in de vervangingspool",
            en: "{employers} employers, {skills} skills, {persons} persons, {vacancies} vacancies, {trainees} trainees, {placements} placements, {requests} exchange requests, {offers} stand-in offers"),
    ]
}
