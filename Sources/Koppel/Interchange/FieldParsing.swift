import GRDB
import KoppelEngine

extension FieldType {
    /// Checks `text` (non-empty) and returns the value to store, or the reason it is wrong.
    func parse(_ text: String, references: (String, String) throws -> Set<String>) rethrows -> Result<DatabaseValue, FieldProblem> {
        switch self {
        case .text:
            return .success(text.databaseValue)
        case .integer(let range):
            guard let value = Int(text) else { return .failure(.init("import.notWhole", ["value": text])) }
            guard range.contains(value) else {
                return .failure(.init("import.outOfRange", ["value": String(value), "low": String(range.lowerBound), "high": String(range.upperBound)]))
            }
            return .success(value.databaseValue)
        case .real(let range):
            // Foundation's `contains` runs only when there is a comma byte at all (it is slow).
            let normalized =
                text.utf8.contains(0x2C) && text.contains(",") && !text.contains(".")
                ? String(text.map { $0 == "," ? "." : $0 }) : text
            // Decimal notation (with an exponent, as exports write 1e-05) only: Double() would
            // also take "0x20", "inf" and "nan".
            // Checked on the UTF-8 bytes (ASCII only, so the same answer as by Characters).
            let decimal = normalized.utf8.first.map { $0.isASCIIDigit || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E } == true
                && normalized.utf8.allSatisfy { $0.isASCIIDigit || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }
            guard decimal, let value = Double(normalized), value.isFinite else {
                return .failure(.init("import.notNumber", ["value": text]))
            }
            guard range.contains(value) else {
                return .failure(.init("import.outOfRange", ["value": text, "low": range.lowerBound.plain, "high": range.upperBound.plain]))
            }
            return .success(value.databaseValue)
        case .day:
            guard let day = Day(text) else { return .failure(.init("import.notDate", ["value": text])) }
            return .success(day.description.databaseValue)
        case .scale:
            guard let scale = Scale(text) else {
                return .failure(.init("import.notScale", ["value": text]))
            }
            return .success(scale.description.databaseValue)
        case .bool:
            switch text.lowercased() {
            case "true", "1", "yes", "ja": return .success(1.databaseValue)
            case "false", "0", "no", "nee": return .success(0.databaseValue)
            default: return .failure(.init("import.notBool", ["value": text]))
            }
        case .oneOf(let words):
            guard words.contains(text) else {
                return .failure(.init("import.notOneOf", ["value": text, "words": words.joined(separator: ", ")]))
            }
            return .success(text.databaseValue)
        case .reference(let table, let column):
            guard try references(table, column).contains(text) else {
                return .failure(.init("import.unknownReference", ["what": FieldProblem.what(table), "value": text]))
            }
            return .success(text.databaseValue)
        }
    }
}

/// Why one value was refused.
struct FieldProblem: Error {
    var reason: CatalogueText
    init(_ key: String, _ arguments: [String: any TextArgument]) { reason = CatalogueText(key, arguments) }

    /// What a row of `table` is called in a message ("skill", "credential type").
    static func what(_ table: String) -> CatalogueText {
        Catalogue.entries["import.table." + table] != nil
            ? CatalogueText("import.table." + table) : CatalogueText("import.table.other", ["table": table.replacingUnderscores])
    }
}

extension Double {
    /// The shortest text for a number: `36` for 36.0, `0.5` for 0.5.
    package var plain: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit 0–9.
    fileprivate var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
