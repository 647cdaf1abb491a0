/// A stage of selection whose rates an impact audit compares between groups.
public enum AuditStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// In the top k of at least one logged candidate ranking.
    case shortlisted
    /// Marked `contacted` on a shortlist by an adviser.
    case contacted
    /// Placed as a trainee in an accepted round.
    case placed
    /// Moved in an accepted exchange (cycle or chain).
    case moved
}
