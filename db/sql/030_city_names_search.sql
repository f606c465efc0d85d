-- irdesk migration 030: a city's edit rewrites its agreements' search text only
-- when what they take from it changed.  An agreement's text includes its
-- city's names (agreement_body), and city_search_upd (schema 18) wrote the
-- text of every agreement of the city again on an edit of any of the
-- city's searched fields: a city's notes saved rewrote the search_doc rows
-- of its agreements with the same text, each row's spaceless check (a GLOB
-- over the whole text, schema 27) run again and its pages written to the
-- log: 1.5 M of the 2.1 M instructions of the save's UPDATE of a city with
-- three agreements (callgrind, 10,000 records a kind).  The city's own text
-- is kept as it was; the agreements' follows the names alone.
DROP TRIGGER city_search_upd;
CREATE TRIGGER city_search_upd
AFTER UPDATE OF id, name_nl, name_en, name_native, country_nl, country_en, since, decision, notes,
                decision_en, notes_en ON city BEGIN
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM city_body WHERE id = new.id)
     WHERE kind = 'city' AND rec_id = old.id;
END;
-- an agreement's text includes its city's names (agreement_body)
CREATE TRIGGER city_names_search_upd
AFTER UPDATE OF id, name_nl, name_en, name_native ON city BEGIN
    UPDATE search_doc SET body = (SELECT body FROM agreement_body WHERE id = search_doc.rec_id)
     WHERE kind = 'agreement' AND rec_id IN (SELECT id FROM agreement WHERE city_id = new.id);
END;
-- an assessment's text includes its city's Dutch and English names
-- (assessment_body); PostgreSQL's city_renamed does the same
-- (ird_city_renamed_more, db/pg/010_assessments.sql)
CREATE TRIGGER city_names_assessment_upd
AFTER UPDATE OF id, name_nl, name_en ON city BEGIN
    UPDATE search_doc SET body = (SELECT body FROM assessment_body WHERE id = search_doc.rec_id)
     WHERE kind = 'assessment' AND rec_id IN (SELECT id FROM assessment WHERE city_id = new.id);
END;
