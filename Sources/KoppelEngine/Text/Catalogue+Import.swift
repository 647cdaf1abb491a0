extension Catalogue {
    /// Import summaries and the problems an import finds, "file:line: field 'x': reason".
    static let imports: [String: Entry] = [
        "import.issue": .init(nl: "{place}: {reason}", en: "{place}: {reason}"),
        "import.issue.field": .init(nl: "{place}: veld '{field}': {reason}", en: "{place}: field '{field}': {reason}"),
        "import.refusedOne": .init(
            nl: "import geweigerd, er is niets geschreven (1 probleem):", en: "import refused, nothing was written (1 problem):"),
        "import.refused": .init(
            nl: "import geweigerd, er is niets geschreven ({count} problemen):", en: "import refused, nothing was written ({count} problems):"),
        "import.moreProblem": .init(
            nl: "… en nog 1 probleem (de eerste {listed} staan hierboven)", en: "… and 1 more problem (the first {listed} are listed)"),
        "import.moreProblems": .init(
            nl: "… en nog {count} problemen (de eerste {listed} staan hierboven)",
            en: "… and {count} more problems (the first {listed} are listed)"),
        "import.done": .init(nl: "{file}: {count} {kind} geïmporteerd", en: "{file}: {count} {kind} imported"),
        "import.dryRun": .init(
            nl: "{file}: {count} {kind} in orde; er is niets geschreven (proefimport)",
            en: "{file}: {count} {kind} valid; nothing written (dry run)"),

        // A value.
        "import.notWhole": .init(nl: "'{value}' is geen geheel getal", en: "'{value}' is not a whole number"),
        "import.notNumber": .init(nl: "'{value}' is geen getal", en: "'{value}' is not a number"),
        "import.outOfRange": .init(nl: "{value} ligt buiten het bereik ({low}–{high})", en: "{value} is out of range ({low}–{high})"),
        "import.notDate": .init(nl: "'{value}' is geen datum (JJJJ-MM-DD)", en: "'{value}' is not a date (YYYY-MM-DD)"),
        "import.notScale": .init(
            nl: "'{value}' is geen schaal van de Cao Gemeenten (1–18, 10A, 11A)", en: "'{value}' is not a Cao Gemeenten scale (1–18, 10A, 11A)"),
        "import.notBool": .init(nl: "'{value}' is geen ja of nee (true of false)", en: "'{value}' is not true or false"),
        "import.notOneOf": .init(nl: "'{value}' is niet een van: {words}", en: "'{value}' is not one of: {words}"),
        "import.unknownReference": .init(nl: "onbekende {what} '{value}'", en: "unknown {what} '{value}'"),
        "import.unknownName": .init(
            nl: "onbekende {what} '{value}'; bedoelt u {names}?", en: "unknown {what} '{value}'; did you mean {names}?"),
        "import.ambiguousName": .init(
            nl: "'{value}' kan meer dan één {what} zijn: {candidates}", en: "'{value}' names more than one {what}: {candidates}"),
        "import.table.skill": .init(nl: "vaardigheid", en: "skill"),
        "import.table.credential_type": .init(nl: "certificaat", en: "credential type"),
        "import.table.domain": .init(nl: "vakgebied", en: "domain"),
        "import.table.employer": .init(nl: "werkgever", en: "employer"),
        "import.table.person": .init(nl: "persoon", en: "person"),
        "import.table.cohort": .init(nl: "lichting", en: "cohort"),
        "import.table.rotation": .init(nl: "rotatie", en: "rotation"),
        "import.table.placement": .init(nl: "traineeplek", en: "placement"),
        "import.table.trainee": .init(nl: "trainee", en: "trainee"),
        "import.table.other": .init(nl: "{table}", en: "{table}"),

        // A record.
        "import.extraFields": .init(nl: "heeft {count} veld(en) meer dan de kopregel", en: "has {count} more field(s) than the header"),
        "import.notAList": .init(nl: "verwacht één waarde, geen lijst", en: "expected one value, not a list"),
        "import.required": .init(nl: "is verplicht maar ontbreekt", en: "is required but missing"),
        "import.itemShape": .init(nl: "onderdeel '{item}' hoort eruit te zien als {shape}", en: "item '{item}' should look like {shape}"),
        "import.itemTwice": .init(nl: "'{item}' staat er twee keer in", en: "'{item}' appears twice"),
        "import.itemLacks": .init(nl: "bij onderdeel '{item}' ontbreekt {part}", en: "item '{item}' lacks its {part}"),
        "import.duplicateKey": .init(
            nl: "dubbele sleutel {key} (voor het eerst op regel {line})", en: "duplicate key {key} (first on line {line})"),

        // The file.
        "import.unknownColumn": .init(nl: "onbekende kolom voor {kind}", en: "unknown column for {kind}"),
        "import.columnTwice": .init(nl: "kolom staat twee keer in de kopregel", en: "column appears twice in the header"),
        "import.knownColumns": .init(nl: "de bekende kolommen voor {kind} zijn: {columns}", en: "the known columns for {kind} are: {columns}"),
        "import.missingColumn": .init(nl: "verplichte kolom ontbreekt in de kopregel", en: "required column is missing from the header"),
        "import.adviserKinds": .init(
            nl: "een adviseur van {employer} importeert alleen persons en vacancies, geen {kind}",
            en: "an adviser of {employer} imports only persons and vacancies, not {kind}"),
        "import.ownEmployerOnly": .init(
            nl: "alleen gegevens van uw eigen werkgever {employer} mogen worden geïmporteerd",
            en: "only records of your own employer {employer} may be imported"),
        "import.otherEmployersId": .init(
            nl: "dit id hoort bij een record van een andere werkgever", en: "this id belongs to another employer's record"),
        "import.notUTF8": .init(
            nl: "geen geldige UTF-8-tekst (sla het bestand op als UTF-8)", en: "not valid UTF-8 text (save the file as UTF-8)"),
        "import.nulByte": .init(nl: "bevat een NUL-byte; dit is geen tekstbestand", en: "contains a NUL byte; this is not a text file"),
        "import.emptyFile": .init(nl: "het bestand is leeg", en: "the file is empty"),
        "import.emptyNoHeader": .init(
            nl: "het bestand is leeg; er hoort een kopregel te staan", en: "the file is empty; expected a header line"),
        "import.tooManyColumns": .init(
            nl: "de kopregel heeft {count} kolommen; er worden er hoogstens {max} gelezen",
            en: "the header has {count} columns; at most {max} are read"),
        "import.recordTooLong": .init(
            nl: "het record is langer dan {limit}, de grens voor één record", en: "the record is longer than {limit}, the limit for one record"),
        "import.json.notArray": .init(nl: "verwacht een lijst (array) van objecten", en: "expected an array of objects"),
        "import.json.notObject": .init(nl: "record {number} is geen object", en: "record {number} is not an object"),
        "import.json.unknownKey": .init(nl: "onbekende sleutel voor {kind}", en: "unknown key for {kind}"),
        "import.json.notStrings": .init(nl: "verwacht een lijst (array) van teksten", en: "expected an array of strings"),
        "import.json.numberRange": .init(nl: "bevat een getal buiten het bereik", en: "holds a number out of range"),
        "import.json.notScalar": .init(
            nl: "verwacht een tekst, een getal of true/false", en: "expected a string, number or boolean"),
    ]
}
