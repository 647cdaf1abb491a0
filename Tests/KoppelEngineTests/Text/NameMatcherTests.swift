import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// Names instead of ids: labels in either language, without regard to case or accents.
@Suite struct NameMatcherTests {
    static let catalog = Catalog(
        domains: [Domain(id: "financien", nameNL: "Financiën & control", nameEN: "Finance and control")],
        skills: [
            Skill(id: "esco:fin", labelNL: "Financiële analyse", labelEN: "financial analysis", escoURI: nil, domain: "financien"),
            Skill(id: "esco:pub", labelNL: "Overheidsfinanciën", labelEN: "public finance", escoURI: nil, domain: "financien"),
            Skill(id: "nl:bag", labelNL: "BAG-beheer", labelEN: "BAG register", escoURI: nil, domain: "geo"),
            Skill(id: "nl:bag2", labelNL: "BAG-beheer", labelEN: "BAG maintenance", escoURI: nil, domain: "geo"),
        ])

    @Test func idsAndLabelsInEitherLanguageAreFound() {
        let skills = NameMatcher.skills(Self.catalog)
        #expect(skills.match("esco:fin") == .found("esco:fin"))
        #expect(skills.match("ESCO:FIN") == .found("esco:fin"))
        #expect(skills.match("Financiële analyse") == .found("esco:fin"))
        #expect(skills.match("financiele ANALYSE") == .found("esco:fin"))
        #expect(skills.match("  public finance ") == .found("esco:pub"))
        #expect(skills.match("overheidsfinancien") == .found("esco:pub"))
        #expect(NameMatcher.domains(Self.catalog).match("finance and control") == .found("financien"))
    }

    @Test func aSharedNameIsAmbiguousAndAnUnknownOneGetsTheClosest() {
        let skills = NameMatcher.skills(Self.catalog)
        #expect(skills.match("bag-beheer") == .ambiguous(["BAG-beheer (nl:bag)", "BAG-beheer (nl:bag2)"]))
        #expect(skills.match("Financiele analise") == .unknown(suggestions: ["Financiële analyse (esco:fin)"]))
        #expect(skills.match("publik financ") == .unknown(suggestions: ["Overheidsfinanciën (esco:pub)"]))
        #expect(skills.match("gezondheidszorg") == .unknown(suggestions: []))
    }

    /// The bounded edit distance agrees with the textbook one wherever that is within the bound.
    @Test(arguments: 0..<200)
    func editDistanceAgreesWithTheTextbook(seed: Int) {
        var random = DemoRandom(seed: UInt64(seed))
        let letters: [Character] = ["a", "b", "c", "ë"]
        let a = (0..<random.int(in: 0...7)).map { _ in letters[random.int(in: 0..<letters.count)] }
        let b = (0..<random.int(in: 0...7)).map { _ in letters[random.int(in: 0..<letters.count)] }
        let limit = random.int(in: 0...4)
        let exact = Self.textbook(a, b)
        let bounded = NameMatcher.distance(a, b, limit: limit)
        #expect(exact <= limit ? bounded == exact : bounded > limit, "\(a) \(b) limit \(limit)")
    }

    static func textbook(_ a: [Character], _ b: [Character]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return d[a.count][b.count]
    }
}
