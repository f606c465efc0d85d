-- irdesk schema: the notes journal.  Each record has a journal of dated
-- notes with their author, shown newest first; a note is never edited in
-- place (a correction is a new note), so an UPDATE is refused.  Notes are
-- searched: each is a row of search_doc of the kind 'note'.

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES kind_count(kind),
    record_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000)
);
CREATE INDEX note_record ON note(kind, record_id, at);

CREATE TRIGGER note_never_edited BEFORE UPDATE ON note BEGIN
    SELECT RAISE(ABORT, 'a note is never edited in place');
END;

CREATE TRIGGER note_search_ins AFTER INSERT ON note BEGIN
    INSERT INTO search_doc (kind, rec_id, body) VALUES ('note', new.id, new.body);
END;
CREATE TRIGGER note_search_del AFTER DELETE ON note BEGIN
    DELETE FROM search_doc WHERE kind = 'note' AND rec_id = old.id;
END;
