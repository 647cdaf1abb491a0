#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A string → dense index table for ids, compared and hashed as UTF-8 bytes.
///
/// Several times faster than `[String: Int]` for the millions of lookups that turning ranked
/// lists of ids into indices takes (no SipHash, one flat array of slots). Ids are compared
/// byte-wise, so `"é"` (U+00E9) and `"e\u{301}"` are different ids, as in the sort order.
struct PlacementIDTable: Sendable {
    let ids: [String]
    /// Whether each id is pure ASCII (enables ``sameBytes(_:ascii:_:)``'s fast path).
    let asciiFlags: [Bool]
    /// 0 = empty; otherwise `(hash tag << 32) | (index + 1)`.
    private let slots: [UInt64]
    private let mask: Int

    /// Builds the table; also returns every id's ``hash(_:)`` and the index of the first id
    /// that repeats an earlier one, if any.
    static func make(_ ids: [String]) -> (table: PlacementIDTable, hashes: [UInt64], duplicate: Int?) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var hashes = [UInt64]()
        hashes.reserveCapacity(ids.count)
        var duplicate: Int?
        let asciiFlags = ids.map(isASCII)
        for (index, id) in ids.enumerated() {
            let hash = PlacementIDTable.hash(id)
            hashes.append(hash)
            let tag = hash >> 32
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let value = slots[slot]
                if value == 0 {
                    slots[slot] = (tag << 32) | UInt64(index + 1)
                    break
                }
                let other = Int(value & 0xFFFF_FFFF) - 1
                if value >> 32 == tag && sameBytes(ids[other], ascii: asciiFlags[other], id) {
                    if duplicate == nil { duplicate = index }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return (PlacementIDTable(ids: ids, asciiFlags: asciiFlags, slots: slots, mask: mask), hashes, duplicate)
    }

    /// The index of `id`, or `nil`.
    @inline(__always)
    func index(of id: String) -> Int32? {
        let hash = PlacementIDTable.hash(id)
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value >> 32 == tag {
                let index = Int(value & 0xFFFF_FFFF) - 1
                if PlacementIDTable.sameBytes(ids[index], ascii: asciiFlags[index], id) {
                    return Int32(index)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `id`, or `nil`.
    @inline(__always)
    subscript(id: String) -> Int32? { index(of: id) }

    /// Calls `body` with the UTF-8 bytes of `string` (copying only for bridged strings).
    @inline(__always)
    static func withBytes<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return copy.withUTF8(body)
    }

    /// Whether every byte of `string` is ASCII.
    static func isASCII(_ string: String) -> Bool {
        withBytes(string) { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }

    /// Byte equality of `known` and `other`, where `ascii` says whether `known` is ASCII.
    ///
    /// For an ASCII `known`, Swift's `==` (canonical equivalence, with fast paths) equals byte
    /// equality once the byte counts agree: a string canonically equivalent to an ASCII string
    /// but with other bytes must contain a singleton such as U+212A KELVIN SIGN (→ "K"), which
    /// takes more bytes than the ASCII character it stands for.
    @inline(__always)
    static func sameBytes(_ known: String, ascii: Bool, _ other: String) -> Bool {
        if ascii { return known.utf8.count == other.utf8.count && known == other }
        return equal(known, other)
    }

    /// Byte equality (UTF-8).
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        withBytes(a) { x in
            withBytes(b) { y in
                x.count == y.count
                    && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    /// Byte-wise (UTF-8) order: `a` sorts before `b`.
    @inline(__always)
    static func precedes(_ a: String, _ b: String) -> Bool {
        withBytes(a) { x in
            withBytes(b) { y in
                let common = min(x.count, y.count)
                if common > 0 {
                    let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    /// A fast 64-bit hash of the UTF-8 bytes (not DoS-resistant; ids are local data).
    @inline(__always)
    static func hash(_ string: String) -> UInt64 {
        withBytes(string) { bytes in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while i + 8 <= bytes.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            if i < bytes.count {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < bytes.count {
                    tail |= UInt64(bytes[i]) << shift
                    shift += 8
                    i += 1
                }
                h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            }
            h ^= h >> 31
            h = h &* 0xD6E8_FEB8_6659_FD93
            h ^= h >> 32
            return h
        }
    }
}
