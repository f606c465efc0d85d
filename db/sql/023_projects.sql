-- irdesk schema: EU grant projects (chapter 3 and Bijlage 2 of the policy
-- note; model/kinds_work.c, KIND_PROJECT): programme, Ghent's role, the
-- service that carries it, the year the source gives, start and end, the EU
-- grant in whole euros (an integer: exact), the human-rights aspect of §3.3
-- (assessed, clause included) and a deadline.

CREATE TABLE project (
    id              INTEGER PRIMARY KEY,
    acronym         TEXT NOT NULL CHECK (length(acronym) BETWEEN 1 AND 100),
    title_nl        TEXT,
    title_en        TEXT,
    programme       TEXT CHECK (programme IN ('uia', 'interreg', 'urbact', 'erdf', 'esf', 'horizon', 'other')),
    call            TEXT,
    role            TEXT CHECK (role IN ('lead', 'partner')),
    service         TEXT,
    service_en      TEXT,
    partners        TEXT,
    partners_en     TEXT,
    year            INTEGER CHECK (year BETWEEN 1000 AND 9999),
    starts          TEXT,
    ends            TEXT,
    grant_eur       INTEGER CHECK (grant_eur >= 0),
    hr_assessed     INTEGER CHECK (hr_assessed IN (0, 1)),
    hr_clause       INTEGER CHECK (hr_clause IN (0, 1)),
    deadline        TEXT,
    notes           TEXT,
    notes_en        TEXT,
    source          TEXT,
    status          TEXT NOT NULL DEFAULT 'idea',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    en_source       TEXT CHECK (en_source IN ('documents', 'translation', 'mixed')),
    title_sk_nl     TEXT,
    title_sk_en     TEXT
);

INSERT INTO kind_count (kind, live) SELECT 'project', count(*) FROM project WHERE archived = 0;
CREATE TRIGGER project_count_ins AFTER INSERT ON project BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'project';
END;
CREATE TRIGGER project_count_upd AFTER UPDATE OF archived ON project BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'project';
END;
CREATE TRIGGER project_count_del AFTER DELETE ON project BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'project';
END;

-- what the search finds a record by, in both languages
CREATE VIEW project_body AS
SELECT id,
       ifnull(acronym, '') || ' ' || ifnull(title_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(call, '') || ' ' || ifnull(service, '') || ' ' || ifnull(service_en, '') || ' ' || ifnull(partners, '') || ' ' || ifnull(partners_en, '') || ' ' || ifnull(year, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(notes_en, '') AS body
  FROM project;
CREATE TRIGGER project_search_ins AFTER INSERT ON project BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'project', id, body FROM project_body WHERE id = new.id;
END;
CREATE TRIGGER project_search_upd
AFTER UPDATE OF id, acronym, title_nl, title_en, call, service, service_en, partners, partners_en, year, notes, notes_en ON project BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM project_body WHERE id = new.id)
     WHERE kind = 'project' AND rec_id = old.id;
END;
CREATE TRIGGER project_search_del AFTER DELETE ON project BEGIN
    DELETE FROM search_doc WHERE kind = 'project' AND rec_id = old.id;
END;

-- an index on each list column a pane sorts by (schemas 7 and 18)
CREATE INDEX project_sort_title_sk_nl ON project(ifnull(title_sk_nl, x''), id);
CREATE INDEX project_sort_title_sk_en ON project(ifnull(title_sk_en, x''), id);
CREATE INDEX project_sort_acronym ON project(ifnull(lower(acronym), x''), id);
CREATE INDEX project_sort_programme ON project(ifnull(lower(programme), x''), id);
CREATE INDEX project_sort_role ON project(ifnull(lower(role), x''), id);
CREATE INDEX project_sort_year ON project(ifnull(year, x''), id);
CREATE INDEX project_sort_grant_eur ON project(ifnull(grant_eur, x''), id);
