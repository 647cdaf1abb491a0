import Crypto
import KoppelEngine

/// The input hash of a ranking of candidates, with the profiles hashed once for every vacancy.
///
/// A logged ranking of candidates (from data version 1 on, see ``DecisionLogEntry/dataVersion``)
/// hashes every profile's fingerprint and then the vacancy's. The hash state after the
/// profiles is kept, so `koppel serve` hashes a million profiles once per data version and
/// each request only adds its vacancy. Entries from before data versions were recorded hash
/// the vacancy first; replay uses the order of the entry.
///
/// ```swift
/// let profiles = CandidatesInputHash(people: people)   // the costly part, once
/// profiles.hex(vacancy: v0001)                         // 64 hex digits, per request
/// ```
struct CandidatesInputHash: @unchecked Sendable {  // immutable; SHA256 is a value
    private let afterPeople: SHA256

    /// Hashes the profiles' fingerprint (``Fingerprint/peopleBytes(_:)``).
    init(people: [Person]) {
        var hash = SHA256()
        hash.update(data: Fingerprint.peopleBytes(people))
        afterPeople = hash
    }

    /// The input hash of ranking these profiles for `vacancy`.
    func hex(vacancy: Vacancy) -> String {
        var hash = afterPeople
        hash.update(data: Fingerprint.vacancies([vacancy]))
        return InputHash.hex(digest: hash.finalize())
    }

}
