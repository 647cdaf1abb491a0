import Foundation
import KoppelEngine
import Testing

/// Readable examples: what an adviser sees for a BAG administrator vacancy in Enschede.
@Suite("Ranking examples")
struct RankingExampleTests {
    static let day = Day("2026-05-01")!

    static let catalog = Catalog(
        domains: [Domain(id: "bag-woz", nameNL: "BAG/WOZ", nameEN: "Addresses and property valuation")],
        skills: [
            Skill(id: "nl:bag", labelNL: "BAG-beheer", labelEN: "BAG administration", escoURI: nil, domain: "bag-woz"),
            Skill(id: "nl:woz", labelNL: "WOZ-taxatie", labelEN: "WOZ valuation", escoURI: nil, domain: "bag-woz"),
            Skill(id: "nl:gis", labelNL: "GIS", labelEN: "GIS", escoURI: nil, domain: "bag-woz"),
            Skill(id: "nl:brk", labelNL: "Kadaster (BRK)", labelEN: "Land registry", escoURI: nil, domain: "bag-woz"),
            Skill(id: "nl:topo", labelNL: "Topografie", labelEN: "Topography", escoURI: nil, domain: "bag-woz"),
        ],
        relations: [SkillRelation(from: "nl:topo", to: "nl:gis", strength: 0.6)],
        credentials: [CredentialType(id: "vca", name: "VCA Basis", validityYears: 10, domain: nil)],
        courses: [
            Course(id: "ts-bag-1", title: "BAG voor beheerders", skill: "nl:bag", days: 3),
            Course(id: "ts-bag-2", title: "BAG in één dag", skill: "nl:bag", days: 1),
            Course(id: "ts-gis", title: "GIS basis", skill: "nl:gis", days: 2),
        ])

    static let vacancy = Vacancy(
        id: "v-ens-12", employer: "ENS", title: "Medewerker BAG", domain: "bag-woz", scaleMin: Scale("9"),
        scaleMax: Scale("10"), hoursMin: 32, hoursMax: 36, nlqf: 5, mustSkills: ["nl:bag", "nl:woz"],
        niceSkills: [WeightedSkill(skill: "nl:gis", weight: 2), WeightedSkill(skill: "nl:brk", weight: 1)],
        place: "Enschede", location: GeoPoint(latitude: 52.2215, longitude: 6.8937),
        startDate: Day("2026-09-01")!)

    /// From Hengelo, 8 km away; scale 9, 36 hours, wants BAG/WOZ work at Enschede.
    static let anna = Person(
        id: "p-anna", displayName: "Anna Nijhuis", employer: "HGL", jobTitle: "Medewerker Basisregistraties",
        scale: Scale("9"), hoursPerWeek: 36, nlqf: 5,
        skills: [PersonSkill(skill: "nl:bag", level: 4), PersonSkill(skill: "nl:woz"), PersonSkill(skill: "nl:topo")],
        domains: [DomainExperience(domain: "bag-woz", years: 3.5)], homePlace: "Hengelo",
        home: GeoPoint(latitude: 52.2658, longitude: 6.7931), maxCommuteKm: 30,
        wishes: Wishes(domains: ["bag-woz"], employers: ["ENS"], moves: [.vacancy]),
        availableFrom: Day("2026-08-01")!)

    func score(_ person: Person, options: RankingOptions = RankingOptions()) -> RankingResult {
        RankingEngine.score(
            person, for: Self.vacancy, catalog: Self.catalog, on: Self.day, viewer: .adviser(employer: "TWK"), options: options)!
    }

