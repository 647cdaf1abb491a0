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

        "help.init.abstract": .init(
            nl: "Maak een database met het schema en de Twentse referentiegegevens (nog eens draaien kan geen kwaad).",
            en: "Create a database with the schema and the Twente reference data (a second run is harmless)."),
    ]
}
