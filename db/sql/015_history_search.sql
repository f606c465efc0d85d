-- irdesk schema: the history is searched too.  Each history line that says
-- something of its own (an edit's old and new values, a note; not the
-- bare line of a created record, which an import writes by the million) is
-- a row of search_doc of the kind 'history'.

INSERT INTO search_doc (kind, rec_id, body)
    SELECT 'history', id, trim(ifnull(old, '') || ' ' || ifnull(new, '') || ' ' || ifnull(note, ''))
      FROM history
     WHERE action <> 'create' AND (old IS NOT NULL OR new IS NOT NULL OR note IS NOT NULL);

CREATE TRIGGER history_search_ins AFTER INSERT ON history
    WHEN new.action <> 'create' AND (new.old IS NOT NULL OR new.new IS NOT NULL OR new.note IS NOT NULL)
BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        VALUES ('history', new.id,
                trim(ifnull(new.old, '') || ' ' || ifnull(new.new, '') || ' ' || ifnull(new.note, '')));
END;
CREATE TRIGGER history_search_del AFTER DELETE ON history BEGIN
    DELETE FROM search_doc WHERE kind = 'history' AND rec_id = old.id;
END;
