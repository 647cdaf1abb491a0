import Foundation
import GRDB
import GRDBSQLite
import KoppelEngine

extension KoppelStore {
    /// Every profile with its skills, credentials, domains and wishes, ordered by id.
    ///
    /// Read with SQLite's C interface by column position, list rows joined to their profile by
    /// walking both in id order, and repeated texts (employers, skills, domains, job titles,
    /// places …) shared rather than copied: at a million profiles this loads several times
    /// faster and holds about half the memory of the general loader, with equal values. One
    /// thread steps SQLite while the calling one builds the profiles (see ``RowPipeline``).
    public func persons() throws -> [Person] {
        try pool.read { db in
            var loader = PersonBulkLoader(db)
            return try loader.load()
        }
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

/// Loads every profile in one pass per table; see ``KoppelStore/persons()``.
///
/// A ``RowPipeline`` steps the five queries on a second core while this thread builds the
/// profiles from the copied rows (stepping SQLite was nearly half of the load).
struct PersonBulkLoader {
    let db: Database
    /// Rows per batch handed between the threads (small values are for tests).
    let batchRows: Int
    private var texts = TextInterner()

    init(_ db: Database, batchRows: Int = 512) {
        self.db = db
        self.batchRows = batchRows
    }

    /// The statements' order in the pipeline.
    private enum Table: Int {
        case person, skill, credential, domain, wish
    }

    mutating func load() throws -> [Person] {
        var people: [Person] = []
        // Reserve from the row count, so a million profiles are not copied while growing.
        people.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM person") ?? 0)
        let main = try db.makeStatement(sql: """
            SELECT id, display_name, employer, job_title, scale, hours_per_week, nlqf, home_place, home_lat, home_lon,
                   max_commute_km, wish_scale_min, wish_scale_max, wish_hours_min, wish_hours_max, available_from,
                   visibility, consent_at, updated_at
            FROM person ORDER BY id
            """)
        let pipeline = RowPipeline(db, [
            (main, [.text, .text, .text, .text, .text, .real, .integer, .text, .real, .real,
                    .real, .text, .text, .real, .real, .text,
                    .text, .text, .text]),
            (try db.makeStatement(sql: "SELECT person, skill, level FROM person_skill ORDER BY person, skill"),
             [.text, .text, .integer]),
            (try db.makeStatement(sql: "SELECT person, credential, expires FROM person_credential ORDER BY person, credential"),
             [.text, .text, .text]),
            (try db.makeStatement(sql: "SELECT person, domain, years FROM person_domain ORDER BY person, domain"),
             [.text, .text, .real]),
            (try db.makeStatement(sql: "SELECT person, kind, value FROM person_wish ORDER BY person, kind, value"),
             [.text, .text, .text]),
        ], batchRows: batchRows)
        // The connection is the pipeline's until it stopped, also when this throws.
        defer { pipeline.stop() }
        var scales: [String: Scale?] = [:]
        func scale(_ text: String?) -> Scale? {
            guard let text else { return nil }
            if let known = scales[text] { return known }
            let parsed = Scale(text)
            scales[text] = parsed
            return parsed
        }
        var owners: OwnerCursor?
        var table = Table.person
        while let batch = try pipeline.next() {
            let batchTable = Table(rawValue: batch.statement)!
            if batchTable != .person {
                // List rows come after every profile; each list table walks the profiles from the start.
                if owners == nil { owners = OwnerCursor(people: people) }
                if batchTable != table { owners!.rewind() }
            }
            table = batchTable
            let b = batch
            switch table {
            case .person:
                for r in 0..<b.rows {
                    let wishes = Wishes(
                        scaleMin: scale(texts.optional(b, r, 11)), scaleMax: scale(texts.optional(b, r, 12)),
                        hoursMin: double(b, r, 13), hoursMax: double(b, r, 14))
                    people.append(Person(
                        id: String(decoding: b.text(r, 0), as: UTF8.self), displayName: String(decoding: b.text(r, 1), as: UTF8.self),
                        employer: texts.shared(b.text(r, 2)), jobTitle: texts.optional(b, r, 3),
                        scale: scale(texts.optional(b, r, 4)), hoursPerWeek: double(b, r, 5), nlqf: integer(b, r, 6),
                        homePlace: texts.optional(b, r, 7), home: point(double(b, r, 8), double(b, r, 9)),
                        maxCommuteKm: double(b, r, 10), wishes: wishes,
                        availableFrom: day(b, r, 15),
                        visibility: Visibility(rawValue: texts.shared(b.text(r, 16))) ?? .discreet,
                        consentAt: day(b, r, 17),
                        updatedAt: day(b, r, 18)))
                }
            // Lists are appended in place; `people` is uniquely referenced here.
            case .skill:
                for r in 0..<b.rows {
                    guard let at = owners!.position(b.text(r, 0)) else { continue }
                    people[at].skills.append(PersonSkill(skill: texts.shared(b.text(r, 1)), level: Int(b.integer(r, 2))))
                }
            case .credential:
                for r in 0..<b.rows {
                    guard let at = owners!.position(b.text(r, 0)) else { continue }
                    people[at].credentials.append(Credential(code: texts.shared(b.text(r, 1)), expires: day(b, r, 2)))
                }
            case .domain:
                for r in 0..<b.rows {
                    guard let at = owners!.position(b.text(r, 0)) else { continue }
                    people[at].domains.append(DomainExperience(domain: texts.shared(b.text(r, 1)), years: b.real(r, 2)))
                }
            case .wish:
                for r in 0..<b.rows {
                    guard let at = owners!.position(b.text(r, 0)) else { continue }
                    let value = texts.shared(b.text(r, 2))
                    switch texts.shared(b.text(r, 1)) {
                    case "domain": people[at].wishes.domains.append(value)
                    case "employer": people[at].wishes.employers.append(value)
                    default: if let move = MoveKind(rawValue: value) { people[at].wishes.moves.append(move) }
                    }
                }
            }
            pipeline.recycle(batch)
        }
        return people
    }
}

/// Finds the profile a list row belongs to: list rows come ordered by person, profiles by id,
/// both in SQLite's byte order, so the owner is the current profile or a later one.
private struct OwnerCursor {
    /// The ids only: holding the profiles would make every list append copy the array.
    let ids: [String]
    var position = 0
    /// Only built if a row is ever out of order (it never is for rows from ORDER BY).
    var byID: [String: Int]?

    init(people: [Person]) { ids = people.map(\.id) }

    mutating func rewind() { position = 0 }

    /// The owner's position, nil for a row whose profile was not loaded (skipped, as before).
    mutating func position(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var at = position
        while at < ids.count {
            if equal(ids[at], bytes) {
                position = at
                return at
            }
            at += 1
        }
        // Not found ahead: look it up (cannot happen with foreign keys and ORDER BY).
        if byID == nil { byID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
        guard let found = byID![String(decoding: bytes, as: UTF8.self)] else { return nil }
        position = found
        return found
    }

    private func equal(_ id: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var id = id
        return id.withUTF8 { sameBytes($0, bytes) }
    }
}

/// Shares one `String` per distinct text (employer codes, skill ids, job titles …), so a
/// million profiles do not hold a million copies of the same few hundred texts.
///
/// An open-addressing table on an FNV-1a hash of the bytes: no `String` is made to look a
/// text up, and no SipHash runs for the tens of millions of lookups a national load makes.
private struct TextInterner {
    private var hashes: [UInt64] = Array(repeating: 0, count: 1024)
    private var texts: [String?] = Array(repeating: nil, count: 1024)
    private var count = 0

    mutating func shared(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while let candidate = texts[slot] {
            if hashes[slot] == hash {
                var candidate = candidate
                if candidate.withUTF8({ sameBytes($0, bytes) }) { return candidate }
            }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        hashes[slot] = hash
        texts[slot] = text
        count += 1
        if count * 2 > hashes.count { grow() }
        return text
    }

    /// The shared text of a batch's text column, nil for NULL.
    mutating func optional(_ batch: RowBatch, _ row: Int, _ column: Int) -> String? {
        batch.isNull(row, column) ? nil : shared(batch.text(row, column))
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldTexts = texts
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        texts = Array(repeating: nil, count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for index in oldTexts.indices {
            guard let text = oldTexts[index] else { continue }
            let hash = oldHashes[index]
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while texts[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = hash
            texts[slot] = text
        }
    }
}

private func double(_ batch: RowBatch, _ row: Int, _ column: Int) -> Double? {
    batch.isNull(row, column) ? nil : batch.real(row, column)
}

private func integer(_ batch: RowBatch, _ row: Int, _ column: Int) -> Int? {
    batch.isNull(row, column) ? nil : Int(batch.integer(row, column))
}

/// The column's day, parsed from its bytes without making a `String`.
private func day(_ batch: RowBatch, _ row: Int, _ column: Int) -> Day? {
    batch.isNull(row, column) ? nil : Day(utf8: batch.text(row, column))
}

/// Whether two byte buffers hold the same bytes.
private func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard a.count > 0, let left = a.baseAddress, let right = b.baseAddress else { return true }
    return memcmp(left, right, a.count) == 0
}
