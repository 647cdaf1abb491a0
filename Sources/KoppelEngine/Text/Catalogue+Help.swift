extension Catalogue {
    /// `--help`: what each command and option is for.
    static let help: [String: Entry] = [
        "help.koppel.abstract": .init(
            nl: "Koppel vacatures, traineeplekken en functieruil voor de Twentse overheden.",
            en: "Match vacancies, trainee placements and staff exchanges for the Twente public employers."),
        "help.koppel.discussion": .init(
            nl: """
                De gegevens staan in één SQLite-bestand: --db PAD, of de omgevingsvariabele KOPPEL_DB, \
                of ./koppel.db. Gegevens gaan naar stdout, meldingen naar stderr. Afsluitcodes: 0 goed, \
                1 niets gevonden, 2 fout tijdens het werk, 64 verkeerd gebruik.
                Taal: --lang nl|en bij elke opdracht, anders KOPPEL_LANG, anders LC_ALL, LC_MESSAGES \
                of LANG (nl… geeft Nederlands), anders Engels. JSON, redencodes en de standaard-CSV \
                zijn in elke taal gelijk.
                """,
            en: """
                Data lives in one SQLite file: --db PATH, or the KOPPEL_DB environment variable, \
                or ./koppel.db. Data goes to stdout, messages to stderr. Exit codes: 0 ok, \
                1 nothing found, 2 runtime error, 64 usage error.
                Language: --lang nl|en on any command, else KOPPEL_LANG, else LC_ALL, LC_MESSAGES \
                or LANG (nl… gives Dutch), else English. JSON, reason codes and the default CSV \
                are the same in every language.
                """),
        "help.db": .init(nl: "Het databasebestand.", en: "The database file."),
        "help.db.discussion": .init(nl: "Standaard $KOPPEL_DB, anders ./koppel.db.", en: "Defaults to $KOPPEL_DB, then ./koppel.db."),
        "help.as": .init(
            nl: "Wie vraagt: een werkgevercode (een adviseur van die werkgever, bv. ENS), regional, auditor, steward of trainee:ID.",
            en: "Who is asking: an employer code (an adviser of that employer, e.g. ENS), regional, auditor, steward or trainee:ID."),
        "help.as.discussion": .init(
            nl: """
                Een discreet profiel ziet een adviseur van de eigen werkgever nooit; zonder --as is geen enkel \
                discreet profiel te zien. `regional` is een adviseur van Twentse Kracht (ronden, ruil, de \
                vervangingspool); `auditor` leest het beslislog met pseudoniemen; `steward` is de \
                gegevensbeheerder die een inzage- of verwijderverzoek beantwoordt.
                """,
            en: """
                A discreet profile is never shown to advisers of its own employer; without --as no discreet profile is shown \
                at all. `regional` is a Twentse Kracht adviser (rounds, exchanges, the stand-in pool); `auditor` reads the \
                decision log pseudonymised; `steward` is the data steward answering an access or erasure request.
                """),
        "help.asShort": .init(
            nl: "Wie vraagt: een werkgevercode (een adviseur van die werkgever), regional, auditor, steward of trainee:ID.",
            en: "Who is asking: an employer code (an adviser of that employer), regional, auditor, steward or trainee:ID."),
        "help.asShort.discussion": .init(
            nl: "Zonder --as is geen discreet profiel te zien.", en: "Without --as no discreet profile is shown."),
        "help.on": .init(
            nl: "De peildatum voor vervaldata en beschikbaarheid (JJJJ-MM-DD).",
            en: "The reference day for expiry and availability (YYYY-MM-DD)."),
        "help.on.discussion": .init(nl: "Standaard vandaag.", en: "Defaults to today."),
        "help.actor": .init(
            nl: "Wie handelt, voor het beslislog (bv. uw account of personeelsnummer).",
            en: "Who acts, for the decision log (e.g. your account or staff number)."),
        "help.actor.discussion": .init(
            nl: "Standaard $KOPPEL_ACTOR. Verplicht bij wijzigingen van gegevens of besluiten.",
            en: "Defaults to $KOPPEL_ACTOR. Required for writes that change people's data or decisions."),
        "help.format.tableJSONCSV": .init(nl: "table, json of csv.", en: "table, json or csv."),
        "help.format.tableJSON": .init(nl: "table of json.", en: "table or json."),
        "help.format.csvJSON": .init(nl: "csv of json.", en: "csv or json."),
        "help.excel": .init(
            nl: "Met --format csv: CSV voor Nederlandse Excel (puntkomma, decimale komma, UTF-8 met BOM).",
            en: "With --format csv: CSV for Dutch Excel (semicolon, decimal comma, UTF-8 with BOM)."),
        "help.vacancyID": .init(nl: "Het nummer van de vacature.", en: "The vacancy's id."),
        "help.personID": .init(nl: "Het nummer van de persoon.", en: "The person's id."),

        "help.candidates.abstract": .init(
            nl: "Rangschik de kandidaten voor een vacature, met de redenen achter elke score.",
            en: "Rank the candidates for a vacancy, with the reasons for every score."),
        "help.candidates.discussion": .init(
            nl: "Elke rangschikking komt in het beslislog, met de versie van de gewichten die zij gebruikte.",
            en: "Each ranking is recorded in the decision log with the weights version it used."),
        "help.candidates.limit": .init(nl: "Hoeveel kandidaten te tonen.", en: "How many candidates to show."),
        "help.candidates.explain": .init(
            nl: "Toon per kandidaat de score per criterium.", en: "Show each candidate's score per criterion."),
        "help.candidates.includeIneligible": .init(
            nl: "Toon ook kandidaten die niet aan een harde eis voldoen, met de reden.",
            en: "Also show candidates who fail a must-have, with the reason."),
        "help.candidates.employer": .init(
            nl: "Alleen mensen die nu bij deze werkgever werken (code of naam).",
            en: "Only people now working for this employer (code or name)."),
        "help.candidates.maxKm": .init(
            nl: "Alleen mensen die binnen deze afstand (hemelsbreed) van de vacature wonen.",
            en: "Only people living within this straight-line distance of the vacancy."),

        "help.vacancies.abstract": .init(
            nl: "Rangschik de open vacatures voor een persoon (voor loopbaangesprekken).",
            en: "Rank the open vacancies for a person (for career conversations)."),
        "help.vacancies.discussion": .init(
            nl: "Met --gaps staat per vacature welke vaardigheden en certificaten de persoon mist, met een cursus van de Twentse School als die er is.",
            en: "With --gaps, lists per vacancy the skills and credentials the person lacks, with a Twentse School course where the catalogue has one."),
        "help.vacancies.limit": .init(nl: "Hoeveel vacatures te tonen.", en: "How many vacancies to show."),
        "help.vacancies.gaps": .init(
            nl: "Toon per vacature de ontbrekende vaardigheden, met cursussen.",
            en: "List the missing skills per vacancy, with courses."),
        "help.vacancies.includeIneligible": .init(
            nl: "Toon ook vacatures waarvoor een harde eis niet gehaald wordt.",
            en: "Also show vacancies where a must-have fails."),

        "help.explain.abstract": .init(
            nl: "Leg de score van één persoon voor één vacature uit, criterium voor criterium.",
            en: "Explain one person's score for one vacancy, criterion by criterion."),
        "help.explain.discussion": .init(
            nl: "De punten van de criteria tellen precies op tot de score. Een criterium zonder gegevens levert 0 punten op en zegt \"geen gegevens\".",
            en: "The points of the criteria add up exactly to the score. A criterion without data scores 0 and says \"no data\"."),

        "help.export.abstract": .init(
            nl: "Schrijf alle records van één soort als CSV of JSON naar stdout (terug te importeren zonder verschil).",
            en: "Write every record of one kind as CSV or JSON to stdout (imports back unchanged)."),
        "help.export.discussion": .init(
            nl: "SOORT is een van: {kinds}. Wat geëxporteerd wordt, volgt --as: met --as WERKGEVER (een adviseur) vallen de discrete profielen van die werkgever weg, en elk record en lijstitem dat hen noemt; zonder --as valt elk discreet profiel weg; --as steward (de gegevensbeheerder) of --as regional exporteert alles. Exports houden de nummers en codes; --excel schrijft CSV voor Nederlandse Excel.",
            en: "KIND is one of: {kinds}. What is exported follows --as: with --as EMPLOYER (an adviser) the discreet profiles of that employer, and every record and list item that names them, are left out; without --as every discreet profile is left out; --as steward (the data steward) or --as regional exports everything. Exports keep ids and codes; --excel writes CSV for Dutch Excel."),
        "help.export.kind": .init(nl: "Wat te exporteren.", en: "What to export."),

        "help.import.abstract": .init(
            nl: "Importeer een CSV- of JSON-bestand van één soort; alle records of geen.",
            en: "Import a CSV or JSON file of one kind; all records or none."),
        "help.import.discussion": .init(
            nl: "SOORT is een van: {kinds}. Een record met een bestaand nummer werkt dat bij. Elk fout record wordt gemeld met bestand, regel en veld, en dan wordt er niets geschreven. CSV mag met komma's of puntkomma's (zoals Nederlandse spreadsheets schrijven), UTF-8 met of zonder BOM, LF of CRLF. Lijstvelden scheiden hun items met '|'. Vaardigheden, certificaten, vakgebieden en werkgevers mogen met hun Nederlandse of Engelse naam in plaats van hun code. Formaten: zie README.",
            en: "KIND is one of: {kinds}. Records with an existing id update it. Every bad record is reported with file, line and field, and then nothing is written. CSV may be comma- or semicolon-separated (as Dutch spreadsheets write it), UTF-8 with or without BOM, LF or CRLF. List fields hold items separated by '|'. Skills, credentials, domains and employers may be given by their Dutch or English name instead of their code. Formats: see README."),
        "help.import.kind": .init(nl: "Wat het bestand bevat.", en: "What the file holds."),
        "help.import.file": .init(nl: "Het bestand, of - voor standaardinvoer.", en: "The file, or - for standard input."),
        "help.import.format": .init(
            nl: "Het formaat van het bestand; geraden uit de naam of de inhoud als het ontbreekt.",
            en: "The file's format; guessed from the name or content when left out."),
        "help.import.dryRun": .init(nl: "Controleer elk record, schrijf niets.", en: "Check every record, write nothing."),

        "help.demo.abstract": .init(
            nl: "Maak een demodatabase met de vaste generator en toon een eerste uitkomst.",
            en: "Build a demo database from the deterministic generator and show a first result."),
        "help.demo.discussion": .init(
            nl: "Twentse omvang: ongeveer 20.000 profielen, 300 vacatures, 40 trainees, 60 traineeplekken per rotatie, 80 ruilverzoeken en 30 aanbiedingen voor de vervangingspool. Landelijke omvang: 1.000.000 profielen, voor benchmarks. Dezelfde --seed en --today geven dezelfde database. Een bestaande database die niet door `koppel demo` is gemaakt, wordt nooit overschreven.",
            en: "Twente size: about 20,000 profiles, 300 vacancies, 40 trainees, 60 placements per rotation, 80 exchange requests, 30 stand-in offers. National size: 1,000,000 profiles, for benchmarks. The same --seed and --today give the same database. An existing database that was not built by `koppel demo` is never overwritten."),
        "help.demo.size": .init(nl: "twente of national.", en: "twente or national."),
        "help.demo.seed": .init(nl: "Het startgetal (seed) van de generator.", en: "The generator's seed."),
        "help.demo.today": .init(nl: "De peildatum van de gegevens (JJJJ-MM-DD).", en: "The reference day of the data (YYYY-MM-DD)."),
        "help.weights.abstract": .init(
            nl: "Toon de gewichten van de rangschikking, of sla een nieuwe versie met andere gewichten op.",
            en: "Show the ranking weights, or store a new version with changed weights."),
        "help.weights.discussion": .init(
            nl: "Gewichten zijn punten van de 100 per criterium. `koppel weights set niceSkills=25 commute=5 --note \"…\"` slaat een nieuwe versie op; de gewichten moeten samen 100 blijven. Elke rangschikking legt de versie vast die zij gebruikte.",
            en: "Weights are points out of 100 per criterion. `koppel weights set niceSkills=25 commute=5 --note \"…\"` stores a new version; the weights must still sum to 100. Every ranking records the version it used."),
        "help.weights.show": .init(nl: "Toon de huidige gewichten.", en: "Show the current weights."),
        "help.weights.set": .init(nl: "Sla een nieuwe versie van de gewichten op.", en: "Store a new weights version."),
        "help.weights.changes": .init(nl: "Wijzigingen als criterium=punten.", en: "Changes as criterion=points."),
        "help.weights.note": .init(
            nl: "Waarom de gewichten veranderen (bewaard bij de versie).", en: "Why the weights change (kept with the version)."),
        "help.weights.history": .init(nl: "Toon alle versies van de gewichten.", en: "List every weights version."),
        "help.standins.abstract": .init(
            nl: "Zoek invallers uit de vervangingspool voor een rol of vaardigheid en een periode.",
            en: "Find stand-ins from the pool (vervangingspool) for a role or skill and a period."),
        "help.standins.discussion": .init(
            nl: "Toont het aanbod van mensen bij andere werkgevers dat de hele periode en de uren dekt, best passend eerst, met de drie toestemmingen die een detachering vraagt (medewerker, uitlenende werkgever, inlenende werkgever). Een certificaat dat niet de hele periode geldig is, wordt gemeld. Leg de toestemming van de inlenende werkgever vast met `koppel standins book`.",
            en: "Lists offers of people at other employers that cover the whole period and the hours, best fit first, with the three consents a secondment needs (employee, lending employer, borrowing employer). A credential that is not valid through the period is flagged. Record the borrowing employer's consent with `koppel standins book`."),
        "help.standins.find": .init(nl: "Rangschik de invallers voor een periode.", en: "Rank the stand-ins for a period."),
        "help.standins.role": .init(nl: "Een rol, bv. BAG-beheerder.", en: "A role type, e.g. BAG-beheerder."),
        "help.standins.skill": .init(
            nl: "Een vaardigheid: haar code (nl:bag) of haar Nederlandse of Engelse naam.",
            en: "A skill: its id (nl:bag) or its Dutch or English name."),
        "help.standins.for": .init(
            nl: "De inlenende werkgever: code of naam.", en: "The borrowing employer: code or name."),
        "help.standins.from": .init(nl: "Eerste dag (JJJJ-MM-DD).", en: "First day (YYYY-MM-DD)."),
        "help.standins.to": .init(nl: "Laatste dag (JJJJ-MM-DD).", en: "Last day (YYYY-MM-DD)."),
        "help.standins.hours": .init(nl: "Benodigde uren per week.", en: "Hours per week needed."),
        "help.standins.book": .init(
            nl: "Leg de toestemming van de inlenende werkgever vast voor een aanbod en een periode.",
            en: "Record the borrowing employer's consent for an offer and period."),
        "help.standins.book.discussion": .init(
            nl: "Een boeking vraagt naast die van de inlener de toestemming van de medewerker en van de uitlenende werkgever (op het aanbod); een werkgever kan het aanbod van een eigen medewerker niet boeken, en een aanbod wordt nooit twee keer geboekt voor periodes die overlappen. --as: een adviseur van de inlenende werkgever, of regional; --actor zegt wie boekt en --reason waarom.",
            en: "A booking needs the employee's and the lending employer's consent (on the offer) besides the borrower's; an employer cannot book its own employee's offer, and an offer is never booked twice for overlapping periods. --as: an adviser of the borrowing employer, or regional; --actor says who books and --reason why."),
        "help.standins.offer": .init(nl: "Het nummer van het aanbod.", en: "The stand-in offer's id."),
        "help.browse.abstract": .init(
            nl: "Bekijk en rangschik de traineeplekken van de komende rotatie van een trainee, of de kandidatenlijst van een vacature.",
            en: "Browse and rank the placements of a trainee's coming rotation, or a vacancy's shortlist."),
        "help.exchanges.abstract": .init(
            nl: "Zoek exacte ruilcirkels (functieruil) en vacatureketens, aanvaard ze, toon de balans.",
            en: "Find exact job-swap cycles (functieruil) and vacancy chains, accept them, show the balance."),
        "help.exchanges.solve": .init(
            nl: "Los een ruilprobleem in het uitwisselformaat op (zonder database).",
            en: "Solve an exchange instance in the interchange format (no database needed)."),
        "help.exchanges.find": .init(
            nl: "Zoek de beste ruil onder de open verzoeken en sla die op als voorstel.",
            en: "Find the best exchanges among the open requests and store them as a proposal."),
        "help.exchanges.accept": .init(
            nl: "Maak een ruilvoorstel definitief.",
            en: "Make an exchange proposal final."),
        "help.exchanges.balance": .init(
            nl: "Hoeveel mensen elke werkgever uitleende en inleende.",
            en: "How many people each employer lent and borrowed."),
        "help.log.abstract": .init(
            nl: "Toon het beslislog, of reken een vastgelegd besluit opnieuw uit.",
            en: "List the decision log, or replay a logged decision."),
        "help.log.list": .init(
            nl: "Toon logregels, nieuwste eerst, een pagina tegelijk (wat `koppel log` standaard doet).",
            en: "List log entries, newest first, a page at a time (the default of `koppel log`)."),
        "help.log.show": .init(
            nl: "Toon één logregel helemaal, met de mensen die het betreft (voor zover --as hen mag zien).",
            en: "Show one log entry in full, with the people it concerns (as far as --as may see them)."),
        "help.log.replay": .init(
            nl: "Reken een vastgelegde rangschikking, uitleg of ronde opnieuw uit en zeg of die nog klopt.",
            en: "Recompute a logged ranking, explanation or round and say whether it still matches."),
        "help.person.abstract": .init(
            nl: "Beantwoord een inzageverzoek, verwijder een persoon, schrijf iemand een brief over een besluit, of toon verouderde profielen (AVG).",
            en: "Answer a data access request, erase a person, write them a letter about a decision, or list stale profiles (AVG)."),
        "help.person.export": .init(
            nl: "Schrijf alles wat over een persoon is opgeslagen als JSON (inzageverzoek).",
            en: "Write everything stored about a person as JSON (data access request)."),
        "help.person.erase": .init(
            nl: "Verwijder een persoon overal en vervang diens nummer in het beslislog door een pseudoniem.",
            en: "Remove a person everywhere and pseudonymise their decision log entries."),
        "help.person.compact": .init(
            nl: "Ruim de database op en leeg haar WAL, zodat verwijderde gegevens geen sporen nalaten.",
            en: "Vacuum the database and empty its WAL, so erased data leaves no bytes behind."),
        "help.person.stale": .init(
            nl: "Toon profielen die N maanden (of nooit) zijn bijgewerkt, oudste eerst.",
            en: "List profiles not updated for N months (or never), oldest first."),
        "help.placements.abstract": .init(
            nl: "Los plaatsingsproblemen in het uitwisselformaat op (zonder database).",
            en: "Solve placement instances in the interchange format (no database needed)."),
        "help.placements.solve": .init(
            nl: "Stabiele koppeling van trainees aan traineeplekken met capaciteiten (uitgesteld accepteren).",
            en: "Stable matching of trainees to placements with capacities (deferred acceptance)."),
        "help.round.abstract": .init(
            nl: "Draai de plaatsingsronde van een rotatie, aanvaard haar, of stel plekken voor aan wie niet geplaatst is.",
            en: "Run a rotation's placement round, accept it, or suggest places for the unmatched."),
        "help.round.run": .init(
            nl: "Bereken en bewaar een voorstel voor een rotatie, en toon het verslag.",
            en: "Compute and store a proposal for a rotation, and print its report."),
        "help.round.report": .init(
            nl: "Toon het verslag van het bewaarde voorstel (of de definitieve verdeling) van een rotatie opnieuw.",
            en: "Print the report of a rotation's stored proposal (or final assignment) again."),
        "help.round.accept": .init(
            nl: "Maak het voorstel van een rotatie definitief.",
            en: "Make a rotation's proposal final."),
        "help.round.scramble": .init(
            nl: "Stel vrije plekken voor aan niet geplaatste trainees, best passend eerst.",
            en: "Suggest unfilled places for unmatched trainees, by fit."),
        "help.serve.abstract": .init(
            nl: "Bied de koppel-API (JSON onder /api/v1) aan aangemelde accounts.",
            en: "Serve the koppel API (JSON under /api/v1) to signed-in accounts."),
        "help.users.abstract": .init(
            nl: "Beheer de accounts die zich aanmelden bij `koppel serve`.",
            en: "Manage the accounts that sign in to `koppel serve`."),
        "help.users.add": .init(
            nl: "Voeg een account toe (en stel het wachtwoord in).",
            en: "Add an account (and set its password)."),
        "help.users.list": .init(
            nl: "Toon de accounts.",
            en: "List the accounts."),
        "help.users.disable": .init(
            nl: "Schakel een account uit (de sessies eindigen), of weer in.",
            en: "Disable an account (its sessions end), or enable it again."),
        "help.users.passwd": .init(
            nl: "Stel het wachtwoord van een account in (de sessies eindigen).",
            en: "Set an account's password (its sessions end)."),
        "help.users.token": .init(
            nl: "Geef een API-token uit (één keer getoond), toon de tokens van een account, of trek er een in.",
            en: "Issue an API token (shown once), list an account's tokens, or revoke one."),
        "help.init.abstract": .init(
            nl: "Maak een database met het schema en de Twentse referentiegegevens (nog eens draaien kan geen kwaad).",
            en: "Create a database with the schema and the Twente reference data (a second run is harmless)."),
    ]
}
