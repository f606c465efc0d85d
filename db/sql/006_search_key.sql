-- irdesk schema, version 6: the search's keys in a narrow table of their
-- own.  A search as you type looks up the key (kind, record id) of every
-- match; in search_doc each key sits beside its record's whole searched
-- text, so those lookups read many pages.  search_key holds the keys alone,
-- many to a page, kept in step with search_doc by its triggers.

CREATE TABLE search_key (
    id      INTEGER PRIMARY KEY,   -- search_doc's id, the index's rowid
    kind    TEXT NOT NULL,
    rec_id  INTEGER NOT NULL
);

INSERT INTO search_key (id, kind, rec_id) SELECT id, kind, rec_id FROM search_doc;

CREATE TRIGGER search_key_ins AFTER INSERT ON search_doc BEGIN
    INSERT INTO search_key (id, kind, rec_id) VALUES (new.id, new.kind, new.rec_id);
END;
CREATE TRIGGER search_key_upd AFTER UPDATE OF id, kind, rec_id ON search_doc BEGIN
    UPDATE search_key SET id = new.id, kind = new.kind, rec_id = new.rec_id WHERE id = old.id;
END;
CREATE TRIGGER search_key_del AFTER DELETE ON search_doc BEGIN
    DELETE FROM search_key WHERE id = old.id;
END;
