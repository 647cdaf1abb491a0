import Foundation
import GRDB
import KoppelDemo
import Testing
@testable import Koppel

/// Thousands of mutated CSV and JSON files for every kind: the importer never crashes, and
/// either imports or refuses with an ``ImportError`` whose every issue names the file and a
/// reason. The database stays sound.
@Suite struct ImportFuzzTests {
    static let mutationsPerFormat = 80

    @Test(arguments: EntityKind.all.map(\.name))
    func mutatedFilesAreImportedOrRefusedClearly(kind name: String) throws {
        let kind = try #require(EntityKind.named(name))
        let source = try makeStore()
        try Fixture.load(into: source)
        let csv = Array(try #require(Fixture.files.first { $0.kind.name == name }).csv.utf8)
        let json = Array(try source.exported(kind, .json).utf8)
        let store = try makeStore()
        try Fixture.load(into: store)
        var random = SeededRandom(seed: UInt64(name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }.magnitude))
        var outcomes = (accepted: 0, refused: 0)
        for (format, seed) in [(DataFormat.csv, csv), (DataFormat.json, json)] {
            for round in 0..<Self.mutationsPerFormat {
                let bytes = FuzzMutator.mutate(seed, &random)
                let file = "fuzz-\(round).\(format.rawValue)"
                // Most runs are dry (the same checks and writes, rolled back); every fifth writes.
                let dryRun = round % 5 != 0
                do {
                    try store.importData(bytes, kind: kind, file: file, format: random.chance(0.8) ? nil : format, dryRun: dryRun)
                    outcomes.accepted += 1
                } catch let error as ImportError {
                    outcomes.refused += 1
                    #expect(!error.issues.isEmpty, "\(file): an error without issues")
                    for issue in error.issues {
                        #expect(issue.file == file && !issue.reason.isEmpty, "\(file): \(issue)")
                    }
                    #expect(error.description.hasPrefix("import refused, nothing was written"))
                } catch {
                    Issue.record("\(name) \(file): not an ImportError: \(type(of: error)) \(error)\ninput: \(String(decoding: bytes.prefix(400), as: UTF8.self))")
                }
            }
        }
        #expect(outcomes.refused > 0, "the mutations must find something to refuse")
        #expect(try store.integrityCheck() == ["ok"])
        // The fixture's own rows are still all there and readable.
        #expect(try store.counts().employers >= 20)
    }

    @Test func randomBytesAreRefusedClearly() throws {
        let store = try makeStore()
        var random = SeededRandom(seed: 42)
        for round in 0..<300 {
            let bytes = (0..<random.int(in: 0...300)).map { _ in UInt8(random.int(in: 0...255)) }
            do {
                try store.importData(bytes, kind: .named("persons")!, file: "noise-\(round)", dryRun: true)
            } catch let error as ImportError {
                #expect(!error.issues.isEmpty && error.issues.allSatisfy { !$0.reason.isEmpty })
            } catch {
                Issue.record("noise-\(round): \(type(of: error)) \(error)")
            }
        }
    }

    @Test func deeplyNestedJSONIsRefusedNotACrash() throws {
        let store = try makeStore()
        for depth in [100, 10_000, 100_000] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(throws: ImportError.self) { try store.importData(Array(text.utf8), kind: .named("persons")!, file: "deep.json", dryRun: true) }
        }
    }
}
