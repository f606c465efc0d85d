-- irdesk on PostgreSQL, migration 018 (the version of db/sql/018_*): the stored sort keys (computed
-- in C from both languages, so that both engines sort alike) get their
-- indexes; "C" collation: the keys are compared byte by byte, as SQLite does.
CREATE INDEX city_sort_name_sk_nl ON city ((name_sk_nl COLLATE "C"), id);
CREATE INDEX city_sort_name_sk_en ON city ((name_sk_en COLLATE "C"), id);
CREATE INDEX city_sort_country_sk_nl ON city ((country_sk_nl COLLATE "C"), id);
CREATE INDEX city_sort_country_sk_en ON city ((country_sk_en COLLATE "C"), id);
CREATE INDEX agreement_sort_title_sk_nl ON agreement ((title_sk_nl COLLATE "C"), id);
CREATE INDEX agreement_sort_title_sk_en ON agreement ((title_sk_en COLLATE "C"), id);
CREATE INDEX network_sort_name_sk_nl ON network ((name_sk_nl COLLATE "C"), id);
CREATE INDEX network_sort_name_sk_en ON network ((name_sk_en COLLATE "C"), id);
CREATE INDEX initiative_sort_text_sk_nl ON initiative ((text_sk_nl COLLATE "C"), id);
CREATE INDEX initiative_sort_text_sk_en ON initiative ((text_sk_en COLLATE "C"), id);
CREATE INDEX statement_sort_title_sk_nl ON statement ((title_sk_nl COLLATE "C"), id);
CREATE INDEX statement_sort_title_sk_en ON statement ((title_sk_en COLLATE "C"), id);
CREATE INDEX agreement_city ON agreement (city_id);
CREATE INDEX network_role_network ON network_role (network_id);

-- An agreement keeps its city's name and keys beside the reference (as
-- the SQLite schema's triggers of versions 7 and 18 do), so that both
-- engines hold the same rows; a renamed city's agreements follow
-- (city_renamed, 002_search.sql).
CREATE OR REPLACE FUNCTION agreement_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.name_nl, c.name_sk_nl, c.name_sk_en
      INTO NEW.city_id_title, NEW.city_id_sk_nl, NEW.city_id_sk_en
      FROM city c WHERE c.id = NEW.city_id;
    NEW.search_body := concat_ws(' ', NEW.title, ird_city_names(NEW.city_id), NEW.party,
        NEW.signed, NEW.fate, NEW.notes, NEW.title_en, NEW.party_en, NEW.fate_en,
        NEW.notes_en);
    NEW.search_tsv := ird_tsv(NEW.search_body);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION city_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.name_nl IS DISTINCT FROM OLD.name_nl OR NEW.name_en IS DISTINCT FROM OLD.name_en
       OR NEW.name_native IS DISTINCT FROM OLD.name_native
       OR NEW.name_sk_nl IS DISTINCT FROM OLD.name_sk_nl
       OR NEW.name_sk_en IS DISTINCT FROM OLD.name_sk_en THEN
        UPDATE agreement SET city_id = city_id WHERE city_id = NEW.id;
        PERFORM ird_city_renamed_more(NEW.id);
    END IF;
    RETURN NULL;
END $$;
