-- irdesk schema, version 1.  Applied by db/migrate.c inside one transaction;
-- PRAGMA user_version is set by the migrator, not here.
-- Dates are ISO 8601 text, as precise as the source gives: 'YYYY', 'YYYY-MM'
-- or 'YYYY-MM-DD'.  Times in history are UTC 'YYYY-MM-DDTHH:MM:SSZ'.
-- The file says it is irdesk's: 'IRDS'.  migrate_check refuses SQLite files
-- of other programs by it.
PRAGMA application_id = 1230128211;

-- Every record table has: status (a code of its kind's workflow), archived
-- (0/1: nothing is hard-deleted), version (bumped on every save).

CREATE TABLE city (
    id          INTEGER PRIMARY KEY,
    name_nl     TEXT NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
    name_en     TEXT,
    name_native TEXT,
    country_nl  TEXT,
    country_en  TEXT,
    relation    TEXT NOT NULL CHECK (relation IN ('sister', 'partner')),
    since       INTEGER CHECK (since BETWEEN 1000 AND 9999),
    activity    TEXT CHECK (activity IN ('active', 'dormant')),   -- in the last decade
    decision    TEXT,                                             -- policy note, Annex 3
    notes       TEXT,
    status      TEXT NOT NULL DEFAULT 'active',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agreement (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    city_id      INTEGER NOT NULL REFERENCES city(id),
    type         TEXT NOT NULL CHECK (type IN ('twinning', 'mou', 'loi')),
    party        TEXT,                 -- the Ghent side, when not the City itself
    signed       TEXT,                 -- date
    starts       TEXT,                 -- date
    ends         TEXT,                 -- date
    human_rights INTEGER CHECK (human_rights IN (0, 1)),
    fate         TEXT,                 -- what became of it, in the documents' words
    notes        TEXT,
    status       TEXT NOT NULL DEFAULT 'draft',
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agreement_city ON agreement(city_id);

CREATE TABLE network (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    scope       TEXT,                  -- what it is, in the documents' words (Dutch)
    since       INTEGER CHECK (since BETWEEN 1000 AND 9999),
    until       INTEGER CHECK (until BETWEEN 1000 AND 9999),
    next_review TEXT,                  -- date of the next membership evaluation
    notes       TEXT,
    status      TEXT NOT NULL DEFAULT 'member',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);

-- Ghent's roles in a network, per period (chair 2017-2018, ...).
CREATE TABLE network_role (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id),
    role_nl     TEXT NOT NULL,
    role_en     TEXT,
    body        TEXT,                  -- the forum or committee, when the role is in one
    from_year   INTEGER,
    to_year     INTEGER,
    note        TEXT
);
CREATE INDEX network_role_network ON network_role(network_id);

CREATE TABLE initiative (
    id          INTEGER PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99999),
    chapter     INTEGER NOT NULL CHECK (chapter BETWEEN 1 AND 99),
    text_nl     TEXT NOT NULL,         -- the policy note's wording, exactly
    title_en    TEXT,
    owner       TEXT,
    notes       TEXT,
    status      TEXT NOT NULL DEFAULT 'planned',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);

-- The chapters of the policy note (1-6), for grouping initiatives.
CREATE TABLE chapter (
    number      INTEGER PRIMARY KEY,
    title_nl    TEXT NOT NULL,
    title_en    TEXT NOT NULL
);

CREATE TABLE priority (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_nl     TEXT NOT NULL,
    name_en     TEXT NOT NULL
);

CREATE TABLE initiative_priority (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id),
    priority_id   INTEGER NOT NULL REFERENCES priority(id),
    PRIMARY KEY (initiative_id, priority_id)
);

-- Links between records of any two kinds (initiative 23 <-> Kanazawa's MoU).
CREATE TABLE link (
    id          INTEGER PRIMARY KEY,
    a_kind      TEXT NOT NULL CHECK (a_kind IN ('city', 'agreement', 'network', 'initiative')),
    a_id        INTEGER NOT NULL,
    b_kind      TEXT NOT NULL CHECK (b_kind IN ('city', 'agreement', 'network', 'initiative')),
    b_id        INTEGER NOT NULL,
    note        TEXT,
    UNIQUE (a_kind, a_id, b_kind, b_id)
);
CREATE INDEX link_b ON link(b_kind, b_id);

-- One history for everything.  action: create, edit (field, old, new),
-- status (old, new), archive, restore, event (a dated fact from the
-- documents; 'at' is then as precise as the document).
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('city', 'agreement', 'network', 'initiative')),
    record_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'edit', 'status', 'archive', 'restore', 'event')),
    field       TEXT,
    old         TEXT,
    new         TEXT,
    note        TEXT,
    source      TEXT                   -- seed document, for entries from the documents
);
CREATE INDEX history_record ON history(kind, record_id, at);
CREATE INDEX history_at ON history(at);

-- Facts about the portfolio as a whole (e.g. the stated number of networks).
CREATE TABLE meta (
    key         TEXT PRIMARY KEY,
    value       TEXT
);
