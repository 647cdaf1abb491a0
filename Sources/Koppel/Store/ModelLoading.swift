import GRDB
import KoppelEngine

extension KoppelStore {
    /// Every profile with its skills, credentials, domains and wishes, ordered by id.
    public func persons() throws -> [Person] {
        try pool.read { db in try Self.loadPersons(db, where: nil) }
    }

    /// One profile, or nil when there is none with this id.
    public func person(_ id: String) throws -> Person? {
        try pool.read { db in try Self.loadPersons(db, where: ("id = ?", [id])).first }
    }

    /// Every vacancy (optionally only open ones) with its skills and credentials, ordered by id.
    public func vacancies(openOnly: Bool = false) throws -> [Vacancy] {
        try pool.read { db in try Self.loadVacancies(db, where: openOnly ? ("status = 'open'", []) : nil) }
    }

    /// One vacancy, or nil when there is none with this id.
    public func vacancy(_ id: String) throws -> Vacancy? {
        try pool.read { db in try Self.loadVacancies(db, where: ("id = ?", [id])).first }
    }

    static func loadPersons(_ db: Database, where filter: (String, StatementArguments)?) throws -> [Person] {
        let condition = filter.map { "WHERE \($0.0)" } ?? ""
        let arguments = filter?.1 ?? []
        var people: [Person] = []
        var index: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM person \(condition) ORDER BY id", arguments: arguments)
        while let row = try rows.next() {
            let wishes = Wishes(
                scaleMin: (row["wish_scale_min"] as String?).flatMap(Scale.init),
                scaleMax: (row["wish_scale_max"] as String?).flatMap(Scale.init),
                hoursMin: row["wish_hours_min"], hoursMax: row["wish_hours_max"])
            let person = Person(
                id: row["id"], displayName: row["display_name"], employer: row["employer"], jobTitle: row["job_title"],
                scale: (row["scale"] as String?).flatMap(Scale.init), hoursPerWeek: row["hours_per_week"], nlqf: row["nlqf"],
                homePlace: row["home_place"], home: point(row["home_lat"], row["home_lon"]),
                maxCommuteKm: row["max_commute_km"], wishes: wishes,
                availableFrom: (row["available_from"] as String?).flatMap(Day.init),
                visibility: Visibility(rawValue: row["visibility"]) ?? .discreet,
                consentAt: (row["consent_at"] as String?).flatMap(Day.init),
                updatedAt: (row["updated_at"] as String?).flatMap(Day.init))
            index[person.id] = people.count
            people.append(person)
        }
        guard !people.isEmpty else { return [] }
        let owned = filter == nil ? "" : "WHERE person IN (SELECT id FROM person \(condition))"
        func each(_ sql: String, _ body: (inout Person, Row) -> Void) throws {
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                if let position = index[row[0]] { body(&people[position], row) }
            }
        }
        try each("SELECT person, skill, level FROM person_skill \(owned) ORDER BY person, skill") {
            $0.skills.append(PersonSkill(skill: $1[1], level: $1[2]))
        }
        try each("SELECT person, credential, expires FROM person_credential \(owned) ORDER BY person, credential") {
            $0.credentials.append(Credential(code: $1[1], expires: ($1[2] as String?).flatMap(Day.init)))
        }
        try each("SELECT person, domain, years FROM person_domain \(owned) ORDER BY person, domain") {
            $0.domains.append(DomainExperience(domain: $1[1], years: $1[2]))
        }
        try each("SELECT person, kind, value FROM person_wish \(owned) ORDER BY person, kind, value") { person, row in
            let value: String = row[2]
            switch row[1] as String {
            case "domain": person.wishes.domains.append(value)
            case "employer": person.wishes.employers.append(value)
            default: if let move = MoveKind(rawValue: value) { person.wishes.moves.append(move) }
            }
        }
        return people
    }

    static func loadVacancies(_ db: Database, where filter: (String, StatementArguments)?) throws -> [Vacancy] {
        let condition = filter.map { "WHERE \($0.0)" } ?? ""
        let arguments = filter?.1 ?? []
        var vacancies: [Vacancy] = []
        var index: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM vacancy \(condition) ORDER BY id", arguments: arguments) {
            let vacancy = Vacancy(
                id: row["id"], employer: row["employer"], title: row["title"], domain: row["domain"],
                scaleMin: (row["scale_min"] as String?).flatMap(Scale.init),
                scaleMax: (row["scale_max"] as String?).flatMap(Scale.init),
                hoursMin: row["hours_min"], hoursMax: row["hours_max"], nlqf: row["nlqf"], place: row["place"],
                location: point(row["lat"], row["lon"]), opens: (row["opens"] as String?).flatMap(Day.init),
                closes: (row["closes"] as String?).flatMap(Day.init),
                startDate: (row["start_date"] as String?).flatMap(Day.init), description: row["description"])
            index[vacancy.id] = vacancies.count
            vacancies.append(vacancy)
        }
        guard !vacancies.isEmpty else { return [] }
        let owned = filter == nil ? "" : "WHERE vacancy IN (SELECT id FROM vacancy \(condition))"
        for row in try Row.fetchAll(db, sql: "SELECT vacancy, skill, must, weight FROM vacancy_skill \(owned) ORDER BY vacancy, skill", arguments: arguments) {
            guard let position = index[row[0]] else { continue }
            if row[2] as Int == 1 {
                vacancies[position].mustSkills.append(row[1])
            } else {
                vacancies[position].niceSkills.append(WeightedSkill(skill: row[1], weight: row[3]))
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT vacancy, credential FROM vacancy_credential \(owned) ORDER BY vacancy, credential", arguments: arguments) {
            if let position = index[row[0]] { vacancies[position].mustCredentials.append(row[1]) }
        }
        return vacancies
    }
}
