-- irdesk schema: visits, receptions and missions (the policy note's
-- §4.3-4.4; model/kinds_work.c, KIND_VISIT), incoming or outgoing, dated as
-- precisely as known (YYYY, YYYY-MM, YYYY-MM-DD), with a period's end.
-- Every descriptive text has its English twin, en_source says where the
-- English comes from, the title its sort keys per language (schema 18).

CREATE TABLE visit (
    id              INTEGER PRIMARY KEY,
    title_nl        TEXT NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
    title_en        TEXT,
    direction       TEXT CHECK (direction IN ('incoming', 'outgoing')),
    type            TEXT CHECK (type IN ('reception', 'study_visit', 'delegation', 'mission', 'meeting', 'conference')),
    date_from       TEXT,
    date_until      TEXT,
    place           TEXT,
    place_en        TEXT,
    party           TEXT,
    party_en        TEXT,
    participants    TEXT,
    participants_en TEXT,
    host            TEXT,
    host_en         TEXT,
    programme       TEXT,
    programme_en    TEXT,
    follow_up       TEXT,
    follow_up_en    TEXT,
    notes           TEXT,
    notes_en        TEXT,
    source          TEXT,
    status          TEXT NOT NULL DEFAULT 'requested',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    en_source       TEXT CHECK (en_source IN ('documents', 'translation', 'mixed')),
    title_sk_nl     TEXT,
    title_sk_en     TEXT
);

INSERT INTO kind_count (kind, live) SELECT 'visit', count(*) FROM visit WHERE archived = 0;
CREATE TRIGGER visit_count_ins AFTER INSERT ON visit BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'visit';
END;
CREATE TRIGGER visit_count_upd AFTER UPDATE OF archived ON visit BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'visit';
END;
CREATE TRIGGER visit_count_del AFTER DELETE ON visit BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'visit';
END;

-- what the search finds a record by, in both languages
CREATE VIEW visit_body AS
SELECT id,
       ifnull(title_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(date_from, '') || ' ' || ifnull(place, '') || ' ' || ifnull(place_en, '') || ' ' || ifnull(party, '') || ' ' || ifnull(party_en, '') || ' ' || ifnull(participants, '') || ' ' || ifnull(participants_en, '') || ' ' || ifnull(host, '') || ' ' || ifnull(host_en, '') || ' ' || ifnull(programme, '') || ' ' || ifnull(programme_en, '') || ' ' || ifnull(follow_up, '') || ' ' || ifnull(follow_up_en, '') || ' ' || ifnull(notes, '') || ' ' || ifnull(notes_en, '') AS body
  FROM visit;
CREATE TRIGGER visit_search_ins AFTER INSERT ON visit BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'visit', id, body FROM visit_body WHERE id = new.id;
END;
CREATE TRIGGER visit_search_upd
AFTER UPDATE OF id, title_nl, title_en, date_from, place, place_en, party, party_en, participants, participants_en, host, host_en, programme, programme_en, follow_up, follow_up_en, notes, notes_en ON visit BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM visit_body WHERE id = new.id)
     WHERE kind = 'visit' AND rec_id = old.id;
END;
CREATE TRIGGER visit_search_del AFTER DELETE ON visit BEGIN
    DELETE FROM search_doc WHERE kind = 'visit' AND rec_id = old.id;
END;

-- an index on each list column a pane sorts by (schemas 7 and 18)
CREATE INDEX visit_sort_title_sk_nl ON visit(ifnull(title_sk_nl, x''), id);
CREATE INDEX visit_sort_title_sk_en ON visit(ifnull(title_sk_en, x''), id);
CREATE INDEX visit_sort_direction ON visit(ifnull(lower(direction), x''), id);
CREATE INDEX visit_sort_type ON visit(ifnull(lower(type), x''), id);
CREATE INDEX visit_sort_date_from ON visit(ifnull(date_from, x''), id);
