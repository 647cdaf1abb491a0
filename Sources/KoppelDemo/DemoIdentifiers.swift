import KoppelEngine

/// Zero-padded ids whose text order is their number order.
enum DemoIdentifiers {
    /// `prefix` + `number` padded with zeros to `width` digits (never cut).
    static func make(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        let zeros = width - digits.count
        return zeros > 0 ? prefix + String(repeating: "0", count: zeros) + digits : prefix + digits
    }

    /// Digits needed for `count` items, at least `minimum`.
    static func width(for count: Int, minimum: Int) -> Int {
        max(minimum, String(max(count, 1)).count)
    }
}
