import CSV
import GRDB
import KoppelSeeds

/// Loads the reference seed files into a new database.
enum Seeder {
    /// The seed files and the table each one fills; every CSV header names the table's columns.
    static let files: [(table: String, csv: String)] = [
        ("domain", SeedFiles.domains),
        ("employer", SeedFiles.employers),
        ("salary_scale", SeedFiles.scales),
        ("nlqf_level", SeedFiles.nlqfLevels),
        ("skill", SeedFiles.skills),
        ("skill_relation", SeedFiles.skillRelations),
        ("job_title", SeedFiles.jobTitles),
        ("credential_type", SeedFiles.credentials),
        ("course", SeedFiles.courses),
    ]

    /// Seeds the reference tables when the database has no employers yet; a second call is harmless.
    static func seedIfEmpty(_ db: Database) throws {
        try WeightsStore.insertDefaultIfMissing(db)
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM employer") == 0 else { return }
        for (table, csv) in files {
            let reader = try CSVReader(string: csv, hasHeaderRow: true)
            guard let header = reader.headerRow else { continue }
            let columns = header.map { "\"\($0)\"" }.joined(separator: ", ")
            let marks = Array(repeating: "?", count: header.count).joined(separator: ", ")
            let statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(columns)) VALUES (\(marks))")
            while let row = reader.next() {
                let values: [(any DatabaseValueConvertible)?] = row.map { $0.isEmpty ? nil : $0 }
                try statement.execute(arguments: StatementArguments(values))
            }
        }
    }
}
