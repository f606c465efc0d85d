-- irdesk schema 32 (the 28th migration): the search index keeps prefix
-- indexes of 1 to 5 characters (it kept 1 and 2).  A prefix of a word
-- longer than the longest prefix index is looked up by FTS5 by merging the
-- entries of every word that begins with it, all of them, before the first
-- match is handed over: typing "kra" of Kraków on 100,000 records a kind
-- (125,000 entries with a word beginning so) merged them all at every
-- letter from the third on, 3 ms, to count the first 501.  With an index
-- of the prefix the matches are read one at a time, as for the first two
-- letters.  The index grows by its entries of words of 3, 4 and 5
-- characters (88 MB -> 175 MB at 100,000 records a kind); the text is not
-- stored again (external content, schema 4).  Rebuilt from search_doc; the
-- triggers of search_doc (schema 4) write to it by name and stay.
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(body, content = 'search_doc', content_rowid = 'id',
                                       tokenize = 'unicode61 remove_diacritics 2',
                                       prefix = '1 2 3 4 5');
INSERT INTO search (search) VALUES ('rebuild');

-- The sort indexes (schemas 7, 18, 22-24, 29) hold the archived flag after
-- the key and the id: a list's place counted by its sort (the rows before
-- a record, up to LISTWIN_CAP: a sort kept on its record, a filter's) and
-- a window's seek test "archived = 0" in the index instead of reading each
-- row of the table (at 100,000 a kind: a page of the table for each row
-- counted, 500 of them for each 'o').  Same names: db/store_read.c asks
-- for each by its name.
DROP INDEX IF EXISTS agreement_sort_city_id;
CREATE INDEX agreement_sort_city_id ON agreement(ifnull(lower(city_id_title), x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_city_id_sk_en;
CREATE INDEX agreement_sort_city_id_sk_en ON agreement(ifnull(city_id_sk_en, x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_city_id_sk_nl;
CREATE INDEX agreement_sort_city_id_sk_nl ON agreement(ifnull(city_id_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_ends;
CREATE INDEX agreement_sort_ends ON agreement(ifnull(ends, x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_title_sk_en;
CREATE INDEX agreement_sort_title_sk_en ON agreement(ifnull(title_sk_en, x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_title_sk_nl;
CREATE INDEX agreement_sort_title_sk_nl ON agreement(ifnull(title_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS agreement_sort_type;
CREATE INDEX agreement_sort_type ON agreement(ifnull(lower(type), x''), id, archived);
DROP INDEX IF EXISTS assessment_sort_next_review;
CREATE INDEX assessment_sort_next_review ON assessment(ifnull(next_review, x''), id, archived);
DROP INDEX IF EXISTS city_sort_country_sk_en;
CREATE INDEX city_sort_country_sk_en ON city(ifnull(country_sk_en, x''), id, archived);
DROP INDEX IF EXISTS city_sort_country_sk_nl;
CREATE INDEX city_sort_country_sk_nl ON city(ifnull(country_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS city_sort_name_sk_en;
CREATE INDEX city_sort_name_sk_en ON city(ifnull(name_sk_en, x''), id, archived);
DROP INDEX IF EXISTS city_sort_name_sk_nl;
CREATE INDEX city_sort_name_sk_nl ON city(ifnull(name_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS city_sort_relation;
CREATE INDEX city_sort_relation ON city(ifnull(lower(relation), x''), id, archived);
DROP INDEX IF EXISTS city_sort_since;
CREATE INDEX city_sort_since ON city(ifnull(since, x''), id, archived);
DROP INDEX IF EXISTS contact_sort_function_sk_en;
CREATE INDEX contact_sort_function_sk_en ON contact(ifnull(function_sk_en, x''), id, archived);
DROP INDEX IF EXISTS contact_sort_function_sk_nl;
CREATE INDEX contact_sort_function_sk_nl ON contact(ifnull(function_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS contact_sort_name;
CREATE INDEX contact_sort_name ON contact(ifnull(lower(name), x''), id, archived);
DROP INDEX IF EXISTS contact_sort_organisation_sk_en;
CREATE INDEX contact_sort_organisation_sk_en ON contact(ifnull(organisation_sk_en, x''), id, archived);
DROP INDEX IF EXISTS contact_sort_organisation_sk_nl;
CREATE INDEX contact_sort_organisation_sk_nl ON contact(ifnull(organisation_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS contact_sort_period_until;
CREATE INDEX contact_sort_period_until ON contact(ifnull(period_until, x''), id, archived);
DROP INDEX IF EXISTS initiative_sort_chapter;
CREATE INDEX initiative_sort_chapter ON initiative(ifnull(chapter, x''), id, archived);
DROP INDEX IF EXISTS initiative_sort_number;
CREATE INDEX initiative_sort_number ON initiative(ifnull(number, x''), id, archived);
DROP INDEX IF EXISTS initiative_sort_owner;
CREATE INDEX initiative_sort_owner ON initiative(ifnull(lower(owner), x''), id, archived);
DROP INDEX IF EXISTS initiative_sort_text_sk_en;
CREATE INDEX initiative_sort_text_sk_en ON initiative(ifnull(text_sk_en, x''), id, archived);
DROP INDEX IF EXISTS initiative_sort_text_sk_nl;
CREATE INDEX initiative_sort_text_sk_nl ON initiative(ifnull(text_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS network_sort_name_sk_en;
CREATE INDEX network_sort_name_sk_en ON network(ifnull(name_sk_en, x''), id, archived);
DROP INDEX IF EXISTS network_sort_name_sk_nl;
CREATE INDEX network_sort_name_sk_nl ON network(ifnull(name_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS network_sort_next_review;
CREATE INDEX network_sort_next_review ON network(ifnull(next_review, x''), id, archived);
DROP INDEX IF EXISTS network_sort_since;
CREATE INDEX network_sort_since ON network(ifnull(since, x''), id, archived);
DROP INDEX IF EXISTS network_sort_until;
CREATE INDEX network_sort_until ON network(ifnull(until, x''), id, archived);
DROP INDEX IF EXISTS project_sort_acronym;
CREATE INDEX project_sort_acronym ON project(ifnull(lower(acronym), x''), id, archived);
DROP INDEX IF EXISTS project_sort_deadline;
CREATE INDEX project_sort_deadline ON project(ifnull(deadline, x''), id, archived);
DROP INDEX IF EXISTS project_sort_ends;
CREATE INDEX project_sort_ends ON project(ifnull(ends, x''), id, archived);
DROP INDEX IF EXISTS project_sort_grant_eur;
CREATE INDEX project_sort_grant_eur ON project(ifnull(grant_eur, x''), id, archived);
DROP INDEX IF EXISTS project_sort_programme;
CREATE INDEX project_sort_programme ON project(ifnull(lower(programme), x''), id, archived);
DROP INDEX IF EXISTS project_sort_role;
CREATE INDEX project_sort_role ON project(ifnull(lower(role), x''), id, archived);
DROP INDEX IF EXISTS project_sort_title_sk_en;
CREATE INDEX project_sort_title_sk_en ON project(ifnull(title_sk_en, x''), id, archived);
DROP INDEX IF EXISTS project_sort_title_sk_nl;
CREATE INDEX project_sort_title_sk_nl ON project(ifnull(title_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS project_sort_year;
CREATE INDEX project_sort_year ON project(ifnull(year, x''), id, archived);
DROP INDEX IF EXISTS statement_sort_title_sk_en;
CREATE INDEX statement_sort_title_sk_en ON statement(ifnull(title_sk_en, x''), id, archived);
DROP INDEX IF EXISTS statement_sort_title_sk_nl;
CREATE INDEX statement_sort_title_sk_nl ON statement(ifnull(title_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS visit_sort_date_from;
CREATE INDEX visit_sort_date_from ON visit(ifnull(date_from, x''), id, archived);
DROP INDEX IF EXISTS visit_sort_direction;
CREATE INDEX visit_sort_direction ON visit(ifnull(lower(direction), x''), id, archived);
DROP INDEX IF EXISTS visit_sort_title_sk_en;
CREATE INDEX visit_sort_title_sk_en ON visit(ifnull(title_sk_en, x''), id, archived);
DROP INDEX IF EXISTS visit_sort_title_sk_nl;
CREATE INDEX visit_sort_title_sk_nl ON visit(ifnull(title_sk_nl, x''), id, archived);
DROP INDEX IF EXISTS visit_sort_type;
CREATE INDEX visit_sort_type ON visit(ifnull(lower(type), x''), id, archived);
