-- koppel schema, migration 008: the data version a decision saw.
--
-- `data_version` holds one number that grows by one in the transaction of every write that
-- can change a ranking or a round: an import, an erasure, new weights, an accepted round or
-- exchange. Those writes are all logged, inside their own transaction, so a trigger on the
-- decision log bumps the number: no writer can forget it, and a failed write bumps nothing.
-- `koppel serve` keeps the profiles and the ranking index of one version in memory and builds
-- the next one when the number moves; every logged decision records the version it was
-- computed from (`decision_log.data_version`, NULL in entries from before this migration),
-- and replay says whether the data is still of that version.

CREATE TABLE data_version (
    version INTEGER NOT NULL CHECK (version >= 0)
) STRICT;
INSERT INTO data_version (version) VALUES (0);

CREATE TRIGGER data_version_one_row BEFORE INSERT ON data_version
BEGIN
    SELECT RAISE(ABORT, 'data_version holds one row');
END;

CREATE TRIGGER data_version_after_write AFTER INSERT ON decision_log
WHEN NEW.kind IN ('import', 'erasure', 'weights', 'round-accept', 'exchange-accept')
BEGIN
    UPDATE data_version SET version = version + 1;
END;

ALTER TABLE decision_log ADD COLUMN data_version INTEGER CHECK (data_version IS NULL OR data_version >= 0);
