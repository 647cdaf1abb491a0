-- koppel schema, migration 007: accountability for a high-risk system (EU AI Act, Annex III
-- point 4). The decision log gains the kinds
--   'override'  an adviser's choice against a proposal (a trainee placed elsewhere than the
--               round proposed, a candidate chosen below others on the shortlist), with a reason;
--   'letter'    a letter to a person about a decision (AI Act art. 86, AVG art. 22);
--   'audit'     an impact or monitoring audit run (only the group file's SHA-256 and column
--               names, never its labels);
--   'register'  an Algoritmeregister entry exported.
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt: same columns, same ids, same
-- rows, the same append-only triggers. GRDB runs a migration with foreign keys off and checks
-- them when it ends, so decision_subject and exchange_proposal keep pointing at the same ids.

DROP TRIGGER decision_log_no_update;
DROP TRIGGER decision_log_no_delete;

CREATE TABLE decision_log_007 (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
    kind            TEXT NOT NULL CHECK (kind IN ('ranking', 'explain', 'round', 'round-accept', 'scramble',
                                                  'exchange', 'exchange-accept', 'standins', 'import',
                                                  'weights', 'mark', 'erasure', 'ranking-saved',
                                                  'override', 'letter', 'audit', 'register')),
    actor           TEXT NOT NULL,
    input_hash      TEXT NOT NULL,
    weights_version INTEGER,
    params          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    outcome         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(outcome)),
    viewer          TEXT CHECK (viewer IS NULL OR viewer <> ''),
    subject_count   INTEGER NOT NULL DEFAULT 0 CHECK (subject_count >= 0)
) STRICT;

INSERT INTO decision_log_007 (id, at, kind, actor, input_hash, weights_version, params, outcome, viewer, subject_count)
SELECT id, at, kind, actor, input_hash, weights_version, params, outcome, viewer, subject_count FROM decision_log ORDER BY id;

DROP TABLE decision_log;
ALTER TABLE decision_log_007 RENAME TO decision_log;
CREATE INDEX decision_log_by_kind ON decision_log(kind, at);

CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
WHEN NOT EXISTS (SELECT 1 FROM log_erasure_permit)
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;

CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
BEGIN
    SELECT RAISE(ABORT, 'the decision log is append-only');
END;
