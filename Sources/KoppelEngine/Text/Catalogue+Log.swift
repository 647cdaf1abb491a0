extension Catalogue {
    /// Texts of `koppel log` (list, show, replay).
    static let log: [String: Entry] = [
        "log.none": .init(nl: "geen regels in het beslislog die hierbij passen", en: "no log entries match"),
        "log.older": .init(nl: "oudere regels: koppel log --before {id}", en: "older entries: koppel log --before {id}"),
        "log.column.id": .init(nl: "id", en: "id"),
        "log.column.at": .init(nl: "tijdstip (UTC)", en: "at (UTC)"),
        "log.column.kind": .init(nl: "soort", en: "kind"),
        "log.column.viewer": .init(nl: "gevraagd als", en: "viewer"),
        "log.column.actor": .init(nl: "door", en: "actor"),
        "log.column.weights": .init(nl: "gewichten", en: "weights"),
        "log.column.input": .init(nl: "invoer", en: "input"),
        "log.column.people": .init(nl: "personen", en: "people"),
        "log.column.params": .init(nl: "instellingen", en: "params"),
        "log.detail.title": .init(nl: "regel {id} in het beslislog · {kind} · {at}", en: "log entry {id} · {kind} · {at}"),
        "log.detail.viewer": .init(nl: "gevraagd als: {viewer}", en: "viewer:  {viewer}"),
        "log.detail.notRecorded": .init(nl: "(niet vastgelegd)", en: "(not recorded)"),
        "log.detail.actor": .init(nl: "door:         {actor}", en: "actor:   {actor}"),
        "log.detail.weights": .init(nl: "gewichten:    {weights}", en: "weights: {weights}"),
        "log.detail.input": .init(nl: "invoer:       {hash}", en: "input:   {hash}"),
        "log.detail.params": .init(nl: "instellingen: {params}", en: "params:  {params}"),
        "log.detail.outcome": .init(nl: "uitkomst:     {outcome}", en: "outcome: {outcome}"),
        "log.detail.people": .init(nl: "personen:     {count}", en: "people:  {count}"),
        "log.replay.loggedHash": .init(nl: "  vastgelegde invoer-hash {hash}", en: "  logged input hash {hash}"),
        "log.replay.currentHash": .init(nl: "  huidige invoer-hash {hash}", en: "  current input hash {hash}"),
        "log.replay.withheld": .init(
            nl: "  (sommige verschillen gaan over profielen die u niet mag zien)", en: "  (some differences concern profiles you may not see)"),
        "log.replay.differs": .init(
            nl: "de opnieuw berekende uitkomst wijkt af van de vastgelegde", en: "the recomputed outcome differs from the logged one"),
        "replay.summary": .init(
            nl: "regel {id} in het beslislog ({kind}{weights}): {inputs}; {outcome}{version}",
            en: "log entry {id} ({kind}{weights}): {inputs}; {outcome}{version}"),
        "replay.weights": .init(nl: ", gewichten v{version}", en: ", weights v{version}"),
        "replay.inputsUnchanged": .init(nl: "invoer niet veranderd", en: "inputs unchanged"),
        "replay.inputsChanged": .init(
            nl: "invoer veranderd sinds het besluit (de invoer-hash verschilt)", en: "inputs changed since the decision (input hash differs)"),
        "replay.matches": .init(nl: "de uitkomst klopt", en: "the outcome matches"),
        "replay.differs": .init(nl: "de uitkomst klopt NIET", en: "the outcome does NOT match"),
        "replay.versionChanged": .init(
            nl: "; gegevensversie toen {logged}, nu {current}", en: "; data version {logged} then, {current} now"),
        "replay.versionSame": .init(nl: "; gegevensversie {logged}, zoals vastgelegd", en: "; data version {logged} as logged"),
        "replay.versionSameInputsDiffer": .init(
            nl: "; gegevensversie {logged}, zoals vastgelegd, maar de invoer verschilt: de gegevens zijn buiten koppel om veranderd",
            en: "; data version {logged} as logged, yet the inputs differ: the data was changed outside koppel"),
    ]
}
