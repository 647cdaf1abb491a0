extension CSVRecords {
    /// Checks the header against the kind (unknown, repeated and missing columns) and returns,
    /// for each header column, its slot in `kind.columns`. The kind's known columns are named
    /// once, after the unknown ones.
    func columns(for kind: EntityKind, file: String) throws -> [Int] {
        let known = Set(kind.columns)
        var problems: [ImportIssue] = []
        var seen = Set<String>()
        for name in header {
            if !known.contains(name) {
                problems.append(ImportIssue(file: file, line: 1, field: name, text: CatalogueText("import.unknownColumn", ["kind": kind.name])))
            }
            if !seen.insert(name).inserted {
                problems.append(ImportIssue(file: file, line: 1, field: name, text: CatalogueText("import.columnTwice")))
            }
        }
        if header.contains(where: { !known.contains($0) }) {
            problems.append(ImportIssue(file: file, line: 1, field: nil, text: CatalogueText("import.knownColumns", ["kind": kind.name, "columns": kind.columns.joined(separator: ", ")])))
        }
        for field in kind.fields where field.required && !header.contains(field.name) {
            problems.append(ImportIssue(file: file, line: 1, field: field.name, text: CatalogueText("import.missingColumn")))
        }
        if !problems.isEmpty { throw ImportError(.invalidRecords, problems) }
        let slots = kind.columnSlots
        return header.map { slots[$0]! }
    }

    /// Calls `body` with each record's values by slot, list columns split on `|`; the record
    /// passed is reused between calls.
    ///
    /// A column the header lacks stays nil (absent: the stored value is kept); a cell of a
    /// column the header has is a value, empty when the row is short. Unquoted cells lose
    /// their leading and trailing spaces and tabs, quoted ones keep them.
    func forEachRecord(columns: [Int], kind: EntityKind, _ body: (SlottedRecord) throws -> Void) throws {
        let isList = kind.columns.indices.map { $0 >= kind.fields.count }
        var record = SlottedRecord(line: 0, extra: 0, values: [])
        try forEachRow { line, fields, quoted in
            record.line = line
            record.values.removeAll(keepingCapacity: true)
            record.values.append(contentsOf: repeatElement(nil, count: kind.columns.count))
            for (index, slot) in columns.enumerated() {
                let text = index < fields.count ? fields[index] : ""
                if isList[slot] {
                    let items = text.splitASCIITrimmed(listSeparator, droppingEmpty: true)
                    record.values[slot] = .list(items)
                } else if index < quoted.count && quoted[index] {
                    record.values[slot] = .text(text)
                } else {
                    record.values[slot] = .text(text.trimmingSpaces)
                }
            }
            record.extra = fields.count > columns.count ? fields.count - columns.count : 0
            try body(record)
        }
    }
}
