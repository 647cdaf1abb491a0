import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// The Twente demo looks like the Twente labour market.
@Suite struct DemoGeneratorDistributionTests {
    let demo = DemoTestData.twente
    let catalog = DemoSeedCatalog.catalog
    var staff: [Person] { demo.persons.filter { $0.jobTitle != DemoGenerator.traineeJobTitle } }

    func share(_ count: Int, of total: Int) -> Double { Double(count) / Double(total) }

    @Test func bigEmployersHaveMoreStaffAndNoaberkrachtEmploysDinkellandAndTubbergen() {
        let people = staff
        let enschede = people.filter { $0.employer == "ENS" }.count
        let borne = people.filter { $0.employer == "BRN" }.count
        #expect(enschede > 5 * borne, "ENS \(enschede), BRN \(borne)")
        #expect(borne > 0)
        #expect(!people.contains { ["DNK", "TUB", "RT"].contains($0.employer) })
        #expect(people.contains { $0.employer == "NBK" })
        // Roughly proportional to FTE: Enschede has 1,500 of about 6,300.
        #expect((0.19...0.28).contains(share(enschede, of: people.count)))
    }

    @Test func aboutOneInTenIsDiscreet() {
        let discreet = demo.persons.filter { $0.visibility == .discreet }.count
        #expect((0.08...0.12).contains(share(discreet, of: demo.persons.count)), "\(discreet)")
    }

    @Test func someProfilesHoldLittleMoreThanAName() {
        let sparse = demo.persons.filter {
            $0.jobTitle == nil && $0.skills.isEmpty && $0.home == nil && $0.scale == nil && $0.updatedAt == nil
                && $0.wishes.isEmpty && $0.domains.isEmpty && $0.credentials.isEmpty
        }
        #expect((0.03...0.07).contains(share(sparse.count, of: demo.persons.count)), "\(sparse.count)")
        #expect(sparse.allSatisfy { !$0.displayName.isEmpty && !$0.employer.isEmpty })
    }

