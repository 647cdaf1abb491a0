import Foundation
import Testing
import KoppelDemo

/// Mutated files through the real binary: `koppel import` and `koppel placements solve` end
/// with 0 or with 2 and a message, never with a crash (a signal) or a silent failure.
@Suite struct HostileInputCLITests {
    static let persons = "id,display_name,employer,scale,hours_per_week,skills\np1,Anouk ter Horst,ENS,8,36,nl:bag=4|nl:bgt\np2,\"Veer, van 't\",HGL,10A,32,\n"
    static let instance = #"{"trainees": {"t1": ["p1", "p2"], "t2": ["p1"]}, "placements": {"p1": {"capacity": 1, "ranking": ["t2", "t1"]}, "p2": {"capacity": 2, "ranking": ["t1"]}}}"#

    static func mutate(_ text: String, seed: UInt64) -> Data {
        var random = DemoRandom(seed: seed)
        func next(_ bound: Int) -> Int { random.int(in: 0..<max(bound, 1)) }
        var bytes = Array(text.utf8)
        let tokens: [[UInt8]] = [[0], [0xFF], [0xEF, 0xBB, 0xBF], Array("\"".utf8), Array(";".utf8), Array("\r\n".utf8),
                                 Array("'; DROP TABLE person; --".utf8), Array(repeating: 0x78, count: 10_000), Array("{[".utf8)]
        for _ in 0..<(1 + next(3)) {
            let at = next(bytes.count + 1)
            switch next(3) {
            case 0: bytes = Array(bytes.prefix(at))
            case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << next(8))
            default: bytes.insert(contentsOf: tokens[next(tokens.count)], at: at)
            }
        }
        return Data(bytes)
    }

    @Test func mutatedImportsAndInstancesNeverCrashTheBinary() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        for seed in 0..<25 {
            for (arguments, text) in [(["import", "persons"], Self.persons), (["placements", "solve"], Self.instance)] {
                let file = dir.appendingPathComponent("in-\(seed)").path
                FileManager.default.createFile(atPath: file, contents: Self.mutate(text, seed: UInt64(seed)))
                let result = try KoppelBinary.run(arguments + [file], in: dir)
                #expect(result.status == 0 || result.status == 2, "\(arguments) seed \(seed): status \(result.status)\n\(result.stderr)")
                if result.status == 2 { #expect(result.stderr.hasPrefix("error: "), "\(arguments) seed \(seed): \(result.stderr)") }
            }
        }
        let export = try KoppelBinary.run(["export", "persons"], in: dir)
        #expect(export.status == 0, "the database still works")
    }
}
