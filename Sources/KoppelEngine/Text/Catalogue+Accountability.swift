extension Catalogue {
    /// The letters to a person about a ranking or a placement round (`koppel person letter`) and
    /// the DPIA monitor's table.
    static let accountability: [String: Entry] = [
        "letter.title": .init(
            nl: "Uitleg over een beslissing",
            en: "About a decision"),
        "letter.greeting": .init(
            nl: "Beste {name},",
            en: "Dear {name},"),
        "letter.decided": .init(
            nl: "Op {at} (UTC) zocht {actor} met koppel kandidaten voor de vacature \"{vacancy}\" bij {employer}. koppel maakte een lijst; een adviseur beslist wie wordt benaderd.",
            en: "On {at} (UTC) {actor} used koppel to look for candidates for the vacancy \"{vacancy}\" at {employer}. koppel made a list; an adviser decides whom to contact."),
        "letter.placed": .init(
            nl: "U stond op plaats {rank}. U hoorde bij de eerste {top}: u stond op de korte lijst.",
            en: "You were number {rank}, among the first {top}: you were on the shortlist."),
        "letter.notPlaced": .init(
            nl: "U stond op plaats {rank}. De korte lijst had {top} plaatsen: u stond er niet op.",
            en: "You were number {rank}. The shortlist had {top} places: you were not on it."),
        "letter.notPlacedNotListed": .init(
            nl: "U stond niet bij de eerste {top} van de lijst: u stond niet op de korte lijst.",
            en: "You were not among the first {top} of the list: you were not on the shortlist."),
        "letter.score": .init(
            nl: "Uw score was {points} van de 100 punten. Zo is die opgebouwd:",
            en: "Your score was {points} of 100 points, made up as follows:"),
        "letter.component": .init(
            nl: "- {name}: {points} van {max}",
            en: "- {name}: {points} of {max}"),
        "letter.componentNoData": .init(
            nl: "- {name}: {points} van {max} (geen gegevens: dan krijgt u geen punten)",
            en: "- {name}: {points} of {max} (no data: no points are given)"),
        "letter.missedHeader": .init(
            nl: "U voldeed niet aan deze eisen:",
            en: "You did not meet these requirements:"),
        "letter.noneMissed": .init(
            nl: "U voldeed aan alle harde eisen.",
            en: "You met every hard requirement."),
        "letter.reason.missingMustSkill": .init(
            nl: "de vaardigheid {subject} staat niet in uw profiel",
            en: "your profile does not have the skill {subject}"),
        "letter.reason.missingMustCredential": .init(
            nl: "het certificaat of diploma {subject} staat niet in uw profiel",
            en: "your profile does not have the credential {subject}"),
        "letter.reason.expiredMustCredential": .init(
            nl: "uw certificaat {subject} was verlopen",
            en: "your credential {subject} had expired"),
        "letter.reason.workingLevelBelowRequired": .init(
            nl: "uw werk- en denkniveau is lager dan gevraagd",
            en: "your working level is below the one asked"),
        "letter.reason.noHoursOverlap": .init(
            nl: "de uren die u wilt werken passen niet bij de vacature",
            en: "the hours you want to work do not fit the vacancy"),
        "letter.reason.notAvailableByStart": .init(
            nl: "u bent pas later beschikbaar dan de vacature begint",
            en: "you are available only after the vacancy starts"),
        "letter.reason.commuteBeyondLimit": .init(
            nl: "de afstand is groter dan de reisafstand die u opgaf",
            en: "the distance is more than the commute you gave"),
        "letter.reason.beyondMaxKm": .init(
            nl: "de afstand is groter dan de adviseur als grens koos",
            en: "the distance is more than the limit the adviser chose"),
        "letter.reason.distanceUnknown": .init(
            nl: "uw woonplaats of de plaats van de vacature is niet bekend",
            en: "your home or the vacancy's place is not known"),
        "letter.change.addSkill": .init(
            nl: "de verplichte vaardigheid {skill} in uw profiel",
            en: "the required skill {skill} in your profile"),
        "letter.change.addCredential": .init(
            nl: "een geldig certificaat {credential}",
            en: "a valid credential {credential}"),
        "letter.change.workingLevel": .init(
            nl: "werk- en denkniveau {level} (NLQF)",
            en: "working level {level} (NLQF)"),
        "letter.change.maxCommuteKm": .init(
            nl: "een reisafstand tot {km} km",
            en: "a maximum commute of {km} km"),
        "letter.change.availableFrom": .init(
            nl: "beschikbaar vanaf {day}",
            en: "being available from {day}"),
        "letter.change.hours": .init(
            nl: "{hours} uur per week",
            en: "{hours} hours a week"),
        "letter.change.addNiceSkill": .init(
            nl: "de gewenste vaardigheid {skill} in uw profiel",
            en: "the wished-for skill {skill} in your profile"),
        "letter.counterfactual": .init(
            nl: "Wat had u op de korte lijst gezet? Met {changes} was uw score {score} geweest, genoeg voor de korte lijst. koppel heeft dit nagerekend.",
            en: "What would have put you on the shortlist? With {changes} your score would have been {score}, enough for the shortlist. koppel computed this by scoring again."),
        "letter.noCounterfactual": .init(
            nl: "Geen kleine verandering (tot drie stappen) in uw profiel had u op de korte lijst gezet.",
            en: "No small change (up to three steps) to your profile would have put you on the shortlist."),
        "letter.dataNote": .init(
            nl: "koppel gebruikt geen leeftijd, geslacht, afkomst of gezondheid. De punten zijn berekend met uw profiel zoals het nu is.",
            en: "koppel uses no age, gender, origin or health. The points are computed from your profile as it is now."),
        "letter.objection": .init(
            nl: "Bent u het er niet mee eens? U mag bezwaar maken en vragen dat een mens de beslissing opnieuw bekijkt (AVG artikel 22, AI-verordening artikel 86). Schrijf of mail uw adviseur of de functionaris gegevensbescherming van uw werkgever, binnen zes weken. Noem het nummer {id}. U kunt ook uw profiel laten verbeteren.",
            en: "Do you disagree? You may object and ask that a person looks at the decision again (GDPR article 22, AI Act article 86). Write to your adviser or your employer's data protection officer within six weeks, quoting number {id}. You may also have your profile corrected."),
        "letter.signature": .init(
            nl: "Met vriendelijke groet,\nTwentse Kracht",
            en: "Kind regards,\nTwentse Kracht"),
        "letter.criterion.mustSkills": .init(
            nl: "verplichte vaardigheden",
            en: "required skills"),
        "letter.criterion.mustCredentials": .init(
            nl: "verplichte certificaten",
            en: "required credentials"),
        "letter.criterion.niceSkills": .init(
            nl: "gewenste vaardigheden",
            en: "wished-for skills"),
        "letter.criterion.domainExperience": .init(
            nl: "ervaring in het vakgebied",
            en: "experience in the field"),
        "letter.criterion.workingLevel": .init(
            nl: "werk- en denkniveau",
            en: "working level"),
        "letter.criterion.scaleFit": .init(
            nl: "passende schaal",
            en: "fitting salary scale"),
        "letter.criterion.hours": .init(
            nl: "uren",
            en: "hours"),
        "letter.criterion.commute": .init(
            nl: "reisafstand",
            en: "commute"),
        "letter.criterion.availability": .init(
            nl: "beschikbaarheid",
            en: "availability"),
        "letter.criterion.wishes": .init(
            nl: "eigen wensen",
            en: "your own wishes"),
        "roundLetter.period": .init(
            nl: "{start} tot en met {end}",
            en: "{start} to {end}"),
        "roundLetter.fair": .init(
            nl: "koppel zoekt een eerlijke verdeling: geen trainee en geen organisatie hadden samen liever een andere plek gehad, en binnen die regel krijgt elke trainee de beste plek die kan.",
            en: "koppel looks for a fair assignment: no trainee and organisation would both rather have been placed together, and within that rule every trainee gets the best place possible."),
        "roundLetter.accepted": .init(
            nl: "Op {at} (UTC) maakte {actor} de plaatsing in rotatie {number} van {cohort} ({period}) definitief, met als reden: \"{reason}\". {fair}",
            en: "On {at} (UTC) {actor} made the placements of rotation {number} of {cohort} ({period}) final, giving as reason: \"{reason}\". {fair}"),
        "roundLetter.proposed": .init(
            nl: "Op {at} (UTC) maakte {actor} met koppel een voorstel voor de plaatsing in rotatie {number} van {cohort} ({period}). {fair} Een adviseur beslist of het voorstel definitief wordt.",
            en: "On {at} (UTC) {actor} used koppel to propose the placements of rotation {number} of {cohort} ({period}). {fair} An adviser decides whether the proposal becomes final."),
        "roundLetter.placed": .init(
            nl: "U kreeg de plek \"{title}\" bij {employer}.",
            en: "You were placed at \"{title}\" at {employer}."),
        "roundLetter.placedChoice": .init(
            nl: "U kreeg de plek \"{title}\" bij {employer}. Dat was uw keuze {choice} van {listed}.",
            en: "You were placed at \"{title}\" at {employer}, your choice {choice} of {listed}."),
        "roundLetter.notPlaced": .init(
            nl: "U kreeg in deze ronde geen plek.",
            en: "You were not placed in this round."),
        "roundLetter.changedSince": .init(
            nl: "Let op: de gegevens zijn sinds deze beslissing veranderd. Met de gegevens van nu komt de ronde voor u anders uit. De uitleg hieronder gaat uit van de gegevens van nu.",
            en: "Note: the data changed since this decision. With the data of now the round comes out differently for you. The explanation below uses the data of now."),
        "roundLetter.choicesHeader": .init(
            nl: "Uw keuzes, en hoe het daar ging:",
            en: "Your choices, and how each went:"),
        "roundLetter.noChoices": .init(
            nl: "U had geen plekken gekozen.",
            en: "You had not chosen any placement."),
        "roundLetter.how.got": .init(
            nl: "hier bent u geplaatst",
            en: "you were placed here"),
        "roundLetter.how.notNeeded": .init(
            nl: "niet nodig: u kreeg een plek die u liever had",
            en: "not needed: you got a place you wanted more"),
        "roundLetter.how.excluded": .init(
            nl: "niet meegenomen: u had al een rotatie bij deze organisatie",
            en: "not used: you already had a rotation at this organisation"),
        "roundLetter.how.notRanked": .init(
            nl: "de organisatie had u niet op haar lijst",
            en: "the organisation did not have you on its list"),
        "roundLetter.how.noPlaces": .init(
            nl: "deze plek had in deze ronde geen plaatsen",
            en: "this placement had no places in this round"),
        "roundLetter.how.takenOne": .init(
            nl: ", die ging naar de trainee op plaats {rank}",
            en: ", which went to the trainee ranked {rank}"),
        "roundLetter.how.takenLast": .init(
            nl: "; de laatste trainee die er een plek kreeg, stond op plaats {rank}",
            en: "; the last trainee who got a place there was ranked {rank}"),
        "roundLetter.how.rankedOne": .init(
            nl: "de organisatie zette u op plaats {rank} van {of}; er was 1 plek{taken}",
            en: "the organisation ranked you {rank} of {of}; it had 1 place{taken}"),
        "roundLetter.how.ranked": .init(
            nl: "de organisatie zette u op plaats {rank} van {of}; er waren {places} plekken{taken}",
            en: "the organisation ranked you {rank} of {of}; it had {places} places{taken}"),
        "roundLetter.derived": .init(
            nl: " (de organisatie gaf zelf geen volgorde; koppel maakte die uit de scores; uw score was {score} van de 100 punten)",
            en: " (the organisation gave no order itself; koppel made one from the scores; your score was {score} of 100 points)"),
        "roundLetter.choice": .init(
            nl: "{number}. {title} bij {employer}: {how}{derived}",
            en: "{number}. {title} at {employer}: {how}{derived}"),
        "roundLetter.wasRanked": .init(
            nl: "u stond op plaats {rank}",
            en: "you were ranked {rank}"),
        "roundLetter.wasNotRanked": .init(
            nl: "u stond er niet op",
            en: "you were not on it"),
        "roundLetter.counterfactual": .init(
            nl: "Wat had u een plek gegeven die u liever had? Als {employer} u voor \"{title}\" op plaats {needed} van haar lijst had gezet ({before}), dan had u die plek gekregen. koppel heeft dit nagerekend door de ronde opnieuw te verdelen.",
            en: "What would have given you a place you wanted more? Had {employer} put you at place {needed} of its list for \"{title}\" ({before}), you would have been placed there. koppel computed this by solving the round again."),
        "roundLetter.noCounterfactual": .init(
            nl: "Geen andere volgorde bij één organisatie had u een plek gegeven die u liever had.",
            en: "No other order at any one organisation would have given you a place you wanted more."),
        "roundLetter.firstChoice": .init(
            nl: "U kreeg uw eerste keuze.",
            en: "You got your first choice."),
        "roundLetter.ownListNote": .init(
            nl: "Een andere volgorde in uw eigen lijst had u geen betere plek gegeven: bij deze manier van verdelen is uw echte voorkeur opgeven altijd het beste voor u.",
            en: "Another order in your own list would not have given you a better place: with this way of assigning, giving your true preferences is always best for you."),
        // The DPIA monitor (`koppel audit monitor`, table).
        "monitor.title": .init(
            nl: "DPIA-monitor van de rangschikkingen van kandidaten, {period}; de aantallen gaan over de resultaten die elke rangschikking noemde",
            en: "DPIA monitor of the candidate rankings, {period}; counts are of the results each ranking listed"),
        "monitor.period": .init(nl: "{from} tot en met {to}", en: "{from} to {to}"),
        "monitor.startOfLog": .init(nl: "begin van het log", en: "start of log"),
        "monitor.today": .init(nl: "vandaag", en: "today"),
        "monitor.written": .init(nl: "monitor", en: "monitor"),
        "monitor.noRankings": .init(
            nl: "in deze periode staan geen rangschikkingen van kandidaten in het log", en: "no candidate rankings in the log for this period"),
        "monitor.column.month": .init(
            nl: "maand",
            en: "month"),
        "monitor.column.rankings": .init(
            nl: "rangschikkingen",
            en: "rankings"),
        "monitor.column.results": .init(
            nl: "resultaten",
            en: "results"),
        "monitor.column.ineligible": .init(
            nl: "niet geschikt",
            en: "ineligible"),
        "monitor.column.min": .init(
            nl: "laagste",
            en: "min"),
        "monitor.column.q1": .init(
            nl: "q1",
            en: "q1"),
        "monitor.column.median": .init(
            nl: "mediaan",
            en: "median"),
        "monitor.column.q3": .init(
            nl: "q3",
            en: "q3"),
        "monitor.column.max": .init(
            nl: "hoogste",
            en: "max"),
        "monitor.column.histogram": .init(
            nl: "per 10 punten",
            en: "per 10 points"),
        "monitor.reasonsTitle": .init(
            nl: "redenen om uit te sluiten (genoemde resultaten die om elke reden zijn uitgesloten)",
            en: "exclusion reasons (listed results excluded for each reason)"),
        "monitor.column.reason": .init(
            nl: "reden",
            en: "reason"),
        "monitor.none": .init(
            nl: "  (geen)",
            en: "  (none)"),
        "monitor.noDataTitle": .init(
            nl: "criteria zonder gegevens gescoord (geen gegevens bij de persoon of de vacature: het criterium geeft geen punten)",
            en: "criteria scored without data (no data on the person's or the vacancy's side: the criterion gives no points)"),
        "monitor.column.scored": .init(
            nl: "gescoord",
            en: "scored"),
        "monitor.column.withoutData": .init(
            nl: "zonder gegevens",
            en: "without data"),
        "monitor.column.share": .init(
            nl: "aandeel",
            en: "share"),
        "monitor.uncounted": .init(
            nl: "{count} rangschikking(en) kwamen in het log voordat koppel redenen en tellingen zonder gegevens bijhield; ze tellen alleen in de eerste tabel",
            en: "{count} ranking(s) were logged before koppel kept reasons and no-data counts; they count only in the first table"),
    ]
}
