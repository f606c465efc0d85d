-- irdesk migration 033: a record's edit writes its search entry's text and
-- nothing else of it.  Each kind's <kind>_search_upd (schemas 4, 18, 22-24,
-- 30) set the entry's rec_id to the record's id again with its new text;
-- the id is the same on every edit, but a column set is a column written:
-- SQLite rewrote the entry in search_doc's (kind, rec_id) index, and
-- search_key_upd (schema 6) the search_key row, at every save: two of the
-- 19 pages a city's save put in the write-ahead log.  The id is set only
-- when it changed (a record renumbered).
DROP TRIGGER city_search_upd;
CREATE TRIGGER city_search_upd
AFTER UPDATE OF id, name_nl, name_en, name_native, country_nl, country_en, since, decision, notes,
                decision_en, notes_en ON city BEGIN
    UPDATE search_doc SET body = (SELECT body FROM city_body WHERE id = new.id)
     WHERE kind = 'city' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM city_body WHERE id = new.id)
     WHERE kind = 'city' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER agreement_search_upd;
CREATE TRIGGER agreement_search_upd
AFTER UPDATE OF id, title, city_id, party, signed, fate, notes, title_en, party_en, fate_en,
                notes_en ON agreement BEGIN
    UPDATE search_doc SET body = (SELECT body FROM agreement_body WHERE id = new.id)
     WHERE kind = 'agreement' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM agreement_body WHERE id = new.id)
     WHERE kind = 'agreement' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER network_search_upd;
CREATE TRIGGER network_search_upd
AFTER UPDATE OF id, name, scope, since, notes, name_en, scope_en, notes_en ON network BEGIN
    UPDATE search_doc SET body = (SELECT body FROM network_body WHERE id = new.id)
     WHERE kind = 'network' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM network_body WHERE id = new.id)
     WHERE kind = 'network' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER initiative_search_upd;
CREATE TRIGGER initiative_search_upd
AFTER UPDATE OF id, number, text_nl, title_en, owner, notes, owner_en, notes_en ON initiative BEGIN
    UPDATE search_doc SET body = (SELECT body FROM initiative_body WHERE id = new.id)
     WHERE kind = 'initiative' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM initiative_body WHERE id = new.id)
     WHERE kind = 'initiative' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER statement_search_upd;
CREATE TRIGGER statement_search_upd
AFTER UPDATE OF id, title_nl, title_en, organiser, organiser_en, signed, part_nl, part_en,
                notes_nl, notes_en ON statement BEGIN
    UPDATE search_doc SET body = (SELECT body FROM statement_body WHERE id = new.id)
     WHERE kind = 'statement' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM statement_body WHERE id = new.id)
     WHERE kind = 'statement' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER visit_search_upd;
CREATE TRIGGER visit_search_upd
AFTER UPDATE OF id, title_nl, title_en, date_from, place, place_en, party, party_en, participants, participants_en, host, host_en, programme, programme_en, follow_up, follow_up_en, notes, notes_en ON visit BEGIN
    UPDATE search_doc SET body = (SELECT body FROM visit_body WHERE id = new.id)
     WHERE kind = 'visit' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM visit_body WHERE id = new.id)
     WHERE kind = 'visit' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER project_search_upd;
CREATE TRIGGER project_search_upd
AFTER UPDATE OF id, acronym, title_nl, title_en, call, service, service_en, partners, partners_en, year, notes, notes_en ON project BEGIN
    UPDATE search_doc SET body = (SELECT body FROM project_body WHERE id = new.id)
     WHERE kind = 'project' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM project_body WHERE id = new.id)
     WHERE kind = 'project' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER contact_search_upd;
CREATE TRIGGER contact_search_upd
AFTER UPDATE OF id, name, organisation, organisation_en, function, function_en, email, phone, notes, notes_en ON contact BEGIN
    UPDATE search_doc SET body = (SELECT body FROM contact_body WHERE id = new.id)
     WHERE kind = 'contact' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM contact_body WHERE id = new.id)
     WHERE kind = 'contact' AND rec_id = old.id AND new.id IS NOT old.id;
END;

DROP TRIGGER assessment_search_upd;
CREATE TRIGGER assessment_search_upd AFTER UPDATE ON assessment BEGIN
    UPDATE search_doc SET body = (SELECT body FROM assessment_body WHERE id = new.id)
     WHERE kind = 'assessment' AND rec_id = old.id AND new.id IS old.id;
    UPDATE search_doc SET rec_id = new.id, body = (SELECT body FROM assessment_body WHERE id = new.id)
     WHERE kind = 'assessment' AND rec_id = old.id AND new.id IS NOT old.id;
END;
