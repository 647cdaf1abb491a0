import HTTPTypes
import Hummingbird
import Foundation
import Koppel

/// What every route needs: the store, the warm index, the accounts, who-read-whom, the clock
/// and the day.
struct ServerState: Sendable {
    let store: KoppelStore
    let warm: WarmIndex
    let accounts: AccountStore
    let reads: PersonReads
    let throttle: LoginThrottle
    let configuration: ServerConfiguration

    /// The reference day of a request: `on=YYYY-MM-DD`, else the configured day, else today.
    func day(_ request: Request) throws -> Day {
        try request.dayQuery("on") ?? configuration.today()
    }

    /// Records that the request's account read these persons' data (trainee ids count as
    /// their person).
    func recordReads(_ persons: [String], _ account: Account, _ purpose: String) async throws {
        let reads = reads, now = configuration.now()
        try await Blocking.run { try reads.record(persons, by: account, purpose: purpose, now: now) }
    }
}
