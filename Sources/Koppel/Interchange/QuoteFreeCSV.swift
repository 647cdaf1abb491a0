import Foundation

/// The records of CSV text without a quote character, split straight from its bytes.
///
/// Without a `"` there is nothing for RFC 4180 to unquote: every line is one record and every
/// delimiter ends a field, so splitting the UTF-8 bytes on LF and on the delimiter gives exactly
/// the rows ``QuotedCSV`` reads (a test compares the two on random quote-free text), without
/// looking at every byte twice; CSV.swift, used before, built every field one Unicode scalar
/// at a time, three quarters of the reading thread's time in a million-profile import. Text
/// that holds a quote or a CR is read by ``QuotedCSV``.
struct QuoteFreeCSV {
    private let text: String
    private let delimiter: UInt8
    private let file: String

    /// Nil when `text` holds a `"` or a CR, or `delimiter` is not ASCII.
    init?(_ text: String, delimiter: Character, file: String = "-") {
        guard let byte = delimiter.asciiValue, byte != 0x22, byte != 0x0A, byte != 0x0D else { return nil }
        var copy = text
        let plain = copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            return memchr(base, 0x22, bytes.count) == nil && memchr(base, 0x0D, bytes.count) == nil
        }
        guard plain else { return nil }
        self.text = text
        self.delimiter = byte
        self.file = file
    }

    /// Calls `body` with each record after the header line: its 1-based line and its fields;
    /// an empty line is passed as one empty field, as ``QuotedCSV`` reads it. A line longer
    /// than ``InputLimits/recordBytes`` is an error.
    func forEachRow(_ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        var copy = text
        try copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let end = bytes.count
            // The header is line 1; records start after its line end.
            guard let headerEnd = memchr(base, 0x0A, end) else { return }
            var start = base.distance(to: headerEnd.assumingMemoryBound(to: UInt8.self)) + 1
            var line = 2
            var fields: [String] = []
            while start < end {
                let lineEnd = memchr(base + start, 0x0A, end - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? end
                if lineEnd - start > InputLimits.recordBytes {
                    throw QuotedCSV.recordTooLong(file: file, line: line)
                }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = start
                for index in start..<lineEnd where bytes[index] == delimiter {
                    fields.append(Self.string(bytes, fieldStart, index))
                    fieldStart = index + 1
                }
                fields.append(Self.string(bytes, fieldStart, lineEnd))
                try body(line, fields)
                line += 1
                start = lineEnd + 1
            }
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
