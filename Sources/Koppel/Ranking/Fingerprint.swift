import Foundation
import KoppelEngine

/// A canonical text of the inputs of a decision, hashed into the decision log.
///
/// Every field that can change a score is written in a fixed order, so the same data gives
/// the same hash and any change gives another.
enum Fingerprint {
    static func people(_ people: [Person]) -> [UInt8] {
        var text = ""
        text.reserveCapacity(people.count * 160)
        for person in people.sorted(by: { $0.id < $1.id }) { append(person, to: &text) }
        return Array(text.utf8)
    }

    static func append(_ person: Person, to text: inout String) {
        text += person.id; text += "|"; text += person.employer; text += "|"
        text += person.scale?.description ?? ""; text += "|"; text += opt(person.hoursPerWeek); text += "|"
        text += person.nlqf.map(String.init) ?? ""; text += "|"
        text += person.home.map { "\($0.latitude),\($0.longitude)" } ?? ""; text += "|"
        text += opt(person.maxCommuteKm); text += "|"; text += person.availableFrom?.description ?? ""; text += "|"
        text += person.visibility.rawValue; text += "|"
        for skill in person.skills { text += skill.skill; text += "="; text += String(skill.level); text += ";" }
        text += "|"
        for credential in person.credentials { text += credential.code; text += "="; text += credential.expires?.description ?? ""; text += ";" }
        text += "|"
        for domain in person.domains { text += domain.domain; text += "="; text += String(domain.years); text += ";" }
        text += "|"; text += person.wishes.domains.joined(separator: ";"); text += "|"
        text += person.wishes.employers.joined(separator: ";"); text += "|"
        text += person.wishes.moves.map(\.rawValue).joined(separator: ";"); text += "|"
        text += person.wishes.scaleMin?.description ?? ""; text += "-"; text += person.wishes.scaleMax?.description ?? ""
        text += "|"; text += opt(person.wishes.hoursMin); text += "-"; text += opt(person.wishes.hoursMax); text += "\n"
    }

    static func vacancies(_ vacancies: [Vacancy]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(vacancies.sorted { $0.id < $1.id })) ?? Data())
    }

    private static func opt(_ value: Double?) -> String { value.map { String($0) } ?? "" }
}
