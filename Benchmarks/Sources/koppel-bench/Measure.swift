import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Monotonic time in seconds.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// CPU time (user + system) this process has used so far, in seconds.
func cpuNow() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Wall and CPU time of one run.
struct Sample {
    var wall: Double
    var cpu: Double
}

/// Runs `body` once and returns its value with its wall and CPU time.
func measured<T>(_ body: () throws -> T) rethrows -> (value: T, sample: Sample) {
    let cpu = cpuNow()
    let start = now()
    let value = try body()
    return (value, Sample(wall: now() - start, cpu: cpuNow() - cpu))
}

/// Runs `body` once and returns its wall time in seconds.
@discardableResult
func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
}

/// Median and 95th percentile (nearest rank) of samples.
struct Summary: Codable {
    var count: Int
    var median: Double
    var p95: Double
    var min: Double
    var max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        guard !sorted.isEmpty else {
            median = .nan; p95 = .nan; min = .nan; max = .nan
            return
        }
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let rank = Int((0.95 * Double(sorted.count)).rounded(.up))
        p95 = sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
        min = sorted.first!
        max = sorted.last!
    }
}

/// Peak resident memory of this process so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024  // Linux reports kilobytes
}

/// A finished child process: exit status, wall time and peak resident memory.
struct ChildRun {
    var status: Int32
    var seconds: Double
    /// User + system CPU seconds of the child.
    var cpu: Double
    var peakBytes: Int
}

/// Starts `path` with `arguments`, its standard output to the file `stdout` (or, with nil, to
/// this process's standard error; standard error is inherited), waits for it, and returns its
/// status, wall time and peak resident memory (from `wait4`).
func runChild(_ path: String, _ arguments: [String], stdout: String? = "/dev/null") throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdout {
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    } else {
        posix_spawn_file_actions_adddup2(&actions, 2, 1)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { throw BenchError("wait4 failed for \(path)") }
    }
    let seconds = now() - start
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ChildRun(status: exit, seconds: seconds, cpu: cpu, peakBytes: Int(usage.ru_maxrss) * 1024)
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Formats seconds for a table: µs, ms or s with three significant digits.
func formatSeconds(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "–" }
    if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: seconds < 0.01 ? "%.2f ms" : "%.1f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

func formatBytes(_ bytes: Int) -> String {
    guard bytes > 0 else { return "–" }
    let mib = Double(bytes) / 1_048_576
    return mib >= 1024 ? String(format: "%.2f GiB", mib / 1024) : String(format: "%.0f MiB", mib)
}
