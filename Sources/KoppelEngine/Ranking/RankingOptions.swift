/// Filters and knobs of one ranking request (who asks is a separate, required argument).
///
/// ```swift
/// var options = RankingOptions()
/// options.maxKm = 30
/// options.limit = 20
/// ```
public struct RankingOptions: Hashable, Sendable, Codable {
    /// Only people currently at this employer (code); when ranking vacancies, only vacancies of it.
    public var employer: String?
    /// Search radius in km (straight line); a person beyond it, or whose distance is unknown,
    /// is ineligible with ``RankingReasonCode/beyondMaxKm`` or ``RankingReasonCode/distanceUnknown``.
    public var maxKm: Double?
    /// When false (the default) ineligible results never appear; when true they follow all
    /// eligible ones, with their reasons.
    public var includeIneligible: Bool
    /// At most this many results; nil for all.
    public var limit: Int?
    /// Days a person may become available after the vacancy's start and still be eligible
    /// (with fewer availability points); default 60.
    public var availabilityGraceDays: Int

    public init(
        employer: String? = nil, maxKm: Double? = nil, includeIneligible: Bool = false, limit: Int? = 50,
        availabilityGraceDays: Int = 60
    ) {
        self.employer = employer
        self.maxKm = maxKm
        self.includeIneligible = includeIneligible
        self.limit = limit
        self.availabilityGraceDays = availabilityGraceDays
    }
}
