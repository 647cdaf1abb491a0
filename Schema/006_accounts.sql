-- koppel schema, migration 006: the service's accounts, sign-in and reads of people's data.
--
-- An account's role decides the access policy's viewer: an adviser of one employer, a
-- regional adviser (Twentse Kracht), one trainee, an auditor, a data steward, or an admin who
-- manages accounts and nothing else. Passwords are bcrypt hashes; API tokens and session ids
-- are stored only as SHA-256 hashes of the random value the holder keeps.

CREATE TABLE account (
    id              TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    display_name    TEXT NOT NULL CHECK (display_name <> ''),
    role            TEXT NOT NULL CHECK (role IN ('adviser', 'regional', 'trainee', 'auditor', 'steward', 'admin')),
    employer        TEXT REFERENCES employer(code),
    trainee         TEXT REFERENCES trainee(id) ON DELETE CASCADE,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    password_hash   TEXT,
    language        TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    created_at      TEXT NOT NULL,
    CHECK ((role = 'adviser') = (employer IS NOT NULL)),
    CHECK ((role = 'trainee') = (trainee IS NOT NULL))
) STRICT;

-- A bearer token: 256 random bits shown once; only the SHA-256 of the token is kept.
CREATE TABLE account_token (
    id          TEXT PRIMARY KEY,
    account     TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    hash        BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
    label       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT
) STRICT;

-- A browser session, kept in the database so that a restart keeps it; it ends after
-- `idle_expiry` of no use. `csrf` is the token a cookie-authenticated write must echo.
CREATE TABLE account_session (
    hash        BLOB PRIMARY KEY CHECK (length(hash) = 32),
    account     TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    last_used   TEXT NOT NULL
) STRICT;

-- Every read of a person's data by an account (AVG art. 15: the recipients of their data).
-- Erasing the person erases these rows with them.
CREATE TABLE person_read (
    person      TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    account     TEXT NOT NULL,
    role        TEXT NOT NULL,
    employer    TEXT,
    purpose     TEXT NOT NULL,
    read_at     TEXT NOT NULL
) STRICT;
CREATE INDEX person_read_by_person ON person_read (person, read_at);
