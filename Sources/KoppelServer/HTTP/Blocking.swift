import NIOPosix

/// Runs blocking work (SQLite, bcrypt) on NIO's thread pool, off the concurrency pool.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