    @Test func scalesAndWorkingLevelsFitTheJobTitle() {
        var checked = 0
        for person in staff {
            guard let titleName = person.jobTitle else { continue }
            let titles = catalog.jobTitles.filter { $0.title == titleName }
            #expect(!titles.isEmpty, "\(titleName) is not a catalog title")
            guard let title = titles.first(where: { $0.domain == person.domains.first?.domain }) else {
                Issue.record("\(person.id): title domain is not the first experience")
                continue
            }
            if let low = title.scaleMin, let high = title.scaleMax {
                #expect(
                    person.scale.map { low <= $0 && $0 <= high } ?? false,
                    "\(person.id) \(titleName) \(String(describing: person.scale))")
            } else {
                #expect(person.scale == nil, "\(titleName) has its own scales")
            }
            if let level = title.nlqf {
                #expect(person.nlqf == level || person.nlqf == level + 1)
            }
            checked += 1
        }
        #expect(checked > 18_000)
        for vacancy in demo.vacancies {
            let title = catalog.jobTitles.first { $0.title == vacancy.title && $0.domain == vacancy.domain }
            #expect(title?.scaleMin == vacancy.scaleMin && title?.scaleMax == vacancy.scaleMax)
        }
    }

    @Test func hoursAreMostlyFullTimeOrFourDays() {
        let hours = staff.compactMap(\.hoursPerWeek)
        #expect(hours.allSatisfy { [36, 32, 28, 24, 20, 16].contains($0) })
        #expect((0.40...0.50).contains(share(hours.filter { $0 == 36 }.count, of: hours.count)))
        #expect(staff.allSatisfy { $0.skills.isEmpty || (3...8).contains($0.skills.count) })
    }

    @Test func credentialsExpireInThePastAndWithinTheYear() {
        let expiries = demo.persons.flatMap(\.credentials).compactMap(\.expires)
        let today = demo.today
        #expect(expiries.filter { $0 < today }.count > 100)
        #expect(expiries.filter { $0 >= today && $0 <= today.adding(months: 12) }.count > 100)
        #expect(demo.persons.flatMap(\.credentials).contains { $0.expires == nil })
    }

    @Test func profilesWereUpdatedOverThreeYearsSomeLongAgo() {
        let today = demo.today
        let updated = demo.persons.compactMap(\.updatedAt)
        #expect(updated.allSatisfy { $0 <= today && $0 >= today.adding(months: -36) })
        let stale = updated.filter { $0 < today.adding(months: -24) }.count
        #expect((0.12...0.25).contains(share(stale, of: updated.count)))
        for person in demo.persons {
            if let consent = person.consentAt, let update = person.updatedAt { #expect(consent <= update) }
        }
    }

    @Test func homesAreInTwenteNearTheEmployer() {
        let towns = Set(DemoPlaces.twente.map(\.name))
        var distances: [Double] = []
        for person in demo.persons {
            guard let home = person.home else { continue }
            #expect(towns.contains(person.homePlace ?? ""))
            #expect((52.10...52.52).contains(home.latitude) && (6.35...7.10).contains(home.longitude))
            #expect((home.latitude * 10_000).rounded() / 10_000 == home.latitude, "4 decimals")
            if let seat = catalog.employer(person.employer)?.location, person.jobTitle != DemoGenerator.traineeJobTitle
            {
                distances.append(home.distanceKm(to: seat))
            }
        }
        let sorted = distances.sorted()
        #expect(sorted[sorted.count / 2] < 15, "median commute \(sorted[sorted.count / 2]) km")
        let commutes = demo.persons.compactMap(\.maxCommuteKm)
        #expect(commutes.allSatisfy { (10...60).contains($0) })
    }

    @Test func namesIncludeDiacriticsAndPrefixes() {
        let names = demo.persons.map(\.displayName)
        #expect(names.contains { $0.contains("ë") || $0.contains("ü") || $0.contains("ö") })
        #expect(names.contains { $0.contains("'") })
        #expect(names.contains { $0.hasPrefix("IJsbrand") })
    }

    @Test func wishesAreStatedByPartOfTheProfiles() {
        let withWishes = staff.filter { !$0.wishes.isEmpty }.count
        #expect((0.30...0.45).contains(share(withWishes, of: staff.count)))
        for person in staff {
            if let low = person.wishes.scaleMin, let high = person.wishes.scaleMax { #expect(low <= high) }
            if let low = person.wishes.hoursMin, let high = person.wishes.hoursMax {
                #expect(low <= high && high <= 40)
            }
        }
    }

    @Test func vacanciesHaveSkillsDatesAndTheEmployersSeat() {
        for vacancy in demo.vacancies {
            #expect((0...3).contains(vacancy.mustSkills.count))
            #expect(vacancy.niceSkills.allSatisfy { [1, 2, 3].contains($0.weight) })
            #expect(vacancy.opens! <= vacancy.closes! && vacancy.closes! < vacancy.startDate!)
            #expect(vacancy.hoursMin! <= vacancy.hoursMax! && vacancy.hoursMax! <= 36)
            #expect(vacancy.location == catalog.employer(vacancy.employer)?.location)
        }
        #expect(demo.vacancies.contains { $0.mustSkills.isEmpty })
        #expect(demo.vacancies.contains { !$0.mustCredentials.isEmpty })
        #expect(demo.vacancies.contains { $0.closes! < demo.today }, "some closed recently")
        #expect(
            demo.vacancies.filter { $0.employer == "ENS" }.count > demo.vacancies.filter { $0.employer == "BRN" }.count)
    }

    @Test func standInOffersFillThePoolRoles() {
        let roles = Set(demo.standInOffers.flatMap(\.roles))
        #expect(!roles.isDisjoint(with: ["BAG-beheerder", "WOZ-taxateur", "Medewerker burgerzaken", "Toezichthouder"]))
        let consenting = demo.standInOffers.filter { $0.consentEmployee }.count
        #expect(consenting >= demo.standInOffers.count * 3 / 4)
    }
}
