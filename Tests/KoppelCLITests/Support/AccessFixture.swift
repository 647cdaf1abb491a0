import Foundation
import Koppel
@testable import KoppelDemo

/// A small generated database for the access-policy property test: a few employers, people of
/// whom about a third are discreet, vacancies at each employer, a trainee cohort, exchange
/// requests that want each other's seats, and stand-in offers with and without consents.
///
/// Built through the real binary (`koppel import`), from a seed, in a deterministic order.
struct AccessFixture {
    struct PersonRecord {
        var id: String
        var name: String
        var employer: String
        var discreet: Bool
        var trainee: String?
        var request: String?
        var offer: String?

        /// Every text that would reveal this person: ids of the profile, trainee record,
        /// exchange request and stand-in offer, and the display name.
        var revealing: [String] { [id, name] + [trainee, request, offer].compactMap { $0 } }
    }

    static let employers = ["ENS", "HGL", "ALM"]
    let directory: URL
    let database = "a.db"
    var people: [PersonRecord] = []
    var vacancies: [(id: String, employer: String)] = []
    let rotation = "c1-r1"

    init(seed: UInt64) throws {
        directory = temporaryDirectory()
        var random = DemoRandom(seed: seed)
        let first = ["Veerle", "Otto", "Zeynep", "Bram", "Anouk", "Sem", "Fleur", "Daan", "Noor", "Joris", "Lotte", "Mehmet"]
        let last = ["Verborgen", "Open", "Zichtbaar", "ter Horst", "Oude Elferink", "Nijhuis", "Demir", "Wielens"]
        let skills = ["nl:bag", "nl:bgt", "nl:woz"]
        for n in 1...24 {
            let employer = Self.employers[n % Self.employers.count]
            // Names unique and long enough never to occur by chance in other output.
            let name = "\(first[random.int(in: 0..<first.count)]) \(last[random.int(in: 0..<last.count)]) Q\(n)x"
            var person = PersonRecord(
                id: "ap\(String(format: "%03d", n))", name: name, employer: employer, discreet: n % 4 == 0 || random.chance(0.15))
            if n <= 8 { person.trainee = "at\(n)" }
            if n % 2 == 0 { person.request = "ax\(n)" }
            if n % 4 == 1 || n % 4 == 0 { person.offer = "as\(n)" }
            people.append(person)
        }
        var persons = ["id,display_name,employer,job_title,scale,hours_per_week,nlqf,home_lat,home_lon,max_commute_km,skills,domains,visibility,wish_moves"]
        for person in people {
            let held = skills.filter { _ in random.chance(0.7) }.map { "\($0)=\(random.int(in: 2...5))" }.joined(separator: "|")
            persons.append(
                "\(person.id),\(person.name),\(person.employer),Medewerker BAG,8,36,4,52.22,6.89,60,\(held),geo=\(random.int(in: 1...9)),"
                    + "\(person.discreet ? "discreet" : "public"),vacancy|swap|stand-in")
        }
        var vacancyRows = ["id,employer,title,domain,scale_min,scale_max,hours_min,hours_max,nlqf,lat,lon,start_date,must_skills,nice_skills"]
        for (e, employer) in Self.employers.enumerated() {
            for k in 1...2 {
                let id = "av\(e)\(k)"
                vacancies.append((id, employer))
                vacancyRows.append("\(id),\(employer),Medewerker BAG/BGT,geo,7,9,24,36,4,52.26,6.79,2027-02-01,\(k == 1 ? "nl:bag" : ""),nl:bgt|nl:woz")
            }
        }
        let trainees = people.filter { $0.trainee != nil }
        var placements = ["id,rotation,employer,title,capacity"]
        for (e, employer) in Self.employers.enumerated() { placements.append("apl\(e),\(rotation),\(employer),Traineeplek \(employer),2") }
        var traineeRankings = ["trainee,rotation,placements"]
        for trainee in trainees {
            var order = (0..<Self.employers.count).map { "apl\($0)" }
            random.shuffle(&order)
            traineeRankings.append("\(trainee.trainee!),\(rotation),\(order.joined(separator: "|"))")
        }
        // Requests want other requesters' seats, so cycles form, some through discreet people.
        let requesters = people.filter { $0.request != nil }
        var requests = ["id,person,kind,period_from,period_to,allow_scale_change,wants"]
        for person in requesters {
            let others = requesters.filter { $0.id != person.id && $0.employer != person.employer }
            let wants = random.sample(others, count: Swift.min(4, others.count)).map(\.id)
            requests.append("\(person.request!),\(person.id),swap,2027-01-01,2027-06-30,true,\(wants.joined(separator: "|"))")
        }
        var offers = ["id,person,hours_per_week,period_from,period_to,consent_employee,consent_lender,roles"]
        for person in people where person.offer != nil {
            offers.append("\(person.offer!),\(person.id),16,2027-01-01,2027-12-31,\(random.chance(0.8)),\(random.chance(0.8)),BAG-beheerder")
        }
        let files: [(String, [String])] = [
            ("persons", persons), ("vacancies", vacancyRows), ("cohorts", ["id,name,start", "c1,Cohort 1,2026-09-01"]),
            ("rotations", ["id,cohort,number,start,end", "\(rotation),c1,1,2027-01-01,2027-08-31"]),
            ("trainees", ["id,person,cohort"] + trainees.map { "\($0.trainee!),\($0.id),c1" }),
            ("placements", placements), ("trainee-rankings", traineeRankings), ("exchange-requests", requests),
            ("standin-offers", offers),
        ]
        try run(["init"])
        for (kind, lines) in files {
            let result = try KoppelBinary.run(
                ["import", kind, "-", "--db", database], in: directory, input: lines.joined(separator: "\n") + "\n")
            precondition(result.status == 0, "import \(kind): \(result.stderr)")
        }
    }

    /// Runs koppel on the fixture's database.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil) throws -> KoppelBinary.Result {
        try KoppelBinary.run(arguments + ["--db", database], in: directory, input: input)
    }

    /// The people `viewer` (as `--as` names it; nil for none) may not see.
    func hidden(from viewer: String?) -> [PersonRecord] {
        switch viewer {
        case "regional", "steward": []
        case let employer? where Self.employers.contains(employer): people.filter { $0.discreet && $0.employer == employer }
        default: people.filter(\.discreet)
        }
    }
}
