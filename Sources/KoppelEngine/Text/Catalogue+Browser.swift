extension Catalogue {
    /// Labels, help and messages of the terminal browser.
    static let browser: [String: Entry] = [
        "browse.traineeTitle": .init(
            nl: "{trainee} {name} · rotatie {number} ({rotation}, {start} – {end})",
            en: "{trainee} {name} · rotation {number} ({rotation}, {start} – {end})"),
        "browse.noViewer": .init(nl: "zonder --as: alleen openbare profielen", en: "no --as: public profiles only"),
        "browse.viewer": .init(nl: "als {viewer}", en: "as {viewer}"),
        "browse.shortlistTitle": .init(
            nl: "{vacancy} {title} · {employer} · kandidatenlijst ({asker})",
            en: "{vacancy} {title} · {employer} · shortlist ({asker})"),
        "browser.keys": .init(nl: "Toetsen", en: "Keys"),
        "browser.help.move": .init(nl: "omlaag / omhoog", en: "move"),
        "browser.help.page": .init(nl: "een pagina omlaag / omhoog", en: "a page down / up"),
        "browser.help.firstLast": .init(nl: "eerste / laatste", en: "first / last"),
        "browser.help.filter": .init(nl: "filter (werkgever, functie, vakgebied,", en: "filter (employer, title, domain,"),
        "browser.help.filter2": .init(
            nl: "vaardigheden; accenten en hoofdletters tellen niet)", en: "skills; accents and case ignored)"),
        "browser.help.sort": .init(nl: "sorteer: passend → werkgever → afstand", en: "sort: fit → employer → distance"),
        "browser.help.scroll": .init(nl: "scroll de details", en: "scroll the detail pane"),
        "browser.help.add": .init(nl: "zet in mijn volgorde", en: "add to my ranking"),
        "browser.help.moveRanking": .init(nl: "lager / hoger in mijn volgorde", en: "move down / up in my ranking"),
        "browser.help.remove": .init(nl: "haal uit mijn volgorde", en: "remove from my ranking"),
        "browser.help.tab": .init(nl: "traineeplekken ⇄ mijn volgorde", en: "placements ⇄ my ranking"),
        "browser.help.contacted": .init(nl: "markeer als benaderd (nog eens: wissen)", en: "mark contacted (again: clear)"),
        "browser.help.notSuitable": .init(
            nl: "markeer als niet geschikt (nog eens: wissen)", en: "mark not suitable (again: clear)"),
        "browser.help.save": .init(nl: "bewaren", en: "save"),
        "browser.help.quit": .init(nl: "stoppen (vraagt het als er iets niet bewaard is)", en: "quit (asks when unsaved)"),
        "browser.help.help": .init(nl: "deze hulp; elke toets sluit haar", en: "this help; any key closes it"),
        "browser.unsavedTitle": .init(nl: "Niet bewaard", en: "Unsaved changes"),
        "browser.confirm.notSaved": .init(nl: "Uw wijzigingen zijn nog niet bewaard.", en: "Your changes are not saved yet."),
        "browser.confirm.save": .init(nl: "bewaren, dan stoppen", en: "save, then quit"),
        "browser.confirm.quit": .init(nl: "stoppen zonder bewaren", en: "quit without saving"),
        "browser.confirm.keep": .init(nl: "verder kijken", en: "keep browsing"),
        "browser.tooSmall": .init(
            nl: "Het venster is te klein ({size}); koppel browse vraagt minstens {minimum}. q stopt.",
            en: "Terminal too small ({size}); koppel browse needs at least {minimum}. q quits."),
        "browser.placements": .init(nl: "Traineeplekken", en: "Placements"),
        "browser.candidates": .init(nl: "Kandidaten", en: "Candidates"),
        "browser.myRanking": .init(nl: "Mijn volgorde", en: "My ranking"),
        "browser.sort": .init(nl: "sortering: {order}", en: "sort: {order}"),
        "browser.sort.fit": .init(nl: "passend", en: "fit"),
        "browser.sort.employer": .init(nl: "werkgever", en: "employer"),
        "browser.sort.distance": .init(nl: "afstand", en: "distance"),
        "browser.unsaved": .init(nl: "niet bewaard", en: "unsaved"),
        "browser.emptyRanking": .init(
            nl: "Uw volgorde is leeg: druk op tab, kies een traineeplek en druk op enter of a.",
            en: "Your ranking is empty: press tab, select a placement and press enter or a."),
        "browser.noPlacements": .init(nl: "Deze rotatie heeft nog geen traineeplekken.", en: "This rotation has no placements yet."),
        "browser.noCandidates": .init(nl: "Geen kandidaten om te tonen.", en: "No candidates to show."),
        "browser.nothingMatches": .init(
            nl: "Niets past bij “{filter}”: backspace of esc verandert het filter.",
            en: "Nothing matches “{filter}”: backspace or esc changes the filter."),
        "browser.mark.contacted": .init(nl: "benaderd", en: "contacted"),
        "browser.mark.not-suitable": .init(nl: "niet geschikt", en: "not suitable"),
        "browser.moreLines": .init(
            nl: "nog {count} regels: ctrl-d scrolt, ctrl-u terug", en: "{count} more lines: ctrl-d scrolls, ctrl-u back"),
        "browser.hints.filter": .init(
            nl: "typ om te filteren · enter houden · esc wissen · ↑↓ kiezen",
            en: "type to filter · enter keep · esc clear · ↑↓ move"),
        "browser.hints.trainee": .init(
            nl: "?:hulp /:filter s:sorteer a:kies J/K:verplaats d:weg tab:volgorde w:bewaar q:stop",
            en: "?:help /:filter s:sort a:add J/K:move d:remove tab:ranking w:save q:quit"),
        "browser.hints.shortlist": .init(
            nl: "?:hulp /:filter s:sorteer c:benaderd x:niet geschikt w:bewaar q:stop",
            en: "?:help /:filter s:sort c:contacted x:not suitable w:save q:quit"),
        "browser.column.candidate": .init(nl: "kandidaat", en: "candidate"),
        "browser.column.employer": .init(nl: "werkgever", en: "employer"),
        "browser.column.scale": .init(nl: "schaal", en: "scale"),
        "browser.column.fit": .init(nl: "past", en: "fit"),
        "browser.column.hours": .init(nl: "uren", en: "hours"),
        "browser.column.domain": .init(nl: "vakgebied", en: "domain"),
        "browser.column.placement": .init(nl: "traineeplek", en: "placement"),
        "browser.column.mark": .init(nl: "markering", en: "mark"),
    ]
}
