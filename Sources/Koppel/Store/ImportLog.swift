import Foundation
import GRDB

/// Records a written import in the decision log, inside the import's transaction, so the log
/// holds an entry for an import exactly when the database holds its records.
enum ImportLog {
    /// The people an import concerns, collected record by record.
    struct Subjects {
        private var personFields: [Int] = []
        private(set) var ids = Set<String>()

        init(kind: EntityKind) {
            if kind.table == "person", let key = kind.fields.firstIndex(where: { $0.name == "id" }) {
                personFields.append(key)
            }
            // Kinds that refer to a person (trainees, exchange requests, stand-in offers).
            for (index, field) in kind.fields.enumerated() {
                if case .reference(let table, _) = field.type, table == "person" { personFields.append(index) }
            }
        }

        mutating func collect(_ record: PreparedRecord) {
            for index in personFields where !record.main[index].isNull { ids.insert(record.main[index].plainText) }
        }

    }

    /// Logs a written import; `subjects` are the people it concerns, in order.
    static func append(
        _ subjects: [String], records: Int, kind: EntityKind, file: String, input: [UInt8]?, actor: String?, _ db: Database
    ) throws {
        let params = "{\"kind\": \(JSONText.quote(kind.name)), \"file\": \(JSONText.quote(file)), \"generated\": \(input == nil)}"
        try DecisionLog.append(
            NewDecision(
                // Hashed from the bytes as they are: a `Data` copy of a 357 MB file is as large.
                kind: "import", actor: actor, viewer: .dataSteward, inputHash: InputHash.hex(input ?? []), weightsVersion: nil, params: params,
                outcome: "{\"records\": \(records)}", subjects: subjects),
            in: db)
    }
}
