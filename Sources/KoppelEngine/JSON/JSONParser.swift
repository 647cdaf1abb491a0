/// The one-pass reader behind ``JSONDocument``: checks RFC 8259 byte by byte and writes the tape.
///
/// Iterative (an explicit stack of open containers), so deep input cannot overflow the call
/// stack; ``JSONDocument/maximumDepth`` bounds the stack. A repeated key is remembered (the one
/// whose second occurrence comes first in the input) and thrown only after the whole input
/// has been read, so a syntax error anywhere wins, as it would with a parser that builds a
/// dictionary first.
struct JSONParser {
    private typealias Entry = JSONDocument.Entry
    private typealias Tag = JSONDocument.Tag

    /// An open object or array.
    private struct Frame {
        var entry: Int
        var isObject: Bool
        /// Members or elements begun so far.
        var count: UInt32 = 0
        /// Tape index of the latest key (objects).
        var lastKey = -1
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: [UInt8]
    private var index = 0
    private var tape: [Entry] = []
    private var stack: [Frame] = []
    private var duplicate: JSONReadError?

    private init(bytes: UnsafeBufferPointer<UInt8>, source: [UInt8]) {
        self.bytes = bytes
        self.source = source
    }

    /// The tape of `source`, or the first problem.
    static func parse(_ source: [UInt8]) throws(JSONReadError) -> [JSONDocument.Entry] {
        let result: Result<[JSONDocument.Entry], JSONReadError> = source.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, source: source)
            do throws(JSONReadError) {
                try parser.run()
                return .success(parser.tape)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func run() throws(JSONReadError) {
        guard bytes.count <= JSONDocument.maximumSize else {
            throw error(.tooLarge, "the input is larger than \(JSONDocument.maximumSize) bytes", at: 0)
        }
        tape.reserveCapacity(min(bytes.count / 6 + 16, 1 << 22))
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw error(.empty, "the input is empty", at: index) }
        var needValue = true
        while true {
            if needValue {
                guard index < bytes.count else { throw endError("a value") }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "{"):
                    try open(isObject: true)
                    skipWhitespace()
                    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                        index += 1
                        close()
                        needValue = false
                    } else {
                        try readKey()
                    }
                    continue
                case UInt8(ascii: "["):
                    try open(isObject: false)
                    skipWhitespace()
                    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        close()
                        needValue = false
                    } else {
                        stack[stack.count - 1].count += 1
                    }
                    continue
                case UInt8(ascii: "\""): try readString()
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try readNumber()
                case UInt8(ascii: "t"): try readLiteral("true", tag: Tag.true)
                case UInt8(ascii: "f"): try readLiteral("false", tag: Tag.false)
                case UInt8(ascii: "n"): try readLiteral("null", tag: Tag.null)
                default: throw unexpected("a value")
                }
                needValue = false
            }
            // After a value.
            skipWhitespace()
            guard let top = stack.last else {
                if index < bytes.count { throw unexpected("the end of the input after the JSON value") }
                break
            }
            guard index < bytes.count else { throw endError(top.isObject ? "',' or '}'" : "',' or ']'") }
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") {
                let comma = index
                index += 1
                skipWhitespace()
                if top.isObject {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                        throw error(.syntax, "a trailing comma before '}'", at: comma)
                    }
                    try readKey()
                } else {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                        throw error(.syntax, "a trailing comma before ']'", at: comma)
                    }
                    stack[stack.count - 1].count += 1
                }
                needValue = true
            } else if byte == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                index += 1
                close()
            } else {
                throw unexpected(top.isObject ? "',' or '}'" : "',' or ']'")
            }
        }
        if let duplicate { throw duplicate }
    }

    // MARK: Containers

    private mutating func open(isObject: Bool) throws(JSONReadError) {
        guard stack.count < JSONDocument.maximumDepth else {
            throw error(.tooDeep, "objects and arrays nested deeper than \(JSONDocument.maximumDepth) levels", at: index)
        }
        tape.append(Entry(tag: isObject ? Tag.object : Tag.array, flags: 0, start: UInt32(index), length: 0, next: 0))
        stack.append(Frame(entry: tape.count - 1, isObject: isObject))
        index += 1
    }

    private mutating func close() {
        let frame = stack[stack.count - 1]
        tape[frame.entry].length = frame.count
        tape[frame.entry].next = UInt32(tape.count)
        if frame.isObject && frame.count > 1 { checkDuplicateKeys(frame) }
        stack.removeLast()
    }

    /// A key in double quotes, then `:`; leaves `index` at the value.
    private mutating func readKey() throws(JSONReadError) {
        guard index < bytes.count else { throw endError("a key in double quotes") }
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
        stack[stack.count - 1].count += 1
        stack[stack.count - 1].lastKey = tape.count
        try readString()
        skipWhitespace()
        guard index < bytes.count else { throw endError("':' after the key") }
        guard bytes[index] == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
        index += 1
        skipWhitespace()
    }

    /// Remembers the earliest repeated key of the object `frame` (if it is earlier than one found before).
    private mutating func checkDuplicateKeys(_ frame: Frame) {
        let document = JSONDocument(bytes: source, tape: tape)
        var found: Int?
        if frame.count <= 16 {
            var key = frame.entry + 1
            search: for _ in 0..<frame.count {
                var earlier = frame.entry + 1
                while earlier < key {
                    if document.sameKey(tape[earlier], tape[key]) {
                        found = key
                        break search
                    }
                    earlier = Int(tape[earlier + 1].next)
                }
                key = Int(tape[key + 1].next)
            }
        } else {
            var seen = Set<String>(minimumCapacity: Int(frame.count))
            var key = frame.entry + 1
            for _ in 0..<frame.count {
                if !seen.insert(document.makeString(tape[key])).inserted {
                    found = key
                    break
                }
                key = Int(tape[key + 1].next)
            }
        }
        guard let found else { return }
        let offset = Int(tape[found].start) - 1
        if let duplicate, duplicate.offset <= offset { return }
        let name = document.makeString(tape[found])
        let (line, column) = JSONDocument.location(of: offset, in: source)
        duplicate = JSONReadError(
            code: .duplicateKey, reason: "the key \"\(name)\" appears twice in one object", offset: offset, line: line,
            column: column, path: path(of: stack.dropLast()) + [.key(name)])
    }

    // MARK: Scalars

    /// A string from the quote at `index`; appends its entry.
    private mutating func readString() throws(JSONReadError) {
        let start = index + 1
        var at = start
        var flags: UInt8 = 0
        let count = bytes.count
        while true {
            // The common bytes in one tight loop.
            while at < count {
                let byte = bytes[at]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte >= 0x80 { break }
                at += 1
            }
            guard at < count else { throw error(.syntax, "the input ends inside a string", at: count) }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                flags |= JSONDocument.escapedFlag
                at = try escape(at)
            } else if byte >= 0x80 {
                flags |= JSONDocument.nonASCIIFlag
                at = try utf8Sequence(at)
            } else {
                throw error(
                    .syntax,
                    byte == 0
                        ? "a NUL byte inside a string (write it as \\u0000)"
                        : "a raw control character (byte \(hex(byte))) inside a string (write it as \\u00\(hex(byte).dropFirst(2)))",
                    at: at)
            }
        }
        tape.append(
            Entry(tag: Tag.string, flags: flags, start: UInt32(start), length: UInt32(at - start), next: UInt32(tape.count + 1)))
        index = at + 1
    }

    /// Checks the escape at `at` (a backslash); returns the index after it.
    private func escape(_ at: Int) throws(JSONReadError) -> Int {
        guard at + 1 < bytes.count else { throw error(.syntax, "the input ends inside a string", at: bytes.count) }
        switch bytes[at + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return at + 2
        case UInt8(ascii: "u"):
            let unit = JSONStringEscapes.hexValue(bytes, at: at + 2)
            guard unit >= 0 else {
                if endsEarly(from: at, pattern: 6) { throw error(.syntax, "the input ends inside a string", at: bytes.count) }
                throw error(.syntax, "a \\u escape without four hex digits", at: at)
            }
            if (0xDC00...0xDFFF).contains(unit) {
                throw error(.syntax, "a lone low surrogate \\u\(hex4(unit)) (no high surrogate before it)", at: at)
            }
            guard (0xD800...0xDBFF).contains(unit) else { return at + 6 }
            let low =
                at + 7 < bytes.count && bytes[at + 6] == UInt8(ascii: "\\") && bytes[at + 7] == UInt8(ascii: "u")
                ? JSONStringEscapes.hexValue(bytes, at: at + 8) : -1
            guard (0xDC00...0xDFFF).contains(low) else {
                if endsEarly(from: at + 6, pattern: 6) { throw error(.syntax, "the input ends inside a string", at: bytes.count) }
                throw error(.syntax, "a lone high surrogate \\u\(hex4(unit)) (no low surrogate \\uDC00–\\uDFFF after it)", at: at)
            }
            return at + 12
        default:
            let next = bytes[at + 1]
            let shown = (0x21...0x7E).contains(next) ? "'\\\(Character(Unicode.Scalar(next)))'" : "'\\' before byte \(hex(next))"
            throw error(.syntax, "an invalid escape \(shown)", at: at)
        }
    }

    /// Whether the input ends within `pattern` bytes of `at` with only a `\\uXXXX` prefix before its end.
    private func endsEarly(from at: Int, pattern: Int) -> Bool {
        guard at + pattern > bytes.count else { return false }
        for index in at..<bytes.count {
            let byte = bytes[index]
            switch index - at {
            case 0: if byte != UInt8(ascii: "\\") { return false }
            case 1: if byte != UInt8(ascii: "u") { return false }
            default: if JSONStringEscapes.hexDigit(byte) < 0 { return false }
            }
        }
        return true
    }

    /// Checks the UTF-8 sequence starting at `at` (a byte ≥ 0x80); returns the index after it.
    private func utf8Sequence(_ at: Int) throws(JSONReadError) -> Int {
        let lead = bytes[at]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error(.syntax, "invalid UTF-8 (byte \(hex(lead))) inside a string", at: at)
        }
        for offset in 1..<length {
            guard at + offset < bytes.count else {
                throw error(.syntax, "the input ends inside a UTF-8 sequence", at: bytes.count)
            }
            let byte = bytes[at + offset]
            let (from, to) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= from && byte <= to else {
                throw error(.syntax, "invalid UTF-8 (byte \(hex(lead)) followed by \(hex(byte))) inside a string", at: at)
            }
        }
        return at + length
    }

    /// A number from `index`, checked against RFC 8259's grammar; appends its entry.
    private mutating func readNumber() throws(JSONReadError) {
        let start = index
        var at = index
        let bytes = self.bytes
        let count = bytes.count
        func digit(_ at: Int) -> Bool { at < count && bytes[at] &- UInt8(ascii: "0") < 10 }
        if bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digit(at) else { throw numberError("a digit after '-'", at: at) }
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
            if digit(at) { throw error(.syntax, "a number with a leading zero", at: start) }
        } else {
            while digit(at) { at += 1 }
        }
        var flags = JSONDocument.integerFlag
        if at < count && bytes[at] == UInt8(ascii: ".") {
            flags = 0
            at += 1
            guard digit(at) else { throw numberError("a digit after '.'", at: at) }
            while digit(at) { at += 1 }
        }
        if at < count && (bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E")) {
            flags = 0
            at += 1
            if at < count && (bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-")) { at += 1 }
            guard digit(at) else { throw numberError("a digit in the exponent", at: at) }
            while digit(at) { at += 1 }
        }
        tape.append(
            Entry(tag: Tag.number, flags: flags, start: UInt32(start), length: UInt32(at - start), next: UInt32(tape.count + 1)))
        index = at
    }

    private mutating func readLiteral(_ literal: StaticString, tag: UInt8) throws(JSONReadError) {
        let length = literal.utf8CodeUnitCount
        let word = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        var at = 0
        while at < length {
            guard index + at < bytes.count else { throw endError("'\(String(decoding: word, as: UTF8.self))'") }
            guard bytes[index + at] == word[at] else {
                index += at
                throw unexpected("'\(String(decoding: word, as: UTF8.self))'")
            }
            at += 1
        }
        tape.append(Entry(tag: tag, flags: 0, start: UInt32(index), length: UInt32(length), next: UInt32(tape.count + 1)))
        index += length
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    // MARK: Errors

    private func path(of frames: ArraySlice<Frame>) -> [JSONPathComponent] {
        let document = JSONDocument(bytes: source, tape: tape)
        return frames.compactMap { frame in
            if frame.isObject {
                // A key still being read (an error inside it) has no tape entry yet.
                return frame.lastKey >= 0 && frame.lastKey < tape.count ? .key(document.makeString(tape[frame.lastKey])) : nil
            }
            return frame.count > 0 ? .index(Int(frame.count) - 1) : nil
        }
    }

    private func error(_ code: JSONReadError.Code, _ reason: String, at offset: Int) -> JSONReadError {
        let (line, column) = JSONDocument.location(of: offset, in: source)
        return JSONReadError(
            code: code, reason: reason, offset: offset, line: line, column: column, path: path(of: stack[...]))
    }

    private func unexpected(_ expected: String) -> JSONReadError {
        error(.syntax, "expected \(expected), found \(printable(bytes[index]))", at: index)
    }

    private func endError(_ expected: String) -> JSONReadError {
        error(.syntax, "the input ends early; expected \(expected)", at: bytes.count)
    }

    private func numberError(_ expected: String, at offset: Int) -> JSONReadError {
        guard offset < bytes.count else { return endError(expected) }
        return error(.syntax, "expected \(expected), found \(printable(bytes[offset]))", at: offset)
    }

    private func printable(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 15)])"
    }

    private func hex4(_ value: Int) -> String {
        String(hex(UInt8(value >> 8)).dropFirst(2)) + String(hex(UInt8(value & 0xFF)).dropFirst(2))
    }
}

extension JSONDocument {
    /// A document over an already parsed tape (the parser uses it to decode keys).
    init(bytes: [UInt8], tape: [Entry]) {
        self.bytes = bytes
        self.tape = tape
    }
}
