import Foundation
import KoppelEngine
import Testing

/// The strict reader: each RFC 8259 rule that lenient parsers bend is refused at the right byte.
@Suite struct JSONDocumentTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let code: JSONReadError.Code
        /// 1-based line and column of the offending byte.
        let line: Int
        let column: Int
        let path: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "empty input", json: "", code: .empty, line: 1, column: 1, path: ""),
        Refusal(name: "only whitespace", json: " \n\t", code: .empty, line: 2, column: 2, path: ""),
        Refusal(name: "trailing comma in an array", json: "[1, 2,]", code: .syntax, line: 1, column: 6, path: "[1]"),
        Refusal(name: "trailing comma in an object", json: "{\"a\": 1,\n}", code: .syntax, line: 1, column: 8, path: "a"),
        Refusal(name: "a lone comma", json: "[,]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "duplicate key", json: #"{"a": 1, "b": {"c": 1}, "a": 2}"#, code: .duplicateKey, line: 1, column: 25, path: "a"),
        Refusal(name: "duplicate key spelled with escapes", json: #"{"t1": 1, "\u0074\u0031": 2}"#, code: .duplicateKey, line: 1, column: 11, path: "t1"),
        Refusal(name: "nested duplicate key", json: #"{"x": [{"k": 1, "k": 2}]}"#, code: .duplicateKey, line: 1, column: 17, path: "x[0].k"),
        Refusal(name: "the earliest duplicate wins", json: #"{"a": 1, "a": 2, "x": {"b": 1, "b": 2}}"#, code: .duplicateKey, line: 1, column: 10, path: "a"),
        Refusal(name: "syntax error after a duplicate", json: #"{"a": 1, "a": 2, "x": [1,]}"#, code: .syntax, line: 1, column: 25, path: "x[0]"),
        Refusal(name: "invalid escape", json: #"["a\x"]"#, code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "short unicode escape", json: #"["\u12"]"#, code: .syntax, line: 1, column: 3, path: "[0]"),
        Refusal(name: "lone high surrogate", json: #"["\uD83D"]"#, code: .syntax, line: 1, column: 3, path: "[0]"),
        Refusal(name: "high surrogate before a plain escape", json: #"["\uD83D\n"]"#, code: .syntax, line: 1, column: 3, path: "[0]"),
        Refusal(name: "lone low surrogate", json: #"["x\uDE00"]"#, code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "leading zero", json: "[01]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "negative leading zero", json: "[-00.5]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "fraction without digits", json: "[1.]", code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "exponent without digits", json: "[1e+]", code: .syntax, line: 1, column: 5, path: "[0]"),
        Refusal(name: "plus sign", json: "[+1]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "raw NUL in a string", json: "[\"a\u{0}b\"]", code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "raw tab in a string", json: "{\"k\": \"a\tb\"}", code: .syntax, line: 1, column: 9, path: "k"),
        Refusal(name: "raw newline in a string", json: "[\"a\nb\"]", code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "single quotes", json: "['a']", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "unquoted key", json: "{a: 1}", code: .syntax, line: 1, column: 2, path: ""),
        Refusal(name: "missing colon", json: #"{"a" 1}"#, code: .syntax, line: 1, column: 6, path: "a"),
        Refusal(name: "trailing garbage", json: "{} x", code: .syntax, line: 1, column: 4, path: ""),
        Refusal(name: "two values", json: "[1]\n[2]", code: .syntax, line: 2, column: 1, path: ""),
        Refusal(name: "unterminated string", json: "[\"abc", code: .syntax, line: 1, column: 6, path: "[0]"),
        Refusal(name: "unclosed array", json: "[1, 2", code: .syntax, line: 1, column: 6, path: "[1]"),
        Refusal(name: "misspelt literal", json: "[nul]", code: .syntax, line: 1, column: 5, path: "[0]"),
        Refusal(name: "capitalised literal", json: "[True]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "NaN", json: "[NaN]", code: .syntax, line: 1, column: 2, path: "[0]"),
        Refusal(name: "comment", json: "[1 // one\n]", code: .syntax, line: 1, column: 4, path: "[0]"),
        Refusal(name: "mismatched bracket", json: "[1}", code: .syntax, line: 1, column: 3, path: "[0]"),
    ]

    @Test(arguments: refusals)
    func malformedInputIsRefusedAtTheOffendingByte(_ refusal: Refusal) {
        do {
            _ = try JSONDocument(parsing: Array(refusal.json.utf8))
            Issue.record("accepted \(refusal.json.debugDescription)")
        } catch {
            #expect(error.code == refusal.code, "\(error)")
            #expect(error.line == refusal.line && error.column == refusal.column, "\(error)")
            #expect(error.pathText == refusal.path, "\(error)")
            #expect(error.description.hasSuffix("(line \(refusal.line), column \(refusal.column))"))
        }
    }

    @Test(arguments: [
        [0xFF], [0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22], [0xFE, 0xFF, 0x00, 0x5B, 0x00, 0x5D],
    ] as [[UInt8]])
    func invalidUTF8AndOtherEncodingsAreRefused(_ bytes: [UInt8]) {
        #expect(throws: JSONReadError.self) { try JSONDocument(parsing: bytes) }
    }

    @Test func nestingIsLimitedToTheDocumentedDepth() throws {
        let depth = JSONDocument.maximumDepth
        let deepest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try JSONDocument(parsing: Array(deepest.utf8))
        for tooDeep in [depth + 1, 100_000] {
            let text = String(repeating: "[", count: tooDeep) + String(repeating: "]", count: tooDeep)
            #expect {
                try JSONDocument(parsing: Array(text.utf8))
            } throws: { ($0 as? JSONReadError)?.code == .tooDeep && ($0 as? JSONReadError)?.column == depth + 1 }
        }
    }

    @Test func valuesReadBackWithTheirKindsAndText() throws {
        let text = #"""
            {"s": "a\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00ë", "n": -12.5e-1, "i": 9007199254740993, "big": 1e400,
             "t": true, "f": false, "z": null, "a": [1, "x", [], {}], "o": {"k": 3.0}}
            """#
        let document = try JSONDocument(parsing: Array(text.utf8))
        let root = document.root
        #expect(document.kind(of: root) == .object && document.count(of: root) == 9)
        #expect(document.members(of: root).map(\.key) == ["s", "n", "i", "big", "t", "f", "z", "a", "o"])
        #expect(document.string(document.member("s", of: root)!) == "a\"\\/\u{8}\u{C}\n\r\té😀ë")
        #expect(document.double(document.member("n", of: root)!) == -1.25)
        #expect(document.int(document.member("i", of: root)!) == 9_007_199_254_740_993)
        #expect(document.double(document.member("big", of: root)!) == .infinity)
        #expect(document.int(document.member("big", of: root)!) == nil)
        #expect(document.bool(document.member("t", of: root)!) == true)
        #expect(document.bool(document.member("f", of: root)!) == false)
        #expect(document.isNull(document.member("z", of: root)!))
        let array = document.member("a", of: root)!
        #expect(document.elements(of: array).map { document.kind(of: $0) } == [.number, .string, .array, .object])
        let inner = document.member("o", of: root)!
        #expect(document.int(document.member("k", of: inner)!) == 3)
        #expect(document.member("missing", of: root) == nil)
        #expect(document.lines(of: [root, inner]) == [1, 2])
        #expect(document.location(of: inner).line == 2)
    }

    @Test func wholeNumbersAreIntsWhateverTheirSpelling() throws {
        let document = try JSONDocument(parsing: Array("[3, 3.0, 3e0, 30e-1, -0, 1.5, 9223372036854775807, 9223372036854775808]".utf8))
        #expect(document.elements(of: document.root).map { document.int($0) } == [3, 3, 3, 3, 0, nil, .max, nil])
    }

    @Test func aByteOrderMarkAndAnyTopLevelValueAreAccepted() throws {
        let document = try JSONDocument(parsing: [0xEF, 0xBB, 0xBF] + Array(" \"x\" ".utf8))
        #expect(document.string(document.root) == "x")
        let number = try JSONDocument(parsing: Array("-0.5".utf8))
        #expect(number.double(number.root) == -0.5)
    }

    @Test func aZeroWidthNoBreakSpaceOpeningAStringIsKept() throws {
        // Foundation's JSONSerialization drops it; it is a character like any other inside a string.
        let document = try JSONDocument(parsing: Array("[\"\u{FEFF}a\"]".utf8))
        #expect(document.string(document.elements(of: document.root)[0])?.unicodeScalars.first == "\u{FEFF}")
    }

    @Test func escapedNulIsValidJSON() throws {
        let document = try JSONDocument(parsing: Array(#"["a\u0000b"]"#.utf8))
        #expect(document.string(document.elements(of: document.root)[0]) == "a\u{0}b")
    }
}
