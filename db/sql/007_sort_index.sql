-- irdesk schema, version 7: an index on each list column a pane can sort
-- by, on the very expression the store sorts on (db/store_read.c,
-- sort_key: empty values as an empty blob, after every number and text;
-- text folded as NOCASE folds it), then the id that breaks ties.  A window
-- of a sorted list is then one or two seeks next to a known row, at any
-- size of table, instead of a sort of the whole filtered set.

CREATE INDEX city_sort_name_nl ON city(ifnull(lower(name_nl), x''), id);
CREATE INDEX city_sort_country_nl ON city(ifnull(lower(country_nl), x''), id);
CREATE INDEX city_sort_relation ON city(ifnull(lower(relation), x''), id);
CREATE INDEX city_sort_since ON city(ifnull(since, x''), id);

CREATE INDEX agreement_sort_title ON agreement(ifnull(lower(title), x''), id);
CREATE INDEX agreement_sort_type ON agreement(ifnull(lower(type), x''), id);
CREATE INDEX agreement_sort_ends ON agreement(ifnull(ends, x''), id);

CREATE INDEX network_sort_name ON network(ifnull(lower(name), x''), id);
CREATE INDEX network_sort_since ON network(ifnull(since, x''), id);
CREATE INDEX network_sort_until ON network(ifnull(until, x''), id);

CREATE INDEX initiative_sort_number ON initiative(ifnull(number, x''), id);
CREATE INDEX initiative_sort_chapter ON initiative(ifnull(chapter, x''), id);
CREATE INDEX initiative_sort_text_nl ON initiative(ifnull(lower(text_nl), x''), id);
CREATE INDEX initiative_sort_owner ON initiative(ifnull(lower(owner), x''), id);

-- An agreement sorted by its city sorts on the city's name: a copy of it
-- beside the reference, kept in step by triggers at every write of either
-- table (the desk's, an import's), so that the order has an index too.
ALTER TABLE agreement ADD COLUMN city_id_title TEXT;
UPDATE agreement SET city_id_title = (SELECT c.name_nl FROM city c WHERE c.id = agreement.city_id);
CREATE INDEX agreement_sort_city_id ON agreement(ifnull(lower(city_id_title), x''), id);

CREATE TRIGGER agreement_title_ins AFTER INSERT ON agreement BEGIN
    UPDATE agreement SET city_id_title = (SELECT c.name_nl FROM city c WHERE c.id = new.city_id)
     WHERE id = new.id;
END;
CREATE TRIGGER agreement_title_upd AFTER UPDATE OF city_id ON agreement BEGIN
    UPDATE agreement SET city_id_title = (SELECT c.name_nl FROM city c WHERE c.id = new.city_id)
     WHERE id = new.id;
END;
CREATE TRIGGER city_title_upd AFTER UPDATE OF name_nl ON city BEGIN
    UPDATE agreement SET city_id_title = new.name_nl WHERE city_id = new.id;
END;
