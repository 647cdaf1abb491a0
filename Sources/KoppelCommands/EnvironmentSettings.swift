import Foundation
import Koppel

extension KoppelSettings {
    /// The library's settings from the environment the command runs in:
    /// `KOPPEL_BUSY_TIMEOUT` (seconds, ≥ 0) and `KOPPEL_MAX_INPUT_BYTES` (> 0); a value that is
    /// not such a number leaves the default.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> KoppelSettings {
        var settings = KoppelSettings()
        if let text = environment["KOPPEL_BUSY_TIMEOUT"], let seconds = TimeInterval(text), seconds >= 0, seconds.isFinite {
            settings.busyTimeout = seconds
        }
        if let text = environment["KOPPEL_MAX_INPUT_BYTES"], let bytes = Int(text), bytes > 0 {
            settings.maxInputBytes = bytes
        }
        return settings
    }
}
