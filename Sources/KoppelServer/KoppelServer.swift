import Foundation
import HTTPTypes
import Hummingbird
import Koppel
import Logging

/// `koppel serve`: the koppel store behind a JSON API under `/api/v1`, with sign-in.
///
/// ```swift
/// let app = KoppelServer.application(store: try KoppelStore(path: "koppel.db"), configuration: .init(port: 8080))
/// try await app.runService()   // SIGTERM and SIGINT drain in-flight requests, then return
/// ```
public enum KoppelServer {
    /// The OpenAPI 3.1 document of the API, as committed in `Sources/KoppelServer/openapi.json`.
    public static var openAPIDocument: String { String(decoding: PackageResources.openapi_json, as: UTF8.self) }

    /// The router with every route and middleware, for tests and for ``application(store:configuration:logger:)``.
    ///
    /// Rankings are answered from `warm` (a new one over `store` when none is given); its
    /// first snapshot starts building now.
    public static func router(
        store: KoppelStore, configuration: ServerConfiguration, warm: WarmIndex? = nil
    ) -> Router<KoppelRequestContext> {
        let warm = warm ?? WarmIndex(store: store)
        warm.refresh()
        let state = ServerState(
            store: store, warm: warm, accounts: AccountStore(store), reads: PersonReads(store: store),
            throttle: LoginThrottle(freeFailures: configuration.freeLoginFailures, now: configuration.now),
            configuration: configuration)
        let router = Router(context: KoppelRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware())
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in Reply.text(openAPIDocument, contentType: "application/json") }
        let authenticated = api.add(middleware: AuthenticationMiddleware(
            accounts: state.accounts, oidc: configuration.oidc, sessionIdle: configuration.sessionIdle, now: configuration.now))
        SessionRoutes(state: state).add(to: authenticated)
        RankingRoutes(state: state).add(to: authenticated)
        LogRoutes(state: state).add(to: authenticated)
        ExchangeRoutes(state: state).add(to: authenticated)
        StandInRoutes(state: state).add(to: authenticated)
        RoundRoutes(state: state).add(to: authenticated)
        TraineeRoutes(state: state).add(to: authenticated)
        PersonRoutes(state: state).add(to: authenticated)
        DataRoutes(state: state).add(to: authenticated)
        AccountRoutes(state: state).add(to: authenticated)
        return router
    }

    /// The application: listens on the configured host and port.
    public static func application(
        store: KoppelStore, configuration: ServerConfiguration, logger: Logger = Logger(label: "koppel.serve")
    ) -> some ApplicationProtocol {
        Application(
            router: router(store: store, configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "koppel"),
            logger: logger)
    }
}
