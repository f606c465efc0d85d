-- irdesk schema: the history gets a search index of its own.  Schema 15
-- made every history line with text of its own (an edit's old and new
-- values, a note) a document of the records' index `search`, so that a
-- record's search as you type merged the history's doclists too: at the
-- benchmark's size 931,000 of them beside 40,000 records'.  The history's
-- lines now go to history_search, which only the search of everything
-- (store_search_all) reads.
--
-- history_search is contentless (the text is the history row's own, made
-- by one expression, repeated in each trigger below): FTS5 keeps only the
-- index.  A line is deleted from it with the values it was indexed with,
-- so every trigger tests the same condition as the insert, never deleting
-- a line that was not indexed.

DROP TRIGGER history_search_ins;
DROP TRIGGER history_search_del;

-- the records' index made again without the history's lines: deleting
-- each of them from it would take a pass a line; 'rebuild' indexes what
-- search_doc holds then in one pass over the records
DROP TRIGGER search_doc_del;
DELETE FROM search_doc WHERE kind = 'history';
CREATE TRIGGER search_doc_del AFTER DELETE ON search_doc BEGIN
    INSERT INTO search(search, rowid, body) VALUES ('delete', old.id, old.body);
END;
INSERT INTO search (search) VALUES ('rebuild');
INSERT INTO search (search) VALUES ('optimize');

CREATE VIRTUAL TABLE history_search USING fts5(body, content = '',
                                               tokenize = 'unicode61 remove_diacritics 2',
                                               prefix = '1 2');

INSERT INTO history_search (rowid, body)
    SELECT id, trim(ifnull(old, '') || ' ' || ifnull(new, '') || ' ' || ifnull(note, ''))
      FROM history
     WHERE action <> 'create' AND (old IS NOT NULL OR new IS NOT NULL OR note IS NOT NULL)
     ORDER BY id;
INSERT INTO history_search (history_search) VALUES ('optimize');

CREATE TRIGGER history_search_ins AFTER INSERT ON history
    WHEN new.action <> 'create' AND (new.old IS NOT NULL OR new.new IS NOT NULL OR new.note IS NOT NULL)
BEGIN
    INSERT INTO history_search (rowid, body)
        VALUES (new.id, trim(ifnull(new.old, '') || ' ' || ifnull(new.new, '') || ' ' || ifnull(new.note, '')));
END;
CREATE TRIGGER history_search_del AFTER DELETE ON history
    WHEN old.action <> 'create' AND (old.old IS NOT NULL OR old.new IS NOT NULL OR old.note IS NOT NULL)
BEGIN
    INSERT INTO history_search (history_search, rowid, body)
        VALUES ('delete', old.id, trim(ifnull(old.old, '') || ' ' || ifnull(old.new, '') || ' ' || ifnull(old.note, '')));
END;
-- a line changed in place (the migrations have done so): out with what it
-- said, then in with what it says, in this order in one trigger
CREATE TRIGGER history_search_upd AFTER UPDATE OF id, action, old, new, note ON history BEGIN
    INSERT INTO history_search (history_search, rowid, body)
        SELECT 'delete', old.id, trim(ifnull(old.old, '') || ' ' || ifnull(old.new, '') || ' ' || ifnull(old.note, ''))
         WHERE old.action <> 'create' AND (old.old IS NOT NULL OR old.new IS NOT NULL OR old.note IS NOT NULL);
    INSERT INTO history_search (rowid, body)
        SELECT new.id, trim(ifnull(new.old, '') || ' ' || ifnull(new.new, '') || ' ' || ifnull(new.note, ''))
         WHERE new.action <> 'create' AND (new.old IS NOT NULL OR new.new IS NOT NULL OR new.note IS NOT NULL);
END;
