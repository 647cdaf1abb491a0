extension Catalogue {
    /// `--help` of the commands for rounds, exchanges, the log, people, accounts and the browser.
    static let helpMore: [String: Entry] = [
        "help.instanceFile": .init(
            nl: "Het bestand met de opgave, of - voor de standaardinvoer.",
            en: "The instance file, or - for standard input."),
        "help.format.jsonTable": .init(
            nl: "json of table.",
            en: "json or table."),
        "help.rotationID": .init(
            nl: "Het id van de rotatie.",
            en: "The rotation's id."),
        "help.accountID": .init(
            nl: "Het id van het account.",
            en: "The account's id."),
        "help.traineeID": .init(
            nl: "Het id van de trainee.",
            en: "The trainee's id."),
        "help.round.place": .init(
            nl: "Plaats een trainee ergens anders dan de ronde voorstelde: een afwijking, direct definitief.",
            en: "Place a trainee elsewhere than the round proposed: an override, final at once."),
        "help.round.discussion": .init(
            nl: "`run` berekent de stabiele verdeling die het best is voor de trainees en bewaart die als voorstel; `accept` maakt het definitief (een adviseur beslist: zonder dat is niets definitief); `scramble` stelt open plekken voor aan trainees zonder plek. Een ronde gaat over elke trainee van de rotatie, dus het is het werk van een regionaal adviseur: --as regional.",
            en: "`run` computes the trainee-optimal stable assignment and stores it as a proposal; `accept` makes it final (an adviser decides: nothing is final without it); `scramble` suggests unfilled places to unmatched trainees. A round involves every trainee of the rotation, so it is a regional adviser's task: --as regional."),
        "help.round.place.discussion": .init(
            nl: "De traineeplek hoort bij de rotatie, heeft een vrije plaats en is niet bij een organisatie waar de trainee al eerder zat. Een regionaal adviseur beslist (--as regional); --actor zegt wie en --reason waarom; het beslislog legt het vast als afwijking (`koppel log --kind override`).",
            en: "The placement must belong to the rotation, have a free place, and not be at an organisation where the trainee was placed before. A regional adviser decides (--as regional); --actor says who and --reason why, logged as an override (`koppel log --kind override`)."),
        "help.round.accept.discussion": .init(
            nl: "Een regionaal adviseur stelt vast (--as regional); --actor zegt wie en --reason waarom; beide komen in het beslislog.",
            en: "A regional adviser accepts (--as regional); --actor says who and --reason why, both recorded in the decision log."),
        "help.round.rotation": .init(
            nl: "Het id van de rotatie, bv. c2026-r1.",
            en: "The rotation's id, e.g. c2026-r1."),
        "help.round.placement": .init(
            nl: "Het id van de traineeplek.",
            en: "The placement's id."),
        "help.round.limit": .init(
            nl: "Suggesties per trainee.",
            en: "Suggestions per trainee."),
        "help.exchanges.solve.discussion": .init(
            nl: "Invoer: {\"participants\": [\"a\", \"b\"], \"acceptable\": {\"a\": [\"b\"], \"b\": [\"a\"]}, \"weights\": {\"a\": {\"b\": 2.5}}} (\"a\": [\"b\"] = a mag de functie van b nemen; gewichten zijn niet verplicht, standaard 1). Uitvoer: {\"cycles\": [[\"a\", \"b\"]], \"moved\": 2, \"weight\": 3.5}; een ruilkring [x1, …, xk] betekent: x1 neemt de functie van x2, …, xk die van x1. Zoveel mogelijk mensen wisselen, dan het hoogste totale gewicht, dan de kleinste gesorteerde lijst van ruilkringen — exact, nooit bij benadering.",
            en: "Input: {\"participants\": [\"a\", \"b\"], \"acceptable\": {\"a\": [\"b\"], \"b\": [\"a\"]}, \"weights\": {\"a\": {\"b\": 2.5}}} (\"a\": [\"b\"] = a may take b's position; weights optional, default 1). Output: {\"cycles\": [[\"a\", \"b\"]], \"moved\": 2, \"weight\": 3.5}; a cycle [x1, …, xk] means x1 takes x2's position, …, xk takes x1's. Maximises people moved, then total weight, then the smallest sorted list of cycles — exactly, never a heuristic."),
        "help.exchanges.find.discussion": .init(
            nl: "Er is een verbinding a → b als a de functie van b koos, aan de eisen van die functie voldoet (de rangschikking), hoogstens één schaal verschuift (tenzij a meer toestond) en hun periodes overlappen; in elke ruilkring en keten overlappen de periodes van iedereen. Gekozen functies die geen verbinding gaven, staan erbij met de reden.",
            en: "An edge a → b exists when a listed b's position, meets its must-haves (the ranking engine), stays within one scale step (unless a allowed more), and their periods overlap; in each cycle and chain all members' periods overlap. Positions that gave no edge are listed with the reason."),
        "help.exchanges.accept.discussion": .init(
            nl: "Alleen een regionaal adviseur (--as regional) die iedereen in het voorstel mag zien, stelt het vast; --actor zegt wie en --reason waarom.",
            en: "Only a regional adviser (--as regional) who may see every member accepts a proposal; --actor says who and --reason why."),
        "help.exchanges.balance.discussion": .init(
            nl: "Telt vastgestelde functieruil en geboekte invallers met alle drie de toestemmingen, en alleen de mensen die --as mag zien.",
            en: "Counts accepted exchanges and stand-in bookings with all three consents, and only the people --as may see."),
        "help.exchanges.refused": .init(
            nl: "Toon ook de gekozen functies die geen verbinding gaven, met de reden.",
            en: "Also list the listed positions that gave no edge, with the reason."),
        "help.exchanges.id": .init(
            nl: "Het nummer van het voorstel.",
            en: "The proposal's number."),
        "help.exchanges.from": .init(
            nl: "Vanaf (JJJJ-MM-DD).",
            en: "From (YYYY-MM-DD)."),
        "help.exchanges.to": .init(
            nl: "Tot en met (JJJJ-MM-DD).",
            en: "To (YYYY-MM-DD)."),
        "help.log.discussion": .init(
            nl: "Elke rangschikking, uitleg, plaatsingsronde, vaststelling, wijziging van gewichten, import en wissing komt in het log met de tijd (UTC), voor wie het was (--as), wie handelde (--actor), de SHA-256 van de invoer, de versie van de gewichten en de uitkomst. Het log kan alleen groeien: de database weigert een regel te wijzigen of te wissen, behalve dat bij het wissen van een persoon het id een pseudoniem wordt.",
            en: "Every ranking, explanation, placement round, acceptance, weights change, import and erasure is recorded with the time (UTC), the viewer it was taken for (--as), who acted (--actor), the SHA-256 of its input data, the weights version and the outcome. The log is append-only: the database refuses to change or delete an entry, except that an erasure replaces the erased person's id by a pseudonym."),
        "help.log.list.discussion": .init(
            nl: "Elke regel telt de mensen over wie hij gaat; `koppel log show ID` noemt ze. Wat u ziet, volgt --as: een adviseur leest de besluiten zonder --as of van adviseurs van de eigen werkgever, nooit iets over de eigen discrete medewerkers; zonder --as alleen besluiten zonder --as; regional, auditor (met pseudoniemen) en steward lezen elke regel.",
            en: "Each entry counts the people it concerns; `koppel log show ID` lists them. What you see follows --as: an adviser reads the decisions taken without a viewer or by advisers of their own employer, never anything about their own discreet staff; without --as only decisions taken without a viewer; regional, auditor (with pseudonyms) and steward read every entry."),
        "help.log.replay.discussion": .init(
            nl: "Het besluit wordt opnieuw berekend uit de gegevens die nu in de database staan, met de versie van de gewichten die het vastlegde. Zegt of de invoer-hash gelijk is (\"invoer veranderd\" als dat niet zo is) en of de uitkomst klopt. Afsluitcode 0 als de uitkomst klopt, 1 als die niet klopt, 2 als de regel niet opnieuw te berekenen is.",
            en: "The decision is recomputed from the data now in the database with the weights version it recorded. Says whether the input hash is the same (\"inputs changed since\" when not) and whether the outcome matches. Exit code 0 when the outcome matches, 1 when it does not, 2 when the entry cannot be replayed."),
        "help.log.limit": .init(
            nl: "Hoogstens zoveel regels.",
            en: "At most this many entries."),
        "help.log.id": .init(
            nl: "Het id van de regel in het beslislog.",
            en: "The log entry's id."),
        "help.log.since": .init(
            nl: "Alleen regels op of na deze dag (JJJJ-MM-DD).",
            en: "Only entries on or after this day (YYYY-MM-DD)."),
        "help.log.person": .init(
            nl: "Alleen regels over deze persoon.",
            en: "Only entries that concern this person."),
        "help.log.before": .init(
            nl: "Alleen regels ouder dan dit id (de volgende pagina).",
            en: "Only entries older than this id (the next page)."),
        "help.shortlist.abstract": .init(
            nl: "Markeer kandidaten op de shortlist van een vacature (benaderd, niet geschikt), zoals de browser doet.",
            en: "Mark candidates on a vacancy's shortlist (contacted, not suitable), as the browser does."),
        "help.shortlist.mark": .init(
            nl: "Markeer een of meer kandidaten van een vacature; wie iemand kiest onder kandidaten zonder markering, geeft --reason.",
            en: "Mark one or more candidates of a vacancy; choosing someone below unmarked others needs --reason."),
        "help.shortlist.mark.discussion": .init(
            nl: "Wie iemand als benaderd markeert terwijl hoger geplaatste kandidaten (in uw laatste rangschikking `koppel candidates VACATURE` met dezelfde --as) nog geen markering hebben, wijkt af van de shortlist: --reason is dan verplicht, en het beslislog legt de keuze vast als afwijking met wie, wanneer en waarom (`koppel log --kind override`). Elke markering komt in het log (soort mark).",
            en: "Marking someone contacted while candidates ranked above them (in your latest `koppel candidates VACANCY` ranking with the same --as) carry no mark yet overrides the shortlist: --reason is required, and the choice is logged as an override with who, when and why (`koppel log --kind override`). Every mark is logged (kind mark)."),
        "help.shortlist.people": .init(
            nl: "De id's van de kandidaten.",
            en: "The candidates' ids."),
        "help.shortlist.choice": .init(
            nl: "De markering (--clear haalt die weg).",
            en: "The mark to set (--clear removes it)."),
        "help.shortlist.reason": .init(
            nl: "Waarom u deze kandidaat kiest boven hoger geplaatste (verplicht bij een afwijking).",
            en: "Why you choose this candidate over higher-ranked ones (required for an override)."),
        "help.users.discussion": .init(
            nl: "Wachtwoorden komen uit een vraag zonder echo, of uit de eerste regel van de standaardinvoer; nooit van de opdrachtregel.",
            en: "Passwords are read from a prompt without echo, or from the first line of standard input; never from the command line."),
        "help.users.token.discussion": .init(
            nl: "Het token verschijnt één keer op stdout; alleen de SHA-256 ervan wordt bewaard.",
            en: "The token is printed once on stdout; only its SHA-256 is stored."),
        "help.users.id": .init(
            nl: "Het id van het account (letters, cijfers, . - _ @).",
            en: "The account's id (letters, digits, . - _ @)."),
        "help.users.name": .init(
            nl: "De naam die bij het account staat.",
            en: "The name shown for the account."),
        "help.users.role": .init(
            nl: "adviser, regional, trainee, auditor, steward of admin.",
            en: "adviser, regional, trainee, auditor, steward or admin."),
        "help.users.language": .init(
            nl: "nl of en.",
            en: "nl or en."),
        "help.users.noPassword": .init(
            nl: "Geen wachtwoord: het account meldt zich alleen aan met API-tokens.",
            en: "No password: the account signs in with API tokens only."),
        "help.users.enable": .init(
            nl: "Zet het account weer aan.",
            en: "Enable the account again."),
        "help.users.id2": .init(
            nl: "Het id van het account (niet nodig bij --revoke).",
            en: "The account's id (not needed with --revoke)."),
        "help.users.days": .init(
            nl: "Dagen dat het token geldig is.",
            en: "Days the token is valid."),
        "help.users.label": .init(
            nl: "Een notitie waar het token voor is.",
            en: "A note on what the token is for."),
        "help.users.employer": .init(
            nl: "De werkgever van een adviseur.",
            en: "An adviser's employer."),
        "help.users.trainee": .init(
            nl: "De trainee van een trainee-account.",
            en: "A trainee account's trainee."),
        "help.users.revoke": .init(
            nl: "Trek dit token in.",
            en: "Revoke this token."),
        "help.serve.discussion": .init(
            nl: "Accounts beheert u met `koppel users`. Luister op loopback en zet er een TLS-reverse-proxy voor; SIGTERM of SIGINT maakt de lopende verzoeken af en sluit dan de database. Met --oidc-issuer, --oidc-audience en --oidc-keys neemt koppel ook JWT's van die OpenID Connect-uitgever aan: ondertekend met een sleutel uit het sleutelbestand (publieke sleutels, elk met kid en alg), voor de audience, niet verlopen; de claim van --oidc-account-claim noemt het koppel-account, dat moet bestaan en aan staan.",
            en: "Accounts are managed with `koppel users`. Listen on loopback and put a TLS reverse proxy in front; SIGTERM or SIGINT finish the requests in flight, then close the database. With --oidc-issuer, --oidc-audience and --oidc-keys, bearer JWTs of that OpenID Connect issuer are accepted as well: signed with a key of the key-set file (public keys, each with kid and alg), for the audience, not expired; the claim named by --oidc-account-claim names the koppel account, which must exist and be enabled."),
        "help.serve.oidcIssuer": .init(
            nl: "Neem ook bearer-JWT's aan van deze OpenID Connect-uitgever (zijn `iss`).",
            en: "Accept bearer JWTs of this OpenID Connect issuer (its `iss`)."),
        "help.serve.oidcAudience": .init(
            nl: "De audience (`aud`) waarvoor zo'n JWT moet zijn.",
            en: "The audience (`aud`) such a JWT must be for."),
        "help.serve.oidcKeys": .init(
            nl: "Het sleutelbestand (JWKS in JSON) van de uitgever, om JWT's mee te controleren.",
            en: "The issuer's key set (JWKS JSON) to verify JWTs with."),
        "help.serve.oidcAccountClaim": .init(
            nl: "De claim in de JWT die het koppel-account noemt.",
            en: "The JWT claim that holds the koppel account id."),
        "help.serve.host": .init(
            nl: "Het adres om op te luisteren.",
            en: "The address to listen on."),
        "help.serve.port": .init(
            nl: "De poort om op te luisteren.",
            en: "The port to listen on."),
        "help.serve.insecureCookie": .init(
            nl: "Stuur het sessiecookie zonder Secure (alleen voor gewone HTTP op loopback, nooit in productie).",
            en: "Send the session cookie without Secure (only for plain HTTP on loopback, never in production)."),
        "help.person.letter": .init(
            nl: "Schrijf iemand een brief over een vastgelegde rangschikking of plaatsingsronde (AI-verordening art. 86, AVG art. 22).",
            en: "Write a person a letter about a logged ranking or placement round (AI Act art. 86, AVG art. 22)."),
        "help.person.letter.discussion": .init(
            nl: "In eenvoudig Nederlands (B1) of Engels: wat er over iemand is besloten, door wie en wanneer, en hoe die bezwaar maakt. --log is de regel van een rangschikking of uitleg van kandidaten, of van een plaatsingsronde (round, round-accept). Over een rangschikking: de criteria met hun punten, de eisen waaraan iemand niet voldeed en de kleinste wijziging van het profiel die iemand op de shortlist had gezet (berekend door opnieuw te scoren, hoogstens drie wijzigingen); gevraagd door de gegevensbeheerder, een regionaal adviseur of een adviseur van de werkgever van de vacature. Over een ronde: de plek die iemand kreeg, hoe elke keuze uitviel, en de kleinste stap omhoog in de volgorde van één gastwerkgever die iemand een liever gewenste plek had gegeven (berekend door de ronde opnieuw te doen); gevraagd door de gegevensbeheerder, een regionaal adviseur of de trainee (--as trainee:ID). Alleen wie de persoon mag zien, vraagt. Elke brief komt in het beslislog (soort letter).",
            en: "In plain Dutch (B1) or English: what was decided about them, by whom and when, and how to object. --log is the entry of a candidate ranking or explanation, or of a placement round (round, round-accept). About a ranking: the criteria with their points, the must-haves they missed and the smallest change to their profile that would have put them on the shortlist (computed by scoring again, up to three changes); asked by the data steward, a regional adviser, or an adviser of the vacancy's employer. About a round: the placement they got, how each of their choices went, and the smallest move up one host's ranking that would have given them a place they wanted more (computed by solving the round again); asked by the data steward, a regional adviser, or the trainee (--as trainee:ID). Only a viewer who may see the person asks. Each letter is logged (kind letter)."),
        "help.person.export.discussion": .init(
            nl: "Profiel, vaardigheden, certificaten, vakgebieden, wensen, traineeship, rangschikkingen, verzoeken om functieruil, aanbod in de vervangingspool, markeringen op shortlists en elke regel in het beslislog over de persoon (alleen het eigen deel; anderen staan er als \"(iemand anders)\"). Een verzoek om inzage beantwoordt de gegevensbeheerder: --as steward.",
            en: "Profile, skills, credentials, domains, wishes, traineeship, rankings, exchange requests, stand-in offers, shortlist marks and every decision log entry that concerns them (only their own part of it; other people appear as \"(someone else)\"). A data access request is answered by the data steward: --as steward."),
        "help.person.erase.discussion": .init(
            nl: "Verwijdert het profiel met vaardigheden, certificaten, vakgebieden en wensen, het traineerecord met voorkeuren en plaatsingen, verzoeken om functieruil, aanbod in de vervangingspool, markeringen op shortlists, open voorstellen voor functieruil waarin de persoon wisselt en de regels in de zoekindex. In het beslislog wordt het id een pseudoniem dat niet terug te herleiden is. Daarna wordt de database opgeschoond en de WAL verwerkt, zodat (met secure_delete) geen byte van de gewiste gegevens in het bestand blijft; stopt koppel eerder, dan maakt de volgende koppel die de database opent het af. Kan niet ongedaan worden gemaakt: --yes is verplicht. De gegevensbeheerder wist: --as steward, en --actor zegt wie.",
            en: "Removes the profile with skills, credentials, domains and wishes, the trainee record with rankings and assignments, exchange requests, stand-in offers, shortlist marks, open exchange proposals that move them and their full-text index entries. In the decision log their id is replaced by a pseudonym that cannot be traced back. Then the database is vacuumed and its WAL checkpointed, so (with secure_delete) no byte of the erased data stays in the file; a koppel killed before that finishes it the next time any koppel opens the database. Cannot be undone: --yes is required. The data steward erases: --as steward, and --actor says who."),
        "help.person.compact.discussion": .init(
            nl: "`koppel person erase` doet dit zelf; gebruik het als een wissing meldde dat een ander proces de database bezet hield.",
            en: "`koppel person erase` does this itself; run it when an erasure reported that another process kept the database busy."),
        "help.person.yes": .init(
            nl: "Bevestig: het wissen kan niet ongedaan worden gemaakt.",
            en: "Confirm: the erasure cannot be undone."),
        "help.person.months": .init(
            nl: "Maanden zonder bijwerking.",
            en: "Months without an update."),
        "help.person.log": .init(
            nl: "De regel in het beslislog van de rangschikking of ronde.",
            en: "The decision log entry of the ranking or round."),
        "help.person.top": .init(
            nl: "De lengte k van de shortlist (standaard: elk resultaat dat de rangschikking noemde).",
            en: "The shortlist's size k (default: every result the ranking listed)."),
        "help.person.output": .init(
            nl: "Schrijf naar dit bestand in plaats van naar stdout.",
            en: "Write to this file instead of stdout."),
        "help.person.on": .init(
            nl: "De peildatum (JJJJ-MM-DD).",
            en: "The reference day (YYYY-MM-DD)."),
        "help.placements.solve.discussion": .init(
            nl: "Invoer: {\"trainees\": {\"t1\": [\"p1\", \"p2\"]}, \"placements\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"t1\"]}}}. Een paar telt alleen als beide elkaar kiezen; eenzijdige keuzes worden genegeerd met een waarschuwing op stderr. De uitkomst wordt op blokkerende paren gecontroleerd voordat die verschijnt.",
            en: "Input: {\"trainees\": {\"t1\": [\"p1\", \"p2\"]}, \"placements\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"t1\"]}}}. A pair is acceptable only when both list each other; one-sided listings are ignored with a warning on stderr. The result is checked for blocking pairs before it is shown."),
        "help.placements.optimal": .init(
            nl: "Welke kant kiest eerst: trainee (best voor de trainees, de standaard) of placement.",
            en: "Which side proposes: trainee (trainee-optimal, the default) or placement."),
        "help.browse.discussion": .init(
            nl: "--trainee ID opent de traineeplekken van de volgende rotatie van de trainee (de eerste zonder definitieve plek) met hoe goed elke plek past; enter of a zet een plek in de voorkeuren, J/K verschuiven, d haalt weg, w bewaart voor `koppel round run`. De trainee kijkt als zichzelf (--as, als die er is, is trainee:ID of regional). --vacancy ID opent de shortlist van de vacature zoals `koppel candidates` die voor --as rangschikt; c markeert een kandidaat als benaderd, x als niet geschikt, w bewaart de markeringen (met --actor). / filtert (accenten en hoofdletters tellen niet), s sorteert (passend, werkgever, afstand), ? toont alle toetsen, q of esc stopt en vraagt eerst als er iets niet bewaard is; ctrl-c stopt met afsluitcode 130. Als stdout geen terminal is, verschijnt de lijst als gewone tekst. Kleur volgt NO_COLOR en --no-color; zonder kleur staat de keuze in omgekeerde kleuren.",
            en: "--trainee ID opens the placements of the trainee's coming rotation (the earliest one without a final placement) with the trainee's fit for each; enter or a adds a placement to the ranking, J/K reorder it, d removes, w saves it for `koppel round run`. The trainee browses as themselves (--as, if given, must be trainee:ID or regional). --vacancy ID opens the vacancy's shortlist as `koppel candidates` ranks it for --as; c marks a candidate contacted, x not suitable, w saves the marks (with --actor). / filters (accents and case ignored), s sorts (fit, employer, distance), ? shows all keys, q or esc quits and asks first when something is unsaved; ctrl-c ends with exit 130. When stdout is not a terminal the list is printed as plain text. Colour follows NO_COLOR and --no-color; without colour the selection shows in reverse video."),
        "help.browse.limit": .init(
            nl: "Hoeveel kandidaten de shortlist telt (--vacancy).",
            en: "How many candidates the shortlist holds (--vacancy)."),
        "help.browse.noColor": .init(
            nl: "Geen kleur (zoals NO_COLOR); de keuze staat in omgekeerde kleuren.",
            en: "No colour (as NO_COLOR does); the selection shows in reverse video."),
        "help.browse.trainee": .init(
            nl: "Bekijk de volgende rotatie van deze trainee.",
            en: "Browse this trainee's coming rotation."),
        "help.browse.vacancy": .init(
            nl: "Bekijk de shortlist van deze vacature (met --as).",
            en: "Browse this vacancy's shortlist (with --as)."),
        "help.reason.reason": .init(
            nl: "Waarom u dit beslist (verplicht; komt in het beslislog).",
            en: "Why you decide this (required; recorded in the decision log)."),
        "help.exchangeSearch.maxCycle": .init(
            nl: "De langste ruilkring (2–8).",
            en: "The longest cycle (2–8)."),
        "help.exchangeSearch.maxChain": .init(
            nl: "De langste keten vanaf een vacature, in mensen die wisselen (0–8).",
            en: "The longest chain from a vacancy, in people moved (0–8)."),
        "help.log.kind": .init(
            nl: "Alleen regels van deze soort: {kinds}.",
            en: "Only entries of this kind: {kinds}."),
        "help.audit.abstract": .init(
            nl: "Controleer de besluiten die koppel ondersteunde: de impact per groep (vier-vijfde-regel) en de monitor voor de DPIA.",
            en: "Audit the decisions koppel supported: impact per group (four-fifths rule), and the DPIA monitor."),
        "help.audit.impact": .init(
            nl: "Selectiekansen en impactverhoudingen per groep, uit het beslislog en een groepenbestand dat u aanlevert.",
            en: "Selection rates and impact ratios per group, from the decision log and a group file you bring."),
        "help.audit.monitor": .init(
            nl: "Per maand en werkgever: hoe de vastgelegde rangschikkingen van kandidaten uitvielen (voor de DPIA).",
            en: "Per month and employer, how the logged candidate rankings came out (for the DPIA)."),
        "help.audit.impact.discussion": .init(
            nl: "--groups BESTAND is een CSV met een kolom person (het id van de persoon) en een of meer kolommen met groepen, bijvoorbeeld vrijwillige zelfidentificatie die buiten koppel is verzameld. koppel bewaart en logt de groepen nooit: de eigen regel van de audit in het beslislog legt alleen de SHA-256 van het bestand en de kolomnamen vast. Voor elke stap (shortlist: bij de eerste --top geschikten van een vastgelegde rangschikking; benaderd: gemarkeerd op een shortlist; geplaatst: in een vastgestelde ronde; gewisseld: in een vastgestelde functieruil), elke kolom en elk paar kolommen toont de audit de selectiekans per groep (gekozen / mensen van de groep in het bestand), de impactverhouding tegenover de groep met de hoogste kans en een vlag onder 0,8 (de vier-vijfde-regel); en per groep het deel van de scores boven de mediaan van hun rangschikking. Een groep met minder dan --min-group mensen blijft weg en verschijnt nooit als getal. Alleen totalen, nooit het id van een persoon. Gedaan door de auditor of een regionaal adviseur: --as auditor of --as regional.",
            en: "--groups FILE is a CSV with a column person (the person's id) and one or more columns of group labels, for example opt-in self-identification collected outside koppel. koppel never stores or logs the labels: the audit's own log entry records only the file's SHA-256 and the column names. For each stage (shortlisted: among the first --top eligible of a logged candidate ranking; contacted: marked on a shortlist; placed: in an accepted round; moved: in an accepted exchange), each column and each pair of columns, it prints the selection rate per group (selected / people of the group in the file), the impact ratio against the group with the highest rate and a flag below 0.8 (the four-fifths rule); and per group the share of ranked scores above their ranking's median. A group with fewer than --min-group people is suppressed, never shown as numbers. Only aggregates are shown, never a person id. Run by the auditor or a regional adviser: --as auditor or --as regional."),
        "help.audit.monitor.discussion": .init(
            nl: "Uit het beslislog: het aantal rangschikkingen, de resultaten die ze noemden, het deel van die resultaten dat niet aan een eis voldeed, hoe vaak elke reden om uit te sluiten voorkwam, per criterium het deel dat zonder gegevens is gescoord, en de verdeling van de scores (laagste, kwartielen, mediaan, hoogste, en een histogram per tien punten), per maand en per werkgever van de vacature — zodat een verschuiving zichtbaar is voordat die schade doet. Alleen totalen. Gedaan door de auditor of een regionaal adviseur.",
            en: "From the decision log: the number of rankings, the results they listed, the share of listed results that failed a must-have, how often each exclusion reason fired, per criterion the share scored without data, and the score distribution (minimum, quartiles, median, maximum, and a histogram per ten points), per month and per employer of the vacancy — so drift shows before it does harm. Aggregates only. Run by the auditor or a regional adviser."),
        "help.audit.format": .init(
            nl: "table, json of html.",
            en: "table, json or html."),
        "help.audit.groups": .init(
            nl: "Het groepenbestand (CSV: person,KOLOM…).",
            en: "The group file (CSV: person,COLUMN…)."),
        "help.audit.from": .init(
            nl: "Alleen besluiten op of na deze dag (JJJJ-MM-DD, UTC).",
            en: "Only decisions on or after this day (YYYY-MM-DD, UTC)."),
        "help.audit.to": .init(
            nl: "Alleen besluiten op of voor deze dag (JJJJ-MM-DD, UTC).",
            en: "Only decisions on or before this day (YYYY-MM-DD, UTC)."),
        "help.audit.top": .init(
            nl: "k: op de shortlist betekent bij de eerste k geschikten van een rangschikking.",
            en: "k: shortlisted means among the first k eligible of a ranking."),
        "help.audit.minimumGroupSize": .init(
            nl: "Laat groepen weg met minder mensen dan dit.",
            en: "Suppress groups with fewer people than this."),
        "help.register.abstract": .init(
            nl: "Schrijf de beschrijving voor het Algoritmeregister (publicatiestandaard 1.0.0).",
            en: "Write the Algoritmeregister entry (publication standard 1.0.0)."),
        "help.register.export": .init(
            nl: "Schrijf de beschrijving voor het Algoritmeregister van één organisatie als JSON, in het Nederlands, gecontroleerd tegen de standaard.",
            en: "Write one organisation's Algoritmeregister entry as JSON, in Dutch, checked against the standard."),
        "help.register.export.discussion": .init(
            nl: "Eén beschrijving per organisatie, zoals de standaard vraagt: --organisation is een werkgevercode. De beschrijving komt uit de actuele instellingen (de gewichten en hun versie, de gebruikte en niet gebruikte gegevens, menselijke tussenkomst, het log, hoe bezwaar te maken); elk veld wordt gecontroleerd op aanwezigheid, lengte en toegestane waarden, en een veld dat de standaard breekt, is een fout die het veld noemt. De export komt in het beslislog (soort register).",
            en: "One entry per organisation, as the standard asks: --organisation is an employer code. The entry is filled from the live configuration (the weights and their version, the data used and not used, human intervention, logging, how to object); every field is checked for presence, length and permitted values, and a field that breaks the standard is an error naming it. The export is logged (kind register)."),
        "help.register.organisation": .init(
            nl: "De werkgevercode van de organisatie.",
            en: "The organisation's employer code."),
        "help.register.contact": .init(
            nl: "Contactadres voor vragen (verplicht volgens de standaard).",
            en: "Contact address for questions (required by the standard)."),
        "help.register.website": .init(
            nl: "De openbare pagina over het algoritme (https-adres).",
            en: "The public page about the algorithm (https URL)."),
        "help.register.since": .init(
            nl: "In gebruik sinds deze maand (JJJJ-MM).",
            en: "In use since this month (YYYY-MM)."),
        "help.exchangeSearch.timeLimit": .init(
            nl: "Stop na zoveel seconden zonder bewijs dat de uitkomst optimaal is (afsluitcode 2, er wordt niets bewaard).",
            en: "Give up after this many seconds without a proof of optimality (exit 2, nothing stored)."),
    ]
}
