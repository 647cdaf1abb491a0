import HTTPTypes
import Hummingbird
import Koppel

/// Accounts, for admins only: list, add, disable, issue a token.
struct AccountRoutes {
    let state: ServerState

    struct NewAccount: Decodable {
        var id: String
        var displayName: String
        var role: AccountRole
        var employer: String?
        var trainee: String?
        var language: String?
        var password: String?
    }

    struct NewToken: Decodable { var days: Int; var label: String? }
    struct IssuedToken: Encodable { var id: String; var token: String }

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.get("accounts") { _, context in
            try admin(context)
            let accounts = state.accounts
            return try Reply.json(encoding: try await Blocking.run { try accounts.list() })
        }
        group.post("accounts") { request, context in
            try admin(context)
            let new = try await request.json(NewAccount.self, context: context)
            let account = Account(
                id: new.id, displayName: new.displayName, role: new.role, employer: new.employer, trainee: new.trainee,
                language: new.language ?? "nl")
            let accounts = state.accounts, now = state.configuration.now()
            try await Blocking.run { try accounts.add(account, password: new.password, now: now) }
            return try Reply.json(encoding: account, status: .created)
        }
        group.post("accounts/:id/disable") { _, context in
            try admin(context)
            let id = try context.path("id")
            let accounts = state.accounts
            try await Blocking.run { try accounts.setDisabled(id) }
            return Response(status: .noContent)
        }
        group.post("accounts/:id/tokens") { request, context in
            try admin(context)
            let id = try context.path("id")
            let new = try await request.json(NewToken.self, context: context)
            let accounts = state.accounts, now = state.configuration.now()
            let issued = try await Blocking.run { try accounts.issueToken(for: id, days: new.days, label: new.label ?? "", now: now) }
            return try Reply.json(encoding: IssuedToken(id: issued.id, token: issued.token), status: .created)
        }
    }

    func admin(_ context: KoppelRequestContext) throws {
        guard try context.signedIn().role == .admin else { throw Problem.forbidden("only an admin manages accounts") }
    }
}
