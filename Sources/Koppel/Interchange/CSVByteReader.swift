/// Splits CSV text into rows of fields, working on UTF-8 bytes.
///
/// This is the algorithm of CSV.swift's `CSVReader` (2.5.2, `trimFields: false`), which koppel
/// used before, step for step, so every file gives exactly the same fields, quirks included:
/// a quote inside an unquoted field is kept; a quoted field runs over line ends; `""` inside
/// quotes is one quote; a closing quote followed by anything but the delimiter or a line end
/// keeps the quote and drops that one following character; an unterminated quote runs to the
/// end of the file; CR, LF and CR LF each end a row. The delimiter, the quote, CR and LF are
/// ASCII and UTF-8 never uses ASCII bytes inside a multi-byte character, so splitting bytes
/// gives the same fields as splitting Unicode scalars; it is only some 20 times faster (the
/// scalar reader went through `AnyIterator` one scalar at a time).
struct CSVByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private var position: Int

    /// Where the next row starts.
    var offset: Int { position }

    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// `delimiter` must be ASCII. `bytes` must stay valid while rows are read.
    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, offset: Int = 0) {
        precondition(delimiter < 0x80, "the CSV delimiter must be ASCII")
        self.bytes = bytes
        self.delimiter = delimiter
        position = offset
    }

    /// The next row, or nil at the end of the text.
    mutating func nextRow() -> [String]? {
        guard position < bytes.count else { return nil }
        var row: [String] = []
        while true {
            if position >= bytes.count {
                // A delimiter was the last character: one more, empty, field.
                row.append("")
                break
            }
            let (field, end): (String, Bool)
            if bytes[position] == Self.quote {
                position += 1
                (field, end) = readQuoted()
            } else {
                (field, end) = readUnquoted()
            }
            row.append(field)
            if end { break }
        }
        return row
    }

    private mutating func readUnquoted() -> (String, Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter {
                let field = text(start..<position)
                position += 1
                return (field, false)
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                let field = text(start..<position)
                position += 1
                if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
                return (field, true)
            }
            position += 1
        }
        return (text(start..<position), true)
    }

    private mutating func readQuoted() -> (String, Bool) {
        var start = position
        // Built only when the field has an escaped quote or a dropped character.
        var pieces: [UInt8]?
        while position < bytes.count {
            let byte = bytes[position]
            if byte != Self.quote {
                position += 1
                continue
            }
            // A quote: look at what follows.
            let next = position + 1
            if next >= bytes.count || bytes[next] == Self.lineFeed || bytes[next] == Self.carriageReturn {
                let field = finish(&pieces, start..<position)
                position = next
                if position < bytes.count {
                    let ending = bytes[position]
                    position += 1
                    if ending == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed {
                        position += 1
                    }
                }
                return (field, true)
            }
            if bytes[next] == delimiter {
                let field = finish(&pieces, start..<position)
                position = next + 1
                return (field, false)
            }
            // An escaped quote (`""`) keeps one quote; any other character after a quote keeps
            // the quote and drops that character (CSV.swift's behaviour).
            var collected = pieces ?? []
            collected.append(contentsOf: bytes[start..<position])
            collected.append(Self.quote)
            pieces = collected
            position = next + (bytes[next] == Self.quote ? 1 : Self.scalarLength(bytes[next]))
            position = Swift.min(position, bytes.count)
            start = position
        }
        return (finish(&pieces, start..<position), true)
    }

    private func finish(_ pieces: inout [UInt8]?, _ tail: Range<Int>) -> String {
        guard var collected = pieces else { return text(tail) }
        collected.append(contentsOf: bytes[tail])
        pieces = nil
        return String(decoding: collected, as: UTF8.self)
    }

    @inline(__always)
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Bytes of the UTF-8 character that starts with `lead`.
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
