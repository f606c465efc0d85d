-- irdesk schema, version 18: every descriptive text in both languages.
--
-- Each descriptive column gets its twin in the other language (the Dutch
-- column stays as it was; the English one is new), named in the kind's
-- descriptor (model/kinds.c: a field's alt is its twin).  en_source says
-- where a record's English comes from: the documents' own English (the
-- 2025 English page), the service's translation, or both.  The lines
-- beside the records (roles, links, history notes, the meta texts, the
-- basis of a top priority) get their twins too.
--
-- Sort keys: a key per language for each twin that is a list column,
-- computed in C (lib/conv.c's folding: accents and case ignored) and
-- written by db/ with every write, so that every engine sorts alike
-- without a collation of its own.  NULL until db/ fills them
-- (store_sort_keys, run after the migrations and the seed).

ALTER TABLE city ADD COLUMN decision_en TEXT;
ALTER TABLE city ADD COLUMN notes_en TEXT;
ALTER TABLE city ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));
ALTER TABLE city ADD COLUMN name_sk_nl TEXT;
ALTER TABLE city ADD COLUMN name_sk_en TEXT;
ALTER TABLE city ADD COLUMN country_sk_nl TEXT;
ALTER TABLE city ADD COLUMN country_sk_en TEXT;

ALTER TABLE agreement ADD COLUMN title_en TEXT;
ALTER TABLE agreement ADD COLUMN party_en TEXT;
ALTER TABLE agreement ADD COLUMN fate_en TEXT;
ALTER TABLE agreement ADD COLUMN notes_en TEXT;
ALTER TABLE agreement ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));
ALTER TABLE agreement ADD COLUMN title_sk_nl TEXT;
ALTER TABLE agreement ADD COLUMN title_sk_en TEXT;

ALTER TABLE network ADD COLUMN name_en TEXT;
ALTER TABLE network ADD COLUMN scope_en TEXT;
ALTER TABLE network ADD COLUMN notes_en TEXT;
ALTER TABLE network ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));
ALTER TABLE network ADD COLUMN name_sk_nl TEXT;
ALTER TABLE network ADD COLUMN name_sk_en TEXT;

ALTER TABLE initiative ADD COLUMN owner_en TEXT;
ALTER TABLE initiative ADD COLUMN notes_en TEXT;
ALTER TABLE initiative ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));
ALTER TABLE initiative ADD COLUMN text_sk_nl TEXT;
ALTER TABLE initiative ADD COLUMN text_sk_en TEXT;

ALTER TABLE network_role ADD COLUMN body_en TEXT;
ALTER TABLE network_role ADD COLUMN note_en TEXT;
ALTER TABLE history ADD COLUMN note_en TEXT;
ALTER TABLE link ADD COLUMN note_en TEXT;
ALTER TABLE meta ADD COLUMN value_en TEXT;
-- why an initiative serves a top priority, in the note's words
ALTER TABLE initiative_priority ADD COLUMN basis TEXT;
ALTER TABLE initiative_priority ADD COLUMN basis_en TEXT;

-- The search finds a record by the words of either language.
DROP VIEW city_body;
DROP VIEW agreement_body;
DROP VIEW network_body;
DROP VIEW initiative_body;

