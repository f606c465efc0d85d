-- irdesk schema, version 4: each entry of the search index names its record
-- in columns of its own, the kind's stable code and the record's id, instead
-- of in its rowid (version 2 had rowid = id * 4 + kind).
--
-- search_doc holds what is searched of each record, one row per record,
-- keyed by (kind, rec_id); the FTS5 index `search` is built on it (external
-- content: the text is stored once) and is kept in step by search_doc's own
-- triggers.  The *_body views say what of a record is searched; each kind's
-- triggers keep its rows of search_doc in step with every write, each
-- looking up only its own row.

DROP TRIGGER city_search_ins;
DROP TRIGGER city_search_upd;
DROP TRIGGER agreement_search_ins;
DROP TRIGGER agreement_search_upd;
DROP TRIGGER network_search_ins;
DROP TRIGGER network_search_upd;
DROP TRIGGER initiative_search_ins;
DROP TRIGGER initiative_search_upd;
DROP VIEW city_body;
DROP VIEW agreement_body;
DROP VIEW network_body;
DROP VIEW initiative_body;
DROP TABLE search;

CREATE TABLE search_doc (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,      -- the kind's code: 'city', 'agreement', ...
    rec_id  INTEGER NOT NULL,   -- the record's id in its kind's table
    body    TEXT NOT NULL,
    UNIQUE (kind, rec_id)
);

-- prefix indexes of 1 and 2 characters: the first letters typed in a
-- search-as-you-type are the ones that match the most words
CREATE VIRTUAL TABLE search USING fts5(body, content = 'search_doc', content_rowid = 'id',
                                       tokenize = 'unicode61 remove_diacritics 2',
                                       prefix = '1 2');

CREATE TRIGGER search_doc_ins AFTER INSERT ON search_doc BEGIN
    INSERT INTO search(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER search_doc_upd AFTER UPDATE ON search_doc WHEN old.body IS NOT new.body BEGIN
    INSERT INTO search(search, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO search(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER search_doc_del AFTER DELETE ON search_doc BEGIN
    INSERT INTO search(search, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE VIEW city_body AS
SELECT id,
       ifnull(name_nl, '') || ' ' || ifnull(name_en, '') || ' ' || ifnull(name_native, '') || ' ' || ifnull(country_nl, '') || ' ' || ifnull(country_en, '') || ' ' || ifnull(since, '') || ' ' || ifnull(decision, '') || ' ' || ifnull(notes, '') AS body
  FROM city;

CREATE VIEW agreement_body AS
SELECT a.id,
       ifnull(a.title, '') || ' ' || ifnull(c.name_nl, '') || ' ' || ifnull(c.name_en, '') || ' ' || ifnull(c.name_native, '') || ' ' || ifnull(a.party, '') || ' ' || ifnull(a.signed, '') || ' ' || ifnull(a.fate, '') || ' ' || ifnull(a.notes, '') AS body
  FROM agreement a LEFT JOIN city c ON c.id = a.city_id;

CREATE VIEW network_body AS
SELECT id,
       ifnull(name, '') || ' ' || ifnull(scope, '') || ' ' || ifnull(since, '') || ' ' || ifnull(notes, '') AS body
  FROM network;

CREATE VIEW initiative_body AS
SELECT id,
       ifnull(number, '') || ' ' || ifnull(text_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(owner, '') || ' ' || ifnull(notes, '') AS body
  FROM initiative;

INSERT INTO search_doc (kind, rec_id, body) SELECT 'city', id, body FROM city_body;
INSERT INTO search_doc (kind, rec_id, body) SELECT 'agreement', id, body FROM agreement_body;
INSERT INTO search_doc (kind, rec_id, body) SELECT 'network', id, body FROM network_body;
INSERT INTO search_doc (kind, rec_id, body) SELECT 'initiative', id, body FROM initiative_body;

CREATE TRIGGER city_search_ins AFTER INSERT ON city BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'city', id, body FROM city_body WHERE id = new.id;
END;
CREATE TRIGGER city_search_upd AFTER UPDATE ON city BEGIN
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM city_body WHERE id = new.id)
     WHERE kind = 'city' AND rec_id = old.id;
    -- an agreement's text includes its city's names
    UPDATE search_doc SET body = (SELECT body FROM agreement_body WHERE id = search_doc.rec_id)
     WHERE kind = 'agreement' AND rec_id IN (SELECT id FROM agreement WHERE city_id = new.id);
END;
CREATE TRIGGER city_search_del AFTER DELETE ON city BEGIN
    DELETE FROM search_doc WHERE kind = 'city' AND rec_id = old.id;
END;

CREATE TRIGGER agreement_search_ins AFTER INSERT ON agreement BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'agreement', id, body FROM agreement_body WHERE id = new.id;
END;
CREATE TRIGGER agreement_search_upd AFTER UPDATE ON agreement BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM agreement_body WHERE id = new.id)
     WHERE kind = 'agreement' AND rec_id = old.id;
END;
CREATE TRIGGER agreement_search_del AFTER DELETE ON agreement BEGIN
    DELETE FROM search_doc WHERE kind = 'agreement' AND rec_id = old.id;
END;

CREATE TRIGGER network_search_ins AFTER INSERT ON network BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'network', id, body FROM network_body WHERE id = new.id;
END;
CREATE TRIGGER network_search_upd AFTER UPDATE ON network BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM network_body WHERE id = new.id)
     WHERE kind = 'network' AND rec_id = old.id;
END;
CREATE TRIGGER network_search_del AFTER DELETE ON network BEGIN
    DELETE FROM search_doc WHERE kind = 'network' AND rec_id = old.id;
END;

CREATE TRIGGER initiative_search_ins AFTER INSERT ON initiative BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'initiative', id, body FROM initiative_body WHERE id = new.id;
END;
CREATE TRIGGER initiative_search_upd AFTER UPDATE ON initiative BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM initiative_body WHERE id = new.id)
     WHERE kind = 'initiative' AND rec_id = old.id;
END;
CREATE TRIGGER initiative_search_del AFTER DELETE ON initiative BEGIN
    DELETE FROM search_doc WHERE kind = 'initiative' AND rec_id = old.id;
END;
