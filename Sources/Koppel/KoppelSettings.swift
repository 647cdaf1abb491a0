import Foundation

/// Process-wide settings of the library, set by the program that embeds it.
///
/// The library reads no environment variable itself: the `koppel` command reads
/// `KOPPEL_BUSY_TIMEOUT` and `KOPPEL_MAX_INPUT_BYTES` and sets ``current`` once at start; an
/// embedding app sets what it needs before opening a store.
///
/// ```swift
/// KoppelSettings.current.busyTimeout = 2
/// ```
public struct KoppelSettings: Sendable, Equatable {
    /// Seconds a connection waits for a lock held by another process before it fails: 10.
    public var busyTimeout: TimeInterval = 10
    /// The largest input file or standard input stream read, in bytes: 1 GiB (a million
    /// profiles take about 360 MB).
    public var maxInputBytes: Int = 1 << 30

    /// The defaults.
    public init() {}

    /// The settings in force for this process.
    public static var current: KoppelSettings {
        get { storage.read() }
        set { storage.write(newValue) }
    }

    private static let storage = Locked(KoppelSettings())
}

/// A value behind a lock, for process-wide settings read from many threads.
private final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func read() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func write(_ newValue: Value) {
        lock.lock()
        value = newValue
        lock.unlock()
    }
}
