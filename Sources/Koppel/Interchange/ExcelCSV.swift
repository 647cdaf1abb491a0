/// Rewrites koppel's CSV (comma, decimal point) as CSV that Dutch Excel opens with its columns
/// intact: semicolons between fields, a decimal comma in numbers, UTF-8 with a byte order mark.
///
/// ```swift
/// var excel = ExcelCSV()
/// excel.convert("rank,score,name\n1,71.25,\"Jansen, A.\"\n") + excel.finish()
/// // "\u{FEFF}rank;score;name\n1;71,25;\"Jansen, A.\"\n"
/// ```
///
/// It works on chunks as they are written (a record may span chunks). Only an unquoted field
/// that is a number (`-12.5`) gets a comma; ids, codes, dates (`2026-12-03`) and quoted text
/// stay as they are. It is for reading in a spreadsheet: `koppel import` reads the default CSV.
public struct ExcelCSV: Sendable {
    private var started = false
    private var inQuotes = false
    private var field = ""
    private var fieldQuoted = false

    public init() {}

    /// The Excel form of `chunk` as far as it can be written (an unfinished field waits).
    public mutating func convert(_ chunk: String) -> String {
        var out = started ? "" : "\u{FEFF}"
        started = true
        for scalar in chunk.unicodeScalars {
            if inQuotes {
                field.unicodeScalars.append(scalar)
                if scalar == "\"" { inQuotes = false }
                continue
            }
            switch scalar {
            case "\"":
                inQuotes = true
                fieldQuoted = true
                field.unicodeScalars.append(scalar)
            case ",":
                out += finishField() + ";"
            case "\n", "\r":
                out += finishField()
                out.unicodeScalars.append(scalar)
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What is left of the last field.
    public mutating func finish() -> String {
        let rest = (started ? "" : "\u{FEFF}") + finishField()
        started = true
        return rest
    }

    private mutating func finishField() -> String {
        defer {
            field = ""
            fieldQuoted = false
        }
        guard !fieldQuoted, Self.isDecimal(field) else { return field }
        return field.replacingOccurrences(of: ".", with: ",")
    }

    /// `-12.5`, `71.25`: digits, one point between digits, an optional leading minus.
    static func isDecimal(_ text: String) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var points = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "-" where index == 0: continue
            case ".": points += 1
            case "0"..."9": if points == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            default: return false
            }
        }
        return points == 1 && digitsBefore > 0 && digitsAfter > 0
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
