import Foundation
import GRDB
import Testing
@testable import Koppel

/// Writes of concurrent callers committed together: each caller gets its own result or its
/// own error, and nothing is lost or written twice.
@Suite struct GroupCommitTests {
    struct Refused: Error, Equatable { var n: Int }

    @Test func concurrentWritesAreEachCommittedOnceAndAFailingOneAlone() throws {
        let store = try makeStore()
        let before = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decision_log") ?? 0 }
        let results = Results()
        // 16 threads of their own (more than the cores, as 16 connections to `koppel serve` are).
        let finished = DispatchGroup()
        for thread in 0..<16 {
            finished.enter()
            Thread {
                for n in stride(from: thread, to: 240, by: 16) {
                    do {
                        let id = try store.groupCommit.write(store.pool) { db -> Int64 in
                            let id = try DecisionLog.append(
                                NewDecision(kind: "audit", actor: "caller-\(n)", viewer: .auditor, input: Data()), in: db)
                            // Every seventh write fails after it wrote: rolled back, and only it.
                            if n % 7 == 0 { throw Refused(n: n) }
                            return id
                        }
                        results.add(n, .success(id))
                    } catch {
                        results.add(n, .failure(error))
                    }
                }
                finished.leave()
            }.start()
        }
        finished.wait()
        let outcomes = results.all
        #expect(outcomes.count == 240)
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, actor FROM decision_log WHERE kind = 'audit' ORDER BY id").map { ($0["id"] as Int64, $0["actor"] as String) }
        }
        #expect(rows.count == 240 - (0..<240).filter { $0 % 7 == 0 }.count)
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decision_log") ?? 0 } == before + rows.count)
        let actorOf = Dictionary(uniqueKeysWithValues: rows)
        for (n, outcome) in outcomes {
            switch outcome {
            case .success(let id):
                #expect(n % 7 != 0 && actorOf[id] == "caller-\(n)", "caller \(n) got the id of its own entry")
            case .failure(let error):
                #expect(n % 7 == 0 && (error as? Refused) == Refused(n: n), "caller \(n) got its own error")
            }
        }
    }

    /// Outcomes gathered from many threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [(Int, Result<Int64, any Error>)] = []
        func add(_ n: Int, _ outcome: Result<Int64, any Error>) { lock.withLock { outcomes.append((n, outcome)) } }
        var all: [(Int, Result<Int64, any Error>)] { lock.withLock { outcomes } }
    }
}
