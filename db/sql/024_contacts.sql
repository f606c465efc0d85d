-- irdesk schema: contacts (model/kinds_work.c, KIND_CONTACT): a person at a
-- partner city, a network or a project, in a function for a period, with
-- the working languages and the work e-mail and phone.  Personal data under
-- the GDPR: `irdesk erase contact ID` (db/store_erase.c) removes a person's
-- row, history, notes, links and search entries and leaves one dated line.

CREATE TABLE contact (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation    TEXT,
    organisation_en TEXT,
    function        TEXT,
    function_en     TEXT,
    city_id         INTEGER REFERENCES city(id),
    network_id      INTEGER REFERENCES network(id),
    project_id      INTEGER REFERENCES project(id),
    period_from     TEXT,
    period_until    TEXT,
    languages       TEXT,
    email           TEXT,
    phone           TEXT,
    notes           TEXT,
    notes_en        TEXT,
    source          TEXT,
    status          TEXT NOT NULL DEFAULT 'recorded',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    en_source       TEXT CHECK (en_source IN ('documents', 'translation', 'mixed')),
    organisation_sk_nl TEXT,
    organisation_sk_en TEXT,
    function_sk_nl  TEXT,
    function_sk_en  TEXT
);

INSERT INTO kind_count (kind, live) SELECT 'contact', count(*) FROM contact WHERE archived = 0;
CREATE TRIGGER contact_count_ins AFTER INSERT ON contact BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'contact';
END;
CREATE TRIGGER contact_count_upd AFTER UPDATE OF archived ON contact BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'contact';
END;
CREATE TRIGGER contact_count_del AFTER DELETE ON contact BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'contact';
END;

-- what the search finds a record by, in both languages
CREATE VIEW contact_body AS
SELECT id,
       ifnull(name, '') || ' ' || ifnull(organisation, '') || ' ' || ifnull(organisation_en, '') || ' ' || ifnull(function, '') || ' ' || ifnull(function_en, '') || ' ' || ifnull(email, '') || ' ' || ifnull(phone, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(notes_en, '') AS body
  FROM contact;
CREATE TRIGGER contact_search_ins AFTER INSERT ON contact BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'contact', id, body FROM contact_body WHERE id = new.id;
END;
CREATE TRIGGER contact_search_upd
AFTER UPDATE OF id, name, organisation, organisation_en, function, function_en, email, phone, notes, notes_en ON contact BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM contact_body WHERE id = new.id)
     WHERE kind = 'contact' AND rec_id = old.id;
END;
CREATE TRIGGER contact_search_del AFTER DELETE ON contact BEGIN
    DELETE FROM search_doc WHERE kind = 'contact' AND rec_id = old.id;
END;

-- an index on each list column a pane sorts by (schemas 7 and 18)
CREATE INDEX contact_sort_organisation_sk_nl ON contact(ifnull(organisation_sk_nl, x''), id);
CREATE INDEX contact_sort_organisation_sk_en ON contact(ifnull(organisation_sk_en, x''), id);
CREATE INDEX contact_sort_function_sk_nl ON contact(ifnull(function_sk_nl, x''), id);
CREATE INDEX contact_sort_function_sk_en ON contact(ifnull(function_sk_en, x''), id);
CREATE INDEX contact_sort_name ON contact(ifnull(lower(name), x''), id);
CREATE INDEX contact_sort_period_until ON contact(ifnull(period_until, x''), id);

-- Contacts whose period in their function ended more than the review time
-- ago (the configuration's contact_review, 24 months by default), for
-- review or erasure (GDPR): '~ended' (db/store_view.c), oldest first.
INSERT INTO view (name, title_nl, title_en, kind, status, sort, builtin) VALUES
    ('contacts-for-review', 'Contactpersonen te herzien of te wissen',
     'Contacts for review or erasure', 'contact', '~ended', 'period_until', 1);
