extension Catalogue {
    /// The service's problem details (`detail`; the `code` never changes).
    static let server: [String: Entry] = [
        "server.signInFirst": .init(
            nl: "meld u eerst aan: met een bearer-token of een sessiecookie",
            en: "sign in first: a bearer token or a session cookie"),
        "server.bearerOnly": .init(
            nl: "de Authorization-header neemt een bearer-token", en: "the Authorization header takes a bearer token"),
        "server.tokenRefused": .init(
            nl: "het token is onbekend, verlopen of ingetrokken, of het account is uitgeschakeld",
            en: "the token is unknown, expired or revoked, or its account is disabled"),
        "server.sessionEnded": .init(nl: "de sessie is afgelopen; meld u opnieuw aan", en: "the session has ended; sign in again"),
        "server.csrf": .init(
            nl: "een wijziging met een sessiecookie vraagt de X-CSRF-Token-header van de sessie",
            en: "a write with a session cookie needs the session's X-CSRF-Token header"),
        "server.throttled": .init(
            nl: "te vaak verkeerd aangemeld; probeer het later opnieuw", en: "too many failed sign-ins; try again later"),
        "server.signInRefused": .init(
            nl: "onbekend account, verkeerd wachtwoord of een uitgeschakeld account",
            en: "unknown account, wrong password, or a disabled account"),
        "server.storeUnavailable": .init(
            nl: "de database kan nu niet antwoorden; probeer het later opnieuw",
            en: "the database cannot answer now; try again later"),
        "server.importRefused": .init(
            nl: "de import is geweigerd; er is niets geschreven", en: "the import was refused; nothing was written"),
        "server.bodyTooLarge": .init(
            nl: "een verzoek mag hoogstens {bytes} bytes bevatten", en: "request bodies are limited to {bytes} bytes"),
        "server.invalidBody": .init(
            nl: "de inhoud van het verzoek is niet de JSON die dit adres verwacht",
            en: "the request body is not the JSON this endpoint expects"),
        "server.internal": .init(nl: "er ging iets mis op de server", en: "something went wrong on the server"),
    ]
}
