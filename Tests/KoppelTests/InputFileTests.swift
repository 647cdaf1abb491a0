import Foundation
import Testing
import Koppel

/// `InputFile` reads an import file's bytes exactly, and says when it cannot.
@Suite struct InputFileTests {
    @Test(arguments: [0, 1, 65_535, 65_536, 200_001])
    func readsEveryByteOfTheFile(size: Int) throws {
        let url = temporaryDirectory().appendingPathComponent("input.csv")
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try Data(bytes).write(to: url)
        #expect(try InputFile.bytes(atPath: url.path) == bytes)
    }

    @Test func aMissingFileOrADirectoryIsRefusedByName() throws {
        let directory = temporaryDirectory()
        let missing = directory.appendingPathComponent("nope.csv").path
        #expect(throws: StoreError(.notFound, "cannot read \(missing): no such file")) { try InputFile.bytes(atPath: missing) }
        #expect(throws: StoreError(.unreadable, "cannot read \(directory.path): it is a directory")) { try InputFile.bytes(atPath: directory.path) }
    }

    @Test func readingStopsOneBytePastTheLimit() throws {
        let url = temporaryDirectory().appendingPathComponent("big.csv")
        try Data(repeating: 0x61, count: 1000).write(to: url)
        #expect(try InputFile.bytes(atPath: url.path, limit: 1000).count == 1000)
        #expect(throws: StoreError.self) { try InputFile.bytes(atPath: url.path, limit: 999) }
        // A character device reports no size: it is read in chunks, and stops at the limit.
        let error = #expect(throws: StoreError.self) { try InputFile.bytes(atPath: "/dev/zero", limit: 100_000) }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("larger than the input limit of 100,000 bytes") == true)
    }

    @Test func anUnreadableFileSaysPermissionDenied() throws {
        guard getuid() != 0 else { return }  // root reads every file
        let url = temporaryDirectory().appendingPathComponent("secret.csv")
        try Data("id\n".utf8).write(to: url)
        chmod(url.path, 0o000)
        let error = #expect(throws: StoreError.self) { try InputFile.bytes(atPath: url.path) }
        #expect(error?.message == "cannot read \(url.path): permission denied")
    }
}
