import Foundation
import Koppel

/// Fault injection for crash tests: `KOPPEL_FAULT=erase-after-deleted` (or `-compacted`,
/// `-finished`) makes `koppel person erase` kill itself with SIGKILL when that stage ends,
/// so a test can check what the next koppel finds. Unset, it does nothing.
enum FaultInjection {
    static func erasureStep(_ step: ErasureStep) {
        if ProcessInfo.processInfo.environment["KOPPEL_FAULT"] == "erase-after-\(step.rawValue)" {
            kill(getpid(), SIGKILL)
        }
    }
}
