import CKoppelSHA256
import Foundation

/// SHA-256 (FIPS 180-4), used to fingerprint the inputs of logged decisions.
///
/// Dependency-free; checked against the FIPS test vectors in the tests. `koppel candidates`
/// hashes the fingerprint of every profile on each call (about 6 MB at Twente size), so the
/// message is read in place (no padded copy), and the blocks go through the CPU's SHA
/// instructions where it has them (x86-64 SHA-NI, in `CKoppelSHA256`: about 20 times fewer
/// instructions), else through the portable Swift rounds below.
///
/// ```swift
/// SHA256.hex(Data("abc".utf8))  // "ba7816bf…f20015ad"
/// ```
public enum SHA256 {
    /// The digest of `data` as 64 lowercase hex digits.
    public static func hex(_ data: Data) -> String {
        hex(digest: data.withUnsafeBytes { digest($0) })
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        hex(digest: bytes.withUnsafeBytes { digest($0) })
    }

    /// The 32-byte digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { digest($0) }
    }

    /// The 32-byte digest of the bytes in `message`.
    public static func digest(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        digest(message, hardware: true)
    }

    /// The digest, with the portable Swift rounds only when `hardware` is false (for tests).
    static func digest(_ message: UnsafeRawBufferPointer, hardware: Bool) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let whole = message.count / 64
        if whole > 0, let base = message.baseAddress { compress(&h, base, blocks: whole, hardware: hardware) }
        // The tail, the 0x80 marker and the bit length: one or two more blocks.
        var tail = [UInt8](repeating: 0, count: 128)
        let rest = message.count - whole * 64
        for i in 0..<rest { tail[i] = message[whole * 64 + i] }
        tail[rest] = 0x80
        let tailBlocks = rest < 56 ? 1 : 2
        let bits = UInt64(message.count) &* 8
        for i in 0..<8 { tail[tailBlocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bits >> UInt64(i * 8)) }
        tail.withUnsafeBytes { compress(&h, $0.baseAddress!, blocks: tailBlocks, hardware: hardware) }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in h { for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) } }
        return out
    }

    /// Runs the compression function over `blocks` consecutive 64-byte blocks at `start`.
    private static func compress(_ h: inout [UInt32], _ start: UnsafeRawPointer, blocks: Int, hardware: Bool) {
        if hardware {
            let done = h.withUnsafeMutableBufferPointer { state in
                koppel_sha256_blocks_hw(state.baseAddress!, start.assumingMemoryBound(to: UInt8.self), blocks)
            }
            if done != 0 { return }
        }
        withUnsafePointer(to: koppel_sha256_k) { table in
            let k = UnsafeRawPointer(table).assumingMemoryBound(to: UInt32.self)
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var (h0, h1, h2, h3, h4, h5, h6, h7) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                for block in 0..<blocks {
                    let chunk = start + block * 64
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: chunk.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let a = w[i - 15]
                        let b = w[i - 2]
                        let s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a &>> 3)
                        let s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b &>> 10)
                        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    for i in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let ch = g ^ (e & (f ^ g))
                        let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let maj = (a & b) ^ (c & (a ^ b))
                        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ s0 &+ maj)
                    }
                    h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
                    h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ hh
                }
                h = [h0, h1, h2, h3, h4, h5, h6, h7]
            }
        }
    }

    private static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rotates right; masking shifts, so the compiler emits one rotate instruction.
    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
