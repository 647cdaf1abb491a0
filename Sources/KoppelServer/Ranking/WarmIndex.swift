import Dispatch
import Foundation
import Koppel

/// The profiles and the ranking index of the latest data version, kept in memory.
///
/// Rankings are answered from ``RankingSnapshot``s. Each request takes the snapshot current
/// when it starts and uses it to the end, so it sees one data version, never a mix. When the
/// database's data version moves on (a write of this service or of the CLI on the same
/// file), the next snapshot is built on a thread of its own while requests go on being
/// answered from the old one, and swapped in at once when it is complete.
///
/// ```swift
/// let warm = WarmIndex(store: store)
/// warm.refresh()                            // at start: build the first snapshot
/// let snapshot = try await warm.snapshot()  // the first waits for it; later ones never do
/// ```
public final class WarmIndex: @unchecked Sendable {
    private let store: KoppelStore
    private let lock = NSLock()
    /// Guarded by `lock`: the snapshot served, and the build under way.
    private var current: RankingSnapshot?
    private var building: Task<RankingSnapshot, any Error>?
    /// When the database's data version was last read (uptime in nanoseconds), and how often
    /// it is read at most: a write of another program on the same file is seen within that
    /// time; this service's own writes start the next build at once (``refresh()``).
    private var checkedAt: UInt64 = 0
    private static let checkInterval: UInt64 = 100_000_000

    public init(store: KoppelStore) { self.store = store }

    /// The snapshot to answer from: the current one, even while a newer one is being built;
    /// waits only when there is none yet.
    public func snapshot() async throws -> RankingSnapshot {
        let now = DispatchTime.now().uptimeNanoseconds
        let recent = lock.withLock { () -> RankingSnapshot? in
            guard let current, now &- checkedAt < Self.checkInterval else { return nil }
            return current
        }
        if let recent { return recent }
        let store = store
        let version = try await Blocking.run { try store.dataVersion() }
        let (served, build) = lock.withLock { () -> (RankingSnapshot?, Task<RankingSnapshot, any Error>?) in
            checkedAt = now
            if let current, current.version >= version { return (current, nil) }
            return (current, startBuildLocked())
        }
        if let served { return served }
        return try await build!.value
    }

    /// Starts building the next snapshot when none is being built (after a write).
    public func refresh() {
        lock.withLock { _ = startBuildLocked() }
    }

    /// Waits until the snapshot served is of the database's data version (after a write that
    /// must be seen by the next request, such as an erasure; and in tests).
    public func waitUntilCurrent() async throws {
        while true {
            let store = store
            let version = try await Blocking.run { try store.dataVersion() }
            let (served, build) = lock.withLock { () -> (Int64?, Task<RankingSnapshot, any Error>?) in
                if let current, current.version >= version { return (current.version, nil) }
                return (current?.version, startBuildLocked())
            }
            guard let build, served.map({ $0 < version }) ?? true else { return }
            _ = try await build.value
        }
    }

    /// The data version served, nil before the first snapshot.
    public var servedVersion: Int64? { lock.withLock { current?.version } }

    /// Starts a build unless one runs; `lock` is held.
    private func startBuildLocked() -> Task<RankingSnapshot, any Error> {
        if let building { return building }
        let store = store
        let task = Task<RankingSnapshot, any Error> {
            do {
                let snapshot = try await Self.build(store)
                let replaced = self.lock.withLock { () -> RankingSnapshot? in
                    self.building = nil
                    guard self.current.map({ $0.version < snapshot.version }) ?? true else { return nil }
                    defer { self.current = snapshot }
                    return self.current
                }
                // Freeing the old profiles and index takes a while at national size: not under
                // the lock, and not on a request's thread when no request holds it any more.
                if let replaced { DispatchQueue.global(qos: .utility).async { _ = replaced } }
                return snapshot
            } catch {
                self.lock.withLock { self.building = nil }
                throw error
            }
        }
        building = task
        return task
    }

    /// Builds a snapshot on a thread of its own, so that NIO's blocking pool stays free for
    /// requests (at national size a build takes seconds).
    private static func build(_ store: KoppelStore) async throws -> RankingSnapshot {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(with: Result { try store.rankingSnapshot() })
            }
        }
    }
}
