-- irdesk schema: new records in bulk are indexed for the search in one
-- statement per batch instead of one trigger run per record.
--
-- While a bulk batch of a kind is written (store_add_bulk), bulk_pending
-- holds the kind's code, inside the batch's own transaction: the kind's
-- insert trigger then leaves search_doc alone, and the batch adds the
-- search entries of all its new records at once, from the kind's *_body
-- view, before it removes the row again.  No other desk ever sees a row
-- here (it is written and removed in one transaction).  A kind whose
-- insert trigger lacks the WHEN clause stays correct: its entries are made
-- row by row and the batch's own insert skips them (INSERT OR IGNORE).

CREATE TABLE bulk_pending (
    kind TEXT PRIMARY KEY REFERENCES kind_count(kind)
) WITHOUT ROWID;

DROP TRIGGER city_search_ins;
CREATE TRIGGER city_search_ins AFTER INSERT ON city
WHEN NOT EXISTS (SELECT 1 FROM bulk_pending WHERE kind = 'city') BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'city', id, body FROM city_body WHERE id = new.id;
END;

DROP TRIGGER agreement_search_ins;
CREATE TRIGGER agreement_search_ins AFTER INSERT ON agreement
WHEN NOT EXISTS (SELECT 1 FROM bulk_pending WHERE kind = 'agreement') BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'agreement', id, body FROM agreement_body WHERE id = new.id;
END;

DROP TRIGGER network_search_ins;
CREATE TRIGGER network_search_ins AFTER INSERT ON network
WHEN NOT EXISTS (SELECT 1 FROM bulk_pending WHERE kind = 'network') BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'network', id, body FROM network_body WHERE id = new.id;
END;

DROP TRIGGER initiative_search_ins;
CREATE TRIGGER initiative_search_ins AFTER INSERT ON initiative
WHEN NOT EXISTS (SELECT 1 FROM bulk_pending WHERE kind = 'initiative') BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'initiative', id, body FROM initiative_body WHERE id = new.id;
END;

-- The search index as one merged segment: schema 15 indexed every history
-- line at once, and FTS5 would otherwise leave the merging of all its
-- segments to the writes that come after, a little at each.
INSERT INTO search (search) VALUES ('optimize');
