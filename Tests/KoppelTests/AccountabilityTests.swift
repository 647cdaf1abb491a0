import Foundation
import GRDB
import Testing
@testable import Koppel

/// Impact audit, overrides, the register entry and the letter on the fixture's store.
@Suite struct AccountabilityTests {
    static let day = Day("2026-11-25")!

    func fixtureStore() throws -> KoppelStore {
        let store = try makeStore()
        try Fixture.load(into: store)
        return store
    }

    // MARK: impact audit

    @Test func impactAuditCountsWhatTheLogSaysAndKeepsNoLabel() throws {
        let store = try fixtureStore()
        let list = try store.rankCandidates(
            vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(includeIneligible: true, limit: 50), on: Self.day, actor: "a")
        try store.markCandidates(vacancyID: "v1", marks: ["p1": .contacted], viewer: .regionalAdviser, actor: "a")
        try store.acceptRound("c2026-r1", viewer: .regionalAdviser, actor: "a", reason: "the proposal is stable")
        let groups = try GroupFile.parse("person,groep\np1,A\np2,A\np3,A\np4,B\np5,B\n", file: "groups.csv")
        let run = try store.impactAudit(
            groups: groups, groupFileSHA256: "abc", from: nil, to: nil, top: 2, minimumGroupSize: 2, viewer: .auditor, actor: "auditor")
        // Expected by hand from the logged ranking: the first two eligible are shortlisted.
        let shortlisted = Set(list.results.filter(\.eligible).prefix(2).map(\.person))
        let rates = try #require(run.report.stages.first { $0.stage == .shortlisted }?.dimensions.first)
        #expect(rates.groups.map(\.selected) == [
            ["p1", "p2", "p3"].filter(shortlisted.contains).count, ["p4", "p5"].filter(shortlisted.contains).count,
        ])
        let contacted = try #require(run.report.stages.first { $0.stage == .contacted }?.dimensions.first)
        #expect(contacted.groups.map(\.selected) == [1, 0])
        let placed = try #require(run.report.stages.first { $0.stage == .placed }?.dimensions.first)
        #expect(placed.groups.map(\.selected) == [0, 1], "t1 (p4) is placed at pl2")
        // The audit run is logged with the file's hash and columns, without labels or subjects.
        let entry = try #require(try store.pool.read { try DecisionLog.entry(run.logID, in: $0) })
        #expect(entry.kind == "audit" && entry.inputHash == "abc" && entry.subjects.isEmpty)
        #expect(entry.params.contains("\"groep\"") && !entry.params.contains("\"A\"") && !entry.outcome.contains("\"A\""))
        // Only aggregates leave: no person id anywhere in the report.
        let json = try JSONOutput.encode(run)
        #expect(!["p1", "p2", "p3", "p4", "p5"].contains { json.contains("\"\($0)\"") })
        // Who may run it: the auditor and a regional adviser, nobody else.
        for viewer: Viewer in [.adviser(employer: "HGL"), .nobody, .dataSteward, .trainee(id: "t1", person: "p4")] {
            #expect(throws: StoreError.self) {
                try store.impactAudit(groups: groups, groupFileSHA256: "abc", from: nil, to: nil, viewer: viewer, actor: nil)
            }
        }
        #expect(throws: Never.self) {
            try store.impactAudit(groups: groups, groupFileSHA256: "abc", from: nil, to: nil, viewer: .regionalAdviser, actor: nil)
        }
    }

    @Test func groupFileErrorsNameFileLineAndField() throws {
        func message(_ text: String) -> String {
            do {
                _ = try GroupFile.parse(text, file: "g.csv")
                return ""
            } catch {
                return "\(error)"
            }
        }
        #expect(message("id,x\np1,a\n").contains("g.csv:1: field 'id': the first column must be 'person'"))
        #expect(message("person\np1\n").contains("g.csv:1: no group column"))
        #expect(message("person,x\np1,a\np1,b\n").contains("g.csv:3: field 'person': person 'p1' appears twice"))
        #expect(message("person,x\np1,a,b\n").contains("g.csv:2: 3 fields, the header has 2"))
        #expect(message("").contains("the group file is empty"))
        let semicolons = try GroupFile.parse("person;x;y\np1;a;\n", file: "g.csv")
        #expect(semicolons.columns == ["x", "y"] && semicolons.labels["p1"] == ["a", ""])
    }

    // MARK: overrides

    @Test func acceptingNeedsAReasonAndLogsIt() throws {
        let store = try fixtureStore()
        #expect { try store.acceptRound("c2026-r1", viewer: .regionalAdviser, actor: "a", reason: "  ") } throws: {
            ($0 as? StoreError)?.code == .invalidInput
        }
        try store.acceptRound("c2026-r1", viewer: .regionalAdviser, actor: "a", reason: "stabiel en besproken met de mentoren")
        let entry = try #require(try store.pool.read { try DecisionLog.entries(kind: "round-accept", in: $0) }.last)
        #expect(entry.params.contains(#""reason":"stabiel en besproken met de mentoren""#))
    }

    @Test func placingATraineeElsewhereIsAnOverrideOnRecord() throws {
        let store = try fixtureStore()
        #expect { try store.placeTrainee("t1", at: "pl1", rotation: "c2026-r1", viewer: .adviser(employer: "ENS"), actor: "a", reason: "x") } throws: {
            ($0 as? StoreError)?.code == .notAllowed
        }
        #expect { try store.placeTrainee("t1", at: "pl2", rotation: "c2026-r1", viewer: .regionalAdviser, actor: "a", reason: "x") } throws: {
            ($0 as? StoreError)?.code == .invalidInput
        }
        let placed = try store.placeTrainee("t1", at: "pl1", rotation: "c2026-r1", viewer: .regionalAdviser, actor: "mw.jansen", reason: "wens van de trainee")
        #expect(placed.replaced == "pl2")
        // pl1 has one place, now taken.
        #expect { try store.placeTrainee("t2", at: "pl1", rotation: "c2026-r1", viewer: .regionalAdviser, actor: "a", reason: "x") } throws: {
            ($0 as? StoreError)?.code == .invalidState
        }
        let entries = try store.pool.read { try DecisionLog.entries(kind: "override", in: $0) }
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry.actor == "mw.jansen" && entry.viewer == "regional" && entry.subjects == ["p4"])
        #expect(entry.params.contains(#""reason":"wens van de trainee""#) && entry.params.contains(#""employer":"ENS""#))
        let status = try store.pool.read { try String.fetchOne($0, sql: "SELECT status || ':' || placement FROM assignment WHERE trainee = 't1' AND rotation = 'c2026-r1'") }
        #expect(status == "final:pl1")
        // The audit counts it per adviser and per employer.
        let groups = AuditGroups(columns: ["g"], labels: [:])
        let run = try store.impactAudit(groups: groups, groupFileSHA256: "x", from: nil, to: nil, viewer: .auditor, actor: nil)
        #expect(run.overridesByAdviser == ["mw.jansen": 1] && run.overridesByEmployer == ["ENS": 1])
    }

    @Test func choosingACandidateBelowUnmarkedOnesNeedsAReason() throws {
        let store = try fixtureStore()
        let list = try store.rankCandidates(
            vacancyID: "v1", viewer: .regionalAdviser, options: RankingOptions(includeIneligible: false, limit: 50), on: Self.day, actor: "a")
        let eligible = list.results.filter(\.eligible).map(\.person)
        guard eligible.count >= 2 else {
            // The fixture has fewer than two eligible candidates: then nobody is passed over.
            try store.markCandidates(vacancyID: "v1", marks: [eligible.first ?? "p1": .contacted], viewer: .regionalAdviser, actor: "a")
            #expect(try store.pool.read { try DecisionLog.entries(kind: "override", in: $0) }.isEmpty)
            return
        }
        let last = eligible.last!
        #expect { try store.markCandidates(vacancyID: "v1", marks: [last: .contacted], viewer: .regionalAdviser, actor: "a") } throws: {
            ($0 as? StoreError)?.code == .invalidInput
        }
        try store.markCandidates(vacancyID: "v1", marks: [last: .contacted], viewer: .regionalAdviser, actor: "a", reason: "ervaring elders")
        let override = try #require(try store.pool.read { try DecisionLog.entries(kind: "override", in: $0) }.last)
        #expect(override.subjects == [last] && override.outcome.contains("\"passedOver\":\(eligible.count - 1)"))
        // The first candidate is not an override.
        try store.markCandidates(vacancyID: "v1", marks: [eligible[0]: .contacted], viewer: .regionalAdviser, actor: "a")
        #expect(try store.pool.read { try DecisionLog.entries(kind: "override", in: $0) }.count == 1)
    }

    // MARK: register

    @Test func registerEntryConformsAndTheCheckCatchesEveryBreach() throws {
        let store = try fixtureStore()
        let entry = try store.registerEntry(
            organisation: "ENS", contact: "privacy@enschede.nl", website: nil, since: "2026-12", viewer: .regionalAdviser, actor: "a")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(entry.json.utf8)) as? [String: Any])
        let standard = RegisterStandard.v1
        #expect(standard.fields.count == 29)
        #expect(standard.problems(object).isEmpty)
        for field in standard.fields where field.required { #expect(object[field.key] != nil, "\(field.key)") }
        #expect(object["organization"] as? String == "Gemeente Enschede")
        #expect((object["source_data"] as? String)?.contains("Weging versie 1") == true)
        var long = object
        long["name"] = String(repeating: "x", count: 101)
        #expect(standard.problems(long) == ["field 'name' (Naam) has 101 characters, at most 100 allowed"])
        var missing = object
        missing["contact_email"] = nil
        #expect(standard.problems(missing) == ["field 'contact_email' (Contactgegevens) is required and missing"])
        var wrong = object
        wrong["status"] = "Actief"
        wrong["category"] = ["Werk", "Recht", "Zorg en gezondheid", "Wonen"]
        wrong["begin_date"] = "2026-13"
        wrong["unknown"] = "x"
        #expect(standard.problems(wrong).count == 4)
        #expect(throws: StoreError.self) {
            try store.registerEntry(organisation: "NOPE", contact: "a@b.nl", website: nil, since: nil, viewer: .regionalAdviser, actor: nil)
        }
        #expect { try store.registerEntry(organisation: "ENS", contact: "a@b.nl", website: "http://x", since: nil, viewer: .regionalAdviser, actor: nil) } throws: {
            ($0 as? StoreError)?.message.contains("website") == true
        }
    }

    // MARK: letter

    @Test func letterExplainsAndItsCounterfactualHoldsWhenRankedAgain() throws {
        let store = try fixtureStore()
        let options = RankingOptions(includeIneligible: false, limit: 1)
        let list = try store.rankCandidates(vacancyID: "v1", viewer: .regionalAdviser, options: options, on: Self.day, actor: "mw.jansen")
        let letter = try store.personLetter("p3", logID: list.logID, language: .nl, viewer: .regionalAdviser, actor: "mw.jansen")
        #expect(!letter.onShortlist)
        #expect(letter.text.contains("Beste Jöbsis, Ëlla,") && letter.text.contains("mw.jansen") && letter.text.contains("bezwaar"))
        #expect(letter.text.contains("Noem het nummer \(list.logID)."))
        let people = try store.persons(), catalog = try store.catalog(), weights = try store.currentWeights()
        let vacancy = try #require(try store.pool.read { try KoppelStore.loadVacancies($0, where: ("id = 'v1'", [])) }.first)
        let person = try #require(people.first { $0.id == "p3" })
        if !letter.changes.isEmpty {
            let changed = letter.changes.reduce(person) { $1.applied(to: $0) }
            let again = try RankingEngine.rankPeople(
                for: vacancy, among: people.map { $0.id == "p3" ? changed : $0 }, catalog: catalog, on: Self.day,
                viewer: .regionalAdviser, options: options, weights: weights)
            #expect(again.map(\.person) == ["p3"], "with \(letter.changes) p3 tops the list of one")
            #expect(letter.text.contains("Wat had u op de korte lijst gezet?"))
        } else {
            #expect(letter.text.contains("Geen kleine verandering"))
        }
        let logged = try #require(try store.pool.read { try DecisionLog.entries(kind: "letter", in: $0) }.last)
        #expect(logged.subjects == ["p3"] && logged.actor == "mw.jansen")
        // English, and only for a viewer who may see the person and the vacancy's decisions.
        let english = try store.personLetter("p3", logID: list.logID, language: .en, viewer: .dataSteward, actor: "dpo")
        #expect(english.text.hasPrefix("About a decision\n\nDear Jöbsis, Ëlla,"))
        #expect { try store.personLetter("p3", logID: list.logID, viewer: .adviser(employer: "ENS"), actor: "a") } throws: {
            ($0 as? StoreError)?.code == .notAllowed
        }
        #expect { try store.personLetter("p2", logID: list.logID, viewer: .adviser(employer: "HGL"), actor: "a") } throws: {
            ($0 as? StoreError)?.code == .notFound
        }
        #expect { try store.personLetter("p3", logID: 999, viewer: .regionalAdviser, actor: "a") } throws: {
            ($0 as? StoreError)?.code == .notFound
        }
    }
}
