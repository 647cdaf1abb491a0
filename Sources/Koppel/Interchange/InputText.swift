import Foundation

/// Decodes an input file's bytes as UTF-8 text, naming the line of the first invalid byte.
enum InputText {
    /// The text without a leading byte-order mark; line ends are left as they are (a CR inside
    /// a quoted CSV field is data, and ``QuotedCSV`` reads every kind of line end).
    static func decode(_ bytes: [UInt8], file: String) throws -> String {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = firstInvalidLine(body)
            throw ImportError(.unreadable, [
                ImportIssue(file: file, line: line, field: nil, text: CatalogueText("import.notUTF8"))
            ])
        }
        // Foundation's search runs only when the byte is there at all (it is slow on big files).
        if holds(0x00, body), text.contains("\0") {
            let line = body.prefix { $0 != 0 }.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw ImportError(.unreadable, [
                ImportIssue(file: file, line: line, field: nil, text: CatalogueText("import.nulByte"))
            ])
        }
        return text
    }

    /// Whether `bytes` hold `byte`: `memchr`, many times faster than a loop on a 357 MB file.
    private static func holds(_ byte: UInt8, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// The 1-based line of the first byte sequence that is not valid UTF-8.
    private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
