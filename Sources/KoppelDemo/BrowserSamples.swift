import KoppelBrowser
import KoppelEngine

/// Deterministic browser data for tests and benchmarks: no database, no randomness.
///
/// ```swift
/// let state = BrowserSamples.traineeState(placements: 5_000, size: BrowserSize(columns: 120, rows: 40))
/// ```
public enum BrowserSamples {
    /// Host employers, with diacritics and long names on purpose.
    public static let employers: [(code: String, name: String, seat: String)] = [
        ("ENS", "Gemeente Enschede", "Enschede"),
        ("HVT", "Gemeente Hof van Twente", "Goor"),
        ("WVS", "Waterschap Vechtstromen", "Almelo"),
        ("HGL", "Gemeente Hengelo", "Hengelo"),
        ("GBT", "Gemeentelijk Belastingkantoor Twente", "Hengelo"),
        ("VRT", "Veiligheidsregio Twente", "Enschede"),
        ("DIN", "Gemeente Dinkelland", "Denekamp"),
        ("OLD", "Gemeente Oldenzaal", "Oldenzaal"),
    ]

    static let titles = [
        "Beleidsmedewerker sociaal domein", "Coördinator BAG en WOZ", "Adviseur inkoop en aanbesteding",
        "Projectleider klimaatadaptatie", "Jurist omgevingsrecht", "Controller financiën",
        "Communicatieadviseur crisisbeheersing", "Medewerker belastingen (taxaties)",
    ]
    static let domains = ["Sociaal domein", "BAG/WOZ", "Inkoop", "Water", "Juridisch", "Financiën", "Communicatie", "Belastingen"]
    static let skills = ["Wmo", "BAG-beheer", "Aanbesteden", "Peilbeheer", "Omgevingswet", "Planning & control", "Crisiscommunicatie", "WOZ-taxatie", "Zaakgericht werken", "Excel"]
    static let mentors = ["M. Nijhuis", "Ëlla Jöbsis", "G.-J. van 't Veer", nil]

    /// `count` placements for a trainee, deterministic in their index.
    public static func placements(_ count: Int) -> [PlacementChoice] {
        (0..<count).map { index in
            let employer = employers[index % employers.count]
            let kind = (index / employers.count) % titles.count
            let id = "pl" + String(index + 1).leftPadded(count >= 1000 ? 5 : 3)
            let skillIDs = (0..<3).map { skills[(index + $0 * 3) % skills.count] }
            let placement = HostPlacement(
                id: id, rotation: "c2026-r1", employer: employer.code, title: titles[kind], domain: "d\(kind)",
                capacity: 1 + index % 3, mentor: mentors[index % mentors.count], hoursPerWeek: index % 5 == 0 ? 32 : 36,
                skills: skillIDs,
                description: "Werken aan \(titles[kind].lowercased()) bij \(employer.name), samen met het team in \(employer.seat).")
            let held = (index * 7) % 4
            let marks = skillIDs.enumerated().map { offset, label in
                BrowserSkill(
                    id: label, label: label,
                    status: offset < held ? .held : (offset == held && held < 3 && index % 2 == 0 ? .related("Excel") : .missing))
            }
            let niceMax = 2500
            let nice = niceMax * min(held, 3) / 3
            let commute = 1000 - (index * 37) % 1000
            let hours = 1000
            let wishes = (index % 4) * 250
            let components = [
                RankingComponent(criterion: .niceSkills, points: .init(hundredths: nice), max: .init(hundredths: niceMax),
                                 detail: "\(min(held, 3)) of 3 skills"),
                RankingComponent(criterion: .commute, points: .init(hundredths: commute), max: .init(hundredths: 1000),
                                 detail: "Enschede → \(employer.seat) (straight line)"),
                RankingComponent(criterion: .hours, points: .init(hundredths: hours), max: .init(hundredths: 1000),
                                 detail: "36 h fits"),
                RankingComponent(criterion: .wishes, points: .init(hundredths: wishes), max: .init(hundredths: 1000),
                                 detail: "wishes"),
            ]
            let total = components.reduce(0) { $0 + $1.points.hundredths }
            let eligible = index % 11 != 5
            let fit = RankingResult(
                person: "p-trainee", vacancy: id, score: .init(hundredths: total), eligible: eligible,
                reasons: eligible ? [] : [RankingReason(code: .noHoursOverlap)], flags: [], weightsVersion: 1,
                components: components)
            return PlacementChoice(
                placement: placement, employerName: employer.name, domainName: domains[kind], fit: fit,
                distanceKm: Double((index * 53) % 400) / 10, skills: marks)
        }
    }

    /// Trainee browser data over `count` synthetic placements.
    public static func traineeData(
        placements count: Int, savedRanking: [String] = [], language: Language = .en
    ) -> BrowserData {
        BrowserData.traineeRanking(
            heading: "t03 Anouk ter Horst · rotation c2026-r1 (2026-09-01 – 2027-04-30)", home: "Enschede",
            maxCommuteKm: 30, placements: placements(count), savedRanking: savedRanking, language: language)
    }

    /// A fresh trainee browser state over `count` synthetic placements.
    public static func traineeState(placements count: Int, size: BrowserSize) -> BrowserState {
        BrowserState(data: traineeData(placements: count), size: size)
    }

    /// Shortlist data with `count` synthetic candidates.
    public static func shortlistData(
        candidates count: Int, marks: [String: BrowserMark] = [:], language: Language = .en
    ) -> BrowserData {
        let names = ["Anouk ter Horst", "Gerrit-Jan van 't Veer", "Ëlla Jöbsis", "Sven Brinkhuis", "Zoë Oude Groeneger"]
        let candidates = (0..<count).map { index in
            let employer = employers[index % employers.count]
            let person = Person(
                id: "p" + String(index + 1).leftPadded(3), displayName: names[index % names.count], employer: employer.code,
                jobTitle: titles[index % titles.count], scale: Scale("\(8 + index % 4)"), hoursPerWeek: 36, nlqf: 6,
                homePlace: employer.seat, maxCommuteKm: 30)
            let points = 9000 - index * 250
            let result = RankingResult(
                person: person.id, vacancy: "v0001", score: .init(hundredths: points), eligible: true, reasons: [], flags: [],
                weightsVersion: 1,
                components: [RankingComponent(criterion: .mustSkills, points: .init(hundredths: points),
                                              max: .init(hundredths: 10000), detail: "all must-have skills")])
            return CandidateChoice(
                person: person, employerName: employer.name, result: result, distanceKm: Double(index * 3),
                skills: [BrowserSkill(id: "nl:bag", label: "BAG-beheer", status: index % 2 == 0 ? .held : .missing)])
        }
        return BrowserData.shortlist(
            heading: "v0001 Medewerker BAG/BGT · Gemeente Hengelo · shortlist as ENS", candidates: candidates, marks: marks,
            language: language)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
