import Foundation
import KoppelBrowser
import KoppelDemo

extension Workloads {
    /// How many placements the trainee browser lists at a size: 5,000 is the target's.
    static func browserPlacements(_ size: BenchSize) -> Int {
        switch size.label {
        case "5k", "regional": return 500
        case "twente", "20k": return 5_000
        default: return 50_000
        }
    }

    /// The screens every keypress is drawn on.
    static let browserScreens = [BrowserSize(columns: 80, rows: 24), BrowserSize(columns: 120, rows: 40)]

    /// From a keypress to a redrawn screen: the terminal's bytes decoded, the key reduced, the
    /// whole screen rendered and encoded with colour, for ``BrowserKeyMix`` on both screens.
    ///
    /// A run is one round of the key mix; every keypress is a sample. The data are
    /// ``BrowserSamples``' deterministic placements (no database: the browser holds its data).
    static func browser(_ size: BenchSize, _ repetitions: Repetitions) throws -> WorkloadResult {
        let count = browserPlacements(size)
        let data = BrowserSamples.traineeData(placements: count)
        var samples: [Double] = []
        var cpu: [Double] = []
        var parts: [String: [Double]] = [:]
        var bytesOut = 0
        for screen in browserScreens {
            var state = BrowserState(data: data, size: screen)
            var decoder = KeyDecoder()
            for round in 0..<(repetitions.warmup + repetitions.runs) {
                for press in BrowserKeyMix.round {
                    let (frame, sample) = measured { () -> Int in
                        for key in decoder.feed(press.bytes) { _ = BrowserReducer.apply(.key(key), to: &state) }
                        let lines = BrowserRenderer.render(state, state.size)
                        return lines.reduce(0) { $0 + $1.ansi(color: true).utf8.count }
                    }
                    bytesOut = Swift.max(bytesOut, frame)
                    guard round >= repetitions.warmup else { continue }
                    samples.append(sample.wall)
                    cpu.append(sample.cpu)
                    parts["\(screen)", default: []].append(sample.wall)
                    parts[press.name, default: []].append(sample.wall)
                }
            }
            guard state.ranking.count > 0, !state.isEditingFilter else {
                throw BenchError("the key mix did not leave the browser as expected at \(screen)")
            }
        }
        return WorkloadResult(
            workload: "browser", size: "\(count) placements", items: count, itemName: "placements", samples: samples,
            cpu: cpu, parts: parts,
            notes: [
                "\(BrowserKeyMix.round.count) keys × \(repetitions.runs) rounds on 80×24 and on 120×40 after \(repetitions.warmup) warm-up rounds; "
                    + "each sample is one keypress: decode, reduce, render the whole screen, encode with colour (largest frame \(bytesOut) bytes)"
            ])
    }
}
