import Foundation
import HTTPTypes
import Hummingbird
import Koppel

/// Finds who is asking: a bearer token (`Authorization: Bearer kpt_…`), a bearer JWT of the
/// configured OpenID Connect issuer (``OIDCVerifier``), or a session cookie.
///
/// An unknown, expired or revoked token, or a session cookie that has ended, is refused with
/// 401 (it never falls back to signed out). A request with neither goes on signed out, for
/// the routes that need no account. A write (anything but GET, HEAD, OPTIONS) authenticated
/// by cookie must carry the session's CSRF token in `X-CSRF-Token`, or it is refused with 403.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = KoppelRequestContext
    let accounts: AccountStore
    let oidc: OIDCVerifier?
    let sessionIdle: TimeInterval
    let now: @Sendable () -> Date

    static let cookieName = "koppel_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer ") else {
                throw Problem.unauthenticated("server.bearerOnly")
            }
            let token = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            let account: Account?
            if let oidc, !token.hasPrefix(SecretToken.apiTokenPrefix), token.split(separator: ".", omittingEmptySubsequences: false).count == 3 {
                // A JWT of the identity provider: it names the account, which must exist and be enabled.
                if let id = await oidc.accountID(forToken: token, now: now()) {
                    account = try await Blocking.run { try accounts.account(id) }.flatMap { $0.disabled ? nil : $0 }
                } else {
                    account = nil
                }
            } else {
                account = try await Blocking.run { try accounts.account(forToken: token, now: now()) }
            }
            guard let account else { throw Problem.unauthenticated("server.tokenRefused") }
            context.account = account
        } else if let secret = request.cookies[Self.cookieName]?.value {
            let session = try await Blocking.run { try accounts.session(secret, idle: sessionIdle, now: now()) }
            guard let session else { throw Problem.unauthenticated("server.sessionEnded") }
            if ![.get, .head, .options].contains(request.method) {
                let given = request.headers[Self.csrfHeader] ?? ""
                guard SecretToken.constantTimeEqual(Array(given.utf8), Array(session.csrf.utf8)) else {
                    throw Problem(.forbidden, code: "csrf", key: "server.csrf")
                }
            }
            context.account = session.account
            context.sessionCSRF = session.csrf
        }
        guard let account = context.account else { return try await next(request, context) }
        context.viewer = try await Blocking.run { try accounts.viewer(for: account) }
        do {
            return try await next(request, context)
        } catch {
            // The problem's detail follows the account's language.
            guard let language = Language(code: account.language), language != .pseudo else { throw error }
            throw InAccountLanguage(error: error, language: language)
        }
    }
}
