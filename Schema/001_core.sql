-- koppel schema, migration 001: reference data, profiles, vacancies, trainees, exchanges.
-- Dates are ISO text (YYYY-MM-DD) checked with date(x, '+0 days') IS x; scales are text ('10A').
-- Applied in one transaction by the migrator and recorded in grdb_migrations.

CREATE TABLE employer (
    code            TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 16),
    name            TEXT NOT NULL CHECK (name <> ''),
    kind            TEXT NOT NULL CHECK (kind IN ('gemeente', 'veiligheidsregio', 'belastingkantoor',
                                                   'waterschap', 'gemeenschappelijke regeling')),
    kind_detail     TEXT,
    seat            TEXT NOT NULL,
    lat             REAL CHECK (lat BETWEEN -90 AND 90),
    lon             REAL CHECK (lon BETWEEN -180 AND 180),
    cbs_code        TEXT CHECK (cbs_code IS NULL OR cbs_code GLOB 'GM[0-9][0-9][0-9][0-9]'),
    cao             TEXT NOT NULL,
    approx_fte      INTEGER CHECK (approx_fte >= 0),
    dissolved_year  INTEGER CHECK (dissolved_year BETWEEN 1800 AND 2200),
    provenance      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE salary_scale (
    scale       TEXT NOT NULL CHECK (scale IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    min_eur     INTEGER NOT NULL CHECK (min_eur > 0),
    max_eur     INTEGER NOT NULL CHECK (max_eur >= min_eur),
    valid_from  TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    provenance  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scale, valid_from)
) STRICT;

