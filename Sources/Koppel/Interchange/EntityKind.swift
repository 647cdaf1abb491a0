import GRDB

/// One kind of record that koppel imports and exports (persons, vacancies, placements …).
///
/// A kind is described by data: its main table, key, fields and list fields. The importer,
/// the exporter and the demo writer all work from this description, so every kind gets the
/// same validation, the same all-or-nothing write and the same file formats.
public struct EntityKind: Sendable {
    /// The name used on the command line, e.g. `persons`.
    public var name: String
    /// One line for `--help` and the README.
    public var summary: String
    /// The main table, nil for kinds that only fill child tables (rankings).
    var table: String?
    /// The key fields; a record with an existing key updates that row (upsert).
    var key: [String]
    /// Scalar fields, stored in the main table's columns of the same name.
    var fields: [Field]
    /// Multi-valued fields, each stored in a child table.
    var lists: [ListField]
    /// Rules between two scalar fields (ranges, periods), checked with the field rules.
    var pairRules: [FieldPairRule] = []

    /// Every field name in file order: scalars, then lists.
    public var columns: [String] { fields.map(\.name) + lists.map(\.name) }
}

/// A scalar field of an entity kind.
struct Field: Sendable {
    var name: String
    var type: FieldType
    var required: Bool = false
    /// Used when the value is empty.
    var defaultValue: String? = nil
    /// Whether the text may hold tabs and line breaks (descriptions), and be up to
    /// ``InputLimits/longTextBytes`` long instead of ``InputLimits/textBytes``.
    var multiline = false
}

/// A multi-valued field: a list of items such as `nl:bag=4|esco:…=3` in CSV, or a JSON array.
///
/// Each item has one to `parts.count` parts separated by `=`; the parts go into `parts`'
/// columns of the child table, together with the owner's key in `ownerColumns`.
struct ListField: Sendable {
    var name: String
    var table: String
    var ownerColumns: [String]
    var parts: [Part]
    /// A column that stores the item's 1-based position (ranked lists).
    var rankColumn: String? = nil
    /// Constant columns, e.g. `kind = 'domain'` in `person_wish`.
    var fixed: [(column: String, value: String)] = []
    /// Rows are exported in this order (after the owner).
    var orderBy: String

    struct Part: Sendable {
        var column: String
        var type: FieldType
        /// Used when the item omits this part; nil means the part is required.
        var defaultValue: String?
        /// Whether the part may be left empty (stored as NULL).
        var optional: Bool = false
    }
}

/// How a field's text is checked and stored.
enum FieldType: Sendable {
    /// Any text; empty means missing.
    case text
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// A number in the range; a decimal comma is accepted.
    case real(ClosedRange<Double>)
    /// An ISO date, YYYY-MM-DD.
    case day
    /// A Cao Gemeenten scale: 1–18, 10A, 11A.
    case scale
    /// true/false (also 1/0, yes/no, ja/nee).
    case bool
    /// One of a fixed set of words.
    case oneOf([String])
    /// The key of an existing row in `table` (its `column`).
    case reference(table: String, column: String)

    /// Whether values are written as true/false.
    var isBool: Bool {
        if case .bool = self { return true }
        return false
    }

    /// Whether values are written as JSON numbers.
    var isNumeric: Bool {
        switch self {
        case .integer, .real: return true
        default: return false
        }
    }
}
