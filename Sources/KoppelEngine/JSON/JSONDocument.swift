import Foundation

/// A strict RFC 8259 JSON document, read in one pass over its bytes into a flat tape of values.
///
/// ```swift
/// let document = try JSONDocument(parsing: Array(#"{"p1": {"capacity": 2, "ranking": ["t1"]}}"#.utf8))
/// let p1 = document.member("p1", of: document.root)!
/// document.int(document.member("capacity", of: p1)!)        // 2
/// document.elements(of: document.member("ranking", of: p1)!).map { document.string($0) }  // ["t1"]
/// ```
///
/// The reader refuses what RFC 8259 does not allow and what lenient parsers pass silently:
/// trailing commas, a key repeated in one object (``JSONReadError/Code/duplicateKey``), invalid
/// escapes, lone UTF-16 surrogates in `\u` escapes, leading zeros, raw control characters (NUL
/// included) inside strings, invalid UTF-8, anything after the value, and nesting deeper than
/// ``maximumDepth``. Any value may stand at the top. A UTF-8 byte order mark at the start is
/// skipped (RFC 8259 §8.1 allows that); other encodings are refused. Numbers are checked
/// against the grammar only: `1e400` is a valid number whose ``double(_:)`` is infinite.
///
/// Strings, numbers and keys are decoded only when asked for, so a caller that walks the tape
/// once (as the interchange decoders do) builds each `String` once. Keys are compared as Swift
/// strings (after unescaping), so `"t1"` and `"\u0074\u0031"` are the same key.
public struct JSONDocument: Sendable {
    /// The deepest nesting of objects and arrays accepted; deeper input is ``JSONReadError/Code/tooDeep``.
    public static let maximumDepth = 512
    /// The largest input accepted, in bytes (offsets are kept in 32 bits).
    public static let maximumSize = Int(UInt32.max) - 1

    /// A handle to one value of a document (valid only for that document).
    public struct Value: Hashable, Sendable {
        let index: Int
    }

    /// The JSON type of a value.
    public enum Kind: Sendable, Hashable {
        case object, array, string, number, bool, null
    }

    /// One tape entry: a value, or an object key (stored as a string before its value).
    struct Entry: Sendable {
        /// ``Tag`` raw value.
        var tag: UInt8
        /// Strings: ``escapedFlag`` / ``nonASCIIFlag``; numbers: ``integerFlag``.
        var flags: UInt8
        /// Offset of the first byte: after the opening quote for strings, the bracket for containers.
        var start: UInt32
        /// Strings and numbers: byte length; containers: number of members or elements.
        var length: UInt32
        /// The tape index after this value and everything inside it.
        var next: UInt32
    }

    enum Tag {
        static let object: UInt8 = 0
        static let array: UInt8 = 1
        static let string: UInt8 = 2
        static let number: UInt8 = 3
        static let `true`: UInt8 = 4
        static let `false`: UInt8 = 5
        static let null: UInt8 = 6
    }

    static let escapedFlag: UInt8 = 1
    static let nonASCIIFlag: UInt8 = 2
    static let integerFlag: UInt8 = 1

    let bytes: [UInt8]
    let tape: [Entry]

    /// Reads `bytes` as one JSON value; throws the first problem found, except that a repeated
    /// key is reported only when the rest of the input is valid JSON.
    public init(parsing bytes: [UInt8]) throws(JSONReadError) {
        self.bytes = bytes
        self.tape = try JSONParser.parse(bytes)
    }

    /// Reads `data` as one JSON value (see ``init(parsing:)-([UInt8])``).
    public init(parsing data: Data) throws(JSONReadError) {
        try self.init(parsing: [UInt8](data))
    }

    /// The top-level value.
    public var root: Value { Value(index: 0) }

    /// The JSON type of `value`.
    public func kind(of value: Value) -> Kind {
        switch tape[value.index].tag {
        case Tag.object: return .object
        case Tag.array: return .array
        case Tag.string: return .string
        case Tag.number: return .number
        case Tag.null: return .null
        default: return .bool
        }
    }

    /// The text of a string value, unescaped; nil for other kinds.
    public func string(_ value: Value) -> String? {
        let entry = tape[value.index]
        guard entry.tag == Tag.string else { return nil }
        return makeString(entry)
    }

    /// A boolean's value; nil for other kinds.
    public func bool(_ value: Value) -> Bool? {
        switch tape[value.index].tag {
        case Tag.true: return true
        case Tag.false: return false
        default: return nil
        }
    }

    /// Whether `value` is `null`.
    public func isNull(_ value: Value) -> Bool { tape[value.index].tag == Tag.null }

    /// A number as the nearest Double (±infinity beyond Double's range); nil for other kinds.
    public func double(_ value: Value) -> Double? {
        let entry = tape[value.index]
        guard entry.tag == Tag.number else { return nil }
        if entry.flags & Self.integerFlag != 0, let exact = integerValue(entry) {
            return Double(exact)  // correctly rounded, as the text's own conversion would be
        }
        return Double(numberText(entry))
    }