CREATE TABLE nlqf_level (
    diploma     TEXT PRIMARY KEY,
    nlqf        INTEGER NOT NULL CHECK (nlqf BETWEEN 1 AND 8),
    eqf         INTEGER NOT NULL CHECK (eqf BETWEEN 1 AND 8),
    provenance  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE domain (
    code        TEXT PRIMARY KEY CHECK (code <> ''),
    name_nl     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    provenance  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE skill (
    id          TEXT PRIMARY KEY CHECK (id GLOB 'esco:*' OR id GLOB 'nl:*' OR id GLOB 'x:*'),
    label_nl    TEXT NOT NULL CHECK (label_nl <> ''),
    label_en    TEXT NOT NULL,
    esco_uri    TEXT UNIQUE CHECK (esco_uri IS NULL OR esco_uri GLOB 'http://data.europa.eu/esco/*'),
    domain      TEXT NOT NULL REFERENCES domain(code),
    provenance  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX skill_by_domain ON skill(domain);

CREATE TABLE skill_relation (
    from_skill  TEXT NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    to_skill    TEXT NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    strength    REAL NOT NULL CHECK (strength > 0 AND strength < 1),
    provenance  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (from_skill, to_skill),
    CHECK (from_skill <> to_skill)
) STRICT;

CREATE TABLE job_title (
    title       TEXT NOT NULL,
    domain      TEXT NOT NULL REFERENCES domain(code),
    scale_min   TEXT CHECK (scale_min IS NULL OR scale_min IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    scale_max   TEXT CHECK (scale_max IS NULL OR scale_max IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    nlqf        INTEGER CHECK (nlqf BETWEEN 1 AND 8),
    provenance  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (title, domain)
) STRICT;

CREATE TABLE credential_type (
    id              TEXT PRIMARY KEY CHECK (id <> ''),
    name            TEXT NOT NULL,
    validity_years  INTEGER CHECK (validity_years > 0),
    domain          TEXT REFERENCES domain(code),
    provenance      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE course (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    skill       TEXT NOT NULL REFERENCES skill(id),
    days        INTEGER NOT NULL CHECK (days > 0),
    provenance  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX course_by_skill ON course(skill);

-- Profiles. No protected attributes (age, gender, nationality …) by design.
CREATE TABLE person (
    id              TEXT PRIMARY KEY CHECK (id <> ''),
    display_name    TEXT NOT NULL CHECK (display_name <> ''),
    employer        TEXT NOT NULL REFERENCES employer(code),
    job_title       TEXT,
    scale           TEXT CHECK (scale IS NULL OR scale IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    hours_per_week  REAL CHECK (hours_per_week BETWEEN 0 AND 40),
    nlqf            INTEGER CHECK (nlqf BETWEEN 1 AND 8),
    home_place      TEXT,
    home_lat        REAL CHECK (home_lat BETWEEN -90 AND 90),
    home_lon        REAL CHECK (home_lon BETWEEN -180 AND 180),
    max_commute_km  REAL CHECK (max_commute_km >= 0),
    wish_scale_min  TEXT CHECK (wish_scale_min IS NULL OR wish_scale_min IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    wish_scale_max  TEXT CHECK (wish_scale_max IS NULL OR wish_scale_max IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    wish_hours_min  REAL CHECK (wish_hours_min BETWEEN 0 AND 40),
    wish_hours_max  REAL CHECK (wish_hours_max BETWEEN 0 AND 40),
    available_from  TEXT CHECK (available_from IS NULL OR date(available_from, '+0 days') IS available_from),
    visibility      TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'discreet')),
    consent_at      TEXT CHECK (consent_at IS NULL OR date(consent_at, '+0 days') IS consent_at),
    updated_at      TEXT CHECK (updated_at IS NULL OR date(updated_at, '+0 days') IS updated_at),
    CHECK ((home_lat IS NULL) = (home_lon IS NULL))
) STRICT;
CREATE INDEX person_by_employer ON person(employer);
CREATE INDEX person_by_updated ON person(updated_at);

CREATE TABLE person_skill (
    person  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    skill   TEXT NOT NULL REFERENCES skill(id),
    level   INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (person, skill)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_skill_by_skill ON person_skill(skill, person);

CREATE TABLE person_credential (
    person      TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    credential  TEXT NOT NULL REFERENCES credential_type(id),
    expires     TEXT CHECK (expires IS NULL OR date(expires, '+0 days') IS expires),
    PRIMARY KEY (person, credential)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_credential_by_credential ON person_credential(credential, person);

CREATE TABLE person_domain (
    person  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    domain  TEXT NOT NULL REFERENCES domain(code),
    years   REAL NOT NULL CHECK (years BETWEEN 0 AND 60),
    PRIMARY KEY (person, domain)
) STRICT, WITHOUT ROWID;

-- Wishes with many values: domains, employers and kinds of move.
CREATE TABLE person_wish (
    person  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('domain', 'employer', 'move')),
    value   TEXT NOT NULL,
    PRIMARY KEY (person, kind, value),
    CHECK (kind <> 'move' OR value IN ('vacancy', 'swap', 'secondment', 'stand-in'))
) STRICT, WITHOUT ROWID;

CREATE TABLE vacancy (
    id          TEXT PRIMARY KEY CHECK (id <> ''),
    employer    TEXT NOT NULL REFERENCES employer(code),
    title       TEXT NOT NULL CHECK (title <> ''),
    domain      TEXT REFERENCES domain(code),
    scale_min   TEXT CHECK (scale_min IS NULL OR scale_min IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    scale_max   TEXT CHECK (scale_max IS NULL OR scale_max IN ('1','2','3','4','5','6','7','8','9','10','10A','11','11A','12','13','14','15','16','17','18')),
    hours_min   REAL CHECK (hours_min BETWEEN 0 AND 40),
    hours_max   REAL CHECK (hours_max BETWEEN 0 AND 40),
    nlqf        INTEGER CHECK (nlqf BETWEEN 1 AND 8),
    place       TEXT,
    lat         REAL CHECK (lat BETWEEN -90 AND 90),
    lon         REAL CHECK (lon BETWEEN -180 AND 180),
    opens       TEXT CHECK (opens IS NULL OR date(opens, '+0 days') IS opens),
    closes      TEXT CHECK (closes IS NULL OR date(closes, '+0 days') IS closes),
    start_date  TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
    description TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'withdrawn')),
    CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max),
    CHECK (opens IS NULL OR closes IS NULL OR opens <= closes),
    CHECK ((lat IS NULL) = (lon IS NULL))
) STRICT;
CREATE INDEX vacancy_by_employer ON vacancy(employer, status);

CREATE TABLE vacancy_skill (
    vacancy TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
    skill   TEXT NOT NULL REFERENCES skill(id),
    must    INTEGER NOT NULL CHECK (must IN (0, 1)),
    weight  REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 10),
    PRIMARY KEY (vacancy, skill)
) STRICT, WITHOUT ROWID;
CREATE INDEX vacancy_skill_by_skill ON vacancy_skill(skill, vacancy);

CREATE TABLE vacancy_credential (
    vacancy     TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
    credential  TEXT NOT NULL REFERENCES credential_type(id),
    PRIMARY KEY (vacancy, credential)
) STRICT, WITHOUT ROWID;

-- Traineeship: cohorts, rotations, placements, rankings, assignments.
CREATE TABLE cohort (
    id      TEXT PRIMARY KEY CHECK (id <> ''),
    name    TEXT NOT NULL,
    start   TEXT NOT NULL CHECK (date(start, '+0 days') IS start)
) STRICT;

CREATE TABLE rotation (
    id      TEXT PRIMARY KEY CHECK (id <> ''),
    cohort  TEXT NOT NULL REFERENCES cohort(id),
    number  INTEGER NOT NULL CHECK (number BETWEEN 1 AND 6),
    start   TEXT NOT NULL CHECK (date(start, '+0 days') IS start),
    end     TEXT NOT NULL CHECK (date(end, '+0 days') IS end),
    CHECK (start < end),
    UNIQUE (cohort, number)
) STRICT;

CREATE TABLE trainee (
    id      TEXT PRIMARY KEY CHECK (id <> ''),
    person  TEXT NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
    cohort  TEXT NOT NULL REFERENCES cohort(id)
) STRICT;
CREATE INDEX trainee_by_cohort ON trainee(cohort);

CREATE TABLE placement (
    id              TEXT PRIMARY KEY CHECK (id <> ''),
    rotation        TEXT NOT NULL REFERENCES rotation(id),
    employer        TEXT NOT NULL REFERENCES employer(code),
    title           TEXT NOT NULL CHECK (title <> ''),
    domain          TEXT REFERENCES domain(code),
    capacity        INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 100),
    mentor          TEXT,
    hours_per_week  REAL CHECK (hours_per_week BETWEEN 0 AND 40),
    description     TEXT
) STRICT;
CREATE INDEX placement_by_rotation ON placement(rotation, employer);

CREATE TABLE placement_skill (
    placement   TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
    skill       TEXT NOT NULL REFERENCES skill(id),
    PRIMARY KEY (placement, skill)
) STRICT, WITHOUT ROWID;

-- A trainee's ranked placements for one rotation (rank 1 = first choice).
CREATE TABLE trainee_ranking (
    trainee     TEXT NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
    rotation    TEXT NOT NULL REFERENCES rotation(id),
    rank        INTEGER NOT NULL CHECK (rank >= 1),
    placement   TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
    PRIMARY KEY (trainee, rotation, rank),
    UNIQUE (trainee, rotation, placement)
) STRICT, WITHOUT ROWID;
CREATE INDEX trainee_ranking_by_rotation ON trainee_ranking(rotation);

-- A host's ranked trainees for one placement.
CREATE TABLE host_ranking (
    placement   TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL CHECK (rank >= 1),
    trainee     TEXT NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
    PRIMARY KEY (placement, rank),
    UNIQUE (placement, trainee)
) STRICT, WITHOUT ROWID;

CREATE TABLE assignment (
    trainee     TEXT NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
    rotation    TEXT NOT NULL REFERENCES rotation(id),
    placement   TEXT NOT NULL REFERENCES placement(id),
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'final')),
    PRIMARY KEY (trainee, rotation)
) STRICT, WITHOUT ROWID;
CREATE INDEX assignment_by_placement ON assignment(placement);

-- Staff exchanges (functieruil, detachering) and the stand-in pool.
CREATE TABLE exchange_request (
    id                  TEXT PRIMARY KEY CHECK (id <> ''),
    person              TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('swap', 'secondment')),
    period_from         TEXT NOT NULL CHECK (date(period_from, '+0 days') IS period_from),
    period_to           TEXT NOT NULL CHECK (date(period_to, '+0 days') IS period_to),
    allow_scale_change  INTEGER NOT NULL DEFAULT 0 CHECK (allow_scale_change IN (0, 1)),
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'proposed', 'done', 'withdrawn')),
    CHECK (period_from <= period_to)
) STRICT;
CREATE INDEX exchange_request_by_person ON exchange_request(person);