CREATE VIEW city_body AS
SELECT id,
       ifnull(name_nl, '') || ' ' || ifnull(name_en, '') || ' ' || ifnull(name_native, '') || ' ' || ifnull(country_nl, '') || ' ' || ifnull(country_en, '') || ' ' || ifnull(since, '') || ' ' || ifnull(decision, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(decision_en, '') || ' ' || ifnull(notes_en, '') AS body
  FROM city;

CREATE VIEW agreement_body AS
SELECT a.id,
       ifnull(a.title, '') || ' ' || ifnull(c.name_nl, '') || ' ' || ifnull(c.name_en, '') || ' ' || ifnull(c.name_native, '') || ' ' || ifnull(a.party, '') || ' ' || ifnull(a.signed, '') || ' ' || ifnull(a.fate, '') || ' ' || ifnull(a.notes, '') || ' ' || ifnull(a.title_en, '') || ' ' || ifnull(a.party_en, '') || ' ' || ifnull(a.fate_en, '') || ' ' || ifnull(a.notes_en, '') AS body
  FROM agreement a LEFT JOIN city c ON c.id = a.city_id;

CREATE VIEW network_body AS
SELECT id,
       ifnull(name, '') || ' ' || ifnull(scope, '') || ' ' || ifnull(since, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(name_en, '') || ' ' || ifnull(scope_en, '') || ' ' || ifnull(notes_en, '') AS body
  FROM network;

CREATE VIEW initiative_body AS
SELECT id,
       ifnull(number, '') || ' ' || ifnull(text_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(owner, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(owner_en, '') || ' ' || ifnull(notes_en, '') AS body
  FROM initiative;

-- The search follows the searched columns only: writing a record's sort
-- keys leaves its index entry as it is.
DROP TRIGGER city_search_upd;
DROP TRIGGER agreement_search_upd;
DROP TRIGGER network_search_upd;
DROP TRIGGER initiative_search_upd;

CREATE TRIGGER city_search_upd
AFTER UPDATE OF id, name_nl, name_en, name_native, country_nl, country_en, since, decision, notes,
                decision_en, notes_en ON city BEGIN
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM city_body WHERE id = new.id)
     WHERE kind = 'city' AND rec_id = old.id;
    -- an agreement's text includes its city's names
    UPDATE search_doc SET body = (SELECT body FROM agreement_body WHERE id = search_doc.rec_id)
     WHERE kind = 'agreement' AND rec_id IN (SELECT id FROM agreement WHERE city_id = new.id);
END;
CREATE TRIGGER agreement_search_upd
AFTER UPDATE OF id, title, city_id, party, signed, fate, notes, title_en, party_en, fate_en,
                notes_en ON agreement BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM agreement_body WHERE id = new.id)
     WHERE kind = 'agreement' AND rec_id = old.id;
END;
CREATE TRIGGER network_search_upd
AFTER UPDATE OF id, name, scope, since, notes, name_en, scope_en, notes_en ON network BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM network_body WHERE id = new.id)
     WHERE kind = 'network' AND rec_id = old.id;
END;
CREATE TRIGGER initiative_search_upd
AFTER UPDATE OF id, number, text_nl, title_en, owner, notes, owner_en, notes_en ON initiative BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM initiative_body WHERE id = new.id)
     WHERE kind = 'initiative' AND rec_id = old.id;
END;

-- the English twins are searched too: the index is rebuilt from the views
UPDATE search_doc SET body = (SELECT body FROM city_body WHERE id = search_doc.rec_id)
 WHERE kind = 'city';
UPDATE search_doc SET body = (SELECT body FROM agreement_body WHERE id = search_doc.rec_id)
 WHERE kind = 'agreement';
UPDATE search_doc SET body = (SELECT body FROM network_body WHERE id = search_doc.rec_id)
 WHERE kind = 'network';
UPDATE search_doc SET body = (SELECT body FROM initiative_body WHERE id = search_doc.rec_id)
 WHERE kind = 'initiative';

-- The kinds of schemas 8-10 (statements, assessments) get what the others
-- have: an English twin of every descriptive text, where their English
-- comes from, and a statement's title its sort keys.
ALTER TABLE statement ADD COLUMN organiser_en TEXT;
ALTER TABLE statement ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));
ALTER TABLE statement ADD COLUMN title_sk_nl TEXT;
ALTER TABLE statement ADD COLUMN title_sk_en TEXT;
ALTER TABLE assessment ADD COLUMN assessed_by_en TEXT;
ALTER TABLE assessment ADD COLUMN en_source TEXT
    CHECK (en_source IN ('documents', 'translation', 'mixed'));

