import ArgumentParser
import Foundation
import Koppel
import KoppelServer

/// `koppel users`: the service's accounts (add, list, disable, passwd, token).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: tr("help.users.abstract"),
        discussion: "Passwords are read from a prompt without echo, or from the first line of standard input; never from the command line.",
        subcommands: [Add.self, List.self, Disable.self, Passwd.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.users.add"))
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account's id (letters, digits, . - _ @).") var id: String
        @Option(help: "The name shown for the account.") var name: String
        @Option(help: "adviser, regional, trainee, auditor, steward or admin.") var role: String
        @Option(help: ArgumentHelp("An adviser's employer.", valueName: "code")) var employer: String?
        @Option(help: ArgumentHelp("A trainee account's trainee.", valueName: "id")) var trainee: String?
        @Option(help: "nl or en.") var language = "nl"
        @Flag(help: "No password: the account signs in with API tokens only.") var noPassword = false

        func run() throws {
            try runReportingErrors {
                guard let role = AccountRole(rawValue: role) else {
                    throw CLIError.runtime(tr("users.badRole", ["roles": AccountRole.allCases.map(\.rawValue).joined(separator: ", ")]))
                }
                let accounts = AccountStore(try store.openExisting())
                let password = noPassword ? nil : try PasswordPrompt.read(tr("users.passwordFor", ["id": id]))
                try accounts.add(
                    Account(id: id, displayName: name, role: role, employer: employer, trainee: trainee, language: language),
                    password: password)
                Console.error(tr("users.added", ["id": id, "role": role.rawValue]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.users.list"))
        @OptionGroup var store: StoreOptions
        @Option(help: "table or json.") var format: SolveFormat = .table

        func run() throws {
            try runReportingErrors {
                let list = try AccountStore(try store.openExisting()).list()
                if format == .json { return Console.out(try JSONOutput.encode(list)) }
                var table = TextTable(columns: [
                    .init(title: tr("log.column.id"), maxWidth: 24), .init(title: tr("table.name"), maxWidth: 30),
                    .init(title: tr("users.column.role"), maxWidth: 8), .init(title: tr("users.column.of"), maxWidth: 10),
                    .init(title: tr("users.column.status"), maxWidth: 12),
                ])
                for account in list {
                    table.rows.append([account.id, account.displayName, account.role.rawValue, account.employer ?? account.trainee ?? "",
                                       tr(account.disabled ? "users.disabled" : "users.active")])
                }
                Console.out(table.render(bold: Console.colorOnStdout).joined(separator: "\n") + "\n")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.users.disable"))
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account's id.") var id: String
        @Flag(help: "Enable the account again.") var enable = false

        func run() throws {
            try runReportingErrors {
                try AccountStore(try store.openExisting()).setDisabled(id, !enable)
                Console.error(tr(enable ? "users.enabledAccount" : "users.disabledAccount", ["id": id]))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.users.passwd"))
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account's id.") var id: String

        func run() throws {
            try runReportingErrors {
                let accounts = AccountStore(try store.openExisting())
                try accounts.setPassword(id, try PasswordPrompt.read(tr("users.newPasswordFor", ["id": id])))
                Console.error(tr("users.passwordSet", ["id": id]))
            }
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("help.users.token"),
            discussion: "The token is printed once on stdout; only its SHA-256 is stored.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The account's id (not needed with --revoke).") var id: String?
        @Option(help: "Days the token is valid.") var days = 90
        @Option(help: "A note on what the token is for.") var label = ""
        @Flag(help: "List the account's tokens instead.") var list = false
        @Option(help: ArgumentHelp("Revoke this token.", valueName: "token-id")) var revoke: String?

        func run() throws {
            try runReportingErrors {
                let accounts = AccountStore(try store.openExisting())
                if let revoke {
                    try accounts.revokeToken(revoke)
                    return Console.error(tr("users.tokenRevoked", ["id": revoke]))
                }
                guard let id else { throw CLIError.runtime(tr("users.nameTheAccount")) }
                if list {
                    for token in try accounts.tokens(of: id) {
                        let state = token.revoked ? tr("users.token.revoked") : tr("users.token.expires", ["at": token.expiresAt])
                        Console.out("\(token.id)  \(state)  \(token.label)\n")
                    }
                    return
                }
                let issued = try accounts.issueToken(for: id, days: days, label: label)
                Console.out(issued.token + "\n")
                Console.error(tr("users.tokenIssued", ["token": issued.id, "id": id, "days": days]))
            }
        }
    }
}
