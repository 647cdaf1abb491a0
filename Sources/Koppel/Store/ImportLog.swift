import Foundation
import GRDB

/// Records a written import in the decision log, inside the import's transaction, so the log
/// holds an entry for an import exactly when the database holds its records.
enum ImportLog {
    static func append(
        _ records: [PreparedRecord], kind: EntityKind, file: String, input: [UInt8]?, actor: String?, _ db: Database
    ) throws {
        var subjects = Set<String>()
        if kind.table == "person", let keyIndex = kind.fields.firstIndex(where: { $0.name == "id" }) {
            for record in records { subjects.insert(record.main[keyIndex].plainText) }
        }
        // Kinds that refer to a person (trainees, exchange requests, stand-in offers).
        for (index, field) in kind.fields.enumerated() {
            guard case .reference(let table, _) = field.type, table == "person" else { continue }
            for record in records where !record.main[index].isNull { subjects.insert(record.main[index].plainText) }
        }
        let params = "{\"kind\": \(JSONText.quote(kind.name)), \"file\": \(JSONText.quote(file)), \"generated\": \(input == nil)}"
        try DecisionLog.append(
            NewDecision(
                kind: "import", actor: actor, input: Data(input ?? []), params: params,
                outcome: "{\"records\": \(records.count)}", subjects: subjects.sorted()),
            in: db)
    }
}
