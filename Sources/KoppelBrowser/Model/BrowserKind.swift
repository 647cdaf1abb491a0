/// Which browser this is.
public enum BrowserKind: Hashable, Sendable {
    /// A trainee ranks the placements of their coming rotation (`koppel browse --trainee`).
    case traineeRanking
    /// An adviser reads a vacancy's shortlist and marks candidates (`koppel browse --vacancy`).
    case shortlist
}

/// An adviser's mark on a shortlisted candidate; raw values as stored in `shortlist_mark`.
public enum BrowserMark: String, Hashable, Sendable, CaseIterable {
    case contacted
    case notSuitable = "not-suitable"

    /// How the list shows it.
    public var label: String {
        switch self {
        case .contacted: "contacted"
        case .notSuitable: "not suitable"
        }
    }
}

/// The orders the list can be sorted in; `s` cycles through them.
public enum BrowserSort: Int, Hashable, Sendable, CaseIterable {
    /// Best fit first (eligible before ineligible), then id.
    case fit
    /// Employer name (folded), then title, then id.
    case employer
    /// Shortest commute first, unknown distances last, then id.
    case distance

    public var label: String {
        switch self {
        case .fit: "fit"
        case .employer: "employer"
        case .distance: "distance"
        }
    }
}
