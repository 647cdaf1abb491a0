import GRDB
import KoppelEngine

/// A profile that was not updated for a while: a candidate for review or erasure (AVG
/// storage limitation).
public struct StaleProfile: Sendable, Codable, Equatable {
    public var id: String
    public var displayName: String
    public var employer: String
    /// The last update day, nil when the profile never recorded one.
    public var updatedAt: Day?
    public var consentAt: Day?
}

extension KoppelStore {
    /// Profiles whose last update lies `months` months or more before `day`, or that never
    /// recorded an update, oldest first (never-updated ones first of all), as far as `viewer`
    /// may see them.
    public func staleProfiles(months: Int, on day: Day, viewer: Viewer) throws -> [StaleProfile] {
        let cutoff = day.subtracting(months: months)
        let policy = AccessPolicy(viewer)
        try Self.require(policy.mayExport, text: "access.stale", ["viewer": viewer])
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, display_name, employer, visibility, updated_at, consent_at FROM person
                WHERE updated_at IS NULL OR updated_at <= ?
                ORDER BY updated_at IS NOT NULL, updated_at, id
                """, arguments: [cutoff.description]).filter { row in
                policy.maySee(person: row["id"], employer: row["employer"], visibility: Visibility(rawValue: row["visibility"]) ?? .discreet)
            }.map { row in
                StaleProfile(
                    id: row["id"], displayName: row["display_name"], employer: row["employer"],
                    updatedAt: (row["updated_at"] as String?).flatMap(Day.init),
                    consentAt: (row["consent_at"] as String?).flatMap(Day.init))
            }
        }
    }
}

extension Day {
    /// The same day of the month `months` months earlier, or the last day of that month.
    public func subtracting(months: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) - months
        let (y, m) = (total / 12, total % 12 + 1)
        var d = day
        while d > 28, Day(year: y, month: m, day: d) == nil { d -= 1 }
        return Day(year: y, month: m, day: d)!
    }
}
