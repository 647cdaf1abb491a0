/// Finding and replacing ids inside stored text: a quoted JSON string that is an id, or an id
/// standing as a word in a longer text ("tk004: already placed").
///
/// A word is a run of ASCII letters, digits, `-` and `_`, or of non-ASCII bytes; so `tk004`
/// is found in `"tk004: …"` and `[tk004]`, and not inside `tk0042`. Linear in the text.
enum IdentifierTokens {
    /// Whether some quoted string or word of `text` satisfies `isID`.
    static func any(in text: String, where isID: (String) -> Bool) -> Bool {
        var found = false
        _ = rewrite(text, json: false) { candidate in
            if !found, isID(candidate) { found = true }
            return nil
        }
        return found
    }

    /// The text with every quoted string or word for which `replacement` gives a value replaced
    /// by it. With `json`, only text inside quoted strings is touched, so the JSON stays valid
    /// (replacements must need no escaping).
    static func replacing(in text: String, json: Bool = true, _ replacement: (String) -> String?) -> String {
        rewrite(text, json: json, replacement)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            byte >= 0x80
        }
    }

    private static func rewrite(_ text: String, json: Bool, _ replacement: (String) -> String?) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        /// Copies bytes[start..<end], replacing its words.
        func words(_ start: Int, _ end: Int) {
            var j = start
            while j < end {
                guard isWordByte(bytes[j]) else {
                    out.append(bytes[j])
                    j += 1
                    continue
                }
                var k = j
                while k < end, isWordByte(bytes[k]) { k += 1 }
                let word = String(decoding: bytes[j..<k], as: UTF8.self)
                if let new = replacement(word) {
                    out.append(contentsOf: Array(new.utf8))
                    changed = true
                } else {
                    out.append(contentsOf: bytes[j..<k])
                }
                j = k
            }
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\"") else {
                var k = i
                while k < bytes.count, bytes[k] != UInt8(ascii: "\"") { k += 1 }
                if json { out.append(contentsOf: bytes[i..<k]) } else { words(i, k) }
                i = k
                continue
            }
            // A quoted string: its raw content up to the closing quote.
            var k = i + 1
            while k < bytes.count, bytes[k] != UInt8(ascii: "\"") { k += bytes[k] == UInt8(ascii: "\\") ? 2 : 1 }
            let end = Swift.min(k, bytes.count)
            out.append(bytes[i])
            let whole = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            if let new = replacement(whole) {
                out.append(contentsOf: Array(new.utf8))
                changed = true
            } else {
                words(i + 1, end)
            }
            if end < bytes.count { out.append(bytes[end]) }
            i = end + 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }
}
