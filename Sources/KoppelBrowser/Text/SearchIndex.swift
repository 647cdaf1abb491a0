import KoppelEngine

/// The folded search text of every item in one contiguous buffer, for fast substring tests.
struct SearchIndex: Sendable {
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(texts.count + 1)
        for text in texts {
            bytes.append(contentsOf: TextFolding.fold(text).utf8)
            offsets.append(bytes.count)
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Whether item `index` contains every term (folded UTF-8).
    func matches(_ index: Int, _ terms: [[UInt8]]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let start = offsets[index]
            let end = offsets[index + 1]
            for term in terms where !Self.contains(buffer, start, end, term) { return false }
            return true
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count > 0 else { return true }
        guard end - start >= count else { return false }
        let first = needle[0]
        var position = start
        let last = end - count
        while position <= last {
            if haystack[position] == first {
                var offset = 1
                while offset < count && haystack[position + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            position += 1
        }
        return false
    }
}
