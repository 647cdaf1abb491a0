import Foundation

extension Day {
    /// Today in UTC. Engines never call this; commands pass the day in.
    public static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
