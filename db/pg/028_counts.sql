-- irdesk on PostgreSQL, migration 028 (the version of db/sql/028_*): the
-- number of live (not archived) records of each kind in kind_count, kept by
-- row triggers as SQLite's (db/sql/003_counts.sql), so that the desk's
-- counts cost one row at any size instead of a count(*) of the table; and a
-- record's history indexed in the order it is read (below).
-- `irdesk copy` sets irdesk.copying for its transaction: the triggers then
-- leave the table alone and the copy counts each kind once at its end.

CREATE TABLE kind_count (
    kind text PRIMARY KEY,
    live bigint NOT NULL
);

-- each kind's table is named by its code
CREATE FUNCTION ird_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d integer := 0;
BEGIN
    IF coalesce(current_setting('irdesk.copying', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        d := (NEW.archived = 0)::integer;
    ELSIF TG_OP = 'DELETE' THEN
        d := -(OLD.archived = 0)::integer;
    ELSE
        d := (NEW.archived = 0)::integer - (OLD.archived = 0)::integer;
    END IF;
    IF d <> 0 THEN
        UPDATE kind_count SET live = live + d WHERE kind = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END $$;

-- each kind's count, and its trigger
DO $$
DECLARE
    k text;
BEGIN
    FOREACH k IN ARRAY ARRAY['city', 'agreement', 'network', 'initiative', 'statement',
                             'assessment', 'visit', 'project', 'contact'] LOOP
        EXECUTE format('INSERT INTO kind_count (kind, live)'
                       ' SELECT %L, count(*) FROM %I WHERE archived = 0', k, k);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE OR UPDATE OF archived ON %I'
                       ' FOR EACH ROW EXECUTE FUNCTION ird_count()', k || '_count', k);
    END LOOP;
END $$;

-- A record's history is read newest first in byte order (ORDER BY at
-- COLLATE "C" DESC, id DESC, as SQLite compares), which the index of
-- migration 1 (the database's collation) cannot give: the server read and
-- sorted every line of the record (10,000 for a busy city) for the window
-- of a few.  Ordered as it is read, the window is a few index entries.
DROP INDEX history_record;
CREATE INDEX history_record ON history (kind, record_id, at COLLATE "C", id);
