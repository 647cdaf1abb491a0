import GRDB

/// Keeps an import to one employer's own records: an adviser of E imports only persons and
/// vacancies of E, and never takes over a row that belongs to another employer.
///
/// Each record outside the scope is refused with its line and the field `employer` (or `id`
/// when the key names another employer's row), and the whole import with it. Records are
/// checked after validation, on the database's thread.
struct EmployerScope {
    let employer: String
    let file: String
    let employerIndex: Int
    let existing: Statement

    /// The kinds an employer's adviser may import.
    static let kinds: Set<String> = ["persons", "vacancies"]

    init(employer: String, kind: EntityKind, file: String, db: Database) throws {
        guard Self.kinds.contains(kind.name), let table = kind.table, kind.key == ["id"],
              let employerIndex = kind.fields.firstIndex(where: { $0.name == "employer" }) else {
            throw ImportError(.invalidRecords, [ImportIssue(
                file: file, line: 0, field: nil, text: CatalogueText("import.adviserKinds", ["employer": employer, "kind": kind.name]))])
        }
        self.employer = employer
        self.file = file
        self.employerIndex = employerIndex
        existing = try db.makeStatement(sql: "SELECT employer FROM \(table) WHERE id = ?")
    }

    /// The problem with a validated record, or nil when it is the employer's own.
    func issue(_ record: PreparedRecord) throws -> ImportIssue? {
        guard String.fromDatabaseValue(record.main[employerIndex]) == employer else {
            return ImportIssue(file: file, line: record.line, field: "employer", text: CatalogueText("import.ownEmployerOnly", ["employer": employer]))
        }
        if let owner = try String.fetchOne(existing, arguments: StatementArguments(record.key)), owner != employer {
            return ImportIssue(file: file, line: record.line, field: "id", text: CatalogueText("import.otherEmployersId"))
        }
        return nil
    }
}
