import Testing

@testable import KoppelEngine
@testable import KoppelDemo

/// Every id a dataset mentions exists, as the store's foreign keys will demand.
@Suite struct DemoGeneratorReferenceTests {
    let demo = DemoTestData.twente
    let catalog = DemoSeedCatalog.catalog

    var employerCodes: Set<String> { Set(catalog.employers.map(\.id)) }
    var skillIDs: Set<String> { Set(catalog.skills.map(\.id)) }
    var credentialIDs: Set<String> { Set(catalog.credentials.map(\.id)) }
    var domainCodes: Set<String> { Set(catalog.domains.map(\.id)) }

    @Test func employersExistAndAreActive() {
        let codes = employerCodes
        let used =
            demo.persons.map(\.employer) + demo.vacancies.map(\.employer) + demo.placements.map(\.employer)
            + demo.persons.flatMap(\.wishes.employers)
        for code in used {
            #expect(codes.contains(code), "\(code)")
            #expect(code != "RT", "Regio Twente is dissolved")
        }
        #expect(!demo.vacancies.contains { ["RT", "DNK", "TUB"].contains($0.employer) })
    }

    @Test func profilesReferToCatalogSkillsCredentialsAndDomains() {
        let (skills, credentials, domains) = (skillIDs, credentialIDs, domainCodes)
        for person in demo.persons {
            for skill in person.skills { #expect(skills.contains(skill.skill), "\(person.id) \(skill.skill)") }
            #expect(Set(person.skills.map(\.skill)).count == person.skills.count, "\(person.id) repeats a skill")
            #expect(person.skills.allSatisfy { (1...5).contains($0.level) })
            for credential in person.credentials { #expect(credentials.contains(credential.code)) }
            #expect(Set(person.credentials.map(\.code)).count == person.credentials.count)
            for experience in person.domains {
                #expect(domains.contains(experience.domain))
                #expect(experience.years > 0 && experience.years <= 60)
            }
            #expect(person.wishes.domains.allSatisfy(domains.contains))
            #expect(Set(person.wishes.domains).count == person.wishes.domains.count)
            #expect(Set(person.wishes.employers).count == person.wishes.employers.count)
            #expect(!person.wishes.employers.contains(person.employer))
        }
    }

    @Test func vacanciesAndPlacementsReferToTheCatalog() {
        let (skills, credentials, domains) = (skillIDs, credentialIDs, domainCodes)
        for vacancy in demo.vacancies {
            let all = vacancy.mustSkills + vacancy.niceSkills.map(\.skill)
            #expect(all.allSatisfy(skills.contains))
            #expect(Set(all).count == all.count, "\(vacancy.id) lists a skill twice")
            #expect(vacancy.mustCredentials.allSatisfy(credentials.contains))
            #expect(vacancy.domain.map(domains.contains) ?? false)
        }
        for placement in demo.placements {
            #expect(placement.skills.allSatisfy(skills.contains))
            #expect(placement.domain.map(domains.contains) ?? false)
            #expect(demo.rotations.contains { $0.id == placement.rotation })
        }
    }

    @Test func rankingsReferToPlacementsOfTheirOwnRotation() {
        let placementRotation = Dictionary(uniqueKeysWithValues: demo.placements.map { ($0.id, $0.rotation) })
        let traineeCohort = Dictionary(uniqueKeysWithValues: demo.trainees.map { ($0.id, $0.cohort) })
        let rotationCohort = Dictionary(uniqueKeysWithValues: demo.rotations.map { ($0.id, $0.cohort) })
        #expect(!demo.traineeRankings.isEmpty && !demo.hostRankings.isEmpty)
        for ranking in demo.traineeRankings {
            #expect(traineeCohort[ranking.owner] == rotationCohort[ranking.rotation])
            #expect(ranking.ranked.allSatisfy { placementRotation[$0] == ranking.rotation })
            #expect(Set(ranking.ranked).count == ranking.ranked.count)
        }
        for ranking in demo.hostRankings {
            #expect(placementRotation[ranking.owner] == ranking.rotation)
            #expect(ranking.ranked.allSatisfy { traineeCohort[$0] == rotationCohort[ranking.rotation] })
            #expect(Set(ranking.ranked).count == ranking.ranked.count)
        }
        for assignment in demo.assignments {
            #expect(placementRotation[assignment.placement] == assignment.rotation)
            #expect(traineeCohort[assignment.trainee] == rotationCohort[assignment.rotation])
        }
    }

    @Test func traineesAreProfilesOfTheirOwn() {
        let personIDs = Set(demo.persons.map(\.id))
        #expect(demo.trainees.allSatisfy { personIDs.contains($0.person) })
        #expect(Set(demo.trainees.map(\.person)).count == demo.trainees.count)
        #expect(demo.trainees.allSatisfy { trainee in demo.cohorts.contains { $0.id == trainee.cohort } })
    }

    @Test func exchangeWantsAreOtherRequestersOrVacancies() {
        let requesters = Set(demo.exchangeRequests.map(\.person))
        let vacancies = Set(demo.vacancies.map(\.id))
        let personIDs = Set(demo.persons.map(\.id))
        #expect(requesters.count == demo.exchangeRequests.count, "one request per person")
        for request in demo.exchangeRequests {
            #expect(personIDs.contains(request.person))
            #expect(!request.wants.isEmpty)
            #expect(!request.wants.contains(request.person), "\(request.id) wants its own seat")
            #expect(Set(request.wants).count == request.wants.count)
            for wanted in request.wants {
                #expect(requesters.contains(wanted) || vacancies.contains(wanted), "\(request.id) wants \(wanted)")
            }
            #expect(request.from > demo.today && request.from <= request.to)
        }
        #expect(demo.exchangeRequests.contains { $0.wants.contains(where: vacancies.contains) })
        #expect(Set(demo.exchangeRequests.map(\.kind)) == [.swap, .secondment])
    }

    @Test func standInOffersComeFromProfiles() {
        let personIDs = Set(demo.persons.map(\.id))
        for offer in demo.standInOffers {
            #expect(personIDs.contains(offer.person))
            #expect(!offer.roles.isEmpty && Set(offer.roles).count == offer.roles.count)
            #expect(offer.hoursPerWeek > 0 && offer.hoursPerWeek <= 40)
            #expect(offer.from >= demo.today && offer.from <= offer.to)
        }
        #expect(Set(demo.standInOffers.map(\.person)).count == demo.standInOffers.count)
    }
}
