import KoppelEngine

/// The reference catalog built from the embedded seed copies, for the demo-generator tests.
enum DemoSeedCatalog {
    /// The full catalog (employers, domains, skills, relations, job titles, credentials).
    static let catalog: Catalog = {
        do { return try build() } catch { fatalError("seed fixtures do not parse: \(error)") }
    }()

    struct ParseError: Error, CustomStringConvertible {
        let table: String
        let line: Int
        let reason: String
        var description: String { "\(table).csv line \(line): \(reason)" }
    }

    static func build() throws -> Catalog {
        let employers = try rows(DemoSeedFixtures.employers, table: "employers").map { row in
            Employer(
                id: try row.text("code"), name: try row.text("name"),
                kind: try row.value("kind") { EmployerKind(rawValue: $0) }, seat: try row.text("seat"),
                location: try row.optional("lat").map { latitude in
                    GeoPoint(
                        latitude: try row.number(latitude, "lat"),
                        longitude: try row.number(try row.text("lon"), "lon"))
                },
                cbsCode: try row.optional("cbs_code"), cao: try row.text("cao"),
                approxFTE: try row.optional("approx_fte").map { try row.integer($0, "approx_fte") },
                dissolvedYear: try row.optional("dissolved_year").map { try row.integer($0, "dissolved_year") },
                provenance: try row.text("provenance"))
        }
        let domains = try rows(DemoSeedFixtures.domains, table: "domains").map { row in
            Domain(id: try row.text("code"), nameNL: try row.text("name_nl"), nameEN: try row.text("name_en"))
        }
        let skills = try rows(DemoSeedFixtures.skills, table: "skills").map { row in
            Skill(
                id: try row.text("id"), labelNL: try row.text("label_nl"), labelEN: try row.text("label_en"),
                escoURI: try row.optional("esco_uri"), domain: try row.text("domain"))
        }
        let relations = try rows(DemoSeedFixtures.skillRelations, table: "skill_relations").map { row in
            SkillRelation(
                from: try row.text("from_skill"), to: try row.text("to_skill"),
                strength: try row.number(try row.text("strength"), "strength"))
        }
        let titles = try rows(DemoSeedFixtures.jobTitles, table: "job_titles").map { row in
            JobTitle(
                title: try row.text("title"), domain: try row.text("domain"),
                scaleMin: try row.optional("scale_min").map { text in try row.value("scale_min") { _ in Scale(text) } },
                scaleMax: try row.optional("scale_max").map { text in try row.value("scale_max") { _ in Scale(text) } },
                nlqf: try row.optional("nlqf").map { try row.integer($0, "nlqf") },
                provenance: try row.text("provenance"))
        }
        let credentials = try rows(DemoSeedFixtures.credentials, table: "credentials").map { row in
            CredentialType(
                id: try row.text("id"), name: try row.text("name"),
                validityYears: try row.optional("validity_years").map { try row.integer($0, "validity_years") },
                domain: try row.optional("domain"))
        }
        return Catalog(
            employers: employers, domains: domains, skills: skills, relations: relations, jobTitles: titles,
            credentials: credentials)
    }

    /// One data row with its header, for named access.
    struct Row {
        let table: String
        let line: Int
        let fields: [String: String]

        func text(_ column: String) throws -> String {
            guard let value = fields[column] else { throw ParseError(table: table, line: line, reason: "no \(column)") }
            return value
        }

        func optional(_ column: String) throws -> String? {
            let value = try text(column)
            return value.isEmpty ? nil : value
        }

        func integer(_ text: String, _ column: String) throws -> Int {
            guard let value = Int(text) else {
                throw ParseError(table: table, line: line, reason: "\(column) '\(text)' is not a whole number")
            }
            return value
        }

        func number(_ text: String, _ column: String) throws -> Double {
            guard let value = Double(text) else {
                throw ParseError(table: table, line: line, reason: "\(column) '\(text)' is not a number")
            }
            return value
        }

        func value<T>(_ column: String, _ parse: (String) -> T?) throws -> T {
            let text = try text(column)
            guard let value = parse(text) else {
                throw ParseError(table: table, line: line, reason: "\(column) '\(text)' is not valid")
            }
            return value
        }
    }

    /// Rows of a CSV text with a header line; every row must have as many fields as the header.
    static func rows(_ text: String, table: String) throws -> [Row] {
        let records = parseCSV(text)
        guard let header = records.first else { return [] }
        return try records.dropFirst().enumerated().map { offset, record in
            guard record.count == header.count else {
                throw ParseError(
                    table: table, line: offset + 2, reason: "\(record.count) fields, the header has \(header.count)")
            }
            return Row(
                table: table, line: offset + 2,
                fields: Dictionary(zip(header, record), uniquingKeysWith: { first, _ in first }))
        }
    }

    /// RFC 4180 fields: commas separate, double quotes enclose, "" inside quotes is one quote.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
