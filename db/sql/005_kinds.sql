-- irdesk schema, version 5: the kinds a database holds are the rows of
-- kind_count (schema 3), and history and links refer to them, instead of
-- each naming the four kinds in a CHECK of its own.  A new kind's migration
-- creates its table, adds its row to kind_count with its count triggers,
-- and its view and triggers for the search index (as 004 does for the
-- first four); no other table changes.
--
-- SQLite cannot change a CHECK in place: history and link are copied into
-- tables without it, keeping their ids.  Migrations run with foreign keys
-- off, in one transaction.

CREATE TABLE history_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES kind_count(kind),
    record_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL
                CHECK (action IN ('create', 'edit', 'status', 'archive', 'restore', 'event')),
    field       TEXT,
    old         TEXT,
    new         TEXT,
    note        TEXT,
    source      TEXT                   -- seed document, for entries from the documents
);
INSERT INTO history_new (id, kind, record_id, at, user, action, field, old, new, note, source)
    SELECT id, kind, record_id, at, user, action, field, old, new, note, source FROM history;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_record ON history(kind, record_id, at);
CREATE INDEX history_at ON history(at);

CREATE TABLE link_new (
    id          INTEGER PRIMARY KEY,
    a_kind      TEXT NOT NULL REFERENCES kind_count(kind),
    a_id        INTEGER NOT NULL,
    b_kind      TEXT NOT NULL REFERENCES kind_count(kind),
    b_id        INTEGER NOT NULL,
    note        TEXT,
    UNIQUE (a_kind, a_id, b_kind, b_id)
);
INSERT INTO link_new (id, a_kind, a_id, b_kind, b_id, note)
    SELECT id, a_kind, a_id, b_kind, b_id, note FROM link;
DROP TABLE link;
ALTER TABLE link_new RENAME TO link;
CREATE INDEX link_b ON link(b_kind, b_id);
