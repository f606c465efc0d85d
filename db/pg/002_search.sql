-- irdesk on PostgreSQL, migration 002 (the version of db/sql/002_*): the search.  One rule on both
-- engines: each word typed is a prefix of a word of the record's text
-- after folding case and removing accents (a tsvector of the 'simple'
-- configuration over ird_fold, GIN-indexed), and for a word of a script
-- written without spaces (金沢市) a substring of the folded text (pg_trgm).
-- unaccent() is only STABLE (it reads its dictionary by name): ird_fold
-- names the dictionary and is declared IMMUTABLE, so indexes may use it.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION ird_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

-- the search columns of a kind's table, kept by its trigger (the body is
-- the same text as the SQLite engine's <kind>_body view)
CREATE FUNCTION ird_search_cols(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ADD COLUMN search_body text', tbl);
    EXECUTE format('ALTER TABLE %I ADD COLUMN search_tsv tsvector', tbl);
    EXECUTE format('CREATE INDEX %I ON %I USING gin (search_tsv)', tbl || '_search', tbl);
    EXECUTE format('CREATE INDEX %I ON %I USING gin (ird_fold(search_body) gin_trgm_ops)',
                   tbl || '_search_trgm', tbl);
END $$;

CREATE FUNCTION ird_tsv(body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple'::regconfig, ird_fold(body)) $$;

-- the titles of a city, as the bodies that name one hold them
CREATE FUNCTION ird_city_names(cid bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT concat_ws(' ', name_nl, name_en, name_native) FROM city WHERE id = cid
$$;

CREATE FUNCTION city_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_body := concat_ws(' ', NEW.name_nl, NEW.name_en, NEW.name_native,
        NEW.country_nl, NEW.country_en, NEW.since, NEW.decision, NEW.notes,
        NEW.decision_en, NEW.notes_en);
    NEW.search_tsv := ird_tsv(NEW.search_body);
    RETURN NEW;
END $$;

CREATE FUNCTION agreement_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_body := concat_ws(' ', NEW.title, ird_city_names(NEW.city_id), NEW.party,
        NEW.signed, NEW.fate, NEW.notes, NEW.title_en, NEW.party_en, NEW.fate_en,
        NEW.notes_en);
    NEW.search_tsv := ird_tsv(NEW.search_body);
    RETURN NEW;
END $$;

CREATE FUNCTION network_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_body := concat_ws(' ', NEW.name, NEW.scope, NEW.since, NEW.notes,
        NEW.name_en, NEW.scope_en, NEW.notes_en);
    NEW.search_tsv := ird_tsv(NEW.search_body);
    RETURN NEW;
END $$;

CREATE FUNCTION initiative_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_body := concat_ws(' ', NEW.number, NEW.text_nl, NEW.title_en, NEW.owner,
        NEW.notes, NEW.owner_en, NEW.notes_en);
    NEW.search_tsv := ird_tsv(NEW.search_body);
    RETURN NEW;
END $$;

SELECT ird_search_cols('city');
SELECT ird_search_cols('agreement');
SELECT ird_search_cols('network');
SELECT ird_search_cols('initiative');

CREATE TRIGGER city_body BEFORE INSERT OR UPDATE ON city
    FOR EACH ROW EXECUTE FUNCTION city_body();
CREATE TRIGGER agreement_body BEFORE INSERT OR UPDATE ON agreement
    FOR EACH ROW EXECUTE FUNCTION agreement_body();
CREATE TRIGGER network_body BEFORE INSERT OR UPDATE ON network
    FOR EACH ROW EXECUTE FUNCTION network_body();
CREATE TRIGGER initiative_body BEFORE INSERT OR UPDATE ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_body();

-- a renamed city: the bodies of the records that name it follow
CREATE FUNCTION city_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.name_nl IS DISTINCT FROM OLD.name_nl OR NEW.name_en IS DISTINCT FROM OLD.name_en
       OR NEW.name_native IS DISTINCT FROM OLD.name_native THEN
        UPDATE agreement SET city_id = city_id WHERE city_id = NEW.id;
        PERFORM ird_city_renamed_more(NEW.id);
    END IF;
    RETURN NULL;
END $$;
-- what later kinds that name a city add (010_assessments.sql)
CREATE FUNCTION ird_city_renamed_more(cid bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
END $$;
CREATE TRIGGER city_renamed AFTER UPDATE ON city
    FOR EACH ROW EXECUTE FUNCTION city_renamed();
