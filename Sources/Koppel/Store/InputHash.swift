import Crypto
import Foundation

/// The SHA-256 of a decision's input, as the decision log stores it: 64 lowercase hex digits.
///
/// ```swift
/// InputHash.hex(Data("abc".utf8))  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// swift-crypto computes it (BoringSSL on Linux, with the CPU's SHA instructions where it has them).
public enum InputHash {
    /// The hex digest of `data`.
    public static func hex(_ data: Data) -> String { hex(digest: SHA256.hash(data: data)) }

    /// The hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String { hex(digest: SHA256.hash(data: bytes)) }

    static func hex(digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
