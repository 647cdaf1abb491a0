import Foundation
import KoppelEngine
import Testing

@Suite("Ranking weights")
struct RankingWeightsTests {
    @Test("the default profile is version 1 and sums to 100")
    func defaultProfile() {
        let weights = RankingWeights.default
        #expect(weights.version == 1)
        #expect(RankingCriterion.allCases.reduce(0) { $0 + weights.points(for: $1).hundredths } == 100_00)
        #expect(weights.weight(for: .mustSkills) == 20)
        #expect(weights.points(for: .niceSkills).description == "20.00")
    }

    @Test(
        "invalid profiles are refused with a clear message",
        arguments: [
            ([20, 5, 20, 10, 5, 10, 5, 10, 5, 5.0], "sum to 95.00 points; they must sum to 100"),
            ([25, 5, 20, 10, 5, 10, 5, 10, 5, 10.0], "sum to 105.00 points; they must sum to 100"),
            (
                [-5, 5, 20, 10, 5, 10, 5, 10, 5, 35.0],
                "ranking weight mustSkills is -5.0; it must be between 0 and 100"
            ),
            ([20, 5, 20, 10, 5, 10, 5, 10, 5, .nan], "ranking weight wishes is nan; it must be between 0 and 100"),
            (
                [20.001, 5, 20, 10, 5, 10, 5, 10, 5, 9.999],
                "ranking weight mustSkills is 20.001; use at most two decimals"
            ),
        ])
    func invalidProfiles(values: [Double], message: String) {
        do {
            _ = try RankingWeights(
                version: 2, mustSkills: values[0], mustCredentials: values[1], niceSkills: values[2],
                domainExperience: values[3], workingLevel: values[4], scaleFit: values[5], hours: values[6],
                commute: values[7], availability: values[8], wishes: values[9])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidWeights)
            #expect(error.message.hasSuffix(message), "\(error.message)")
        }
    }

    @Test("weights round-trip through JSON, and decoding validates")
    func json() throws {
        let weights = try RankingWeights(
            version: 3, mustSkills: 12.5, mustCredentials: 7.5, niceSkills: 30, domainExperience: 10, workingLevel: 0,
            scaleFit: 10, hours: 5, commute: 10, availability: 5, wishes: 10)
        let data = try JSONEncoder().encode(weights)
        #expect(try JSONDecoder().decode(RankingWeights.self, from: data) == weights)
        let bad = Data(
            #"{"version":1,"mustSkills":50,"mustCredentials":5,"niceSkills":20,"domainExperience":10,"workingLevel":5,"scaleFit":10,"hours":5,"commute":10,"availability":5,"wishes":10}"#
                .utf8)
        #expect(throws: RankingError.self) { try JSONDecoder().decode(RankingWeights.self, from: bad) }
        let missing = Data(#"{"version":1,"mustSkills":100}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RankingWeights.self, from: missing) }
    }

    @Test("every result records the weights version; another profile changes the points")
    func resultsRecordVersion() throws {
        let weights = try RankingWeights(
            version: 7, mustSkills: 0, mustCredentials: 0, niceSkills: 0, domainExperience: 0, workingLevel: 0,
            scaleFit: 0, hours: 0, commute: 0, availability: 0, wishes: 100)
        var fixture = RankingFixture(seed: 5)
        let people = fixture.people(count: 40)
        let vacancy = fixture.vacancy(id: "v")
        let options = RankingOptions(includeIneligible: true, limit: nil)
        let results = try RankingEngine.rankPeople(
            for: vacancy, among: people, catalog: fixture.catalog, on: RankingFixture.referenceDay, viewer: .adviser(employer: "X"),
            options: options, weights: weights)
        #expect(results.allSatisfy { $0.weightsVersion == 7 })
        #expect(results.allSatisfy { [0, 25_00, 50_00, 75_00, 100_00].contains($0.score.hundredths) })
        let index = try RankingIndex(people: people, catalog: fixture.catalog)
        #expect(
            index.rankPeople(
                for: vacancy, on: RankingFixture.referenceDay, viewer: .adviser(employer: "X"), options: options, weights: weights)
                == results)
    }
}
