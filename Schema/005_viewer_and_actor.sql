-- koppel schema, migration 005: who viewed and who acted, kept apart; subject counts; pending
-- erasures; the key of the auditor's pseudonyms.
--
-- `viewer` is the access policy's viewer a decision was taken for ('adviser:ENS', 'regional',
-- 'trainee:t001', 'auditor', 'steward', 'nobody'); `actor` stays who acted. Entries from
-- before this migration have no viewer: only regional advisers, auditors and data stewards
-- read them. `subject_count` lets `koppel log` count an entry's subjects without reading them.

ALTER TABLE decision_log ADD COLUMN viewer TEXT CHECK (viewer IS NULL OR viewer <> '');
ALTER TABLE decision_log ADD COLUMN subject_count INTEGER NOT NULL DEFAULT 0 CHECK (subject_count >= 0);

-- The append-only triggers let an UPDATE through only under a permit; this one-time count of
-- the existing subjects holds one for the length of the statement.
INSERT INTO log_erasure_permit (person) VALUES ('(migration 005)');
UPDATE decision_log SET subject_count = (SELECT count(*) FROM decision_subject WHERE log_id = decision_log.id);
DELETE FROM log_erasure_permit;

-- Set in the transaction that erases a person and cleared once the file has been vacuumed and
-- the WAL truncated; while a row is here the next koppel that opens the database finishes the
-- erasure first. It holds no personal data.
CREATE TABLE erasure_pending (
    started_at  TEXT NOT NULL
) STRICT;

-- The secret behind the auditor's pseudonyms: stable within one database, so entries can be
-- linked, and never shown.
CREATE TABLE pseudonym_key (
    key BLOB NOT NULL CHECK (length(key) = 32)
) STRICT;
INSERT INTO pseudonym_key (key) VALUES (randomblob(32));
