import Foundation

/// Slows down password guessing: after `freeFailures` failed sign-ins for one account, or from
/// one address, further attempts wait, the wait doubling with each failure (at most 15
/// minutes). A successful sign-in clears the account's count.
actor LoginThrottle {
    struct Record { var failures: Int; var last: Date }

    let freeFailures: Int
    let now: @Sendable () -> Date
    private var records: [String: Record] = [:]

    init(freeFailures: Int = 5, now: @escaping @Sendable () -> Date = { Date() }) {
        self.freeFailures = freeFailures
        self.now = now
    }

    /// Seconds to wait before the next attempt for this account or address, or nil.
    func retryAfter(account: String, address: String) -> Int? {
        let waits = [Self.key(account: account), Self.key(address: address)].compactMap { wait(records[$0]) }
        return waits.max()
    }

    /// Records a failed attempt for both the account and the address.
    func failed(account: String, address: String) {
        let time = now()
        for key in [Self.key(account: account), Self.key(address: address)] {
            var record = records[key] ?? Record(failures: 0, last: time)
            // A count that has waited out a quarter of an hour starts again.
            if time.timeIntervalSince(record.last) > 900 { record.failures = 0 }
            record.failures += 1
            record.last = time
            records[key] = record
        }
    }

    /// Clears the account's failures after a successful sign-in.
    func succeeded(account: String) { records[Self.key(account: account)] = nil }

    private func wait(_ record: Record?) -> Int? {
        guard let record, record.failures >= freeFailures else { return nil }
        let delay = min(900.0, pow(2, Double(record.failures - freeFailures)) * 15)
        let left = delay - now().timeIntervalSince(record.last)
        return left > 0 ? Int(left.rounded(.up)) : nil
    }

    private static func key(account: String) -> String { "account:" + account.lowercased() }
    private static func key(address: String) -> String { "address:" + address }
}
