extension Catalogue {
    /// Texts of `koppel users` and `koppel serve`.
    static let accounts: [String: Entry] = [
        "users.badRole": .init(nl: "--role is een van: {roles}", en: "--role is one of {roles}"),
        "users.passwordFor": .init(nl: "wachtwoord voor {id}: ", en: "password for {id}: "),
        "users.newPasswordFor": .init(nl: "nieuw wachtwoord voor {id}: ", en: "new password for {id}: "),
        "users.added": .init(nl: "account {id} toegevoegd ({role})", en: "account {id} added ({role})"),
        "users.column.role": .init(nl: "rol", en: "role"),
        "users.column.of": .init(nl: "van", en: "of"),
        "users.column.status": .init(nl: "status", en: "status"),
        "users.active": .init(nl: "actief", en: "active"),
        "users.disabled": .init(nl: "uitgezet", en: "disabled"),
        "users.enabledAccount": .init(nl: "account {id} aangezet", en: "account {id} enabled"),
        "users.disabledAccount": .init(nl: "account {id} uitgezet", en: "account {id} disabled"),
        "users.passwordSet": .init(nl: "wachtwoord van {id} ingesteld", en: "password of {id} set"),
        "users.tokenRevoked": .init(nl: "token {id} ingetrokken", en: "token {id} revoked"),
        "users.nameTheAccount": .init(nl: "noem het account", en: "name the account"),
        "users.token.revoked": .init(nl: "ingetrokken", en: "revoked"),
        "users.token.expires": .init(nl: "verloopt {at}", en: "expires {at}"),
        "users.tokenIssued": .init(
            nl: "token {token} voor {id}, {days} dagen geldig; u ziet het alleen deze ene keer",
            en: "token {token} for {id}, valid {days} days; it is shown only this once"),
        "users.noPasswordOnInput": .init(nl: "geen wachtwoord op de standaardinvoer", en: "no password on standard input"),
        "users.noPassword": .init(nl: "geen wachtwoord gegeven", en: "no password given"),
        "accounts.exists": .init(nl: "er is al een account '{id}'", en: "an account '{id}' exists already"),
        "accounts.badId": .init(
            nl: "een account-id is 1 tot 64 letters, cijfers en . - _ @", en: "an account id is 1 to 64 letters, digits and . - _ @"),
        "accounts.needsName": .init(nl: "een account heeft een naam nodig", en: "an account needs a display name"),
        "accounts.adviserEmployer": .init(
            nl: "een account van een adviseur, en alleen dat, noemt een werkgever",
            en: "an adviser account, and only an adviser account, names an employer"),
        "accounts.traineeTrainee": .init(
            nl: "een account van een trainee, en alleen dat, noemt een trainee",
            en: "a trainee account, and only a trainee account, names a trainee"),
        "accounts.language": .init(nl: "de taal is nl of en", en: "language is nl or en"),
        "accounts.shortPassword": .init(
            nl: "een wachtwoord heeft minstens 12 tekens", en: "a password has at least 12 characters"),
        "accounts.noAccount": .init(nl: "er is geen account '{id}'", en: "no account '{id}'"),
        "accounts.tokenDays": .init(
            nl: "een token is 1 tot 3650 dagen geldig", en: "a token is valid for 1 to 3650 days"),
        "accounts.noToken": .init(nl: "er is geen actief token '{id}'", en: "no active token '{id}'"),
        "serve.started": .init(
            nl: "koppel serve: {path} op {url} (SIGTERM om te stoppen)", en: "koppel serve: {path} on {url} (SIGTERM to stop)"),
        "serve.stopped": .init(nl: "koppel serve: gestopt; database gesloten", en: "koppel serve: stopped; database closed"),
        "serve.badPort": .init(nl: "--port ligt tussen 1 en 65535", en: "--port is 1 to 65535"),
        "serve.oidcTogether": .init(
            nl: "--oidc-issuer, --oidc-audience en --oidc-keys horen bij elkaar: geef ze alle drie of geen",
            en: "--oidc-issuer, --oidc-audience and --oidc-keys go together: give all three or none"),
        "serve.oidcStarted": .init(
            nl: "koppel serve: neemt ook JWT's aan van {issuer} voor {audience} (account in claim {claim})",
            en: "koppel serve: also accepting JWTs of {issuer} for {audience} (account in claim {claim})"),
    ]
}
