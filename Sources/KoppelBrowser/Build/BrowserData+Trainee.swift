import KoppelEngine

/// One placement as the trainee browser shows it: the placement, its host, the trainee's fit.
public struct PlacementChoice: Sendable {
    public var placement: HostPlacement
    public var employerName: String
    public var domainName: String?
    public var fit: RankingResult
    /// Straight line from the trainee's home to the host's seat; nil when either is unknown.
    public var distanceKm: Double?
    /// The placement's skills, each marked held, related or missing for this trainee.
    public var skills: [BrowserSkill]

    public init(
        placement: HostPlacement, employerName: String, domainName: String?, fit: RankingResult, distanceKm: Double?,
        skills: [BrowserSkill]
    ) {
        self.placement = placement
        self.employerName = employerName
        self.domainName = domainName
        self.fit = fit
        self.distanceKm = distanceKm
        self.skills = skills
    }
}

extension BrowserData {
    /// The trainee browser over the placements of one rotation.
    ///
    /// - Parameters:
    ///   - heading: who and which rotation, for the title bar.
    ///   - home: the trainee's home place and commute limit, for the commute line.
    ///   - savedRanking: the ranking stored in the database (placement ids, first choice first).
    public static func traineeRanking(
        heading: String, home: String?, maxCommuteKm: Double?, placements: [PlacementChoice], savedRanking: [String],
        language: Language = .en
    ) -> BrowserData {
        let columns = [
            BrowserColumn("employer", .flexible(weight: 30, minimum: 8)),
            BrowserColumn("placement", .flexible(weight: 44, minimum: 10)),
            BrowserColumn("domain", .flexible(weight: 22, minimum: 6)),
            BrowserColumn("hours", .fixed(5), alignRight: true),
            BrowserColumn("fit", .fixed(6), alignRight: true),
        ]
        let items = placements.map { item(for: $0, home: home, maxCommuteKm: maxCommuteKm, language) }
        return BrowserData(
            kind: .traineeRanking, title: heading, columns: columns, items: items, savedRanking: savedRanking, language: language)
    }

    static func item(for choice: PlacementChoice, home: String?, maxCommuteKm: Double?, _ language: Language) -> BrowserItem {
        let placement = choice.placement
        let domain = choice.domainName ?? placement.domain ?? "–"
        var facts = [choice.employerName, domain, language.text("browser.perWeek", ["hours": FitExplanation.hours(placement.hoursPerWeek, language)])]
        facts.append(placement.capacity == 1 ? language.text("browser.onePlace") : language.text("browser.places", ["count": placement.capacity]))
        var paragraphs = [BrowserDetail.Paragraph(facts.joined(separator: " · "))]
        paragraphs.append(
            BrowserDetail.Paragraph(
                [BrowserSegment(language.text("browser.mentor"), .emphasis), BrowserSegment(placement.mentor ?? language.text("browser.mentorUnknown"))]))
        var commute = choice.distanceKm.map { language.text("browser.straightLine", ["km": FitExplanation.kilometres($0, language)]) }
            ?? language.text("browser.unknown")
        if choice.distanceKm != nil, let home { commute += language.text("browser.from", ["place": home]) }
        if let maxCommuteKm { commute += language.text("browser.yourLimit", ["km": FitExplanation.kilometres(maxCommuteKm, language)]) }
        paragraphs.append(BrowserDetail.Paragraph([BrowserSegment(language.text("browser.commute"), .emphasis), BrowserSegment(commute)]))
        paragraphs.append(BrowserSkill.paragraph(choice.skills, heading: language.text("browser.skills"), language))
        if let description = placement.description, !description.isEmpty {
            paragraphs.append(BrowserDetail.Paragraph(description))
        }
        paragraphs += FitExplanation.paragraphs(choice.fit, language)
        let search = [choice.employerName, placement.employer, placement.title, domain] + choice.skills.map(\.label)
        return BrowserItem(
            id: placement.id,
            cells: [choice.employerName, placement.title, domain, FitExplanation.hours(placement.hoursPerWeek, language),
                    language.decimal(choice.fit.score.description)],
            fit: choice.fit.score.hundredths, eligible: choice.fit.eligible, employerName: choice.employerName,
            title: placement.title, distanceKm: choice.distanceKm, searchText: search.joined(separator: " "),
            detail: BrowserDetail(heading: "\(placement.id) · \(placement.title)", paragraphs: paragraphs))
    }
}
