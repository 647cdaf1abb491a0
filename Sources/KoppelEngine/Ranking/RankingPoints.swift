/// A number of points held exactly, in hundredths of a point, so that components add up to
/// the total without rounding.
///
/// In JSON it is a plain number with at most two decimals (`71.25`); ``description`` always
/// shows two decimals (`"71.25"`, `"25.00"`).
public struct RankingPoints: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The value in hundredths of a point: 7125 means 71.25 points.
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    public static let zero = RankingPoints(hundredths: 0)

    /// The value as a `Double` (for display or JSON; sums should use ``hundredths``).
    public var value: Double { Double(hundredths) / 100 }

    public var description: String { RankingFormat.hundredths(hundredths) }

    public static func < (lhs: RankingPoints, rhs: RankingPoints) -> Bool { lhs.hundredths < rhs.hundredths }

    public static func + (lhs: RankingPoints, rhs: RankingPoints) -> RankingPoints {
        RankingPoints(hundredths: lhs.hundredths + rhs.hundredths)
    }

    public init(from decoder: any Decoder) throws {
        let number = try decoder.singleValueContainer().decode(Double.self)
        guard number.isFinite, abs(number) < 1e12 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "\(number) is not a number of points"))
        }
        hundredths = Int((number * 100).rounded())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
