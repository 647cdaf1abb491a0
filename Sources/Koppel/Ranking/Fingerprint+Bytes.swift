import KoppelEngine

extension Fingerprint {
    /// The same bytes as ``people(_:)``, written straight into a byte array.
    ///
    /// `people(_:)` builds a `String` with hundreds of small appends per profile and first
    /// copies the whole array to sort it; at Twente size that was a quarter of `koppel
    /// candidates`' CPU time. Profiles that come in strictly increasing id order (the store's
    /// order) are written as they are; any other input goes through `people(_:)` itself.
    static func peopleBytes(_ people: [Person]) -> [UInt8] {
        for index in people.indices.dropFirst() where !(people[index - 1].id < people[index].id) {
            return Fingerprint.people(people)
        }
        var writer = FingerprintWriter(capacity: people.count * 200)
        for person in people { writer.append(person) }
        return writer.out
    }
}

/// Writes profile lines byte for byte as ``Fingerprint/append(_:to:)`` does, formatting
/// numbers and days without making a `String` for each (they were most of its cost).
struct FingerprintWriter {
    private(set) var out: [UInt8] = []
    /// The text of each non-integral double met so far (coordinates repeat per place).
    private var doubles: [UInt64: [UInt8]] = [:]

    init(capacity: Int) { out.reserveCapacity(capacity) }

    /// One profile's line.
    mutating func append(_ person: Person) {
        put(person.id); bar(); put(person.employer); bar()
        if let scale = person.scale { self.scale(scale) }
        bar(); double(person.hoursPerWeek); bar()
        if let nlqf = person.nlqf { integer(nlqf) }
        bar()
        if let home = person.home {
            double(home.latitude); out.append(0x2C); double(home.longitude)  // ,
        }
        bar(); double(person.maxCommuteKm); bar()
        if let day = person.availableFrom { self.day(day) }
        bar(); put(person.visibility.rawValue); bar()
        for skill in person.skills {
            put(skill.skill); out.append(0x3D); integer(skill.level); out.append(0x3B)  // = ;
        }
        bar()
        for credential in person.credentials {
            put(credential.code); out.append(0x3D)
            if let expires = credential.expires { day(expires) }
            out.append(0x3B)
        }
        bar()
        for domain in person.domains {
            put(domain.domain); out.append(0x3D); double(domain.years); out.append(0x3B)
        }
        bar(); joined(person.wishes.domains); bar()
        joined(person.wishes.employers); bar()
        for (index, move) in person.wishes.moves.enumerated() {
            if index > 0 { out.append(0x3B) }
            put(move.rawValue)
        }
        bar()
        if let scale = person.wishes.scaleMin { self.scale(scale) }
        out.append(0x2D)  // -
        if let scale = person.wishes.scaleMax { self.scale(scale) }
        bar(); double(person.wishes.hoursMin); out.append(0x2D); double(person.wishes.hoursMax)
        out.append(0x0A)
    }

    private mutating func put(_ text: String) { out.append(contentsOf: text.utf8) }

    private mutating func bar() { out.append(0x7C) }  // |

    /// `texts.joined(separator: ";")`.
    private mutating func joined(_ texts: [String]) {
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(0x3B) }
            put(text)
        }
    }

    /// `String(value)`.
    mutating func integer(_ value: Int) {
        if value < 0 {
            guard value != Int.min else { return put(String(value)) }
            out.append(0x2D)
            return integer(-value)
        }
        if value >= 10 { integer(value / 10) }
        out.append(0x30 + UInt8(value % 10))
    }

    /// `String(value)` (nothing for nil): "36.0" for integral values, Swift's shortest
    /// round-tripping text otherwise (remembered, as the same few values come back).
    mutating func double(_ value: Double?) {
        guard let value else { return }
        if value == value.rounded(.towardZero), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
            integer(Int(value))
            out.append(0x2E); out.append(0x30)  // .0
            return
        }
        if let known = doubles[value.bitPattern] { return out.append(contentsOf: known) }
        let text = Array(String(value).utf8)
        doubles[value.bitPattern] = text
        out.append(contentsOf: text)
    }

    /// `day.description`: `YYYY-MM-DD`.
    mutating func day(_ day: Day) {
        let (year, month, date) = day.components
        guard (0...9999).contains(year) else { return put(day.description) }
        digits(year, 4); out.append(0x2D); digits(month, 2); out.append(0x2D); digits(date, 2)
    }

    /// `scale.description`: "8", or "10A" for an A scale.
    private mutating func scale(_ scale: Scale) {
        integer(scale.halfSteps / 2)
        if scale.halfSteps % 2 != 0 { out.append(0x41) }  // A
    }

    /// `value` (0 ≤ value < 10^width) with leading zeros to `width` digits.
    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
