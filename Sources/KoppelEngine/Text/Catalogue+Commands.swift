extension Catalogue {
    /// Messages, table headers and report lines of the CLI's commands.
    static let commands: [String: Entry] = [
        // Language, database, errors.
        "cli.langMissing": .init(nl: "--lang vraagt een taal: nl of en", en: "--lang needs a language: nl or en"),
        "cli.noDatabase": .init(
            nl: "geen database in {path}; maak er een met `koppel init --db {path}` of `koppel demo`",
            en: "no database at {path}; create one with `koppel init --db {path}` or `koppel demo`"),
        "cli.readOnlyNotLogged": .init(
            nl: "{path} is alleen-lezen: dit besluit komt niet in het beslislog",
            en: "{path} is read-only: this decision is not recorded in the decision log"),
        "cli.busyRetrying": .init(
            nl: "database bezet, nieuwe poging ({attempt} van {attempts})",
            en: "database busy, retrying (attempt {attempt} of {attempts})"),
        "cli.busyGaveUp": .init(
            nl: "database bezet: een andere koppel hield haar op slot; er is niets geschreven, probeer het later opnieuw",
            en: "database busy: another koppel kept it locked; nothing was written, try again later"),
        "cli.limitAtLeastOne": .init(nl: "--limit moet minstens 1 zijn", en: "--limit must be at least 1"),
        "cli.maxKmNotNegative": .init(nl: "--max-km moet 0 of meer zijn", en: "--max-km must be 0 or more"),
        "cli.actorRequired": .init(
            nl: "{what} verandert gegevens of besluiten: zeg wie handelt met --actor ID (of zet KOPPEL_ACTOR)",
            en: "{what} changes data or decisions: say who acts with --actor ID (or set KOPPEL_ACTOR)"),
        "cli.actor.import": .init(nl: "een import", en: "an import"),
        "cli.unknownKind": .init(nl: "onbekende soort '{kind}'; kies uit: {kinds}", en: "unknown kind '{kind}'; use one of: {kinds}"),
        "cli.excelNeedsCSV": .init(
            nl: "--excel hoort bij --format csv", en: "--excel goes with --format csv"),

        // Candidates and vacancies.
        "cli.noCandidates": .init(
            nl: "geen kandidaten voor {vacancy} met deze filters", en: "no candidates for {vacancy} with these filters"),
        "cli.noVacanciesFit": .init(nl: "geen open vacatures passen bij {person}", en: "no open vacancies fit {person}"),
        "table.rank": .init(nl: "#", en: "#"),
        "table.score": .init(nl: "score", en: "score"),
        "table.person": .init(nl: "kandidaat", en: "person"),
        "table.name": .init(nl: "naam", en: "name"),
        "table.employer": .init(nl: "werkgever", en: "employer"),
        "table.scale": .init(nl: "schaal", en: "scale"),
        "table.notes": .init(nl: "opmerkingen", en: "notes"),
        "table.notes.separator": .init(nl: "; ", en: "; "),
        "table.vacancy": .init(nl: "vacature", en: "vacancy"),
        "table.title": .init(nl: "functie", en: "title"),
        "table.ok": .init(nl: "ok", en: "ok"),
        "ranking.header.scale": .init(nl: "schaal {range}", en: "scale {range}"),
        "ranking.header.hours": .init(nl: "{low}–{high} uur", en: "{low}–{high} h"),
        "ranking.header.start": .init(nl: "start {day}", en: "start {day}"),
        "ranking.header.weights": .init(nl: "gewichten v{version}", en: "weights v{version}"),
        "ranking.header.profiles": .init(nl: "{count} profielen", en: "{count} profiles"),
        "ranking.header.referenceDay": .init(nl: "peildatum {day}", en: "reference day {day}"),
        "ranking.header.noJobTitle": .init(nl: "geen functie", en: "no job title"),
        "ranking.componentLine": .init(nl: "{points} van {max}", en: "{points} of {max}"),
        "explain.title": .init(
            nl: "{name} ({person}, {employer}) voor {vacancy} {title} bij {vacancyEmployer}",
            en: "{name} ({person}, {employer}) for {vacancy} {title} at {vacancyEmployer}"),
        "explain.summary": .init(
            nl: "score {score} van 100 · {eligibility} · gewichten v{version} · peildatum {day}",
            en: "score {score} of 100 · {eligibility} · weights v{version} · reference day {day}"),
        "explain.eligible": .init(nl: "geschikt", en: "eligible"),
        "explain.notEligible": .init(nl: "niet geschikt", en: "not eligible"),
        "explain.notEligibleReason": .init(nl: "  niet geschikt: {reason}", en: "  not eligible: {reason}"),
        "explain.header": .init(nl: "criterium", en: "criterion"),
        "explain.headerPoints": .init(nl: "punten van    max  uitleg", en: "points of    max  detail"),
        "explain.total": .init(nl: "totaal", en: "total"),
        "explain.growTitle": .init(nl: "om in deze functie te groeien:", en: "to grow into this job:"),
        "explain.course": .init(
            nl: " → Twentse School: \"{title}\" ({days} d)", en: " → Twentse School: \"{title}\" ({days} d)"),
        "explain.mustSkill": .init(nl: "  vereist {skill}{course}", en: "  must-have {skill}{course}"),
        "explain.niceSkill": .init(nl: "  gewenst {skill}{course}", en: "  nice-to-have {skill}{course}"),
        "explain.credentialExpired": .init(nl: "  certificaat {name} (verlopen)", en: "  credential {name} (expired)"),
        "explain.credentialMissing": .init(nl: "  certificaat {name} (ontbreekt)", en: "  credential {name} (missing)"),
        "vacancies.course": .init(
            nl: " → cursus \"{title}\" ({days} d, Twentse School)", en: " → course \"{title}\" ({days} d, Twentse School)"),
        "vacancies.missingMust": .init(nl: "      ontbreekt (vereist): {skill}{course}", en: "      missing must-have: {skill}{course}"),
        "vacancies.missingNice": .init(
            nl: "      ontbreekt (gewenst): {skill}{course}", en: "      missing nice-to-have: {skill}{course}"),
        "vacancies.expiredCredential": .init(nl: "      verlopen certificaat: {name}", en: "      expired credential: {name}"),
        "vacancies.missingCredential": .init(nl: "      ontbrekend certificaat: {name}", en: "      missing credential: {name}"),

        // Init, import.
        "init.done": .init(nl: "{path}: schema {migrations}; {counts}", en: "{path}: schema {migrations}; {counts}"),

        // Demo and weights.
        "demo.generating": .init(nl: "profielen maken", en: "generating profiles"),
        "demo.built": .init(
            nl: "{path}: demodatabase gemaakt in {seconds} s (seed {seed}, peildatum {day})",
            en: "{path}: demo database built in {seconds} s (seed {seed}, reference day {day})"),
        "demo.next": .init(nl: "Verder:", en: "Next:"),
        "weights.badChange": .init(
            nl: "'{change}' hoort criterium=punten te zijn, met een criterium uit: {criteria}",
            en: "'{change}' should be criterion=points with a criterion from: {criteria}"),
        "weights.changing": .init(nl: "de gewichten wijzigen", en: "changing the weights"),
        "weights.stored": .init(nl: "gewichten versie {version} opgeslagen", en: "stored weights version {version}"),
        "weights.version": .init(nl: "gewichten versie {version}", en: "weights version {version}"),
        "weights.column.version": .init(nl: "versie", en: "version"),
        "weights.column.created": .init(nl: "gemaakt", en: "created"),
        "weights.column.note": .init(nl: "toelichting", en: "note"),
        "weights.column.points": .init(nl: "punten", en: "points"),
        "weights.error.version": .init(
            nl: "versie {version} van de gewichten moet 1 of hoger zijn", en: "ranking weights version {version} must be 1 or more"),
        "weights.error.range": .init(
            nl: "gewicht {criterion} is {value}; het ligt tussen 0 en 100", en: "ranking weight {criterion} is {value}; it must be between 0 and 100"),
        "weights.error.decimals": .init(
            nl: "gewicht {criterion} is {value}; gebruik hoogstens twee decimalen", en: "ranking weight {criterion} is {value}; use at most two decimals"),
        "weights.error.sum": .init(
            nl: "de gewichten van versie {version} tellen op tot {sum} punten; dat moet 100 zijn",
            en: "ranking weights version {version} sum to {sum} points; they must sum to 100"),

        // Stand-ins.
        "standins.roleOrSkill": .init(nl: "geef precies één van --role en --skill", en: "give exactly one of --role and --skill"),
        "standins.column.offer": .init(nl: "aanbod", en: "offer"),
        "standins.column.fit": .init(nl: "past", en: "fit"),
        "standins.column.hours": .init(nl: "u", en: "h"),
        "standins.column.consents": .init(nl: "toestemming M/U/I", en: "consents E/L/B"),
        "standins.validTo": .init(nl: "{code} geldig tot {day}", en: "{code} valid to {day}"),
        "standins.none": .init(
            nl: "geen invaller dekt {from} tot en met {to} voor {borrower}", en: "no stand-in covers {from} to {to} for {borrower}"),
        "standins.booking": .init(nl: "een invaller boeken", en: "booking a stand-in"),
        "standins.booked": .init(
            nl: "{offer}: toestemming van {borrower} vastgelegd voor {from} tot en met {to}",
            en: "{offer}: consent of {borrower} recorded for {from} to {to}"),

        // Shortlist and browser saves.
        "shortlist.nameACandidate": .init(nl: "noem minstens één kandidaat", en: "name at least one candidate"),
        "cli.reasonEmpty": .init(nl: "--reason is leeg: zeg waarom u dit beslist", en: "--reason is empty: say why you decide this"),
        "cli.minGroupAtLeastTwo": .init(nl: "--min-group moet minstens 2 zijn", en: "--min-group must be at least 2"),
        "cli.topAtLeastOne": .init(nl: "--top moet minstens 1 zijn", en: "--top must be at least 1"),
        "shortlist.marking": .init(nl: "kandidaten markeren", en: "marking candidates"),
        "shortlist.savedOne": .init(
            nl: "{vacancy}: 1 markering bewaard (regel {id} in het beslislog)", en: "{vacancy}: 1 mark saved (decision log entry {id})"),
        "shortlist.saved": .init(
            nl: "{vacancy}: {count} markeringen bewaard (regel {id} in het beslislog)",
            en: "{vacancy}: {count} marks saved (decision log entry {id})"),
        "browse.traineeOrVacancy": .init(nl: "geef --trainee ID of --vacancy ID", en: "give either --trainee ID or --vacancy ID"),
        "browse.nothing": .init(nl: "er is niets om te bekijken", en: "nothing to browse"),
        "browse.nothingToSave": .init(nl: "Er is niets te bewaren.", en: "Nothing to save."),
        "browse.savedRankingOne": .init(
            nl: "Uw voorkeur voor 1 traineeplek is bewaard (regel {id} in het beslislog).",
            en: "Saved your ranking of 1 placement (decision log entry {id})."),
        "browse.savedRanking": .init(
            nl: "Uw voorkeuren voor {count} traineeplekken zijn bewaard (regel {id} in het beslislog).",
            en: "Saved your ranking of {count} placements (decision log entry {id})."),
        "browse.notSavedNoActor": .init(
            nl: "Niet bewaard: zeg wie handelt met --actor ID (of KOPPEL_ACTOR).",
            en: "Not saved: say who acts with --actor ID (or KOPPEL_ACTOR)."),
        "browse.notSavedOverride": .init(
            nl: "Niet bewaard: {message}; gebruik koppel shortlist mark {vacancy} … --contacted --reason TEKST.",
            en: "Not saved: {message}; use koppel shortlist mark {vacancy} … --contacted --reason TEXT."),
        "browse.savedMarksOne": .init(nl: "1 markering bewaard (regel {id} in het beslislog).", en: "Saved 1 mark (decision log entry {id})."),
        "browse.savedMarks": .init(
            nl: "{count} markeringen bewaard (regel {id} in het beslislog).", en: "Saved {count} marks (decision log entry {id})."),
        "cli.cannotWrite": .init(nl: "{path} kan niet worden geschreven", en: "cannot write {path}"),

        // Names instead of ids.
        "names.unknown": .init(
            nl: "onbekende {kind} '{name}'", en: "unknown {kind} '{name}'"),
        "names.ambiguous": .init(
            nl: "'{name}' kan meerdere {kinds} zijn: {candidates}", en: "'{name}' could be several {kinds}: {candidates}"),
        "names.or": .init(nl: " of ", en: " or "),
        "names.kind.skill": .init(nl: "vaardigheid", en: "skill"),
        "names.kind.credential": .init(nl: "certificaat", en: "credential"),
        "names.kind.domain": .init(nl: "vakgebied", en: "domain"),
        "names.kind.employer": .init(nl: "werkgever", en: "employer"),
        "names.kinds.skill": .init(nl: "vaardigheden", en: "skills"),
        "names.kinds.credential": .init(nl: "certificaten", en: "credentials"),
        "names.kinds.domain": .init(nl: "vakgebieden", en: "domains"),
        "names.kinds.employer": .init(nl: "werkgevers", en: "employers"),
    ]
}
