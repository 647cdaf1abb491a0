import Testing
@testable import Koppel

/// A file with only some columns changes only those columns: absent columns, list fields
/// included, keep their stored values; an empty cell in a present column clears the value.
@Suite struct PartialImportTests {
    /// `csv` (every column) cut down to `columns`, in that order.
    static func only(_ columns: [String], of csv: String) throws -> String {
        let records = try CSVRecords.open(csv, file: "all.csv")
        let positions = columns.map { records.header.firstIndex(of: $0)! }
        var text = columns.joined(separator: ",") + "\n"
        try records.forEachRow { _, fields, _ in
            text += positions.map { CSVText.quote($0 < fields.count ? fields[$0] : "") }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// A store with the fixture loaded, its export, and the key and required columns of `name`.
    static func loaded(_ name: String) throws -> (KoppelStore, EntityKind, before: String, columns: [String]) {
        let store = try makeStore()
        try Fixture.load(into: store)
        let kind = EntityKind.named(name)!
        let columns = kind.fields.filter { $0.required || kind.key.contains($0.name) }.map(\.name)
        return (store, kind, try store.exportedAll(), columns)
    }

    @Test(arguments: EntityKind.all.map(\.name))
    func aFileWithOnlyTheKeyAndRequiredColumnsChangesNothing(kind name: String) throws {
        let (store, kind, before, columns) = try Self.loaded(name)
        let partial = try Self.only(columns, of: try store.exported(kind))
        #expect(try store.importCSV(kind, partial).records > 0)
        #expect(try store.exportedAll() == before, "\(name): columns left out of \(columns) were changed")
    }

    @Test(arguments: EntityKind.all.map(\.name))
    func aJSONRecordWithOnlyTheKeyAndRequiredKeysChangesNothing(kind name: String) throws {
        let (store, kind, before, columns) = try Self.loaded(name)
        let csv = try CSVRecords.open(try store.exported(kind), file: "all.csv")
        var objects: [String] = []
        try csv.forEachRow { _, fields, _ in
            let members = columns.map { column in
                let field = kind.fields.first { $0.name == column }!
                let text = fields[csv.header.firstIndex(of: column)!]
                return "\(JSONText.quote(column)): \(field.type.isNumeric ? text : JSONText.quote(text))"
            }
            objects.append("{" + members.joined(separator: ", ") + "}")
        }
        try store.importData(Array(("[" + objects.joined(separator: ",\n") + "]").utf8), kind: kind, file: "partial.json")
        #expect(try store.exportedAll() == before, "\(name): keys left out of \(columns) were changed")
    }

    @Test func theIssuesPartialPersonsFileKeepsSkillsScaleHoursAndHome() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        let before = try store.exported(.named("persons")!)
        try store.importCSV(.named("persons")!, "id;display_name;employer;visibility;nlqf\np1;Anouk ter Horst;ENS;discreet;5\n")
        let after = try store.exported(.named("persons")!)
        let p1Before = before.split(separator: "\n").first { $0.hasPrefix("p1,") }!
        let p1After = after.split(separator: "\n").first { $0.hasPrefix("p1,") }!
        #expect(p1After == String(p1Before).replacingOccurrences(of: ",4,Enschede", with: ",5,Enschede").replacingOccurrences(of: ",public,", with: ",discreet,"))
        #expect(p1After.contains("nl:bag=4"))
        #expect(after.split(separator: "\n").filter { !$0.hasPrefix("p1,") } == before.split(separator: "\n").filter { !$0.hasPrefix("p1,") })
    }

    @Test func anEmptyCellInAPresentColumnClearsTheValueAndTheList() throws {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("persons")!, "id,display_name,employer,scale,skills,wish_moves\np1,Anouk ter Horst,ENS,,,\n")
        let p1 = try store.exported(.named("persons")!).split(separator: "\n").first { $0.hasPrefix("p1,") }!
        #expect(p1.hasPrefix("p1,Anouk ter Horst,ENS,Medewerker BAG/BGT,,36,4,Enschede"))
        #expect(!p1.contains("nl:bag"))
        #expect(!p1.contains("swap"))
        #expect(p1.contains("bhv=2027-03-01"), "credentials were not in the file and stay")
    }
}
