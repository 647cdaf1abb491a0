extension Catalogue {
    /// Words used across areas.
    static let common: [String: Entry] = [
        "common.and": .init(nl: " en ", en: " and "),
        "common.none": .init(nl: "geen", en: "none"),
        "common.yes": .init(nl: "ja", en: "yes"),
        "common.no": .init(nl: "nee", en: "no"),
        "common.error": .init(nl: "fout: {message}", en: "error: {message}"),
        "common.note": .init(nl: "let op: {message}", en: "note: {message}"),
        "common.warning": .init(nl: "waarschuwing: {message}", en: "warning: {message}"),
        "common.didYouMean": .init(nl: "bedoelt u {names}?", en: "did you mean {names}?"),
        "common.unknownLanguage": .init(
            nl: "onbekende taal '{value}' bij {source}: kies nl of en",
            en: "unknown language '{value}' in {source}: choose nl or en"),
        "unit.hoursPerWeek": .init(nl: "{hours} uur/week", en: "{hours} h/week"),
        "unit.hoursRangePerWeek": .init(nl: "{low}–{high} uur/week", en: "{low}–{high} h/week"),
        "unit.km": .init(nl: "{km} km", en: "{km} km"),
        "unit.percent": .init(nl: "{value} %", en: "{value} %"),
        "unit.day": .init(nl: "1 dag", en: "1 day"),
        "unit.days": .init(nl: "{count} dagen", en: "{count} days"),
        "unit.hours": .init(nl: "{low}–{high} u", en: "{low}–{high} h"),
    ]

    /// Keys whose Dutch and English texts are the same on purpose (units, symbols, names).
    public static let sameInBothLanguages: Set<String> = [
        "unit.km", "unit.percent", "ranking.niceSkills.relatedItem", "ranking.commute.route",
        "ranking.hours.overlap", "ranking.mustCredentials.expiredItem", "table.score", "table.rank", "ranking.header.start",
        "table.notes.separator",
        "table.ok", "init.done", "explain.course", "import.issue", "import.table.trainee", "import.table.other",
        "round.column.trainee", "placementReport.column.trainees", "log.column.id", "users.column.status",
        "browser.perWeek", "monitor.column.q1", "monitor.column.q3", "monitor.written",
    ]
}
