import KoppelEngine

/// One candidate as the shortlist browser shows them.
public struct CandidateChoice: Sendable {
    public var person: Person
    public var employerName: String
    public var result: RankingResult
    /// Straight line from the person's home to the vacancy; nil when either is unknown.
    public var distanceKm: Double?
    /// The vacancy's skills, each marked held, related or missing for this person.
    public var skills: [BrowserSkill]

    public init(person: Person, employerName: String, result: RankingResult, distanceKm: Double?, skills: [BrowserSkill]) {
        self.person = person
        self.employerName = employerName
        self.result = result
        self.distanceKm = distanceKm
        self.skills = skills
    }
}

extension BrowserData {
    /// The adviser's browser over a vacancy's shortlist, with the marks already stored.
    public static func shortlist(
        heading: String, candidates: [CandidateChoice], marks: [String: BrowserMark], language: Language = .en
    ) -> BrowserData {
        let columns = [
            BrowserColumn("candidate", .flexible(weight: 40, minimum: 10)),
            BrowserColumn("employer", .flexible(weight: 30, minimum: 8)),
            BrowserColumn("scale", .fixed(5)),
            BrowserColumn("km", .fixed(5), alignRight: true),
            BrowserColumn("fit", .fixed(6), alignRight: true),
        ]
        let items = candidates.map { item(for: $0, language) }
        return BrowserData(kind: .shortlist, title: heading, columns: columns, items: items, savedMarks: marks, language: language)
    }

    static func item(for choice: CandidateChoice, _ language: Language) -> BrowserItem {
        let person = choice.person
        var facts = [person.jobTitle ?? language.text("ranking.header.noJobTitle"), choice.employerName]
        if let scale = person.scale { facts.append(language.text("ranking.header.scale", ["range": scale.description])) }
        if let hours = person.hoursPerWeek { facts.append(language.text("browser.perWeek", ["hours": FitExplanation.hours(hours, language)])) }
        if let nlqf = person.nlqf { facts.append("NLQF \(nlqf)") }
        var paragraphs = [BrowserDetail.Paragraph(facts.joined(separator: " · "))]
        var commute = choice.distanceKm.map { language.text("browser.straightLine", ["km": FitExplanation.kilometres($0, language)]) }
            ?? language.text("browser.unknown")
        if let home = person.homePlace { commute += language.text("browser.from", ["place": home]) }
        if let limit = person.maxCommuteKm { commute += language.text("browser.ownLimit", ["km": FitExplanation.kilometres(limit, language)]) }
        paragraphs.append(BrowserDetail.Paragraph([BrowserSegment(language.text("browser.commute"), .emphasis), BrowserSegment(commute)]))
        paragraphs.append(BrowserSkill.paragraph(choice.skills, heading: language.text("browser.vacancySkills"), language))
        paragraphs += FitExplanation.paragraphs(choice.result, language)
        let km = choice.distanceKm.map { String(Int($0.rounded())) } ?? "–"
        let search = [person.displayName, choice.employerName, person.employer, person.jobTitle ?? ""]
            + person.domains.map(\.domain) + choice.skills.map(\.label) + person.skills.map(\.skill)
        return BrowserItem(
            id: person.id,
            cells: [person.displayName, choice.employerName, person.scale?.description ?? "–", km,
                    language.decimal(choice.result.score.description)],
            fit: choice.result.score.hundredths, eligible: choice.result.eligible, employerName: choice.employerName,
            title: person.displayName, distanceKm: choice.distanceKm, searchText: search.joined(separator: " "),
            detail: BrowserDetail(heading: "\(person.id) · \(person.displayName)", paragraphs: paragraphs))
    }
}
