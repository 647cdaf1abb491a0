extension Catalogue {
    /// Criterion names, reason codes and flags in words, and the explanation details.
    static let ranking: [String: Entry] = [
        // Criterion names, as the table and the browser show them.
        "criterion.mustSkills": .init(nl: "vereiste vaardigheden", en: "must-have skills"),
        "criterion.mustCredentials": .init(nl: "vereiste certificaten", en: "required credentials"),
        "criterion.niceSkills": .init(nl: "gewenste vaardigheden", en: "nice-to-have skills"),
        "criterion.domainExperience": .init(nl: "ervaring in het vakgebied", en: "domain experience"),
        "criterion.workingLevel": .init(nl: "werk- en denkniveau", en: "working level"),
        "criterion.scaleFit": .init(nl: "schaal", en: "scale"),
        "criterion.hours": .init(nl: "uren", en: "hours"),
        "criterion.commute": .init(nl: "reisafstand", en: "commute"),
        "criterion.availability": .init(nl: "beschikbaarheid", en: "availability"),
        "criterion.wishes": .init(nl: "wensen", en: "wishes"),

        // Reason codes in words (the code itself never changes).
        "reason.missingMustSkill": .init(nl: "mist {subject}", en: "lacks {subject}"),
        "reason.missingMustSkill.none": .init(nl: "mist een vereiste vaardigheid", en: "lacks a must-have skill"),
        "reason.missingMustCredential": .init(nl: "mist {subject}", en: "lacks {subject}"),
        "reason.missingMustCredential.none": .init(nl: "mist een certificaat", en: "lacks a credential"),
        "reason.expiredMustCredential": .init(nl: "{subject} verlopen", en: "{subject} expired"),
        "reason.expiredMustCredential.none": .init(nl: "certificaat verlopen", en: "credential expired"),
        "reason.workingLevelBelowRequired": .init(nl: "werk- en denkniveau te laag", en: "working level too low"),
        "reason.noHoursOverlap": .init(nl: "uren passen niet", en: "hours do not fit"),
        "reason.notAvailableByStart": .init(nl: "niet op tijd beschikbaar", en: "not available by start"),
        "reason.commuteBeyondLimit": .init(nl: "verder dan de eigen maximale reisafstand", en: "beyond own commute limit"),
        "reason.beyondMaxKm": .init(nl: "buiten de zoekstraal (--max-km)", en: "beyond --max-km"),
        "reason.distanceUnknown": .init(nl: "afstand onbekend", en: "distance unknown"),
        "reason.other": .init(nl: "reden: {code}", en: "reason: {code}"),
        "flag.careerMove": .init(nl: "carrièrestap", en: "career move"),
        "flag.farBelowCurrentScale": .init(nl: "ver onder de eigen schaal", en: "far below own scale"),

        // Explanation details, criterion by criterion.
        "ranking.mustSkills.noVacancyData": .init(
            nl: "geen gegevens: de vacature noemt geen vereiste vaardigheden",
            en: "no data: the vacancy lists no must-have skills"),
        "ranking.noProfileSkills": .init(
            nl: "geen gegevens: het profiel noemt geen vaardigheden; ", en: "no data: the profile lists no skills; "),
        "ranking.mustSkills.held": .init(nl: "{held} van {count} vereiste vaardigheden", en: "{held} of {count} must-have skills"),
        "ranking.missing": .init(nl: "; ontbreekt: {list}", en: "; missing: {list}"),
        "ranking.mustCredentials.noVacancyData": .init(
            nl: "geen gegevens: de vacature vraagt geen certificaten", en: "no data: the vacancy requires no credentials"),
        "ranking.mustCredentials.noProfileData": .init(
            nl: "geen gegevens: het profiel noemt geen certificaten; ", en: "no data: the profile lists no credentials; "),
        "ranking.mustCredentials.valid": .init(
            nl: "{valid} van {count} vereiste certificaten geldig op {day}",
            en: "{valid} of {count} required credentials valid on {day}"),
        "ranking.mustCredentials.expired": .init(nl: "; verlopen: {list}", en: "; expired: {list}"),
        "ranking.mustCredentials.expiredItem": .init(nl: "{name} ({day})", en: "{name} ({day})"),
        "ranking.niceSkills.noVacancyData": .init(
            nl: "geen gegevens: de vacature noemt geen gewenste vaardigheden",
            en: "no data: the vacancy lists no nice-to-have skills"),
        "ranking.niceSkills.held": .init(
            nl: "{exact} van {count} gewenste vaardigheden (gewogen {percent})",
            en: "{exact} of {count} nice-to-have skills (weighted credit {percent})"),
        "ranking.niceSkills.related": .init(nl: "; verwant: {list}", en: "; related: {list}"),
        "ranking.niceSkills.relatedItem": .init(nl: "{skill} via {via} ({percent})", en: "{skill} via {via} ({percent})"),
        "ranking.domain.noVacancyData": .init(
            nl: "geen gegevens: de vacature heeft geen vakgebied", en: "no data: the vacancy has no domain"),
        "ranking.domain.noProfileData": .init(
            nl: "geen gegevens: het profiel noemt geen ervaring in een vakgebied (vacature: {domain})",
            en: "no data: the profile lists no domain experience (vacancy: {domain})"),
        "ranking.domain.years": .init(
            nl: "{years} jaar in {domain} (alle punten vanaf {full} jaar)",
            en: "{years} years in {domain} (full points from {full} years)"),
        "ranking.domain.elsewhere": .init(nl: "; ervaring in: {list}", en: "; experience in: {list}"),
        "ranking.workingLevel.noVacancyData": .init(
            nl: "geen gegevens: de vacature noemt geen werk- en denkniveau",
            en: "no data: the vacancy states no working level"),
        "ranking.workingLevel.noProfileData": .init(
            nl: "geen gegevens: het profiel heeft geen werk- en denkniveau (de vacature vraagt NLQF {required})",
            en: "no data: the profile has no working level (vacancy requires NLQF {required})"),
        "ranking.workingLevel.met": .init(
            nl: "NLQF {level}, de vacature vraagt {required}", en: "NLQF {level}, vacancy requires {required}"),
        "ranking.workingLevel.below": .init(
            nl: "NLQF {level}, lager dan de gevraagde {required}", en: "NLQF {level}, below the required {required}"),
        "ranking.scale.noVacancyData": .init(
            nl: "geen gegevens: de vacature heeft geen schaal", en: "no data: the vacancy has no scale"),
        "ranking.scale.noProfileData": .init(
            nl: "geen gegevens: het profiel heeft geen schaal (vacature: schaal {range})",
            en: "no data: the profile has no scale (vacancy: scale {range})"),
        "ranking.scale.within": .init(nl: "schaal {from} past in vacature {to}", en: "scale {from} within vacancy {to}"),
        "ranking.scale.stepUp": .init(
            nl: "carrièrestap: één stap omhoog (schaal {from} → vacature {to})",
            en: "career move: one step up (scale {from} → vacancy {to})"),
        "ranking.scale.twoUp": .init(
            nl: "twee schalen omhoog (schaal {from} → vacature {to}): een grote stap",
            en: "two scales up (scale {from} → vacancy {to}): a big step"),
        "ranking.scale.farAbove": .init(
            nl: "meer dan 2 schalen boven de huidige (schaal {from} → vacature {to})",
            en: "more than 2 scales above current (scale {from} → vacancy {to})"),
        "ranking.scale.stepDown": .init(
            nl: "één stap onder de huidige (schaal {from} → vacature {to})",
            en: "one step below current (scale {from} → vacancy {to})"),
        "ranking.scale.twoDown": .init(
            nl: "twee schalen onder de huidige (schaal {from} → vacature {to})",
            en: "two scales below current (scale {from} → vacancy {to})"),
        "ranking.scale.farBelow": .init(
            nl: "meer dan 2 schalen onder de huidige (schaal {from} → vacature {to})",
            en: "more than 2 scales below current (scale {from} → vacancy {to})"),
        "ranking.hours.noVacancyData": .init(
            nl: "geen gegevens: de vacature noemt geen uren", en: "no data: the vacancy has no hours"),
        "ranking.hours.noProfileData": .init(
            nl: "geen gegevens: het profiel noemt geen uren (vacature {range})",
            en: "no data: the profile has no hours (vacancy {range})"),
        "ranking.hours.works": .init(nl: "werkt {offered}, vacature {wanted}", en: "works {offered}, vacancy {wanted}"),
        "ranking.hours.wishes": .init(nl: "wil {offered}, vacature {wanted}", en: "wished {offered}, vacancy {wanted}"),
        "ranking.hours.noOverlap": .init(nl: ": geen overlap", en: ": no overlap"),
        "ranking.hours.overlap": .init(nl: ": overlap {range}", en: ": overlap {range}"),
        "ranking.commute.noVacancyData": .init(
            nl: "geen gegevens: de vacature heeft geen plaats", en: "no data: the vacancy has no location"),
        "ranking.commute.noProfileData": .init(
            nl: "geen gegevens: het profiel heeft geen woonplaats", en: "no data: the profile has no home location"),
        "ranking.commute.route": .init(nl: "{from} → {to}: ", en: "{from} → {to}: "),
        "ranking.commute.distance": .init(nl: "reisafstand {km}", en: "commute {km}"),
        "ranking.commute.beyondLimit": .init(nl: ", verder dan de grens van {limit}", en: ", beyond the limit of {limit}"),
        "ranking.commute.limit": .init(nl: ", grens {limit}", en: ", limit {limit}"),
        "ranking.commute.noLimit": .init(
            nl: ", geen grens opgegeven (gemeten tegen {reference})", en: ", no limit stated (scored against {reference})"),
        "ranking.commute.straightLine": .init(nl: " (hemelsbreed)", en: " (straight line)"),
        "ranking.commute.beyondRadius": .init(
            nl: "; buiten de zoekstraal van {km}", en: "; beyond the search radius of {km}"),
        "ranking.availability.noVacancyData": .init(
            nl: "geen gegevens: de vacature heeft geen startdatum", en: "no data: the vacancy has no start date"),
        "ranking.availability.noProfileData": .init(
            nl: "geen gegevens: het profiel noemt niet vanaf wanneer iemand beschikbaar is (start {start})",
            en: "no data: the profile has no availability date (start {start})"),
        "ranking.availability.onTime": .init(
            nl: "beschikbaar vanaf {from}, start {start}", en: "available from {from}, start {start}"),
        "ranking.availability.tooLate": .init(
            nl: "beschikbaar vanaf {from}, {days} na de start op {start}: meer dan de toegestane {grace} dagen",
            en: "available from {from}, {days} after start {start}: beyond the {grace}-day grace"),
        "ranking.availability.late": .init(
            nl: "beschikbaar vanaf {from}, {days} na de start op {start} (toegestaan: {grace} dagen)",
            en: "available from {from}, {days} after start {start} (grace {grace} days)"),
        "ranking.wishes.none": .init(nl: "geen gegevens: geen wensen opgegeven", en: "no data: no wishes stated"),
        "ranking.wishes.domainNoWish": .init(nl: "vakgebied: geen wens", en: "domain: no wish"),
        "ranking.wishes.domainWished": .init(nl: "vakgebied {name} gewenst", en: "domain {name} wished"),
        "ranking.wishes.domainNotWished": .init(nl: "vakgebied {name} niet gewenst", en: "domain {name} not wished"),
        "ranking.wishes.domainNone": .init(nl: "vakgebied: de vacature heeft er geen", en: "domain: the vacancy has none"),
        "ranking.wishes.employerNoWish": .init(nl: "werkgever: geen wens", en: "employer: no wish"),
        "ranking.wishes.employerWished": .init(nl: "werkgever {employer} gewenst", en: "employer {employer} wished"),
        "ranking.wishes.employerNotWished": .init(
            nl: "werkgever {employer} niet gewenst", en: "employer {employer} not wished"),
        "ranking.wishes.scaleUpTo": .init(nl: "schaalwens tot en met {scale}", en: "scale wish up to {scale}"),
        "ranking.wishes.scaleFrom": .init(nl: "schaalwens vanaf {scale}", en: "scale wish from {scale}"),
        "ranking.wishes.scaleRange": .init(nl: "schaalwens {range}", en: "scale wish {range}"),
        "ranking.wishes.scaleMeets": .init(nl: "{wish} past bij vacature {range}", en: "{wish} meets vacancy {range}"),
        "ranking.wishes.scaleMisses": .init(
            nl: "{wish} past niet bij vacature {range}", en: "{wish} misses vacancy {range}"),
        "ranking.wishes.scaleNoVacancyScale": .init(
            nl: "{wish}, de vacature heeft geen schaal", en: "{wish}, the vacancy has no scale"),
        "ranking.wishes.scaleNoWish": .init(nl: "schaal: geen wens", en: "scale: no wish"),
        "ranking.wishes.moveNoWish": .init(nl: "soort overstap: geen wens", en: "kind of move: no wish"),
        "ranking.wishes.openToVacancies": .init(nl: "staat open voor vacatures", en: "open to vacancies"),
        "ranking.wishes.notOpenToVacancies": .init(nl: "staat niet open voor vacatures", en: "not open to vacancies"),
        "ranking.wishes.met": .init(nl: "{met} van 4 wensen vervuld: {parts}", en: "{met} of 4 wishes met: {parts}"),
    ]
}
