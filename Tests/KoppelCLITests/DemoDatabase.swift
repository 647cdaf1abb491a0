import Foundation

/// One Twente-size demo database built by the real binary, shared by the end-to-end tests.
enum DemoDatabase {
    /// The path of the demo database (built on first use, with a fixed reference day).
    static let path: String = {
        let dir = temporaryDirectory()
        let path = dir.appendingPathComponent("demo.db").path
        let result = try! KoppelBinary.run(["demo", "--db", path, "--today", "2026-11-25"], in: dir)
        precondition(result.status == 0, "koppel demo failed: \(result.stderr)")
        return path
    }()
}
