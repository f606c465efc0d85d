-- irdesk schema: saved views.  A view is a pane (kind) with its filter
-- text, its status filter, its sort column and direction and its columns,
-- under a name; the views here are shared by every desk on the database
-- (personal ones live in the configuration, irdesk(5)).
--
-- status is a status code of the kind, or one of the conditions the store
-- derives (db/store_view.c): '~due' (a live record whose due date is
-- within the evaluation horizon or past), '~lacking' (a wanted yes/no that
-- is not yes), '~changed' (changed at a desk in the last seven days),
-- '=FIELD:VALUE' (a field holds a value).  kind NULL: the view applies to
-- whichever pane it is opened on.  sort: a field name, NULL for the number.
-- columns: field names separated by commas, NULL for the kind's own.
-- builtin: shipped with irdesk; its titles are given in both languages.

CREATE TABLE view (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 60),
    title_nl    TEXT,
    title_en    TEXT,
    kind        TEXT REFERENCES kind_count(kind),
    search      TEXT CHECK (search IS NULL OR length(search) <= 200),
    status      TEXT CHECK (status IS NULL OR length(status) <= 100),
    sort        TEXT,
    descending  INTEGER NOT NULL DEFAULT 0 CHECK (descending IN (0, 1)),
    columns     TEXT,
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    at          TEXT,
    user        TEXT
);

INSERT INTO view (name, title_nl, title_en, kind, status, sort, builtin) VALUES
    ('due-for-evaluation', 'Overeenkomsten te evalueren', 'Agreements due for evaluation',
     'agreement', '~due', 'ends', 1),
    ('no-human-rights-clause', 'Overeenkomsten zonder mensenrechtenclausule',
     'Agreements without a human-rights clause', 'agreement', '~lacking', NULL, 1),
    ('dormant-partnerships', 'Slapende partnerschappen', 'Dormant partnerships',
     'city', '=activity:dormant', NULL, 1),
    ('changed-this-week', 'Deze week gewijzigd', 'Changed this week', NULL, '~changed', NULL, 1);
