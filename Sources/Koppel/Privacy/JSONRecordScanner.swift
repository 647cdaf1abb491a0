/// Finds, in one pass over a JSON text, the smallest records that mention an id: the innermost
/// array or object holding a string that is the id or names it as a word.
///
/// For `{"results": [["p1", 80, true], ["p2", 75, true]]}` and `p2` it returns the record
/// `["p2", 75, true]` at position 2 of `results`. Used by the data-access export to give a
/// person their own part of each decision without reading anyone else's: linear in the text.
struct JSONRecordScanner {
    /// One record that mentions the id.
    struct Record: Equatable {
        /// The key of the nearest enclosing object member (nil at the top level).
        var key: String?
        /// The record's 1-based position in its enclosing array, nil when it is not in one.
        var position: Int?
        /// The record's JSON text.
        var text: String
    }

    let id: [UInt8]

    init(id: String) {
        self.id = Array(id.utf8)
    }

    private struct Frame {
        var start: Int
        var isArray: Bool
        /// Elements seen so far (arrays) — the index of the current element.
        var index: Int
        /// The last member key read (objects).
        var key: String?
        var wanted: Bool
    }

    func records(in text: String) -> [Record] {
        let bytes = Array(text.utf8)
        guard contains(bytes[...], id) else { return [] }
        var stack: [Frame] = []
        var found: [Record] = []
        var i = 0
        var expectingKey = false
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(Frame(start: i, isArray: byte == UInt8(ascii: "["), index: 0, key: nil, wanted: false))
                expectingKey = byte == UInt8(ascii: "{")
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                let frame = stack.removeLast()
                if frame.wanted {
                    let parent = stack.last
                    found.append(Record(
                        key: parent.flatMap { $0.isArray ? nearestKey(stack) : $0.key },
                        position: parent?.isArray == true ? parent!.index + 1 : nil,
                        text: String(decoding: bytes[frame.start...i], as: UTF8.self)))
                }
                i += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isArray { stack[last].index += 1 } else { expectingKey = true }
                }
                i += 1
            case UInt8(ascii: "\""):
                var k = i + 1
                while k < bytes.count, bytes[k] != UInt8(ascii: "\"") { k += bytes[k] == UInt8(ascii: "\\") ? 2 : 1 }
                let end = Swift.min(k, bytes.count)
                let content = bytes[(i + 1)..<end]
                if let last = stack.indices.last, !stack[last].isArray, expectingKey {
                    stack[last].key = String(decoding: content, as: UTF8.self)
                    expectingKey = false
                }
                if !stack.isEmpty, mentions(content) { stack[stack.count - 1].wanted = true }
                i = end + 1
            default:
                i += 1
            }
        }
        return found
    }

    /// The key of the nearest object member enclosing the top of `stack`.
    private func nearestKey(_ stack: [Frame]) -> String? {
        stack.last { !$0.isArray }?.key
    }

    /// Whether a string's raw content is the id or holds it as a word.
    private func mentions(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.count >= id.count, contains(content, id) else { return false }
        return IdentifierTokens.any(in: "\"" + String(decoding: content, as: UTF8.self) + "\"") { $0 == String(decoding: id, as: UTF8.self) }
    }

    private func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
