import Foundation

/// A position in WGS84 degrees, used for homes, offices and commute distances.
public struct GeoPoint: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres on a sphere of radius 6,371 km, to the metre: the
    /// distance the ranking scores (``RankingRules`` computes it, once, for both).
    ///
    /// This is a straight line, not a road distance; explanations say so. NaN when either point
    /// is not a position on Earth (a latitude beyond ±90°, a non-finite coordinate).
    public func distanceKm(to other: GeoPoint) -> Double {
        guard let a = RankingRules.unitVector(self), let b = RankingRules.unitVector(other) else { return .nan }
        return Double(RankingRules.distanceMetres(a, b)) / 1000
    }
}
