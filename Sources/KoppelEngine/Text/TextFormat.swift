/// Numbers and dates written the way each language reads them.
///
/// ```swift
/// Language.nl.decimal("71.25")          // "71,25"
/// Language.nl.longDate(Day("2026-12-03")!)  // "3 december 2026"
/// Language.en.longDate(Day("2026-12-03")!)  // "3 December 2026"
/// ```
///
/// Only text for people uses these; data formats (JSON, CSV, exports) keep points and ISO dates.
extension Language {
    /// Text with numbers written with a point (`71.25`, `23.4 km`) in this language's style:
    /// Dutch uses a decimal comma (every point between two digits becomes a comma).
    public func decimal(_ pointText: String) -> String {
        guard self == .nl, pointText.contains(".") else { return pointText }
        var result = ""
        var previous: Character?
        var characters = pointText.makeIterator()
        var current = characters.next()
        while let character = current {
            let next = characters.next()
            if character == ".", previous?.isNumber == true, next?.isNumber == true {
                result.append(",")
            } else {
                result.append(character)
            }
            previous = character
            current = next
        }
        return result
    }

    /// A number for people: `31.5` → "31,5" in Dutch, "31.5" in English; whole numbers have no
    /// decimals.
    public func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return decimal(text)
    }

    /// Hundredths as a number with two decimals: 7125 → "71,25" / "71.25".
    public func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let cents = magnitude % 100
        return decimal("\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)")
    }

    /// A day written out: "3 december 2026" in Dutch, "3 December 2026" in English.
    public func longDate(_ day: Day) -> String {
        let (year, month, date) = day.components
        guard (1...12).contains(month) else { return day.description }
        let names = self == .nl ? Self.dutchMonths : Self.englishMonths
        return "\(date) \(names[month - 1]) \(year)"
    }

    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

