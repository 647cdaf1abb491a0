extension Catalogue {
    /// Texts of `koppel round` and of a placement round's report.
    static let round: [String: Entry] = [
        "round.title": .init(nl: "Ronde {rotation} (best voor de trainees, stabiel)", en: "Round {rotation} (trainee-optimal, stable)"),
        "round.proposalStored": .init(
            nl: "voorstel bewaard (regel {id} in het beslislog); maak het definitief met `koppel round accept {rotation} --as regional --actor ID`",
            en: "proposal stored (log entry {id}); make it final with `koppel round accept {rotation} --as regional --actor ID`"),
        "round.accepted": .init(nl: "{rotation}: {count} plaatsingen zijn definitief", en: "{rotation}: {count} assignments are final"),
        "round.placing": .init(nl: "een trainee plaatsen", en: "placing a trainee"),
        "round.placed": .init(
            nl: "{trainee}: geplaatst op {placement} in {rotation}, definitief (afwijking, regel {id} in het beslislog)",
            en: "{trainee}: placed at {placement} in {rotation}, final (override, decision log entry {id})"),
        "round.placedInstead": .init(
            nl: "{trainee}: geplaatst op {placement} in plaats van {was} in {rotation}, definitief (afwijking, regel {id} in het beslislog)",
            en: "{trainee}: placed at {placement} instead of {was} in {rotation}, final (override, decision log entry {id})"),
        "round.noSuggestions": .init(
            nl: "geen suggesties: elke trainee heeft een plek of er is geen plek vrij",
            en: "no suggestions: every trainee is placed or no place is free"),
        "round.column.trainee": .init(nl: "trainee", en: "trainee"),
        "round.column.placement": .init(nl: "traineeplek", en: "placement"),
        "round.column.free": .init(nl: "vrij", en: "free"),
        "round.column.host": .init(nl: "gastwerkgever", en: "host"),
        "round.column.placements": .init(nl: "traineeplekken", en: "placements"),
        "round.column.capacity": .init(nl: "plaatsen", en: "capacity"),
        "round.column.filled": .init(nl: "bezet", en: "filled"),
        "round.perHost": .init(nl: "per gastwerkgever:", en: "per host employer:"),
        "round.derived": .init(
            nl: "{count} traineeplekken hadden geen volgorde van de gastwerkgever; die is afgeleid uit de scores ({rule}).",
            en: "{count} placements had no host ranking; theirs was derived from fit scores ({rule})."),
        "round.tieRule": .init(
            nl: "hogere score eerst; bij gelijke score op id, oplopend, byte voor byte (UTF-8)",
            en: "Higher score first; equal scores are ordered by id, ascending, comparing ids byte-wise (UTF-8)."),
        "round.ties": .init(nl: "zo beslist bij gelijke scores: {ties}", en: "ties broken that way: {ties}"),
        "round.excludedTitle": .init(
            nl: "weggelaten door de regel 'elke organisatie één keer':", en: "left out by the different-organisation rule:"),
        "round.excluded": .init(
            nl: "  {trainee} koos {placement}, maar had al een rotatie bij {employer}",
            en: "  {trainee} ranked {placement}, but already had a rotation at {employer}"),

        // The report of a placement round (Dutch; English is the engine's table).
        "placementReport.heading.trainee": .init(
            nl: "Plaatsingsronde: stabiele koppeling, zo goed mogelijk voor de trainees (trainees kiezen eerst)",
            en: "Placement round: trainee-optimal stable matching (trainee-proposing deferred acceptance)"),
        "placementReport.heading.placement": .init(
            nl: "Plaatsingsronde: stabiele koppeling, zo goed mogelijk voor de traineeplekken (plekken kiezen eerst)",
            en: "Placement round: placement-optimal stable matching (placement-proposing deferred acceptance)"),
        "placementReport.heading.given": .init(nl: "Plaatsingsronde: een gegeven koppeling", en: "Placement round: a given matching"),
        "placementReport.summary": .init(
            nl: "Trainees: {trainees} ({matched} met plek, {unmatched} zonder). Plaatsen: {places} op {placements} traineeplekken ({unfilled} niet bezet). Blokkerende paren: {blocking}.",
            en: "Trainees: {trainees} ({matched} matched, {unmatched} unmatched). Places: {places} in {placements} placements ({unfilled} unfilled). Blocking pairs: {blocking}."),
        "placementReport.nobodyMatched": .init(nl: "Keuzes: niemand kreeg een plek.", en: "Choices: nobody was matched."),
        "placementReport.column.choice": .init(nl: "Keuze", en: "Choice"),
        "placementReport.column.trainees": .init(nl: "Trainees", en: "Trainees"),
        "placementReport.choice": .init(nl: "{number}e", en: "#{number}"),
        "placementReport.noPlacements": .init(nl: "Traineeplekken: geen.", en: "Placements: none."),
        "placementReport.column.placement": .init(nl: "Traineeplek", en: "Placement"),
        "placementReport.column.capacity": .init(nl: "Plaatsen", en: "Capacity"),
        "placementReport.column.placed": .init(nl: "Geplaatst", en: "Placed"),
        "placementReport.column.unfilled": .init(nl: "Vrij", en: "Unfilled"),
        "placementReport.column.assigned": .init(
            nl: "Trainees (in de volgorde van de traineeplek)", en: "Trainees (in the placement's ranking order)"),
        "placementReport.noUnmatched": .init(nl: "Trainees zonder plek: geen.", en: "Unmatched trainees: none."),
        "placementReport.column.unmatched": .init(nl: "Trainee zonder plek", en: "Unmatched trainee"),
        "placementReport.column.reason": .init(nl: "Reden", en: "Reason"),
        "placementReport.unmatched.emptyList": .init(nl: "koos geen traineeplek", en: "ranked no placement"),
        "placementReport.unmatched.noAcceptablePlacement": .init(
            nl: "geen traineeplek op de lijst wil deze trainee (of het mag niet)",
            en: "no placement on their list ranks them (or it is forbidden)"),
        "placementReport.unmatched.allFull": .init(
            nl: "elke traineeplek die deze trainee wil, is vol met trainees die de plek liever heeft",
            en: "every placement that ranks them is full with trainees it prefers"),
        "placementReport.unmatched.notStable": .init(
            nl: "een traineeplek zou deze trainee nemen: de koppeling is niet stabiel",
            en: "a placement would take them: the matching is not stable"),
        "placementReport.noWarnings": .init(nl: "Waarschuwingen: geen.", en: "Warnings: none."),
        "placementReport.warnings": .init(nl: "Waarschuwingen ({count}):", en: "Warnings ({count}):"),
        "placementReport.warning.notRankedByPlacement": .init(
            nl: "{trainee} kiest {placement}, maar {placement} zet {trainee} niet op de lijst; genegeerd",
            en: "{trainee} lists {placement}, but {placement} does not rank {trainee}; ignored"),
        "placementReport.warning.notListedByTrainee": .init(
            nl: "{placement} zet {trainee} op de lijst, maar {trainee} kiest {placement} niet; genegeerd",
            en: "{placement} ranks {trainee}, but {trainee} does not list {placement}; ignored"),
        "placementReport.warning.forbiddenPair": .init(
            nl: "{trainee} en {placement} kiezen elkaar, maar dat paar mag niet; genegeerd",
            en: "{trainee} and {placement} list each other, but the pair is forbidden; ignored"),
    ]
}
