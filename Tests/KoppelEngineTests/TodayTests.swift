import Foundation
import Testing
import KoppelEngine

/// "Today" is the day in Europe/Amsterdam, on both sides of both daylight-saving changes.
@Suite struct TodayTests {
    /// A moment given in UTC.
    static func utc(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: Double(Day(day)!.ordinal * 86_400 + hour * 3600 + minute * 60))
    }

    @Test func theTimeZoneIsAmsterdamFromTheDatabase() {
        #expect(Day.amsterdam.identifier == "Europe/Amsterdam")
    }

    @Test(arguments: [
        // Winter (UTC+1): 23:30 UTC is 00:30 the next day.
        ("2026-01-15", 22, 59, "2026-01-15"), ("2026-01-15", 23, 0, "2026-01-16"), ("2026-01-15", 23, 30, "2026-01-16"),
        // Spring forward, Sunday 29 March 2026 01:00 UTC: from then on UTC+2.
        ("2026-03-28", 23, 30, "2026-03-29"), ("2026-03-29", 0, 59, "2026-03-29"), ("2026-03-29", 1, 0, "2026-03-29"),
        ("2026-03-29", 21, 59, "2026-03-29"), ("2026-03-29", 22, 0, "2026-03-30"), ("2026-03-29", 22, 30, "2026-03-30"),
        // Summer (UTC+2): 22:00 UTC is midnight.
        ("2026-07-01", 21, 59, "2026-07-01"), ("2026-07-01", 22, 0, "2026-07-02"),
        // Fall back, Sunday 25 October 2026 01:00 UTC: from then on UTC+1.
        ("2026-10-24", 21, 59, "2026-10-24"), ("2026-10-24", 22, 0, "2026-10-25"), ("2026-10-25", 0, 30, "2026-10-25"),
        ("2026-10-25", 1, 30, "2026-10-25"), ("2026-10-25", 22, 59, "2026-10-25"), ("2026-10-25", 23, 0, "2026-10-26"),
    ])
    func todayIsTheDayInAmsterdam(utcDay: String, hour: Int, minute: Int, expected: String) {
        #expect(Day.today(at: Self.utc(utcDay, hour, minute)).description == expected)
    }
}
