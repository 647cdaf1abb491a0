import Foundation

extension Day {
    /// The Netherlands' time zone, from the time zone database Foundation carries.
    public static let amsterdam: TimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!

    /// Today in the Netherlands: the calendar day in Europe/Amsterdam now. Engines never call
    /// this; commands pass the day in.
    public static var today: Day { today(at: Date()) }

    /// The calendar day in `timeZone` at the moment `date` (an injected clock, for tests):
    /// between midnight and 01:00 (02:00 in summer) Amsterdam is a day ahead of UTC.
    ///
    /// ```swift
    /// Day.today(at: Date(timeIntervalSince1970: 1_774_830_600))   // 2026-03-30 00:30 in Amsterdam
    /// ```
    public static func today(at date: Date, in timeZone: TimeZone = amsterdam) -> Day {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }
}
