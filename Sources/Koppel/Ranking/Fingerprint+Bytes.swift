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
        var out: [UInt8] = []
        out.reserveCapacity(people.count * 200)
        for person in people { append(person, to: &out) }
        return out
    }

    /// One profile's line, byte for byte as ``append(_:to:)`` writes it.
    private static func append(_ person: Person, to out: inout [UInt8]) {
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func bar() { out.append(0x7C) }  // |
        func double(_ value: Double?) { if let value { put(String(value)) } }
        put(person.id); bar(); put(person.employer); bar()
        if let scale = person.scale { put(scale.description) }
        bar(); double(person.hoursPerWeek); bar()
        if let nlqf = person.nlqf { put(String(nlqf)) }
        bar()
        if let home = person.home { put("\(home.latitude),\(home.longitude)") }
        bar(); double(person.maxCommuteKm); bar()
        if let day = person.availableFrom { put(day.description) }
        bar(); put(person.visibility.rawValue); bar()
        for skill in person.skills {
            put(skill.skill); out.append(0x3D); put(String(skill.level)); out.append(0x3B)
        }
        bar()
        for credential in person.credentials {
            put(credential.code); out.append(0x3D)
            if let expires = credential.expires { put(expires.description) }
            out.append(0x3B)
        }
        bar()
        for domain in person.domains {
            put(domain.domain); out.append(0x3D); put(String(domain.years)); out.append(0x3B)
        }
        bar(); joined(person.wishes.domains, into: &out); bar()
        joined(person.wishes.employers, into: &out); bar()
        joined(person.wishes.moves.map(\.rawValue), into: &out); bar()
        if let scale = person.wishes.scaleMin { put(scale.description) }
        out.append(0x2D)  // -
        if let scale = person.wishes.scaleMax { put(scale.description) }
        bar(); double(person.wishes.hoursMin); out.append(0x2D); double(person.wishes.hoursMax)
        out.append(0x0A)
    }

    /// `texts.joined(separator: ";")`.
    private static func joined(_ texts: [String], into out: inout [UInt8]) {
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(0x3B) }
            out.append(contentsOf: text.utf8)
        }
    }
}
