-- irdesk schema, version 2: full-text search, accents and case ignored.
-- One FTS5 index for all kinds; rowid = id * 4 + kind (city 0, agreement 1,
-- network 2, initiative 3).  The *_body views say what of a record is
-- searched; triggers keep the index in step with every write, each looking
-- up only its own row (by id: the views' rid is not indexed).

-- prefix indexes of 1 and 2 characters: the first letters typed in a
-- search-as-you-type are the ones that match the most words
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2',
                                       prefix = '1 2');

CREATE VIEW city_body AS
SELECT id, id * 4 + 0 AS rid,
       ifnull(name_nl, '') || ' ' || ifnull(name_en, '') || ' ' || ifnull(name_native, '') || ' ' || ifnull(country_nl, '') || ' ' || ifnull(country_en, '') || ' ' || ifnull(since, '') || ' ' || ifnull(decision, '') || ' ' || ifnull(notes, '') AS body
  FROM city;

CREATE VIEW agreement_body AS
SELECT a.id, a.id * 4 + 1 AS rid,
       ifnull(a.title, '') || ' ' || ifnull(c.name_nl, '') || ' ' || ifnull(c.name_en, '') || ' ' || ifnull(c.name_native, '') || ' ' || ifnull(a.party, '') || ' ' || ifnull(a.signed, '') || ' ' || ifnull(a.fate, '') || ' ' || ifnull(a.notes, '') AS body
  FROM agreement a LEFT JOIN city c ON c.id = a.city_id;

CREATE VIEW network_body AS
SELECT id, id * 4 + 2 AS rid,
       ifnull(name, '') || ' ' || ifnull(scope, '') || ' ' || ifnull(since, '') || ' ' || ifnull(notes, '') AS body
  FROM network;

CREATE VIEW initiative_body AS
SELECT id, id * 4 + 3 AS rid,
       ifnull(number, '') || ' ' || ifnull(text_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(owner, '') || ' ' || ifnull(notes, '') AS body
  FROM initiative;

INSERT INTO search(rowid, body) SELECT rid, body FROM city_body;
INSERT INTO search(rowid, body) SELECT rid, body FROM agreement_body;
INSERT INTO search(rowid, body) SELECT rid, body FROM network_body;
INSERT INTO search(rowid, body) SELECT rid, body FROM initiative_body;

CREATE TRIGGER city_search_ins AFTER INSERT ON city BEGIN
    INSERT INTO search(rowid, body) SELECT rid, body FROM city_body WHERE id = new.id;
END;
CREATE TRIGGER city_search_upd AFTER UPDATE ON city BEGIN
    DELETE FROM search WHERE rowid = old.id * 4;
    INSERT INTO search(rowid, body) SELECT rid, body FROM city_body WHERE id = new.id;
    -- an agreement's text includes its city's names
    DELETE FROM search WHERE rowid IN (SELECT id * 4 + 1 FROM agreement WHERE city_id = new.id);
    INSERT INTO search(rowid, body)
        SELECT rid, body FROM agreement_body WHERE id IN
            (SELECT id FROM agreement WHERE city_id = new.id);
END;

CREATE TRIGGER agreement_search_ins AFTER INSERT ON agreement BEGIN
    INSERT INTO search(rowid, body) SELECT rid, body FROM agreement_body WHERE id = new.id;
END;
CREATE TRIGGER agreement_search_upd AFTER UPDATE ON agreement BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 1;
    INSERT INTO search(rowid, body) SELECT rid, body FROM agreement_body WHERE id = new.id;
END;

CREATE TRIGGER network_search_ins AFTER INSERT ON network BEGIN
    INSERT INTO search(rowid, body) SELECT rid, body FROM network_body WHERE id = new.id;
END;
CREATE TRIGGER network_search_upd AFTER UPDATE ON network BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 2;
    INSERT INTO search(rowid, body) SELECT rid, body FROM network_body WHERE id = new.id;
END;

CREATE TRIGGER initiative_search_ins AFTER INSERT ON initiative BEGIN
    INSERT INTO search(rowid, body) SELECT rid, body FROM initiative_body WHERE id = new.id;
END;
CREATE TRIGGER initiative_search_upd AFTER UPDATE ON initiative BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 3;
    INSERT INTO search(rowid, body) SELECT rid, body FROM initiative_body WHERE id = new.id;
END;
