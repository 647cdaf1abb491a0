import Foundation
import KoppelBrowser
import Testing

/// Compares rendered screens with the text fixtures in `Snapshots/`, exactly.
///
/// Run with `KOPPEL_UPDATE_SNAPSHOTS=1 swift test --filter RendererSnapshotTests` to write the
/// fixtures anew after an intended change, then review the diff before committing.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func text(_ lines: [BrowserLine]) -> String {
        lines.map(\.text).joined(separator: "\n") + "\n"
    }

    static func expect(_ lines: [BrowserLine], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(lines)
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["KOPPEL_UPDATE_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.path); record it with KOPPEL_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let diff = zip(e, a).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(5)
                .map { (offset: Int, pair: (Substring, Substring)) -> String in
                    "line \(offset + 1):\n  expected |\(pair.0)|\n  actual   |\(pair.1)|"
                }
            let message = "screen differs from \(name).txt (\(e.count) vs \(a.count) lines)\n" + diff.joined(separator: "\n")
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}
