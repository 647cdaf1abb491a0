import Foundation

/// The service's timestamps: UTC, to the second, in one fixed ISO 8601 form, so that text
/// order is time order.
enum ServerClock {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
