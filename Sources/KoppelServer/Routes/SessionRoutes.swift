import Foundation
import HTTPTypes
import Hummingbird
import Koppel

/// Sign-in and sign-out: `POST /session` with an account and password sets the session
/// cookie and returns the CSRF token; `DELETE /session` ends it; `GET /me` says who is asking.
struct SessionRoutes {
    let state: ServerState

    struct Login: Decodable { var account: String; var password: String }
    struct SignedIn: Encodable { var account: Account; var viewer: String?; var csrfToken: String? }

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.post("session") { request, context in try await login(request, context) }
        group.delete("session") { request, context in try await logout(request, context) }
        group.get("me") { _, context in
            let account = try context.signedIn()
            return try Reply.json(encoding: SignedIn(account: account, viewer: context.viewer?.description, csrfToken: context.sessionCSRF))
        }
    }

    func login(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        let login = try await request.json(Login.self, context: context)
        if let wait = await state.throttle.retryAfter(account: login.account, address: context.remoteAddress) {
            var problem = Problem(.tooManyRequests, code: "throttled", key: "server.throttled")
            problem.headers[.retryAfter] = String(wait)
            throw problem
        }
        let accounts = state.accounts
        let account = try await Blocking.run { try accounts.verifyPassword(login.account, login.password) }
        guard let account else {
            await state.throttle.failed(account: login.account, address: context.remoteAddress)
            throw Problem.unauthenticated("server.signInRefused")
        }
        await state.throttle.succeeded(account: login.account)
        let now = state.configuration.now()
        let session = try await Blocking.run { try accounts.startSession(for: account, now: now) }
        let viewer = try await Blocking.run { try accounts.viewer(for: account) }
        var response = try Reply.json(encoding: SignedIn(account: account, viewer: viewer?.description, csrfToken: session.csrf))
        response.setCookie(Cookie(
            name: AuthenticationMiddleware.cookieName, value: session.secret, path: "/", secure: state.configuration.secureCookie,
            httpOnly: true, sameSite: .strict))
        return response
    }

    func logout(_ request: Request, _ context: KoppelRequestContext) async throws -> Response {
        _ = try context.signedIn()
        if let secret = request.cookies[AuthenticationMiddleware.cookieName]?.value {
            let accounts = state.accounts
            try await Blocking.run { try accounts.endSession(secret) }
        }
        var response = Response(status: .noContent)
        response.setCookie(Cookie(
            name: AuthenticationMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: state.configuration.secureCookie,
            httpOnly: true, sameSite: .strict))
        return response
    }
}
