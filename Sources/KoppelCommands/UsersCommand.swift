import ArgumentParser
import Foundation
import Koppel
import KoppelServer

/// `koppel users`: the service's accounts (add, list, disable, passwd, token).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: tr("help.users.abstract"),
        discussion: tr("help.users.discussion"),
        subcommands: [Add.self, List.self, Disable.self, Passwd.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: tr("help.users.add"))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("help.users.id")) var id: String
        @Option(help: helpText("help.users.name")) var name: String
        @Option(help: helpText("help.users.role")) var role: String
        @Option(help: helpText("help.users.employer", valueName: "code")) var employer: String?
        @Option(help: helpText("help.users.trainee", valueName: "id")) var trainee: String?
        @Option(help: helpText("help.users.language")) var language = "nl"
        @Flag(help: helpText("help.users.noPassword")) var noPassword = false

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
        @Option(help: helpText("help.format.tableJSON")) var format: SolveFormat = .table

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
        @Argument(help: helpText("help.accountID")) var id: String
        @Flag(help: helpText("help.users.enable")) var enable = false

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
        @Argument(help: helpText("help.accountID")) var id: String

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
            discussion: tr("help.users.token.discussion"))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("help.users.id2")) var id: String?
        @Option(help: helpText("help.users.days")) var days = 90
        @Option(help: helpText("help.users.label")) var label = ""
        @Flag(help: helpText("help.users.list")) var list = false
        @Option(help: helpText("help.users.revoke", valueName: "token-id")) var revoke: String?

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
