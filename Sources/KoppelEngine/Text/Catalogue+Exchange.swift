extension Catalogue {
    /// Texts of `koppel exchanges` (functieruil).
    static let exchange: [String: Entry] = [
        "exchanges.maxCycleRange": .init(nl: "--max-cycle ligt tussen 2 en 8", en: "--max-cycle must be from 2 to 8"),
        "exchanges.maxChainRange": .init(nl: "--max-chain ligt tussen 0 en 8", en: "--max-chain must be from 0 to 8"),
        "exchanges.timeLimitRange": .init(
            nl: "--time-limit is meer dan 0 en hoogstens 86400 seconden", en: "--time-limit must be more than 0 and at most 86400 seconds"),
        "exchanges.solved": .init(nl: "{moved} verplaatst, gewicht {weight}", en: "moved {moved}, weight {weight}"),
        "exchanges.takesPosition": .init(nl: "{who} → functie van {whose}", en: "{who} → {whose}'s position"),
        "exchanges.cycle": .init(nl: "ruilkring: {moves}", en: "cycle: {moves}"),
        "exchanges.chain": .init(nl: "keten vanaf {start}: {moves}", en: "chain from {start}: {moves}"),
        "exchanges.none": .init(
            nl: "er is geen functieruil te tonen tussen de open verzoeken", en: "no exchange to show among the open requests"),
        "exchanges.proposalStored": .init(
            nl: "voorstel {id} bewaard; een regionaal adviseur maakt het definitief met `koppel exchanges accept {id} --as regional --actor ID`",
            en: "proposal {id} stored; a regional adviser makes it final with `koppel exchanges accept {id} --as regional --actor ID`"),
        "exchanges.accepted": .init(
            nl: "voorstel voor functieruil {id} vastgesteld: {count} verplaatsingen zijn definitief",
            en: "exchange proposal {id} accepted: {count} moves are final"),
        "exchanges.column.lent": .init(nl: "uitgeleend", en: "lent"),
        "exchanges.column.borrowed": .init(nl: "ingeleend", en: "borrowed"),
        "exchanges.column.net": .init(nl: "saldo", en: "net"),
        "exchanges.noBalance": .init(
            nl: "in deze periode is er geen functieruil vastgesteld en geen invaller geboekt",
            en: "no accepted exchanges or booked stand-ins in this period"),
        "exchanges.proposal": .init(
            nl: "Voorstel voor functieruil {id}: {moved} mensen wisselen in {groups} groepen (totaal gewicht {weight}); exact optimum, ruilkringen ≤ {maxCycle}, ketens ≤ {maxChain}",
            en: "Exchange proposal {id}: {moved} people move in {groups} groups (total weight {weight}); exact optimum, cycles ≤ {maxCycle}, chains ≤ {maxChain}"),
        "exchanges.kind.cycle": .init(nl: "ruilkring", en: "cycle"),
        "exchanges.kind.chain": .init(nl: "keten", en: "chain"),
        "exchanges.takesVacancy": .init(
            nl: "   {name} ({person}, {from}) neemt vacature {position} bij {employer}",
            en: "   {name} ({person}, {from}) takes vacancy {position} at {employer}"),
        "exchanges.takesPositionOf": .init(
            nl: "   {name} ({person}, {from}) neemt de functie van {position} bij {employer}",
            en: "   {name} ({person}, {from}) takes the position of {position} at {employer}"),
        "exchanges.hidden": .init(
            nl: "Sommige groepen staan er niet bij: daarin zitten profielen die u niet mag zien.",
            en: "Some groups are not shown: they involve profiles you may not see."),
        "exchanges.refusedTitle": .init(
            nl: "gekozen functies die geen verbinding gaven:", en: "listed positions that gave no edge:"),
    ]
}