    /// A number whose value is a whole number in `Int`'s range (`3`, `3.0`, `3e0`); nil otherwise.
    ///
    /// The same numbers Foundation's `JSONDecoder` decodes as `Int`.
    public func int(_ value: Value) -> Int? {
        let entry = tape[value.index]
        guard entry.tag == Tag.number else { return nil }
        if entry.flags & Self.integerFlag != 0 { return integerValue(entry) }
        guard let double = Double(numberText(entry)), double.isFinite else { return nil }
        return Int(exactly: double)
    }

    /// A number's text as written (`-1.5e3`); nil for other kinds.
    public func numberText(_ value: Value) -> String? {
        let entry = tape[value.index]
        guard entry.tag == Tag.number else { return nil }
        return numberText(entry)
    }

    /// The number of members of an object or elements of an array; 0 for other kinds.
    public func count(of value: Value) -> Int {
        let entry = tape[value.index]
        return entry.tag <= Tag.array ? Int(entry.length) : 0
    }

    /// An array's elements in order; empty for other kinds.
    public func elements(of value: Value) -> [Value] {
        let entry = tape[value.index]
        guard entry.tag == Tag.array else { return [] }
        var result = [Value]()
        result.reserveCapacity(Int(entry.length))
        var index = value.index + 1
        for _ in 0..<entry.length {
            result.append(Value(index: index))
            index = Int(tape[index].next)
        }
        return result
    }

    /// An object's members in document order; empty for other kinds.
    public func members(of value: Value) -> [(key: String, value: Value)] {
        let entry = tape[value.index]
        guard entry.tag == Tag.object else { return [] }
        var result = [(key: String, value: Value)]()
        result.reserveCapacity(Int(entry.length))
        var index = value.index + 1
        for _ in 0..<entry.length {
            result.append((makeString(tape[index]), Value(index: index + 1)))
            index = Int(tape[index + 1].next)
        }
        return result
    }

    /// The value of `key` in an object; nil when absent or when `object` is not an object.
    public func member(_ key: String, of object: Value) -> Value? {
        let entry = tape[object.index]
        guard entry.tag == Tag.object else { return nil }
        var index = object.index + 1
        for _ in 0..<entry.length {
            if keyEquals(tape[index], key) { return Value(index: index + 1) }
            index = Int(tape[index + 1].next)
        }
        return nil
    }

    /// The 0-based byte offset where `value` starts (its opening quote for a string).
    public func offset(of value: Value) -> Int {
        let entry = tape[value.index]
        return Int(entry.start) - (entry.tag == Tag.string ? 1 : 0)
    }

    /// The 1-based line and byte column where `value` starts.
    public func location(of value: Value) -> (line: Int, column: Int) {
        Self.location(of: offset(of: value), in: bytes)
    }

    /// The 1-based line on which each of `values` starts, in one pass when they come in document order.
    public func lines(of values: [Value]) -> [Int] {
        var line = 1
        var scanned = 0
        return values.map { value in
            let start = offset(of: value)
            if start < scanned {
                line = 1
                scanned = 0
            }
            while scanned < start {
                if bytes[scanned] == 0x0A { line += 1 }
                scanned += 1
            }
            return line
        }
    }

    /// The 1-based line and byte column of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    // MARK: Decoding tape entries

    /// The decoded text of a string or key entry.
    func makeString(_ entry: Entry) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.length)])
            if entry.flags & Self.escapedFlag == 0 { return String(decoding: raw, as: UTF8.self) }
            return JSONStringEscapes.unescape(raw)
        }
    }

    /// Whether a key entry spells `key`: bytes for plain ASCII keys, Swift string equality otherwise.
    func keyEquals(_ entry: Entry, _ key: String) -> Bool {
        if entry.flags == 0 {
            var key = key
            let (sameBytes, ascii) = key.withUTF8 { other in
                let same = bytes.withUnsafeBufferPointer { buffer in
                    other.count == Int(entry.length)
                        && (other.isEmpty || memcmp(buffer.baseAddress! + Int(entry.start), other.baseAddress!, other.count) == 0)
                }
                return (same, other.allSatisfy { $0 < 0x80 })
            }
            // Two ASCII spellings are equal only byte for byte; otherwise canonical equivalence
            // decides (U+212A KELVIN SIGN equals "K").
            if sameBytes || ascii { return sameBytes }
        }
        return makeString(entry) == key
    }

    /// Whether two key entries are the same key (compared as Swift strings).
    func sameKey(_ a: Entry, _ b: Entry) -> Bool {
        if a.flags | b.flags == 0 {
            return a.length == b.length
                && bytes.withUnsafeBufferPointer { buffer in
                    a.length == 0
                        || memcmp(buffer.baseAddress! + Int(a.start), buffer.baseAddress! + Int(b.start), Int(a.length)) == 0
                }
        }
        return makeString(a) == makeString(b)
    }

    func numberText(_ entry: Entry) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.length)]), as: UTF8.self)
        }
    }

    /// An integer-syntax number's value, nil when it overflows `Int`.
    func integerValue(_ entry: Entry) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = Int(entry.start)
            let end = index + Int(entry.length)
            let negative = buffer[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var value = 0
            while index < end {
                let digit = Int(buffer[index] &- UInt8(ascii: "0"))
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                if overflow1 || overflow2 { return nil }
                value = next
                index += 1
            }
            return value
        }
    }
}
