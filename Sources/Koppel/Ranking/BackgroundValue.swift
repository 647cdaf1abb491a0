import Dispatch

/// A value computed on another thread while the caller goes on with other work.
///
/// `koppel candidates` hashes the fingerprint of every profile for the decision log; the hash
/// does not depend on the ranking, so it runs on the second core while the index is built.
///
/// ```swift
/// let hash = BackgroundValue { InputHash.hex(bytes) }
/// let results = rank()        // meanwhile
/// log(results, hash.value)    // waits if the hash is not ready yet
/// ```
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals; read only after waiting on `done`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, waiting for the worker to finish when needed.
    var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}

/// Drops `garbage` on another thread, so that freeing a large graph of values does not delay
/// the caller. The caller should hold no other reference (pass it with `consume`).
func releaseInBackground<Garbage>(_ garbage: consuming Garbage) {
    let box = UncheckedBox(garbage)
    DispatchQueue.global(qos: .utility).async { _ = box }
}

/// Carries a value to another thread that only drops it.
private final class UncheckedBox<Wrapped>: @unchecked Sendable {
    let value: Wrapped
    init(_ value: consuming Wrapped) { self.value = value }
}
