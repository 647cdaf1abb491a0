-- koppel schema, migration 004: the person table's three scale checks without IN lists.
-- `scale IN ('1', …, '18')` makes SQLite (3.40) build a temporary index of the list for every
-- row it checks: about 5 µs per check, 15 s of an import of a million profiles. The checks
-- below compare with the same twenty texts one by one (`=` compares every byte, as IN does;
-- GLOB was not used because it stops at a NUL byte) at a twentieth of the cost (300,000
-- checks: 1.46 s of CPU with the IN list, 0.07 s with this form). SQLite cannot change a
-- CHECK in place, so the table is rebuilt (foreign keys are off during a migration), keeping
-- every rowid so the full-text index of migration 003 stays valid; its indexes and triggers,
-- dropped with the old table, are created again unchanged.

CREATE TABLE person_004 (
    id              TEXT PRIMARY KEY CHECK (id <> ''),
    display_name    TEXT NOT NULL CHECK (display_name <> ''),
    employer        TEXT NOT NULL REFERENCES employer(code),
    job_title       TEXT,
    scale           TEXT CHECK (scale IS NULL OR scale = '1' OR scale = '2' OR scale = '3' OR scale = '4' OR scale = '5' OR scale = '6' OR scale = '7' OR scale = '8' OR scale = '9' OR scale = '10' OR scale = '10A' OR scale = '11' OR scale = '11A' OR scale = '12' OR scale = '13' OR scale = '14' OR scale = '15' OR scale = '16' OR scale = '17' OR scale = '18'),
    hours_per_week  REAL CHECK (hours_per_week BETWEEN 0 AND 40),
    nlqf            INTEGER CHECK (nlqf BETWEEN 1 AND 8),
    home_place      TEXT,
    home_lat        REAL CHECK (home_lat BETWEEN -90 AND 90),
    home_lon        REAL CHECK (home_lon BETWEEN -180 AND 180),
    max_commute_km  REAL CHECK (max_commute_km >= 0),
    wish_scale_min  TEXT CHECK (wish_scale_min IS NULL OR wish_scale_min = '1' OR wish_scale_min = '2' OR wish_scale_min = '3' OR wish_scale_min = '4' OR wish_scale_min = '5' OR wish_scale_min = '6' OR wish_scale_min = '7' OR wish_scale_min = '8' OR wish_scale_min = '9' OR wish_scale_min = '10' OR wish_scale_min = '10A' OR wish_scale_min = '11' OR wish_scale_min = '11A' OR wish_scale_min = '12' OR wish_scale_min = '13' OR wish_scale_min = '14' OR wish_scale_min = '15' OR wish_scale_min = '16' OR wish_scale_min = '17' OR wish_scale_min = '18'),
    wish_scale_max  TEXT CHECK (wish_scale_max IS NULL OR wish_scale_max = '1' OR wish_scale_max = '2' OR wish_scale_max = '3' OR wish_scale_max = '4' OR wish_scale_max = '5' OR wish_scale_max = '6' OR wish_scale_max = '7' OR wish_scale_max = '8' OR wish_scale_max = '9' OR wish_scale_max = '10' OR wish_scale_max = '10A' OR wish_scale_max = '11' OR wish_scale_max = '11A' OR wish_scale_max = '12' OR wish_scale_max = '13' OR wish_scale_max = '14' OR wish_scale_max = '15' OR wish_scale_max = '16' OR wish_scale_max = '17' OR wish_scale_max = '18'),
    wish_hours_min  REAL CHECK (wish_hours_min BETWEEN 0 AND 40),
    wish_hours_max  REAL CHECK (wish_hours_max BETWEEN 0 AND 40),
    available_from  TEXT CHECK (available_from IS NULL OR date(available_from, '+0 days') IS available_from),
    visibility      TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'discreet')),
    consent_at      TEXT CHECK (consent_at IS NULL OR date(consent_at, '+0 days') IS consent_at),
    updated_at      TEXT CHECK (updated_at IS NULL OR date(updated_at, '+0 days') IS updated_at),
    CHECK ((home_lat IS NULL) = (home_lon IS NULL))
) STRICT;

INSERT INTO person_004 (
    rowid, id, display_name, employer, job_title, scale, hours_per_week, nlqf, home_place, home_lat, home_lon,
    max_commute_km, wish_scale_min, wish_scale_max, wish_hours_min, wish_hours_max, available_from, visibility,
    consent_at, updated_at)
SELECT
    rowid, id, display_name, employer, job_title, scale, hours_per_week, nlqf, home_place, home_lat, home_lon,
    max_commute_km, wish_scale_min, wish_scale_max, wish_hours_min, wish_hours_max, available_from, visibility,
    consent_at, updated_at
FROM person;

DROP TABLE person;
ALTER TABLE person_004 RENAME TO person;

CREATE INDEX person_by_employer ON person(employer);
CREATE INDEX person_by_updated ON person(updated_at);

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
