/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 text, control keys, and the
/// escape sequences of xterm, tmux and the Linux console (arrows, PgUp/PgDn, Home/End, shift-tab).
///
/// A lone ESC is ambiguous until the next bytes arrive: ``feed(_:)`` keeps it pending, and the
/// driver calls ``flushPendingEscape()`` when no byte followed within a few milliseconds.
///
/// ```swift
/// var decoder = KeyDecoder()
/// decoder.feed(Array("j\u{1B}[B".utf8))   // [.character("j"), .down]
/// ```
public struct KeyDecoder: Sendable {
    private var buffer: [UInt8] = []

    public init() {}

    /// Whether bytes are waiting (a lone ESC or an unfinished sequence).
    public var hasPending: Bool { !buffer.isEmpty }

    /// Decodes what can be decoded; an unfinished sequence stays pending.
    public mutating func feed(_ bytes: [UInt8]) -> [BrowserKey] {
        buffer += bytes
        var keys: [BrowserKey] = []
        var index = 0
        while index < buffer.count {
            guard let (key, length) = Self.decodeOne(buffer, at: index) else { break }
            if let key { keys.append(key) }
            index += length
        }
        buffer.removeFirst(index)
        return keys
    }

    /// The pending bytes as keys when nothing more is coming: a lone ESC is the escape key.
    public mutating func flushPendingEscape() -> [BrowserKey] {
        guard !buffer.isEmpty else { return [] }
        var keys: [BrowserKey] = []
        if buffer[0] == 0x1B {
            keys.append(.escape)
            buffer.removeFirst()
        }
        // Whatever remains is read as plain text (or dropped if it is not).
        let rest = buffer
        buffer = []
        keys += feed(rest)
        if !buffer.isEmpty { buffer = [] }
        return keys
    }

    /// One key at `index` and the bytes it used; nil when more bytes are needed. A nil key
    /// with a length means "skip these bytes" (an unknown sequence).
    static func decodeOne(_ bytes: [UInt8], at index: Int) -> (BrowserKey?, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x1B:
            return decodeEscape(bytes, at: index)
        case 0x0D, 0x0A:
            // Treat CR LF as one enter.
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return (.enter, 2) }
            return (.enter, 1)
        case 0x09: return (.tab, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(byte + 0x60))), 1)
        case 0x00, 0x1C...0x1F: return (nil, 1)
        case 0x20..<0x80: return (.character(Character(Unicode.Scalar(byte))), 1)
        default: return decodeUTF8(bytes, at: index)
        }
    }

    static func decodeUTF8(_ bytes: [UInt8], at index: Int) -> (BrowserKey?, Int)? {
        let byte = bytes[index]
        let length: Int
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (nil, 1)
        }
        guard index + length <= bytes.count else { return nil }
        let slice = Array(bytes[index..<index + length])
        guard slice.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
            let text = String(validating: slice, as: UTF8.self), let character = text.first
        else { return (nil, 1) }
        return (.character(character), length)
    }

    static func decodeEscape(_ bytes: [UInt8], at index: Int) -> (BrowserKey?, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let next = bytes[index + 1]
        if next == 0x1B { return (.escape, 1) }
        if next == UInt8(ascii: "O") {
            // SS3: ESC O A (application cursor keys), ESC O H/F.
            guard index + 2 < bytes.count else { return nil }
            let key: BrowserKey? =
                switch bytes[index + 2] {
                case UInt8(ascii: "A"): .up
                case UInt8(ascii: "B"): .down
                case UInt8(ascii: "C"): .right
                case UInt8(ascii: "D"): .left
                case UInt8(ascii: "H"): .home
                case UInt8(ascii: "F"): .end
                default: nil
                }
            return (key, 3)
        }
        guard next == UInt8(ascii: "[") else {
            // Alt+key: ESC then the key; read as escape followed by the key.
            return (.escape, 1)
        }
        // CSI: parameters (0x30–0x3F), intermediates (0x20–0x2F), a final byte (0x40–0x7E).
        var end = index + 2
        while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.count else { return nil }
        let final = bytes[end]
        let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        let key: BrowserKey? =
            switch final {
            case UInt8(ascii: "A"): .up
            case UInt8(ascii: "B"): .down
            case UInt8(ascii: "C"): .right
            case UInt8(ascii: "D"): .left
            case UInt8(ascii: "H"): .home
            case UInt8(ascii: "F"): .end
            case UInt8(ascii: "Z"): .backTab
            case UInt8(ascii: "~"):
                switch first {
                case "1", "7": .home
                case "4", "8": .end
                case "3": .delete
                case "5": .pageUp
                case "6": .pageDown
                default: nil
                }
            default: nil
            }
        return (key, end - index + 1)
    }
}
