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
        #expect(throws: StoreError(.notFound, "cannot read \(missing)")) { try InputFile.bytes(atPath: missing) }
        #expect(throws: StoreError(.notFound, "cannot read \(directory.path)")) { try InputFile.bytes(atPath: directory.path) }
    }
}
