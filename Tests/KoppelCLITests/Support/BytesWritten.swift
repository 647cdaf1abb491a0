import Foundation

/// How far a running process has got in changing its files: the bytes it has written through
/// system calls so far (`wchar` in Linux's `/proc/PID/io`).
///
/// A process killed between two of its writes leaves the same files wherever in between the
/// kill lands, and the same work writes the same bytes on a fast machine and on a slow, busy
/// one: a test that kills at a number of bytes written reaches the states a kill can leave, at
/// the same points wherever it runs.
enum BytesWritten {
    /// The bytes `pid` has written so far, or nil when the system does not say (the process
    /// has ended, or this is not Linux).
    static func current(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("wchar:") {
            return Int(line.dropFirst("wchar:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Follows `process` until it ends and returns the last count seen, or nil when none was.
    static func lastSeen(of process: KoppelProcess) -> Int? {
        var last: Int?
        while process.process.isRunning {
            if let now = current(process.process.processIdentifier) { last = now }
            usleep(100)
        }
        return last
    }

    /// Returns once `process` has written `bytes` bytes, or has ended.
    static func wait(for process: KoppelProcess, toReach bytes: Int) {
        while process.process.isRunning {
            if let now = current(process.process.processIdentifier), now >= bytes { return }
            usleep(100)
        }
    }
}