-- The positions a request would take over, most preferred first: a person's seat or a vacancy.
CREATE TABLE exchange_want (
    request     TEXT NOT NULL REFERENCES exchange_request(id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL CHECK (rank >= 1),
    position    TEXT NOT NULL,
    PRIMARY KEY (request, rank),
    UNIQUE (request, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE standin_offer (
    id                  TEXT PRIMARY KEY CHECK (id <> ''),
    person              TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    hours_per_week      REAL NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),
    period_from         TEXT NOT NULL CHECK (date(period_from, '+0 days') IS period_from),
    period_to           TEXT NOT NULL CHECK (date(period_to, '+0 days') IS period_to),
    consent_employee    INTEGER NOT NULL DEFAULT 0 CHECK (consent_employee IN (0, 1)),
    consent_lender      INTEGER NOT NULL DEFAULT 0 CHECK (consent_lender IN (0, 1)),
    CHECK (period_from <= period_to)
) STRICT;
CREATE INDEX standin_offer_by_period ON standin_offer(period_from, period_to);

CREATE TABLE standin_role (
    offer   TEXT NOT NULL REFERENCES standin_offer(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role <> ''),
    PRIMARY KEY (offer, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX standin_role_by_role ON standin_role(role);

-- Ranking weights, versioned: every ranking records the version it used.
CREATE TABLE weights_profile (
    version     INTEGER PRIMARY KEY CHECK (version >= 1),
    created_at  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    weights     TEXT NOT NULL CHECK (json_valid(weights))
) STRICT;