    @Test("a good candidate: every component explained in the data's own terms")
    func goodCandidateExplained() {
        let result = score(Self.anna)
        let details = result.components.map { "\($0.criterion.rawValue): \($0.points)/\($0.max) \($0.detail)" }
        #expect(
            details == [
                "mustSkills: 20.00/20.00 2 of 2 must-have skills",
                "mustCredentials: 0.00/5.00 no data: the vacancy requires no credentials",
                "niceSkills: 8.00/20.00 0 of 2 nice-to-have skills (weighted credit 40 %); related: GIS via Topografie (60 %); missing: Kadaster (BRK)",
                "domainExperience: 7.00/10.00 3.5 years in BAG/WOZ (full points from 5 years)",
                "workingLevel: 5.00/5.00 NLQF 5, vacancy requires 5",
                "scaleFit: 10.00/10.00 scale 9 within vacancy 9–10",
                "hours: 5.00/5.00 works 36 h/week, vacancy 32–36 h/week: overlap 36 h/week",
                "commute: 7.18/10.00 Hengelo → Enschede: commute 8.4 km, limit 30 km (straight line)",
                "availability: 5.00/5.00 available from 2026-08-01, start 2026-09-01",
                "wishes: 7.50/10.00 3 of 4 wishes met: domain BAG/WOZ wished; employer ENS wished; scale: no wish; open to vacancies",
            ])
        #expect(result.score.description == "74.68")
        #expect(result.eligible)
        #expect(result.reasons.isEmpty)
        #expect(result.flags.isEmpty)
    }

    @Test("a weak candidate: every failed must-have has a reason code")
    func weakCandidateReasons() {
        var bert = Self.anna
        bert.id = "p-bert"
        bert.skills = [PersonSkill(skill: "nl:woz")]
        bert.scale = Scale("13")
        bert.nlqf = 4
        bert.hoursPerWeek = 24
        bert.home = GeoPoint(latitude: 52.5168, longitude: 6.0830)  // Zwolle
        bert.homePlace = "Zwolle"
        bert.availableFrom = Day("2026-12-01")
        let result = score(bert, options: RankingOptions(maxKm: 40))
        #expect(!result.eligible)
        #expect(
            result.reasons == [
                RankingReason(code: .missingMustSkill, subject: "nl:bag"),
                RankingReason(code: .workingLevelBelowRequired),
                RankingReason(code: .noHoursOverlap),
                RankingReason(code: .commuteBeyondLimit),
                RankingReason(code: .beyondMaxKm),
                RankingReason(code: .notAvailableByStart),
            ])
        #expect(result.flags == [.farBelowCurrentScale])
        #expect(result.component(.mustSkills)!.detail == "1 of 2 must-have skills; missing: BAG-beheer")
        #expect(result.component(.scaleFit)!.detail == "more than 2 scales below current (scale 13 → vacancy 9–10)")
        #expect(
            result.component(.commute)!.detail
                == "Zwolle → Enschede: commute 64.1 km, beyond the limit of 30 km (straight line); beyond the search radius of 40 km"
        )
        #expect(
            result.component(.availability)!.detail
                == "available from 2026-12-01, 91 days after start 2026-09-01: beyond the 60-day grace")
        #expect(result.componentSum == result.score.hundredths)
    }

    @Test("one step up is a career move; late within the grace earns part of the points")
    func careerMoveAndGrace() {
        var cas = Self.anna
        cas.scale = Scale("8")
        cas.availableFrom = Day("2026-09-16")
        let result = score(cas)
        #expect(result.eligible)
        #expect(result.flags == [.careerMove])
        #expect(result.component(.scaleFit)!.detail == "career move: one step up (scale 8 → vacancy 9–10)")
        #expect(result.component(.scaleFit)!.points.description == "8.00")
        #expect(
            result.component(.availability)!.detail
                == "available from 2026-09-16, 15 days after start 2026-09-01 (grace 60 days)")
        #expect(result.component(.availability)!.points.description == "3.77")
    }

    @Test("an expired credential is named with its last valid day")
    func expiredCredentialDetail() {
        var vacancy = Self.vacancy
        vacancy.mustCredentials = ["vca"]
        var dirk = Self.anna
        dirk.credentials = [Credential(code: "vca", expires: Day("2026-03-31"))]
        let result = RankingEngine.score(
            dirk, for: vacancy, catalog: Self.catalog, on: Self.day, viewer: .adviser(employer: "TWK"))!
        #expect(result.reasons == [RankingReason(code: .expiredMustCredential, subject: "vca")])
        #expect(
            result.component(.mustCredentials)!.detail
                == "0 of 1 required credentials valid on 2026-05-01; expired: VCA Basis (2026-03-31)")
    }

    @Test("gaps list missing skills with the shortest Twentse School course")
    func gapsWithCourses() throws {
        var eva = Self.anna
        eva.skills = [PersonSkill(skill: "nl:woz"), PersonSkill(skill: "nl:topo")]
        var vacancy = Self.vacancy
        vacancy.mustCredentials = ["vca"]
        let gaps = RankingEngine.gaps(
            for: eva, vacancy: vacancy, catalog: Self.catalog, on: Self.day, viewer: .adviser(employer: "TWK"))!
        #expect(gaps.skills.map(\.skill) == ["nl:bag", "nl:gis", "nl:brk"])
        #expect(gaps.skills.map(\.kind) == [.must, .nice, .nice])
        #expect(gaps.skills.map { $0.course?.id } == ["ts-bag-2", "ts-gis", nil])
        #expect(gaps.skills[1].relatedHeld == "nl:topo")
        #expect(gaps.skills[1].weight == 2)
        #expect(
            gaps.credentials == [RankingCredentialGap(code: "vca", name: "VCA Basis", status: .missing, expired: nil)])
        let json = String(decoding: try JSONEncoder().encode(gaps), as: UTF8.self)
        #expect(json.contains(#""kind":"must""#))
        #expect(json.contains(#""course":{"#))
        // Not visible: a discreet profile for an adviser of its own employer.
        eva.visibility = .discreet
        #expect(
            RankingEngine.gaps(for: eva, vacancy: vacancy, catalog: Self.catalog, on: Self.day, viewer: .adviser(employer: "HGL"))
                == nil)
    }

    @Test("JSON: stable keys, points with at most two decimals, and a round trip")
    func jsonShape() throws {
        let result = score(Self.anna)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "person", "vacancy", "score", "eligible", "reasons", "flags", "weightsVersion", "components",
            ])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""score":74.68"#))
        #expect(text.contains(
            #"{"criterion":"mustSkills","detail":"2 of 2 must-have skills","facts":{"held":2,"missing":0,"required":2},"hasData":true,"max":20,"points":20}"#))
        #expect(text.contains(#""detail":"no data: the vacancy requires no credentials","facts":{"required":0},"hasData":false"#))
        #expect(try JSONDecoder().decode(RankingResult.self, from: data) == result)

        let failing = try encoder.encode(RankingReason(code: .missingMustSkill, subject: "nl:bag"))
        #expect(String(decoding: failing, as: UTF8.self) == #"{"code":"missingMustSkill","subject":"nl:bag"}"#)
        #expect(
            String(decoding: try encoder.encode(RankingReason(code: .noHoursOverlap)), as: UTF8.self)
                == #"{"code":"noHoursOverlap"}"#)
    }

    @Test("the index gives the same shortlist, explained the same way")
    func indexExample() throws {
        var bert = Self.anna
        bert.id = "p-bert"
        bert.displayName = "Bert"
        bert.skills.removeLast()  // no Topografie: no related credit for GIS
        var discreet = Self.anna
        discreet.id = "p-cor"
        discreet.employer = "TWK"
        discreet.visibility = .discreet
        let people = [bert, Self.anna, discreet]
        let index = try RankingIndex(people: people, catalog: Self.catalog)
        let fast = index.rankPeople(for: Self.vacancy, on: Self.day, viewer: .adviser(employer: "TWK"))
        #expect(fast.map(\.person) == ["p-anna", "p-bert"])
        #expect(fast.map(\.score.description) == ["74.68", "66.68"])
        #expect(fast.first == score(Self.anna))
        #expect(
            index.rankPeople(for: Self.vacancy, on: Self.day, viewer: .adviser(employer: "ENS")).map(\.person) == [
                "p-anna", "p-cor", "p-bert",
            ])
        #expect(
            index.rankPeople(for: Self.vacancy, on: Self.day, viewer: .nobody).map(\.person) == ["p-anna", "p-bert"])
    }
}
