import KoppelEngine

/// The Dutch texts of the Algoritmeregister entry, in one place (for the text catalogue).
enum RegisterTexts {
    static let name = "koppel: matching op de interne arbeidsmarkt van de Twentse overheden"

    static let descriptionShort = """
        koppel zoekt bij vacatures, traineeplekken en tijdelijke uitwisselingen de profielen die het best passen. \
        Het rangschikt kandidaten met een uitleg per criterium; een adviseur beslist altijd zelf.
        """

    static let goal = """
        <p>koppel ondersteunt mobiliteitsadviseurs van de Twentse overheden (Twentse Kracht). Het doet drie dingen:</p>\
        <ul><li>kandidaten rangschikken voor een vacature, met per criterium de punten en de eisen waaraan iemand niet voldoet;</li>\
        <li>trainees over traineeplekken verdelen (stabiele toewijzing, trainee-optimaal);</li>\
        <li>ruilen, detacheringen en invallers voorstellen.</li></ul>\
        <p>Het doel is dat mensen sneller en eerlijker passend werk vinden binnen de regio. \
        Het werk toewijzen en selecteren is hoog-risico onder de AI-verordening (bijlage III, punt 4).</p>
        """

    static let proportionality = """
        <p>koppel gebruikt alleen gegevens over werk: vaardigheden, diploma's, ervaring en wensen. \
        Het gebruikt geen leeftijd, geslacht, nationaliteit of andere beschermde kenmerken; het datamodel heeft er geen veld voor. \
        Ontbrekende gegevens tellen nooit als overeenkomst.</p>
        """

    static let humanIntervention = """
        <p>koppel beslist niets zelf. Een adviseur kiest wie wordt benaderd; een regionale adviseur aanvaardt een plaatsingsronde, \
        uitwisseling of invalboeking, altijd met een verplichte reden. Wie afwijkt van het voorstel (een trainee elders plaatsen, \
        iemand lager op de lijst kiezen), legt vast wie, wanneer en waarom. Deze afwijkingen zijn te zien met \
        <code>koppel log --kind override</code>.</p>
        """

    static let risks = """
        <p>Risico's: ongelijke uitkomsten tussen groepen, verouderde profielen, te veel vertrouwen in de rangorde. Maatregelen: \
        een impacttoets per groep en per stap (vier-vijfde-regel, kleine groepen onderdrukt), maandelijkse monitoring voor de DPIA, \
        elke beslissing in een logboek dat niet te wijzigen is, discrete profielen onzichtbaar voor de eigen werkgever.</p>
        """

    static let lawfulBasis = """
        <p>Uitvoering van het personeelsbeleid van de deelnemende werkgevers (AVG art. 6 lid 1 sub b en e), met toestemming van de medewerker \
        voor deelname aan de interne arbeidsmarkt. Rechten van betrokkenen: AVG art. 15, 17 en 22; AI-verordening art. 86.</p>
        """

    static let impactAssessments = """
        <p>Er is een DPIA. koppel levert de cijfers ervoor: <code>koppel audit impact</code> (selectie per groep) en \
        <code>koppel audit monitor</code> (per maand).</p>
        """

    static let objection = """
        Bezwaar of een vraag over een beslissing: vraag een brief aan bij uw adviseur (koppel person letter); \
        die legt uit wat er besloten is, waarom, en hoe u bezwaar maakt.
        """

    /// The data used, with the weights of the live configuration.
    static func sourceData(_ weights: RankingWeights) -> String {
        let criteria = RankingCriterion.allCases.map { "<li>\(criterionName($0)): \(weights.points(for: $0)) punten</li>" }.joined()
        return """
            <p>Gebruikt: profielen uit de personeelssystemen (vaardigheden met niveau, diploma's en certificaten met vervaldatum, \
            werk- en denkniveau, ervaring per vakgebied, schaal, uren, woonplaats of postcode (4 cijfers), maximale reisafstand, wensen, \
            beschikbaarheid) en vacatures. Weging versie \(weights.version):</p><ul>\(criteria)</ul>\
            <p>Niet gebruikt: leeftijd, geslacht, nationaliteit, afkomst, gezondheid, naam bij het scoren.</p><p>\(objection)</p>
            """
    }

    static let methods = """
        <p>Harde eisen (verplichte vaardigheden en certificaten, werk- en denkniveau, uren, beschikbaarheid, reisafstand) sluiten uit, \
        met een reden. De rest is een gewogen som van criteriumscores tussen 0 en 1; de uitleg telt precies op tot de score. \
        Traineeplaatsing: uitgesteld aanvaarden met capaciteiten (trainee-voorstellend). Uitwisseling: exacte optimalisatie van ruilcycli. \
        Elke berekening staat in het beslislogboek met tijd, wie, invoer-hash, gewichtenversie en uitkomst, en is opnieuw uit te rekenen.</p>
        """

    static func criterionName(_ criterion: RankingCriterion) -> String {
        switch criterion {
        case .mustSkills: "verplichte vaardigheden"
        case .mustCredentials: "verplichte certificaten"
        case .niceSkills: "gewenste vaardigheden"
        case .domainExperience: "ervaring in het vakgebied"
        case .workingLevel: "werk- en denkniveau"
        case .scaleFit: "passende schaal"
        case .hours: "uren"
        case .commute: "reisafstand"
        case .availability: "beschikbaarheid"
        case .wishes: "eigen wensen"
        }
    }
}
