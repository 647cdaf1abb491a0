/// A salary scale (schaal) of the Cao Gemeenten: 1 to 18, plus the intermediate 10A and 11A.
///
/// Scales order as 1 < … < 10 < 10A < 11 < 11A < 12 < … < 18. ``steps(to:)`` measures
/// distance in whole scales, so 10 → 11 is one step and 10 → 10A half a step.
///
/// ```swift
/// Scale("10A")!.steps(to: Scale("11")!)  // 0.5
/// ```
public struct Scale: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Twice the scale number, plus one for an A scale (10 → 20, 10A → 21).
    public let halfSteps: Int

    /// All twenty valid scales in order.
    public static let all: [Scale] = (1...18).flatMap { number -> [Scale] in
        let whole = Scale(halfSteps: number * 2)
        return number == 10 || number == 11 ? [whole, Scale(halfSteps: number * 2 + 1)] : [whole]
    }

    private init(halfSteps: Int) { self.halfSteps = halfSteps }

    /// Parses `"1"`…`"18"`, `"10A"` or `"11A"` (the A in either case); nil otherwise.
    public init?(_ text: String) {
        var body = Substring(text)
        var isA = false
        if let last = body.last, last == "A" || last == "a" {
            isA = true
            body = body.dropLast()
        }
        guard let number = Int(body), (1...18).contains(number), !isA || number == 10 || number == 11 else {
            return nil
        }
        halfSteps = number * 2 + (isA ? 1 : 0)
    }

    public var description: String {
        halfSteps % 2 == 0 ? String(halfSteps / 2) : "\(halfSteps / 2)A"
    }

    /// Distance from this scale to `other` in whole scales (positive when `other` is higher).
    public func steps(to other: Scale) -> Double { Double(other.halfSteps - halfSteps) / 2 }

    public static func < (lhs: Scale, rhs: Scale) -> Bool { lhs.halfSteps < rhs.halfSteps }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = (try? container.decode(String.self)) ?? (try? container.decode(Int.self)).map(String.init) ?? ""
        guard let scale = Scale(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a scale (1-18, 10A, 11A)"))
        }
        self = scale
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
