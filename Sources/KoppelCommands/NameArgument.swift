import ArgumentParser
import Koppel

/// A skill, credential, domain or employer named on the command line by its id or by its Dutch
/// or English name (case and accents do not matter).
///
/// `--employer "gemeente hengelo"` means `HGL`; an unknown or ambiguous name is a usage error
/// (exit 64) with the closest names: "onbekende werkgever 'Hengeloo'; bedoelt u Gemeente
/// Hengelo (HGL)?".
enum NameArgument {
    enum Kind: String {
        case skill, credential, domain, employer

        func matcher(_ catalog: Catalog) -> NameMatcher {
            switch self {
            case .skill: .skills(catalog)
            case .credential: .credentials(catalog)
            case .domain: .domains(catalog)
            case .employer: .employers(catalog)
            }
        }
    }

    /// The id `text` names, or a usage error saying what it might have meant.
    static func resolve(_ text: String, _ kind: Kind, in catalog: Catalog) throws -> String {
        switch kind.matcher(catalog).match(text) {
        case .found(let id):
            return id
        case .ambiguous(let candidates):
            throw ValidationError(
                tr("names.ambiguous", [
                    "name": text, "kinds": tr("names.kinds.\(kind.rawValue)"),
                    "candidates": CLILanguage.current.list(candidates),
                ]))
        case .unknown(let suggestions):
            var message = tr("names.unknown", ["kind": tr("names.kind.\(kind.rawValue)"), "name": text])
            if !suggestions.isEmpty {
                message += "; " + tr("common.didYouMean", ["names": suggestions.joined(separator: tr("names.or"))])
            }
            throw ValidationError(message)
        }
    }
}
