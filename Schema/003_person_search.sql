-- koppel schema, migration 003: a full-text index over profiles, kept in step by triggers.
-- `person_fts` indexes names, job titles and home places for search (the browser's filter);
-- it is an external-content FTS5 table over `person` (keyed by person's rowid), so it holds
-- tokens but no second copy of the text. An erasure deletes the person's tokens (the delete
-- trigger), then merges the index ('optimize') and rebuilds it after VACUUM, so nothing of
-- the erased person survives in the index or in free pages.

CREATE VIRTUAL TABLE person_fts USING fts5(
    display_name, job_title, home_place,
    content = 'person', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER person_fts_after_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_fts (rowid, display_name, job_title, home_place)
    VALUES (new.rowid, new.display_name, new.job_title, new.home_place);
END;

CREATE TRIGGER person_fts_after_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, display_name, job_title, home_place)
    VALUES ('delete', old.rowid, old.display_name, old.job_title, old.home_place);
END;

CREATE TRIGGER person_fts_after_update AFTER UPDATE OF display_name, job_title, home_place ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, display_name, job_title, home_place)
    VALUES ('delete', old.rowid, old.display_name, old.job_title, old.home_place);
    INSERT INTO person_fts (rowid, display_name, job_title, home_place)
    VALUES (new.rowid, new.display_name, new.job_title, new.home_place);
END;

-- Profiles imported before this migration.
INSERT INTO person_fts (person_fts) VALUES ('rebuild');
