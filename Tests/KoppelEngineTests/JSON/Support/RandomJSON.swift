import KoppelEngine
@testable import KoppelDemo

/// A random JSON value from a seed (``DemoRandom``), written out as text with the byte offsets
/// where a corruption can be placed, so a test knows exactly where the reader must object.
struct RandomJSON {
    indirect enum Tree {
        case object([(String, Tree)])
        case array([Tree])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    /// Offsets in ``bytes`` of interesting places.
    struct Marks {
        /// The first byte inside each string's quotes (keys included).
        var stringStarts: [Int] = []
        /// The first digit of each non-negative number.
        var unsignedNumberStarts: [Int] = []
        /// The closing bracket of each non-empty array or object.
        var nonEmptyCloses: [Int] = []
        /// Each non-empty object's closing brace and its first key as written.
        var objectCloses: [(close: Int, firstKey: [UInt8])] = []
    }

    let tree: Tree
    private(set) var bytes: [UInt8] = []
    private(set) var marks = Marks()

    /// A document whose top level is an object or an array, up to `depth` levels deep.
    init(seed: UInt64, depth: Int = 4) {
        var random = DemoRandom(seed: seed)
        tree = Self.container(&random, depth: depth)
        write(tree, &random)
    }

    // MARK: Generating

    private static func container(_ random: inout DemoRandom, depth: Int) -> Tree {
        let count = random.int(in: 0...5)
        if random.chance(0.5) { return .array((0..<count).map { _ in value(&random, depth: depth - 1) }) }
        var keys = Set<String>()
        var members: [(String, Tree)] = []
        for _ in 0..<count {
            let key = text(&random)
            if keys.insert(key).inserted { members.append((key, value(&random, depth: depth - 1))) }
        }
        return .object(members)
    }

    private static func value(_ random: inout DemoRandom, depth: Int) -> Tree {
        switch random.int(in: 0...(depth > 0 ? 7 : 5)) {
        case 0: return .string(text(&random))
        case 1: return .number(number(&random))
        case 2: return .bool(random.chance(0.5))
        case 3: return .null
        case 4, 5: return random.chance(0.5) ? .string(text(&random)) : .number(number(&random))
        default: return container(&random, depth: depth)
        }
    }

    /// Text of up to 8 characters from a mix of ASCII, quotes, backslashes, controls, Dutch
    /// letters, CJK and characters beyond the BMP. (No U+FEFF: Foundation drops one that opens a
    /// string, which RFC 8259 does not allow; ``JSONDocumentTests`` pins that the reader keeps it.)
    private static func text(_ random: inout DemoRandom) -> String {
        let pool: [Unicode.Scalar] = [
            "a", "b", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1F}", "\n", "\t", "\u{7F}", "ë", "é", "Ĳ", "€", "中",
            "\u{301}", "\u{2028}", "😀", "\u{10FFFF}", "\u{1D11E}",
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.int(in: 0...8) { scalars.append(random.element(of: pool)) }
        return String(scalars)
    }

    /// A JSON number within Double's range, written in one of RFC 8259's forms.
    private static func number(_ random: inout DemoRandom) -> String {
        let sign = random.chance(0.3) ? "-" : ""
        let integer = random.chance(0.3) ? "0" : String(random.int(in: 1...9_007_199_254_740_991) >> random.int(in: 0...50))
        let fraction = random.chance(0.4) ? "." + String(random.int(in: 0...999_999)) : ""
        let exponent =
            random.chance(0.3)
            ? random.element(of: ["e", "E"]) + random.element(of: ["", "+", "-"]) + String(random.int(in: 0...30)) : ""
        return sign + integer + fraction + exponent
    }

    // MARK: Writing

    private mutating func write(_ tree: Tree, _ random: inout DemoRandom) {
        space(&random)
        switch tree {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            var firstKey: [UInt8] = []
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                space(&random)
                let start = bytes.count
                writeString(key, &random)
                if index == 0 { firstKey = Array(bytes[start...]) }
                space(&random)
                bytes.append(UInt8(ascii: ":"))
                write(value, &random)
            }
            space(&random)
            if !members.isEmpty {
                marks.nonEmptyCloses.append(bytes.count)
                marks.objectCloses.append((bytes.count, firstKey))
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element, &random)
            }
            space(&random)
            if !elements.isEmpty { marks.nonEmptyCloses.append(bytes.count) }
            bytes.append(UInt8(ascii: "]"))
        case .string(let text): writeString(text, &random)
        case .number(let text):
            if !text.hasPrefix("-") { marks.unsignedNumberStarts.append(bytes.count) }
            bytes += Array(text.utf8)
        case .bool(let value): bytes += Array((value ? "true" : "false").utf8)
        case .null: bytes += Array("null".utf8)
        }
        space(&random)
    }

    /// A string with every character that must be escaped escaped, and others escaped at random.
    private mutating func writeString(_ text: String, _ random: inout DemoRandom) {
        bytes.append(UInt8(ascii: "\""))
        marks.stringStarts.append(bytes.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += Array(#"\""#.utf8)
            case "\\": bytes += Array(#"\\"#.utf8)
            case "\n" where random.chance(0.5): bytes += Array(#"\n"#.utf8)
            case "\t" where random.chance(0.5): bytes += Array(#"\t"#.utf8)
            case "/" where random.chance(0.5): bytes += Array(#"\/"#.utf8)
            case _ where scalar.value < 0x20 || random.chance(0.2): bytes += Self.unicodeEscape(scalar, upper: random.chance(0.5))
            default: bytes += Array(String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX`, or a surrogate pair for a scalar beyond the BMP.
    private static func unicodeEscape(_ scalar: Unicode.Scalar, upper: Bool) -> [UInt8] {
        let units = Array(String(scalar).utf16)
        return units.flatMap { unit -> [UInt8] in
            let hex = String(unit, radix: 16, uppercase: upper)
            return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }

    private mutating func space(_ random: inout DemoRandom) {
        guard random.chance(0.3) else { return }
        for _ in 0..<random.int(in: 1...3) { bytes.append(random.element(of: [0x20, 0x0A, 0x0D, 0x09])) }
    }
}
