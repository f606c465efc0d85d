-- irdesk on PostgreSQL, migration 031 (the version of db/sql/031_*): the
-- keyset windows of a sorted list get their indexes.  A window
-- (pg_read.c: pg_window, pg_position_upto) orders and seeks on the row
-- ((key IS NULL), coalesce(key, ...), id), so that empty values come after
-- the others as in SQLite and the row comparison orders every row; the
-- indexes of 018 (key COLLATE "C", id) do not serve that row, so every
-- window of a list sorted by a column read and sorted the whole table
-- (13 ms a key with 10,000 cities).  One index per list column a pane can
-- sort by, on the very expressions of pg_read.c's sort_key: a stored key
-- of each language, lower() of other text, a number as it is; an
-- agreement by its city on the city's keys it keeps (018).  The indexes of
-- 018, 022, 023 and 024 they replace are dropped.
CREATE INDEX IF NOT EXISTS city_window_name_sk_nl ON city
    ((name_sk_nl IS NULL), (coalesce(name_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS city_window_name_sk_en ON city
    ((name_sk_en IS NULL), (coalesce(name_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS city_window_country_sk_nl ON city
    ((country_sk_nl IS NULL), (coalesce(country_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS city_window_country_sk_en ON city
    ((country_sk_en IS NULL), (coalesce(country_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS city_window_relation ON city
    ((lower(relation) IS NULL), (coalesce(lower(relation), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS city_window_since ON city
    ((since IS NULL), coalesce(since, 0), id);

CREATE INDEX IF NOT EXISTS agreement_window_title_sk_nl ON agreement
    ((title_sk_nl IS NULL), (coalesce(title_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS agreement_window_title_sk_en ON agreement
    ((title_sk_en IS NULL), (coalesce(title_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS agreement_window_city_id_sk_nl ON agreement
    ((city_id_sk_nl IS NULL), (coalesce(city_id_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS agreement_window_city_id_sk_en ON agreement
    ((city_id_sk_en IS NULL), (coalesce(city_id_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS agreement_window_type ON agreement
    ((lower(type) IS NULL), (coalesce(lower(type), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS agreement_window_ends ON agreement
    ((ends IS NULL), (coalesce(ends, '') COLLATE "C"), id);

CREATE INDEX IF NOT EXISTS network_window_name_sk_nl ON network
    ((name_sk_nl IS NULL), (coalesce(name_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS network_window_name_sk_en ON network
    ((name_sk_en IS NULL), (coalesce(name_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS network_window_since ON network
    ((since IS NULL), coalesce(since, 0), id);
CREATE INDEX IF NOT EXISTS network_window_until ON network
    ((until IS NULL), coalesce(until, 0), id);

CREATE INDEX IF NOT EXISTS initiative_window_number ON initiative
    ((number IS NULL), coalesce(number, 0), id);
CREATE INDEX IF NOT EXISTS initiative_window_chapter ON initiative
    ((chapter IS NULL), coalesce(chapter, 0), id);
CREATE INDEX IF NOT EXISTS initiative_window_text_sk_nl ON initiative
    ((text_sk_nl IS NULL), (coalesce(text_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS initiative_window_text_sk_en ON initiative
    ((text_sk_en IS NULL), (coalesce(text_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS initiative_window_owner ON initiative
    ((lower(owner) IS NULL), (coalesce(lower(owner), '') COLLATE "C"), id);

CREATE INDEX IF NOT EXISTS statement_window_title_sk_nl ON statement
    ((title_sk_nl IS NULL), (coalesce(title_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS statement_window_title_sk_en ON statement
    ((title_sk_en IS NULL), (coalesce(title_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS statement_window_type ON statement
    ((lower(type) IS NULL), (coalesce(lower(type), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS statement_window_organiser ON statement
    ((lower(organiser) IS NULL), (coalesce(lower(organiser), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS statement_window_signed ON statement
    ((signed IS NULL), (coalesce(signed, '') COLLATE "C"), id);

CREATE INDEX IF NOT EXISTS visit_window_title_sk_nl ON visit
    ((title_sk_nl IS NULL), (coalesce(title_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS visit_window_title_sk_en ON visit
    ((title_sk_en IS NULL), (coalesce(title_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS visit_window_direction ON visit
    ((lower(direction) IS NULL), (coalesce(lower(direction), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS visit_window_type ON visit
    ((lower(type) IS NULL), (coalesce(lower(type), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS visit_window_date_from ON visit
    ((date_from IS NULL), (coalesce(date_from, '') COLLATE "C"), id);

CREATE INDEX IF NOT EXISTS project_window_acronym ON project
    ((lower(acronym) IS NULL), (coalesce(lower(acronym), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS project_window_programme ON project
    ((lower(programme) IS NULL), (coalesce(lower(programme), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS project_window_role ON project
    ((lower(role) IS NULL), (coalesce(lower(role), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS project_window_year ON project
    ((year IS NULL), coalesce(year, 0), id);
CREATE INDEX IF NOT EXISTS project_window_grant_eur ON project
    ((grant_eur IS NULL), coalesce(grant_eur, 0), id);

CREATE INDEX IF NOT EXISTS contact_window_name ON contact
    ((lower(name) IS NULL), (coalesce(lower(name), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS contact_window_organisation_sk_nl ON contact
    ((organisation_sk_nl IS NULL), (coalesce(organisation_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS contact_window_organisation_sk_en ON contact
    ((organisation_sk_en IS NULL), (coalesce(organisation_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS contact_window_function_sk_nl ON contact
    ((function_sk_nl IS NULL), (coalesce(function_sk_nl, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS contact_window_function_sk_en ON contact
    ((function_sk_en IS NULL), (coalesce(function_sk_en, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS contact_window_period_until ON contact
    ((period_until IS NULL), (coalesce(period_until, '') COLLATE "C"), id);

-- assessment.city_id sorts on its city's key, read from the city: no index here
CREATE INDEX IF NOT EXISTS assessment_window_assessed ON assessment
    ((assessed IS NULL), (coalesce(assessed, '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS assessment_window_importance ON assessment
    ((lower(importance) IS NULL), (coalesce(lower(importance), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS assessment_window_activity ON assessment
    ((lower(activity) IS NULL), (coalesce(lower(activity), '') COLLATE "C"), id);
CREATE INDEX IF NOT EXISTS assessment_window_next_review ON assessment
    ((next_review IS NULL), (coalesce(next_review, '') COLLATE "C"), id);

-- The calendar's dates (pg_dated: the start-up reminders and the
-- calendar), so that a few days' records are found without reading every
-- record of the kind: a date as it is, a visit's period by its end (or its
-- first day when it has none).
CREATE INDEX IF NOT EXISTS agreement_dated_ends ON agreement ((ends COLLATE "C"));
CREATE INDEX IF NOT EXISTS network_dated_next_review ON network ((next_review COLLATE "C"));
CREATE INDEX IF NOT EXISTS assessment_dated_next_review ON assessment ((next_review COLLATE "C"));
CREATE INDEX IF NOT EXISTS project_dated_deadline ON project ((deadline COLLATE "C"));
CREATE INDEX IF NOT EXISTS project_dated_ends ON project ((ends COLLATE "C"));
CREATE INDEX IF NOT EXISTS visit_dated_date_until ON visit
    ((coalesce(date_until, date_from) COLLATE "C"));

DROP INDEX IF EXISTS city_sort_name_sk_nl, city_sort_name_sk_en, city_sort_country_sk_nl,
    city_sort_country_sk_en, agreement_sort_title_sk_nl, agreement_sort_title_sk_en,
    network_sort_name_sk_nl, network_sort_name_sk_en, initiative_sort_text_sk_nl,
    initiative_sort_text_sk_en, statement_sort_title_sk_nl, statement_sort_title_sk_en,
    visit_sort_title_sk_nl, visit_sort_title_sk_en, project_sort_title_sk_nl,
    project_sort_title_sk_en, contact_sort_organisation_sk_nl, contact_sort_organisation_sk_en,
    contact_sort_function_sk_nl, contact_sort_function_sk_en;
