import Foundation
import KoppelEngine
import Testing
@testable import KoppelDemo

/// On random documents the strict reader agrees with Foundation's `JSONSerialization`, and every
/// random corruption is refused at the byte where it was made.
@Suite struct JSONDocumentPropertyTests {
    @Test(arguments: 0..<8)
    func randomValidDocumentsReadAsJSONSerializationReadsThem(batch: Int) throws {
        for round in 0..<125 {
            let seed = UInt64(batch * 1_000 + round)
            let random = RandomJSON(seed: seed)
            let document = try JSONDocument(parsing: random.bytes)
            let foundation = try JSONSerialization.jsonObject(with: Data(random.bytes), options: [.fragmentsAllowed])
            #expect(
                Self.agree(document, document.root, foundation),
                "seed \(seed): \(String(decoding: random.bytes, as: UTF8.self).debugDescription)")
            #expect(Self.agree(document, document.root, random.tree), "seed \(seed)")
        }
    }

    enum Corruption: CaseIterable, Sendable {
        case trailingComma, duplicateKey, rawControlCharacter, badEscape, loneSurrogate, leadingZero, invalidUTF8
        case trailingGarbage, truncation
    }

    @Test(arguments: Corruption.allCases)
    func randomCorruptionsAreRefusedWhereTheyWereMade(_ corruption: Corruption) {
        var made = 0
        for seed in 0..<400 as Range<UInt64> {
            var random = DemoRandom(seed: seed ^ 0xBAD)
            let document = RandomJSON(seed: seed)
            var bytes = document.bytes
            let marks = document.marks
            let at: Int
            var code = JSONReadError.Code.syntax
            switch corruption {
            case .trailingComma:
                guard !marks.nonEmptyCloses.isEmpty else { continue }
                at = random.element(of: marks.nonEmptyCloses)
                bytes.insert(UInt8(ascii: ","), at: at)
            case .duplicateKey:
                guard !marks.objectCloses.isEmpty else { continue }
                let (close, key) = random.element(of: marks.objectCloses)
                bytes.insert(contentsOf: [UInt8(ascii: ",")] + key + Array(": 0".utf8), at: close)
                at = close + 1
                code = .duplicateKey
            case .rawControlCharacter:
                guard !marks.stringStarts.isEmpty else { continue }
                at = random.element(of: marks.stringStarts)
                bytes.insert(UInt8(random.int(in: 0...0x1F)), at: at)
            case .badEscape:
                guard !marks.stringStarts.isEmpty else { continue }
                at = random.element(of: marks.stringStarts)
                bytes.insert(contentsOf: Array(random.element(of: [#"\x"#, #"\U0041"#, #"\u12G4"#, #"\'"#]).utf8), at: at)
            case .loneSurrogate:
                guard !marks.stringStarts.isEmpty else { continue }
                at = random.element(of: marks.stringStarts)
                bytes.insert(contentsOf: Array(random.element(of: [#"\uD800"#, #"\udbff\u0041"#, #"\uDC00"#, #"\uDFFF\uD800"#]).utf8), at: at)
            case .leadingZero:
                guard !marks.unsignedNumberStarts.isEmpty else { continue }
                at = random.element(of: marks.unsignedNumberStarts)
                bytes.insert(UInt8(ascii: "0"), at: at)
            case .invalidUTF8:
                guard !marks.stringStarts.isEmpty else { continue }
                at = random.element(of: marks.stringStarts)
                bytes.insert(contentsOf: random.element(of: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x28, 0xA1], [0x80]]), at: at)
            case .trailingGarbage:
                at = bytes.count + 1
                bytes += Array(random.element(of: [" x", " 1", " {}", " ,", " \"s\""]).utf8)
            case .truncation:
                let lastNonSpace = bytes.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }!
                bytes = Array(bytes.prefix(random.int(in: 0...lastNonSpace)))
                at = bytes.count
                if bytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) { code = .empty }
            }
            made += 1
            let label = "seed \(seed): \(String(decoding: bytes, as: UTF8.self).debugDescription)"
            do {
                _ = try JSONDocument(parsing: bytes)
                Issue.record("accepted \(label)")
            } catch {
                #expect(error.code == code, "\(label): \(error)")
                #expect(error.offset == at, "\(label): \(error) at \(error.offset), corrupted at \(at)")
                let (line, column) = Self.location(of: error.offset, in: bytes)
                #expect(error.line == line && error.column == column, "\(label): \(error)")
            }
        }
        #expect(made > 100)
    }

    /// 1-based line and byte column, counted independently of the reader.
    static func location(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, offset - lineStart + 1)
    }

    /// Whether the reader's value equals JSONSerialization's.
    static func agree(_ document: JSONDocument, _ value: JSONDocument.Value, _ foundation: Any) -> Bool {
        switch document.kind(of: value) {
        case .object:
            guard let dictionary = foundation as? [String: Any], dictionary.count == document.count(of: value) else { return false }
            return document.members(of: value).allSatisfy { key, member in
                dictionary[key].map { agree(document, member, $0) } ?? false
            }
        case .array:
            guard let array = foundation as? [Any], array.count == document.count(of: value) else { return false }
            return zip(document.elements(of: value), array).allSatisfy { agree(document, $0, $1) }
        case .string: return (foundation as? String) == document.string(value)
        case .number:
            guard let number = foundation as? NSNumber, let double = document.double(value) else { return false }
            // JSONSerialization gives an NSDecimalNumber for long mantissas; its Double may be
            // an ulp or two from the correctly rounded value.
            if number is NSDecimalNumber { return abs(number.doubleValue - double) <= 4 * double.ulp }
            return number.doubleValue == double
        case .bool:
            // Booleans come back as NSNumber (0/1) on Linux; the kind is checked against the tree.
            return (foundation as? Bool) == document.bool(value) || (foundation as? NSNumber)?.boolValue == document.bool(value)
        case .null: return foundation is NSNull
        }
    }

    /// Whether the reader's value equals the generated tree.
    static func agree(_ document: JSONDocument, _ value: JSONDocument.Value, _ tree: RandomJSON.Tree) -> Bool {
        switch tree {
        case .object(let members):
            let read = document.members(of: value)
            return document.kind(of: value) == .object && read.count == members.count
                && zip(read, members).allSatisfy { $0.key == $1.0 && agree(document, $0.value, $1.1) }
        case .array(let elements):
            let read = document.elements(of: value)
            return document.kind(of: value) == .array && read.count == elements.count
                && zip(read, elements).allSatisfy { agree(document, $0, $1) }
        case .string(let text): return document.string(value) == text
        case .number(let text): return document.numberText(value) == text && document.double(value) == Double(text)
        case .bool(let flag): return document.bool(value) == flag
        case .null: return document.isNull(value)
        }
    }
}
