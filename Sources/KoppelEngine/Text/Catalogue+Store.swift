extension Catalogue {
    /// Errors of the store: what is missing, what may not be done, and why a file cannot be used.
    static let store: [String: Entry] = [
        // Things that are not there.
        "store.noProfile": .init(
            nl: "er is geen profiel met id '{id}' dat u mag zien", en: "no profile with id '{id}' that you may see"),
        "store.noPerson": .init(nl: "er is geen persoon met id '{id}'", en: "no person with id '{id}'"),
        "store.noVacancy": .init(nl: "er is geen vacature met id '{id}'", en: "no vacancy with id '{id}'"),
        "store.noEmployer": .init(nl: "er is geen werkgever met code '{code}'", en: "no employer with code '{code}'"),
        "store.noSkill": .init(nl: "er is geen vaardigheid met id '{id}'", en: "no skill with id '{id}'"),
        "store.noTrainee": .init(nl: "er is geen trainee met id '{id}'", en: "no trainee with id '{id}'"),
        "store.traineeNoProfile": .init(nl: "trainee '{id}' heeft geen profiel", en: "trainee '{id}' has no profile"),
        "store.noRotation": .init(nl: "er is geen rotatie met id '{id}'", en: "no rotation with id '{id}'"),
        "store.noLogEntry": .init(nl: "er is geen regel {id} in het beslislog", en: "no decision log entry with id {id}"),
        "store.noOffer": .init(
            nl: "er is geen aanbod in de vervangingspool met id '{id}'", en: "no stand-in offer with id '{id}'"),
        "store.noExchangeProposal": .init(nl: "er is geen voorstel voor functieruil {id}", en: "no exchange proposal {id}"),
        "store.noTraineeInCohort": .init(
            nl: "trainee '{trainee}' hoort niet bij lichting {cohort} van rotatie {rotation}",
            en: "no trainee '{trainee}' in cohort {cohort} of rotation {rotation}"),
        "store.noPlacement": .init(
            nl: "traineeplek '{placement}' hoort niet bij rotatie {rotation}", en: "no placement '{placement}' in rotation {rotation}"),

        // States that do not allow it.
        "store.roundAccepted": .init(
            nl: "rotatie {rotation} is al vastgesteld; de plaatsingen zijn definitief",
            en: "rotation {rotation} was already accepted; its assignments are final"),
        "store.noProposal": .init(
            nl: "rotatie {rotation} heeft nog geen voorstel; maak er eerst een met `koppel round run {rotation} --as regional`",
            en: "rotation {rotation} has no proposal yet; run `koppel round run {rotation} --as regional` first"),
        "store.noProposalToAccept": .init(
            nl: "rotatie {rotation} heeft geen voorstel om vast te stellen; maak er eerst een met `koppel round run {rotation}`",
            en: "rotation {rotation} has no proposal to accept; run `koppel round run {rotation}` first"),
        "store.alreadyPlaced": .init(
            nl: "{trainee} staat al op {placement} in {rotation}; er valt niets te wijzigen",
            en: "{trainee} is already placed at {placement} in {rotation}; nothing to override"),
        "store.placementFull": .init(
            nl: "traineeplek {placement} is vol ({capacity} van {capacity} plaatsen bezet)",
            en: "placement {placement} is full ({capacity} of {capacity} places taken)"),
        "store.placedBefore": .init(
            nl: "{trainee} had in een eerdere rotatie al een plek bij {employer}; een trainee gaat maar één keer naar elke organisatie",
            en: "{trainee} was placed at {employer} in an earlier rotation; a trainee goes to each organisation once"),
        "store.otherCohort": .init(
            nl: "rotatie {rotation} hoort bij lichting {cohort}, niet bij die van trainee {trainee}",
            en: "rotation {rotation} belongs to cohort {cohort}, not to trainee {trainee}'s"),
        "store.rankingFinal": .init(
            nl: "de plaatsing van trainee {trainee} in {rotation} is definitief; de voorkeuren kunnen niet meer veranderen",
            en: "trainee {trainee}'s placement in {rotation} is final; the ranking can no longer change"),
        "store.placementTwice": .init(
            nl: "traineeplek '{placement}' staat twee keer in de voorkeuren", en: "placement '{placement}' appears twice in the ranking"),
        "store.placementElsewhere": .init(
            nl: "'{placement}' is geen traineeplek van rotatie {rotation}", en: "placement '{placement}' is not a placement of rotation {rotation}"),
        "store.noComingRotation": .init(
            nl: "trainee '{id}' heeft in elke rotatie van lichting {cohort} een definitieve plek; er is geen volgende rotatie om voorkeuren voor te geven",
            en: "trainee '{id}' has a final placement in every rotation of cohort {cohort}; there is no coming rotation to rank"),
        "store.exchangeNotOpen": .init(
            nl: "voorstel voor functieruil {id} is {status}; alleen een open voorstel kan worden vastgesteld",
            en: "exchange proposal {id} is {status}; only an open proposal can be accepted"),
        "exchange.status.accepted": .init(nl: "al vastgesteld", en: "accepted"),
        "exchange.status.superseded": .init(nl: "vervangen door een nieuwer voorstel", en: "superseded"),
        "exchange.status.proposed": .init(nl: "voorgesteld", en: "proposed"),
        "store.fromAfterTo": .init(nl: "--from {from} ligt na --to {to}", en: "--from {from} is after --to {to}"),
        "store.offerNotCovering": .init(
            nl: "aanbod {offer} loopt van {offerFrom} tot en met {offerTo} en dekt niet {from} tot en met {to}",
            en: "the offer {offer} runs {offerFrom} to {offerTo} and does not cover {from} to {to}"),
        "store.ownEmployee": .init(
            nl: "{offer} is een aanbod van een eigen medewerker van {borrower}; een invaller komt van een andere werkgever",
            en: "{offer} is an offer of {borrower}'s own employee; a stand-in comes from another employer"),
        "store.noEmployeeConsent": .init(
            nl: "de medewerker heeft geen toestemming gegeven voor aanbod {offer}; een detachering vraagt toestemming van de medewerker",
            en: "the employee has not consented to offer {offer}; a secondment needs the employee's consent"),
        "store.noLenderConsent": .init(
            nl: "de uitlenende werkgever {employer} heeft geen toestemming gegeven voor aanbod {offer}; een detachering vraagt die toestemming",
            en: "the lending employer {employer} has not consented to offer {offer}; a secondment needs its consent"),
        "store.offerBooked": .init(
            nl: "aanbod {offer} is al geboekt door {borrower} van {bookedFrom} tot en met {bookedTo}; dat overlapt met {from} tot en met {to}",
            en: "offer {offer} is already booked by {borrower} from {bookedFrom} to {bookedTo}, which overlaps {from} to {to}"),
        "store.minGroup": .init(
            nl: "--min-group {value}: een groep telt minstens 2 mensen", en: "--min-group {value}: the minimum group size is at least 2"),
        "store.topAtLeastOne": .init(nl: "--top {value}: k is minstens 1", en: "--top {value}: k is at least 1"),
        "store.notRemoved": .init(nl: "het profiel '{id}' kon niet worden verwijderd", en: "the profile '{id}' could not be removed"),

        // The decision log.
        "store.letterWrongKind": .init(
            nl: "regel {id} in het beslislog is een {kind}, geen rangschikking van kandidaten voor een vacature en geen plaatsingsronde; een brief legt een van die twee uit",
            en: "log entry {id} is a {kind}, not a ranking of candidates for a vacancy nor a placement round; a letter explains one of those"),
        "store.letterVacancyGone": .init(
            nl: "vacature {vacancy} van regel {id} in het beslislog bestaat niet meer",
            en: "vacancy {vacancy} of log entry {id} no longer exists"),
        "store.unreadableParams": .init(
            nl: "regel {id} in het beslislog heeft gegevens die deze koppel niet kan lezen",
            en: "log entry {id} has parameters this koppel cannot read"),
        "store.unreadableParamsBecause": .init(
            nl: "regel {id} in het beslislog heeft gegevens die deze koppel niet kan lezen ({error})",
            en: "log entry {id} has parameters this koppel cannot read ({error})"),
        "store.noRoundBefore": .init(
            nl: "voor regel {id} is geen plaatsingsronde van rotatie {rotation} in het beslislog gezet",
            en: "no placement round of rotation {rotation} was logged before entry {id}"),
        "store.notInCohort": .init(
            nl: "{person} is geen trainee van de lichting van rotatie {rotation}",
            en: "{person} is not a trainee of the cohort of rotation {rotation}"),
        "store.notReplayable": .init(
            nl: "regel {id} in het beslislog is van de soort '{kind}': een besluit of een wijziging van gegevens, geen berekening; er valt niets opnieuw te berekenen (dat kan bij ranking, explain en round)",
            en: "log entry {id} is of kind '{kind}', which records a decision or a change of data, not a computation; there is nothing to replay (replay works for ranking, explain and round)"),
        "store.weightsGone": .init(
            nl: "gewichten versie {version} is niet meer bewaard; het besluit kan niet opnieuw worden berekend",
            en: "weights version {version} is no longer stored; the decision cannot be replayed"),
        "store.reasonNeeded": .init(
            nl: "{what} vraagt een reden (--reason TEKST): wie besliste, en waarom",
            en: "{what} needs a reason (--reason TEXT): who decided, and why"),
        "store.reasonTooLong": .init(
            nl: "de reden telt {count} tekens; het mogen er hoogstens {max} zijn",
            en: "the reason has {count} characters; at most {max}"),
        "reason.what.place": .init(
            nl: "een trainee ergens anders plaatsen dan voorgesteld", en: "placing a trainee elsewhere than proposed"),
        "reason.what.acceptRound": .init(nl: "een ronde vaststellen", en: "accepting a round"),
        "reason.what.book": .init(nl: "een invaller boeken", en: "booking a stand-in"),
        "reason.what.acceptExchange": .init(nl: "een functieruil vaststellen", en: "accepting an exchange"),
        "reason.what.choosingOne": .init(
            nl: "{person} kiezen (nummer {rank} van de shortlist) boven {count} hoger geplaatste kandidaat zonder markering",
            en: "choosing {person} (number {rank} of the shortlist) over {count} higher-ranked candidate not yet marked"),
        "reason.what.choosing": .init(
            nl: "{person} kiezen (nummer {rank} van de shortlist) boven {count} hoger geplaatste kandidaten zonder markering",
            en: "choosing {person} (number {rank} of the shortlist) over {count} higher-ranked candidates not yet marked"),
        "store.busyNotSaved": .init(
            nl: "de database is bezet: een andere koppel (een browser of een import) hield haar langer dan {seconds} s vast, dus {what} zijn niet bewaard",
            en: "the database is busy: another koppel (a browser or an import) held it for more than {seconds} s, so {what} was not saved"),
        "busy.what.marks": .init(nl: "de markeringen", en: "the marks"),
        "busy.what.ranking": .init(nl: "de voorkeuren", en: "the ranking"),

        // The database file and input files.
        "store.noDatabase": .init(nl: "er is geen database in {path}", en: "no database at {path}"),
        "store.cannotCreate": .init(
            nl: "{path} kan niet worden gemaakt: in de map {folder} mag niet worden geschreven ({reason})",
            en: "cannot create {path}: the folder {folder} is not writable ({reason})"),
        "store.cannotOpen": .init(nl: "{path} kan niet worden geopend: {reason}", en: "cannot open {path}: {reason}"),
        "store.cannotRead": .init(nl: "{path} kan niet worden gelezen: {reason}", en: "cannot read {path}: {reason}"),
        "store.noFile": .init(nl: "{path} kan niet worden gelezen: het bestand bestaat niet", en: "cannot read {path}: no such file"),
        "store.isDirectory": .init(nl: "{path} kan niet worden gelezen: het is een map", en: "cannot read {path}: it is a directory"),
        "store.stdinClosed": .init(
            nl: "de standaardinvoer kan niet worden gelezen: die is gesloten", en: "cannot read standard input: it is closed"),
        "store.tooLarge": .init(
            nl: "{path} is groter dan de grens van {limit} voor invoer (zet KOPPEL_MAX_INPUT_BYTES voor meer)",
            en: "{path} is larger than the input limit of {limit} (set KOPPEL_MAX_INPUT_BYTES for more)"),
        "store.isFolder": .init(nl: "{path} is een map, geen koppel-database", en: "{path} is a folder, not a koppel database"),
        "store.isEmpty": .init(
            nl: "{path} is leeg (0 bytes), geen koppel-database; maak er een met `koppel init --db {path}`",
            en: "{path} is empty (0 bytes), not a koppel database; create one with `koppel init --db {path}`"),
        "store.notSQLite": .init(
            nl: "{path} is geen koppel-database (het is geen SQLite-bestand); er is niets veranderd",
            en: "{path} is not a koppel database (it is not an SQLite file); nothing was changed"),
        "store.readOnly": .init(
            nl: "{path} is alleen-lezen ({reason}): deze opdracht schrijft in de database; opdrachten die alleen lezen, zoals export, werken wel",
            en: "{path} is read-only ({reason}): this command writes to the database; read-only commands such as export still work"),
        "store.folderReadOnly": .init(
            nl: "in de map {folder} mag niet worden geschreven ({reason}): een opdracht die schrijft, moet daar {path}-wal maken; opdrachten die alleen lezen, zoals export, werken wel",
            en: "the folder {folder} is not writable ({reason}): a command that writes needs to create {path}-wal there; read-only commands such as export still work"),
        "store.noSchema": .init(
            nl: "{path} is een SQLite-database, maar geen koppel-database (er is geen koppel-schema)",
            en: "{path} is an SQLite database but not a koppel database (it has no koppel schema)"),
        "store.olderSchema": .init(
            nl: "{path} heeft een ouder koppel-schema; voer één keer een opdracht uit die schrijft (zoals `koppel init --db {path}`) om het bij te werken",
            en: "{path} has an older koppel schema; run a command that writes (such as `koppel init --db {path}`) once to upgrade it"),
        "store.otherProgram": .init(
            nl: "{path} is een SQLite-database van een ander programma, geen koppel-database; er is niets veranderd",
            en: "{path} is an SQLite database of another program, not a koppel database; it was not modified"),
        "store.newerSchema": .init(
            nl: "{path} is geschreven door een nieuwere koppel (schema {migrations} kent deze versie niet); er is niets veranderd. Gebruik een nieuwere koppel.",
            en: "{path} was written by a newer koppel (schema {migrations} is unknown to this build); it was not modified. Use a newer koppel."),
        "store.notKoppel": .init(
            nl: "{path} is geen koppel-database (SQLite meldt: {sqlite}).", en: "{path} is not a koppel database (SQLite says: {sqlite})."),
        "store.damaged": .init(
            nl: "{path} is beschadigd (SQLite meldt: {sqlite}); zet een reservekopie terug",
            en: "{path} is damaged (SQLite says: {sqlite}); restore it from a backup"),
        "store.damagedCheck": .init(
            nl: "{path} is beschadigd: de quick_check van SQLite vond {findings}; er is niets uit gelezen. Zet een reservekopie terug",
            en: "{path} is damaged: SQLite's quick_check found {findings}; nothing was read from it. Restore it from a backup"),
        "store.cannotWrite": .init(
            nl: "in {path} kan niet worden geschreven (alleen-lezen bestand of bestandssysteem)",
            en: "{path} cannot be written (read-only file or file system)"),
        "store.checkPermissions": .init(
            nl: "{path} kan niet worden geopend ({sqlite}): controleer de rechten van het bestand en de map",
            en: "cannot open {path} ({sqlite}): check the permissions of the file and its folder"),
    ]

    /// What the access policy refuses, and who may ask instead; `{viewer}` is a ``Viewer``.
    static let access: [String: Entry] = [
        "access.letter": .init(
            nl: "{viewer} mag geen brieven schrijven over besluiten over vacatures van {employer}",
            en: "{viewer} may not write letters about decisions on vacancies of {employer}"),
        "access.roundLetter": .init(
            nl: "{viewer} mag geen brieven schrijven over plaatsingsrondes", en: "{viewer} may not write letters about placement rounds"),
        "access.mark": .init(
            nl: "{viewer} mag geen kandidaten markeren voor vacature {vacancy} van {employer}",
            en: "{viewer} may not mark candidates for vacancy {vacancy} of {employer}"),
        "access.traineeBrowse": .init(
            nl: "de traineeplekken en voorkeuren van trainee {trainee} zijn voor die trainee (of een regionaal adviseur), niet voor {viewer}",
            en: "trainee {trainee}'s placements and ranking are for that trainee (or a regional adviser), not for {viewer}"),
        "access.saveRanking": .init(
            nl: "alleen trainee {trainee} bewaart de eigen voorkeuren, niet {viewer}",
            en: "only trainee {trainee} saves their own ranking, not {viewer}"),
        "access.erase": .init(
            nl: "alleen de gegevensbeheerder wist een persoon, niet {viewer}", en: "only the data steward erases a person, not {viewer}"),
        "access.personExport": .init(
            nl: "een verzoek om inzage beantwoordt de gegevensbeheerder, niet {viewer}",
            en: "a data access request is answered by the data steward, not by {viewer}"),
        "access.stale": .init(nl: "{viewer} mag geen profielen opsommen", en: "{viewer} may not list profiles"),
        "access.export": .init(nl: "{viewer} mag geen gegevens exporteren", en: "{viewer} may not export records"),
        "access.place": .init(
            nl: "een trainee wordt geplaatst door een regionaal adviseur, niet door {viewer}",
            en: "a trainee is placed by a regional adviser, not by {viewer}"),
        "access.roundRun": .init(
            nl: "een plaatsingsronde wordt gedaan door een regionaal adviseur, niet door {viewer}",
            en: "a placement round is run by a regional adviser, not by {viewer}"),
        "access.roundReport": .init(
            nl: "het verslag van een ronde is voor een regionaal adviseur, niet voor {viewer}",
            en: "a round's report is for a regional adviser, not for {viewer}"),
        "access.roundAccept": .init(
            nl: "een plaatsingsronde wordt vastgesteld door een regionaal adviseur, niet door {viewer}",
            en: "a placement round is accepted by a regional adviser, not by {viewer}"),
        "access.scramble": .init(
            nl: "suggesties voor open plekken zijn voor een regionaal adviseur, niet voor {viewer}",
            en: "scramble suggestions are for a regional adviser, not for {viewer}"),
        "access.standinsFind": .init(
            nl: "{viewer} mag geen invallers zoeken voor {employer}", en: "{viewer} may not search stand-ins for {employer}"),
        "access.standinsBook": .init(
            nl: "{viewer} mag geen invaller boeken voor {employer}", en: "{viewer} may not book a stand-in for {employer}"),
        "access.exchangesFind": .init(nl: "{viewer} mag niet zoeken naar functieruil", en: "{viewer} may not search for exchanges"),
        "access.exchangesAccept": .init(
            nl: "een voorstel voor functieruil wordt vastgesteld door een regionaal adviseur, niet door {viewer}",
            en: "an exchange proposal is accepted by a regional adviser, not by {viewer}"),
        "access.exchangeMembers": .init(
            nl: "{viewer} mag niet iedereen zien die in voorstel voor functieruil {id} zit",
            en: "{viewer} may not see every member of exchange proposal {id}"),
        "access.impact": .init(
            nl: "een impactaudit wordt gedaan door de auditor of een regionaal adviseur, niet door {viewer}",
            en: "an impact audit is run by the auditor or a regional adviser, not by {viewer}"),
        "access.monitor": .init(
            nl: "de monitor wordt gedaan door de auditor of een regionaal adviseur, niet door {viewer}",
            en: "the monitor is run by the auditor or a regional adviser, not by {viewer}"),
        "access.rankVacancies": .init(
            nl: "{viewer} mag geen vacatures rangschikken voor een persoon", en: "{viewer} may not rank vacancies for a person"),
        "access.rankCandidates": .init(
            nl: "{viewer} mag geen kandidaten rangschikken voor vacature {vacancy} van {employer}",
            en: "{viewer} may not rank candidates for vacancy {vacancy} of {employer}"),

        "viewer.valid": .init(
            nl: "geldig zijn een werkgevercode ({codes}), regional, auditor, steward of trainee:ID",
            en: "valid are an employer code ({codes}), regional, auditor, steward or trainee:ID"),
        "viewer.empty": .init(nl: "--as is leeg; {valid}", en: "--as is empty; {valid}"),
        "viewer.unknownTrainee": .init(
            nl: "--as {value}: er is geen trainee met id '{id}'", en: "--as {value}: there is no trainee with id '{id}'"),
        "viewer.unknownEmployer": .init(
            nl: "--as {value}: onbekende werkgevercode; {valid}", en: "--as {value}: unknown employer code; {valid}"),

        // Who is asking (English keeps the form of --as).
        "viewer.nobody": .init(nl: "iemand zonder --as", en: "nobody"),
        "viewer.adviser": .init(nl: "een adviseur van {employer}", en: "adviser:{employer}"),
        "viewer.regional": .init(nl: "een regionaal adviseur", en: "regional"),
        "viewer.trainee": .init(nl: "trainee {id}", en: "trainee:{id}"),
        "viewer.auditor": .init(nl: "de auditor", en: "auditor"),
        "viewer.steward": .init(nl: "de gegevensbeheerder", en: "steward"),
    ]
}

extension Viewer: TextArgument {
    /// Who is asking, in a sentence: "een adviseur van ENS"; English keeps `adviser:ENS`.
    public func rendered(in language: Language) -> String {
        switch self {
        case .nobody: language.text("viewer.nobody")
        case .adviser(let employer): language.text("viewer.adviser", ["employer": employer])
        case .regionalAdviser: language.text("viewer.regional")
        case .trainee(let id, _): language.text("viewer.trainee", ["id": id])
        case .auditor: language.text("viewer.auditor")
        case .dataSteward: language.text("viewer.steward")
        }
    }
}
