import GRDB
import KoppelEngine

extension KoppelStore {
    /// The reference data (employers, domains, skills, relations, titles, credentials, courses).
    public func catalog() throws -> Catalog {
        try pool.read { db in try Self.loadCatalog(db) }
    }

    /// The reference data, read inside the caller's transaction.
    static func loadCatalog(_ db: Database) throws -> Catalog {
        do {
            let employers = try Row.fetchAll(db, sql: "SELECT * FROM employer ORDER BY code").map { row in
                Employer(
                    id: row["code"], name: row["name"], kind: EmployerKind(rawValue: row["kind"]) ?? .gemeente,
                    seat: row["seat"], location: point(row["lat"], row["lon"]), cbsCode: row["cbs_code"], cao: row["cao"],
                    approxFTE: row["approx_fte"], dissolvedYear: row["dissolved_year"], provenance: row["provenance"])
            }
            let domains = try Row.fetchAll(db, sql: "SELECT * FROM domain ORDER BY code").map {
                Domain(id: $0["code"], nameNL: $0["name_nl"], nameEN: $0["name_en"])
            }
            let skills = try Row.fetchAll(db, sql: "SELECT * FROM skill ORDER BY id").map {
                Skill(id: $0["id"], labelNL: $0["label_nl"], labelEN: $0["label_en"], escoURI: $0["esco_uri"], domain: $0["domain"])
            }
            let relations = try Row.fetchAll(db, sql: "SELECT * FROM skill_relation ORDER BY from_skill, to_skill").map {
                SkillRelation(from: $0["from_skill"], to: $0["to_skill"], strength: $0["strength"])
            }
            let titles = try Row.fetchAll(db, sql: "SELECT * FROM job_title ORDER BY domain, title").map { row in
                JobTitle(
                    title: row["title"], domain: row["domain"], scaleMin: (row["scale_min"] as String?).flatMap(Scale.init),
                    scaleMax: (row["scale_max"] as String?).flatMap(Scale.init), nlqf: row["nlqf"], provenance: row["provenance"])
            }
            let credentials = try Row.fetchAll(db, sql: "SELECT * FROM credential_type ORDER BY id").map {
                CredentialType(id: $0["id"], name: $0["name"], validityYears: $0["validity_years"], domain: $0["domain"])
            }
            let courses = try Row.fetchAll(db, sql: "SELECT * FROM course ORDER BY id").map {
                Course(id: $0["id"], title: $0["title"], skill: $0["skill"], days: $0["days"])
            }
            return Catalog(
                employers: employers, domains: domains, skills: skills, relations: relations, jobTitles: titles,
                credentials: credentials, courses: courses)
        }
    }
}

/// A point when both coordinates are present.
func point(_ latitude: Double?, _ longitude: Double?) -> GeoPoint? {
    guard let latitude, let longitude else { return nil }
    return GeoPoint(latitude: latitude, longitude: longitude)
}
