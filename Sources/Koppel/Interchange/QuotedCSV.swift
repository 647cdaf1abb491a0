/// RFC 4180 records read from the UTF-8 bytes of CSV text, quotes and all line ends included.
///
/// A field whose first character (after spaces and tabs) is `"` is quoted: it runs to the
/// next lone `"`, `""` stands for one quote, and everything else in it — the delimiter, CR, LF,
/// CR LF, leading and trailing spaces — is kept exactly. Spaces and tabs around the quotes are
/// left out; anything else after the closing quote is an error. Outside quotes LF, CR LF and CR
/// each end a record (and a line). A record longer than ``InputLimits/recordBytes`` and a
/// quote that is never closed are errors naming the line the record starts on.
struct QuotedCSV {
    let text: String
    let delimiter: UInt8
    let file: String

    /// Calls `body` with each record from UTF-8 offset `offset` (on line `line`) on: its first
    /// line, its fields, whether each was quoted, and where the next record starts; stops when
    /// `body` returns false.
    func forEachRecord(
        from offset: Int, line: Int,
        _ body: (_ line: Int, _ fields: [String], _ quoted: [Bool], _ next: (offset: Int, line: Int)) throws -> Bool
    ) throws {
        var copy = text
        try copy.withUTF8 { bytes in
            let end = bytes.count
            var position = offset
            var line = line
            var fields: [String] = []
            var quoted: [Bool] = []
            var piece: [UInt8] = []
            while position < end {
                let recordLine = line
                let recordStart = position
                fields.removeAll(keepingCapacity: true)
                quoted.removeAll(keepingCapacity: true)
                record: while true {
                    var cursor = position
                    while cursor < end && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
                    if cursor < end && bytes[cursor] == 0x22 {
                        // A quoted field: to the closing quote, `""` being one quote.
                        cursor += 1
                        piece.removeAll(keepingCapacity: true)
                        while true {
                            guard cursor < end else {
                                throw problem(recordLine, "a quoted field is never closed (a \" is missing)")
                            }
                            let byte = bytes[cursor]
                            if byte == 0x22 {
                                if cursor + 1 < end && bytes[cursor + 1] == 0x22 {
                                    piece.append(0x22)
                                    cursor += 2
                                    continue
                                }
                                cursor += 1
                                break
                            }
                            if byte == 0x0A || (byte == 0x0D && !(cursor + 1 < end && bytes[cursor + 1] == 0x0A)) { line += 1 }
                            piece.append(byte)
                            cursor += 1
                            if cursor - recordStart > InputLimits.recordBytes { throw tooLong(recordLine) }
                        }
                        while cursor < end && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
                        if cursor < end && bytes[cursor] != delimiter && bytes[cursor] != 0x0A && bytes[cursor] != 0x0D {
                            throw problem(recordLine, "text follows a closing quote (write \"\" for a quote inside a quoted field)")
                        }
                        fields.append(String(decoding: piece, as: UTF8.self))
                        quoted.append(true)
                    } else {
                        cursor = position
                        while cursor < end && bytes[cursor] != delimiter && bytes[cursor] != 0x0A && bytes[cursor] != 0x0D {
                            cursor += 1
                        }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<cursor]), as: UTF8.self))
                        quoted.append(false)
                    }
                    if cursor - recordStart > InputLimits.recordBytes { throw tooLong(recordLine) }
                    guard cursor < end else {
                        position = end
                        break record
                    }
                    switch bytes[cursor] {
                    case delimiter:
                        position = cursor + 1
                    case 0x0D:
                        position = cursor + 1 < end && bytes[cursor + 1] == 0x0A ? cursor + 2 : cursor + 1
                        line += 1
                        break record
                    default:
                        position = cursor + 1
                        line += 1
                        break record
                    }
                }
                guard try body(recordLine, fields, quoted, (position, line)) else { return }
            }
        }
    }

    private func problem(_ line: Int, _ reason: String) -> ImportError {
        ImportError(.unreadable, [ImportIssue(file: file, line: line, field: nil, reason: reason)])
    }

    private func tooLong(_ line: Int) -> ImportError { Self.recordTooLong(file: file, line: line) }

    /// The error for a record longer than ``InputLimits/recordBytes``.
    static func recordTooLong(file: String, line: Int) -> ImportError {
        ImportError(.unreadable, [ImportIssue(
            file: file, line: line, field: nil,
            text: CatalogueText("import.recordTooLong", ["limit": InputLimits.describe(bytes: InputLimits.recordBytes)]))])
    }
}
