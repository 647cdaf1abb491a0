-- koppel schema, migration 009: what each candidate ranking's listed results say about the
-- rules, for the DPIA monitor (`koppel audit monitor`): per reason code the results it
-- excluded, per criterion the results scored and those scored without data. JSON objects of
-- counts, written in the same transaction as the ranking's decision log entry. No person id:
-- erasing a person leaves these rows as they are. Append-only, as the log is.

CREATE TABLE ranking_monitor (
    log_id   INTEGER PRIMARY KEY REFERENCES decision_log(id),
    reasons  TEXT NOT NULL CHECK (json_valid(reasons) AND json_type(reasons) = 'object'),
    scored   TEXT NOT NULL CHECK (json_valid(scored) AND json_type(scored) = 'object'),
    no_data  TEXT NOT NULL CHECK (json_valid(no_data) AND json_type(no_data) = 'object')
) STRICT;

CREATE TRIGGER ranking_monitor_no_update BEFORE UPDATE ON ranking_monitor
BEGIN
    SELECT RAISE(ABORT, 'the ranking monitor is append-only');
END;

CREATE TRIGGER ranking_monitor_no_delete BEFORE DELETE ON ranking_monitor
BEGIN
    SELECT RAISE(ABORT, 'the ranking monitor is append-only');
END;
