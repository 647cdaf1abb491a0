import ArgumentParser
import Foundation
import Koppel

/// The language of this run of the CLI, resolved once before the arguments are parsed.
///
/// `--lang nl|en` (anywhere before `--`, taken out before ArgumentParser sees the arguments, so
/// every command accepts it), else `KOPPEL_LANG`, else `LC_ALL`/`LC_MESSAGES`/`LANG` (`nl*` is
/// Dutch), else English. Help texts are looked up when ArgumentParser builds them, so `--help`
/// follows the same language.
public enum CLILanguage {
    /// The language of every text the CLI prints; set once by ``prepare(_:environment:)``.
    nonisolated(unsafe) public private(set) static var current: Language = .en
    /// Whether ``current`` was chosen (`--lang`, `KOPPEL_LANG` or the locale) rather than the
    /// English fallback; a letter to a person is in Dutch unless a language was chosen.
    nonisolated(unsafe) public private(set) static var chosen = false

    /// The arguments without `--lang VALUE` / `--lang=VALUE`, after setting ``current``.
    /// An unknown language ends the process with a usage error (exit 64).
    public static func prepare(
        _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String] {
        var remaining: [String] = []
        var option: String?
        var index = 0
        var missingValue = false
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            if argument == "--lang" {
                if index + 1 < arguments.count {
                    option = arguments[index + 1]
                    index += 2
                } else {
                    missingValue = true
                    index += 1
                }
                continue
            }
            if argument.hasPrefix("--lang=") {
                option = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            remaining.append(argument)
            index += 1
        }
        let fallback = Language.resolve(option: nil, environment: environment) ?? .en
        if missingValue {
            current = fallback
            Console.error(current.text("common.error", ["message": current.text("cli.langMissing")]))
            exit(64)
        }
        guard let language = Language.resolve(option: option, environment: environment) else {
            current = option == nil ? .en : fallback
            let source = option != nil ? "--lang" : "KOPPEL_LANG"
            let value = option ?? environment["KOPPEL_LANG"] ?? ""
            Console.error(
                current.text("common.error", ["message": current.text("common.unknownLanguage", ["value": value, "source": source])]))
            exit(64)
        }
        current = language
        // The C and POSIX locales name no language.
        chosen = option != nil || !(environment["KOPPEL_LANG"] ?? "").isEmpty
            || ["LC_ALL", "LC_MESSAGES", "LANG"].contains { name in
                let value = environment[name] ?? ""
                return !value.isEmpty && !value.hasPrefix("C") && value != "POSIX"
            }
        return remaining
    }
}

/// The catalogue text of `key` in the CLI's language (``CLILanguage/current``).
func tr(_ key: String, _ arguments: [String: any TextArgument] = [:]) -> String {
    CLILanguage.current.text(key, arguments)
}

/// A help text from the catalogue, in the CLI's language.
func helpText(_ key: String, discussion: String? = nil, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(tr(key), discussion: discussion.map { tr($0) } ?? "", valueName: valueName)
}
