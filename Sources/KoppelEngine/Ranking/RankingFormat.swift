/// Number formatting for explanations, without Foundation and without locale surprises.
enum RankingFormat {
    /// 7125 → "71.25", 5 → "0.05", -150 → "-1.50".
    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Tenths without a trailing ".0": 325 → "32.5", 320 → "32".
    static func tenths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Metres as kilometres with one decimal: 23_449 → "23.4 km".
    static func kilometres(_ metres: Int) -> String {
        let tenths = (metres + 50) / 100
        return "\(tenths / 10).\(tenths % 10) km"
    }

    /// Metres of a limit as kilometres without needless decimals: 30_000 → "30 km", 12_500 → "12.5 km".
    static func limitKilometres(_ metres: Int) -> String {
        if metres % 1000 == 0 { return "\(metres / 1000) km" }
        return kilometres(metres)
    }

    /// Permille as a percentage: 600 → "60 %", 625 → "62.5 %".
    static func percent(permille: Int) -> String { "\(tenths(permille)) %" }

    /// A scale range from half steps: (20, 22) → "10–11", (21, 21) → "10A".
    static func scaleRange(_ lo: Int, _ hi: Int) -> String {
        lo == hi ? scale(lo) : "\(scale(lo))–\(scale(hi))"
    }

    static func scale(_ halfSteps: Int) -> String {
        halfSteps % 2 == 0 ? String(halfSteps / 2) : "\(halfSteps / 2)A"
    }

    /// An hours range from tenths: (320, 360) → "32–36 h/week".
    static func hoursRange(_ lo: Int, _ hi: Int) -> String {
        lo == hi ? "\(tenths(lo)) h/week" : "\(tenths(lo))–\(tenths(hi)) h/week"
    }

    static func day(_ ordinal: Int) -> String { Day(ordinal: ordinal).description }
}