DROP VIEW statement_body;
CREATE VIEW statement_body AS
SELECT id,
       ifnull(title_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(organiser, '') || ' ' || ifnull(organiser_en, '') || ' ' || ifnull(signed, '') || ' ' || ifnull(part_nl, '') || ' ' || ifnull(part_en, '') || ' ' || ifnull(notes_nl, '') || ' ' || ifnull(notes_en, '') AS body
  FROM statement;
DROP TRIGGER statement_search_upd;
CREATE TRIGGER statement_search_upd
AFTER UPDATE OF id, title_nl, title_en, organiser, organiser_en, signed, part_nl, part_en,
                notes_nl, notes_en ON statement BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM statement_body WHERE id = new.id)
     WHERE kind = 'statement' AND rec_id = old.id;
END;
UPDATE search_doc SET body = (SELECT body FROM statement_body WHERE id = search_doc.rec_id)
 WHERE kind = 'statement';

-- Sorting by a text with a twin goes by its stored key in the shown
-- language (db/store_read.c), each key with an index of its own in place
-- of schema 7's index on the Dutch text.
DROP INDEX city_sort_name_nl;
DROP INDEX city_sort_country_nl;
DROP INDEX agreement_sort_title;
DROP INDEX network_sort_name;
DROP INDEX initiative_sort_text_nl;
CREATE INDEX city_sort_name_sk_nl ON city(ifnull(name_sk_nl, x''), id);
CREATE INDEX city_sort_name_sk_en ON city(ifnull(name_sk_en, x''), id);
CREATE INDEX city_sort_country_sk_nl ON city(ifnull(country_sk_nl, x''), id);
CREATE INDEX city_sort_country_sk_en ON city(ifnull(country_sk_en, x''), id);
CREATE INDEX agreement_sort_title_sk_nl ON agreement(ifnull(title_sk_nl, x''), id);
CREATE INDEX agreement_sort_title_sk_en ON agreement(ifnull(title_sk_en, x''), id);
CREATE INDEX network_sort_name_sk_nl ON network(ifnull(name_sk_nl, x''), id);
CREATE INDEX network_sort_name_sk_en ON network(ifnull(name_sk_en, x''), id);
CREATE INDEX initiative_sort_text_sk_nl ON initiative(ifnull(text_sk_nl, x''), id);
CREATE INDEX initiative_sort_text_sk_en ON initiative(ifnull(text_sk_en, x''), id);
CREATE INDEX statement_sort_title_sk_nl ON statement(ifnull(title_sk_nl, x''), id);
CREATE INDEX statement_sort_title_sk_en ON statement(ifnull(title_sk_en, x''), id);

-- An agreement sorted by its city: the city's keys beside the reference,
-- kept in step by triggers as schema 7 keeps its title (a city's keys are
-- written after each of its writes, so the copy follows them).
ALTER TABLE agreement ADD COLUMN city_id_sk_nl TEXT;
ALTER TABLE agreement ADD COLUMN city_id_sk_en TEXT;
CREATE INDEX agreement_sort_city_id_sk_nl ON agreement(ifnull(city_id_sk_nl, x''), id);
CREATE INDEX agreement_sort_city_id_sk_en ON agreement(ifnull(city_id_sk_en, x''), id);
CREATE TRIGGER agreement_city_sk_ins AFTER INSERT ON agreement BEGIN
    UPDATE agreement
       SET city_id_sk_nl = (SELECT c.name_sk_nl FROM city c WHERE c.id = new.city_id),
           city_id_sk_en = (SELECT c.name_sk_en FROM city c WHERE c.id = new.city_id)
     WHERE id = new.id;
END;
CREATE TRIGGER agreement_city_sk_upd AFTER UPDATE OF city_id ON agreement BEGIN
    UPDATE agreement
       SET city_id_sk_nl = (SELECT c.name_sk_nl FROM city c WHERE c.id = new.city_id),
           city_id_sk_en = (SELECT c.name_sk_en FROM city c WHERE c.id = new.city_id)
     WHERE id = new.id;
END;
CREATE TRIGGER city_sk_upd AFTER UPDATE OF name_sk_nl, name_sk_en ON city BEGIN
    UPDATE agreement SET city_id_sk_nl = new.name_sk_nl, city_id_sk_en = new.name_sk_en
     WHERE city_id = new.id;
END;
