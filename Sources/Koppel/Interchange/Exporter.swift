import GRDB

extension KoppelStore {
    /// Writes every record of one kind as CSV or JSON, sorted by key, in chunks to `output`.
    ///
    /// The output imports back into an identical database: export → import is the identity.
    ///
    /// With `hiding` (the ids the access policy hides from a viewer), records that concern
    /// those people or trainees are left out, and so are list items that name them; callers
    /// outside the package go through ``export(_:format:viewer:to:)``.
    package func export(
        _ kind: EntityKind, format: DataFormat, hiding hidden: Set<String> = [], to output: (String) throws -> Void
    ) throws {
        try pool.read { db in
            let lists = try kind.lists.map { try listItems(kind, $0, hiding: hidden, db) }
            let personal = kind.fields.indices.filter { index in
                if kind.table == "person" && kind.fields[index].name == "id" { return true }
                guard case .reference(let table, _) = kind.fields[index].type else { return false }
                return table == "person" || table == "trainee"
            }
            let keyNames = kind.key
            var chunk = ""
            func flush(force: Bool) throws {
                if force || chunk.utf8.count > 1 << 16 {
                    try output(chunk)
                    chunk = ""
                }
            }
            switch format {
            case .csv: chunk += kind.columns.map(CSVText.quote).joined(separator: ",") + "\n"
            case .json: chunk += "["
            }
            var first = true
            let cursor = try Row.fetchCursor(db, sql: mainQuery(kind))
            while let row = try cursor.next() {
                let values: [DatabaseValue] = (0..<kind.fields.count).map { row[$0] as DatabaseValue }
                if !hidden.isEmpty, personal.contains(where: { hidden.contains(values[$0].plainText) }) { continue }
                let ownerKey = keyNames.map { name in values[kind.fields.firstIndex { $0.name == name }!].plainText }
                    .joined(separator: "\u{1F}")
                let items = lists.map { $0[ownerKey] ?? [] }
                switch format {
                case .csv:
                    let fields = zip(kind.fields, values).map { $0.type.isBool ? ($1.plainText == "1" ? "true" : "false") : $1.plainText }
                        + items.map { $0.joined(separator: String(listSeparator)) }
                    chunk += fields.map(CSVText.quote).joined(separator: ",") + "\n"
                case .json:
                    chunk += (first ? "\n  " : ",\n  ") + jsonObject(kind, values, items)
                }
                first = false
                try flush(force: false)
            }
            if format == .json { chunk += first ? "]\n" : "\n]\n" }
            try flush(force: true)
        }
    }

    /// The main rows' query; for kinds without a table, the distinct owners of the list.
    private func mainQuery(_ kind: EntityKind) -> String {
        let columns = kind.fields.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let order = kind.key.map { "\"\($0)\"" }.joined(separator: ", ")
        if let table = kind.table {
            return "SELECT \(columns) FROM \(table) ORDER BY \(order)"
        }
        let list = kind.lists[0]
        let owners = zip(kind.key, list.ownerColumns).map { "\"\($1)\" AS \"\($0)\"" }.joined(separator: ", ")
        return "SELECT DISTINCT \(owners) FROM \(list.table) ORDER BY \(order)"
    }

    /// Every owner's items of one list field, rendered as `part=part` text, in export order.
    private func listItems(_ kind: EntityKind, _ list: ListField, hiding hidden: Set<String>, _ db: Database) throws -> [String: [String]] {
        let owner = list.ownerColumns.map { "\"\($0)\"" }
        let parts = list.parts.map { "\"\($0.column)\"" }
        var sql = "SELECT \((owner + parts).joined(separator: ", ")) FROM \(list.table)"
        if !list.fixed.isEmpty {
            sql += " WHERE " + list.fixed.map { "\"\($0.column)\" = '\($0.value)'" }.joined(separator: " AND ")
        }
        sql += " ORDER BY \((owner + ["\"\(list.orderBy)\""]).joined(separator: ", "))"
        var result: [String: [String]] = [:]
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            let key = (0..<owner.count).map { (row[$0] as DatabaseValue).plainText }.joined(separator: "\u{1F}")
            var texts = (owner.count..<(owner.count + parts.count)).map { (row[$0] as DatabaseValue).plainText }
            while texts.count > 1, texts.last == "" { texts.removeLast() }
            if !hidden.isEmpty, hidden.contains(texts[0]) { continue }
            result[key, default: []].append(texts.joined(separator: "="))
        }
        return result
    }

    private func jsonObject(_ kind: EntityKind, _ values: [DatabaseValue], _ items: [[String]]) -> String {
        var members: [String] = []
        for (field, value) in zip(kind.fields, values) {
            let json: String
            if value.isNull {
                json = "null"
            } else if field.type.isBool {
                json = value.plainText == "1" ? "true" : "false"
            } else if field.type.isNumeric {
                json = value.plainText
            } else {
                json = JSONText.quote(value.plainText)
            }
            members.append("\(JSONText.quote(field.name)): \(json)")
        }
        for (list, values) in zip(kind.lists, items) {
            members.append("\(JSONText.quote(list.name)): [\(values.map(JSONText.quote).joined(separator: ", "))]")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }
}

/// RFC 4180 quoting for CSV output, so that ``KoppelStore/importData`` reads the text back
/// exactly.
///
/// ```swift
/// CSVText.quote("Veer, van 't")   // "\"Veer, van 't\""
/// CSVText.quote("a\r\nb")         // quoted: the CR LF is kept inside the quotes
/// ```
public enum CSVText {
    /// `text` in double quotes (a quote doubled) when it holds a comma, a semicolon, a quote,
    /// a CR or an LF, or starts or ends with a space or a tab (which unquoted import trims);
    /// otherwise as it is. Checked on Unicode scalars: `"\r\n"` is one Character, equal to
    /// neither `"\r"` nor `"\n"`.
    public static func quote(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
            || scalars.first == " " || scalars.first == "\t" || scalars.last == " " || scalars.last == "\t"
        guard needsQuotes else { return text }
        var result = "\""
        for scalar in scalars {
            if scalar == "\"" { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}

/// JSON string quoting.
enum JSONText {
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
