-- koppel schema, migration 002: the decision log.
-- Every ranking, round, exchange run, acceptance and import is recorded with the time, who
-- asked, a hash of the input data, the weights version and the outcome. The log is
-- append-only: triggers refuse UPDATE and DELETE, except while an erasure holds a permit
-- (see `log_erasure_permit`), which only pseudonymises the erased person's entries.

CREATE TABLE decision_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
    kind            TEXT NOT NULL CHECK (kind IN ('ranking', 'explain', 'round', 'round-accept', 'scramble',
                                                  'exchange', 'exchange-accept', 'standins', 'import',
                                                  'weights', 'mark', 'erasure', 'ranking-saved')),
    actor           TEXT NOT NULL,
    input_hash      TEXT NOT NULL,
    weights_version INTEGER,
    params          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    outcome         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(outcome))
) STRICT;
CREATE INDEX decision_log_by_kind ON decision_log(kind, at);

-- The people a decision concerns, so a person's data export finds their entries and an
-- erasure can pseudonymise them.
CREATE TABLE decision_subject (
    log_id  INTEGER NOT NULL REFERENCES decision_log(id),
    person  TEXT NOT NULL,
    PRIMARY KEY (log_id, person)
) STRICT, WITHOUT ROWID;
CREATE INDEX decision_subject_by_person ON decision_subject(person);

-- Present only inside an erasure's transaction.
CREATE TABLE log_erasure_permit (
    person  TEXT PRIMARY KEY
) STRICT;

CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
WHEN NOT EXISTS (SELECT 1 FROM log_erasure_permit)
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;

CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;

CREATE TRIGGER decision_subject_no_update BEFORE UPDATE ON decision_subject
WHEN NOT EXISTS (SELECT 1 FROM log_erasure_permit)
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;

CREATE TRIGGER decision_subject_no_delete BEFORE DELETE ON decision_subject
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;

-- Adviser marks on shortlists ("contacted", "not suitable"), used by the browser.
CREATE TABLE shortlist_mark (
    vacancy     TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
    person      TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    mark        TEXT NOT NULL CHECK (mark IN ('contacted', 'not-suitable')),
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (vacancy, person)
) STRICT, WITHOUT ROWID;

-- Proposals of the exchange engine, made final by an adviser.
CREATE TABLE exchange_proposal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    max_cycle   INTEGER NOT NULL CHECK (max_cycle BETWEEN 2 AND 6),
    max_chain   INTEGER NOT NULL CHECK (max_chain BETWEEN 0 AND 6),
    status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'superseded')),
    log_id      INTEGER REFERENCES decision_log(id)
) STRICT;

-- One move of a proposal: `person` (via `request`) takes over `position` (a seat or a vacancy).
CREATE TABLE exchange_move (
    proposal    INTEGER NOT NULL REFERENCES exchange_proposal(id) ON DELETE CASCADE,
    group_no    INTEGER NOT NULL CHECK (group_no >= 1),
    kind        TEXT NOT NULL CHECK (kind IN ('cycle', 'chain')),
    request     TEXT NOT NULL REFERENCES exchange_request(id) ON DELETE CASCADE,
    position    TEXT NOT NULL,
    weight      REAL NOT NULL,
    PRIMARY KEY (proposal, request)
) STRICT, WITHOUT ROWID;

-- The consent of the borrowing employer for a stand-in, the third of the three consents.
CREATE TABLE standin_booking (
    offer               TEXT NOT NULL REFERENCES standin_offer(id) ON DELETE CASCADE,
    borrower            TEXT NOT NULL REFERENCES employer(code),
    period_from         TEXT NOT NULL CHECK (date(period_from, '+0 days') IS period_from),
    period_to           TEXT NOT NULL CHECK (date(period_to, '+0 days') IS period_to),
    consent_borrower    INTEGER NOT NULL DEFAULT 0 CHECK (consent_borrower IN (0, 1)),
    PRIMARY KEY (offer, borrower, period_from)
) STRICT, WITHOUT ROWID;

-- Set by `koppel demo`: this database holds generated demo data and may be rebuilt.
CREATE TABLE demo_info (
    seed    INTEGER NOT NULL,
    size    TEXT NOT NULL,
    today   TEXT NOT NULL CHECK (date(today, '+0 days') IS today)
) STRICT;
