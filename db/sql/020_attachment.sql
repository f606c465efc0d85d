-- irdesk schema: files attached to records (the signed charter as a PDF, a
-- programme, a report), kept in the database with their name, type, size,
-- SHA-256 and who added them.  A file is never replaced: a second live file
-- of the same name on one record is refused (the unique index below); a
-- detached file is archived, never deleted.  The history gets a line per
-- attach and detach, naming the file, not holding it.

CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES kind_count(kind),
    record_id   INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    mime        TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    body        BLOB NOT NULL
);
CREATE INDEX attachment_record ON attachment(kind, record_id);
CREATE UNIQUE INDEX attachment_live_name ON attachment(kind, record_id, name)
    WHERE archived = 0;

-- the file itself never changes: only its archived flag may
CREATE TRIGGER attachment_kept BEFORE UPDATE OF kind, record_id, name, mime, size, sha256,
    added_by, added_at, body ON attachment BEGIN
    SELECT RAISE(ABORT, 'an attached file is never changed in place');
END;
