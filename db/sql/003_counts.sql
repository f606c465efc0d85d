-- irdesk schema, version 3: the number of live (not archived) records per
-- kind, kept by triggers, so that the desk's counts cost the same at any
-- size.

CREATE TABLE kind_count (
    kind TEXT PRIMARY KEY,
    live INTEGER NOT NULL
);

INSERT INTO kind_count (kind, live) SELECT 'city', count(*) FROM city WHERE archived = 0;
INSERT INTO kind_count (kind, live) SELECT 'agreement', count(*) FROM agreement WHERE archived = 0;
INSERT INTO kind_count (kind, live) SELECT 'network', count(*) FROM network WHERE archived = 0;
INSERT INTO kind_count (kind, live) SELECT 'initiative', count(*) FROM initiative WHERE archived = 0;

CREATE TRIGGER city_count_ins AFTER INSERT ON city BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'city';
END;
CREATE TRIGGER city_count_upd AFTER UPDATE OF archived ON city BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0) WHERE kind = 'city';
END;
CREATE TRIGGER city_count_del AFTER DELETE ON city BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'city';
END;

CREATE TRIGGER agreement_count_ins AFTER INSERT ON agreement BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'agreement';
END;
CREATE TRIGGER agreement_count_upd AFTER UPDATE OF archived ON agreement BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'agreement';
END;
CREATE TRIGGER agreement_count_del AFTER DELETE ON agreement BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'agreement';
END;

CREATE TRIGGER network_count_ins AFTER INSERT ON network BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'network';
END;
CREATE TRIGGER network_count_upd AFTER UPDATE OF archived ON network BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'network';
END;
CREATE TRIGGER network_count_del AFTER DELETE ON network BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'network';
END;

CREATE TRIGGER initiative_count_ins AFTER INSERT ON initiative BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'initiative';
END;
CREATE TRIGGER initiative_count_upd AFTER UPDATE OF archived ON initiative BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'initiative';
END;
CREATE TRIGGER initiative_count_del AFTER DELETE ON initiative BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'initiative';
END;
