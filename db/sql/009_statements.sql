-- irdesk schema, version 9: statements, pledges and campaigns are a kind of
-- their own (model/kinds.c, KIND_STATEMENT), not network memberships.  The
-- policy note lists them apart: "Internationale statements mee ondertekend
-- door Gent" and "Campagnes" (Bijlage 2), the campaigns of initiative 11,
-- the Leipzig Charter (2.5).
CREATE TABLE statement (
    id          INTEGER PRIMARY KEY,
    title_nl    TEXT NOT NULL CHECK (length(title_nl) BETWEEN 1 AND 200),
    title_en    TEXT,
    type        TEXT NOT NULL CHECK (type IN ('statement', 'pledge', 'campaign', 'charter')),
    organiser   TEXT,                  -- the body behind it (ICLEI, Eurocities, the UN)
    signed      TEXT,                  -- date Ghent signed or joined, as precise as known
    from_year   INTEGER CHECK (from_year BETWEEN 1000 AND 9999),  -- a campaign's period
    to_year     INTEGER CHECK (to_year BETWEEN 1000 AND 9999),
    part_nl     TEXT,                  -- Ghent's part
    part_en     TEXT,
    notes_nl    TEXT,
    notes_en    TEXT,
    source      TEXT,
    status      TEXT NOT NULL DEFAULT 'joined',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);

INSERT INTO kind_count (kind, live) SELECT 'statement', count(*) FROM statement WHERE archived = 0;
CREATE TRIGGER statement_count_ins AFTER INSERT ON statement BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'statement';
END;
CREATE TRIGGER statement_count_upd AFTER UPDATE OF archived ON statement BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'statement';
END;
CREATE TRIGGER statement_count_del AFTER DELETE ON statement BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'statement';
END;

CREATE VIEW statement_body AS
SELECT id,
       ifnull(title_nl, '') || ' ' || ifnull(title_en, '') || ' ' || ifnull(organiser, '') || ' ' || ifnull(signed, '') || ' ' || ifnull(part_nl, '') || ' ' || ifnull(part_en, '') || ' ' || ifnull(notes_nl, '') || ' ' || ifnull(notes_en, '') AS body
  FROM statement;
CREATE TRIGGER statement_search_ins AFTER INSERT ON statement BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'statement', id, body FROM statement_body WHERE id = new.id;
END;
CREATE TRIGGER statement_search_upd AFTER UPDATE ON statement BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM statement_body WHERE id = new.id)
     WHERE kind = 'statement' AND rec_id = old.id;
END;
CREATE TRIGGER statement_search_del AFTER DELETE ON statement BEGIN
    DELETE FROM search_doc WHERE kind = 'statement' AND rec_id = old.id;
END;

-- A database seeded before: the statements and campaigns the old seed made
-- networks (ids 12, 14-19, by their seeded names) move here with the ids
-- the new seed gives them (db/seed/25_statements.sql), their history and
-- links with them; a row a desk user renamed stays a network.
CREATE TEMP TABLE move9 (old_id INTEGER, new_id INTEGER, name TEXT);
INSERT INTO move9 (old_id, new_id, name) VALUES
    (12, 1, 'European Mobility Week'),
    (14, 2, 'Cities4Europe,Europe4citizens campagne'),
    (15, 3, 'SDG Bilbao verklaring'),
    (16, 4, 'The Shift'),
    (17, 5, 'Pledge housing'),
    (18, 6, 'Basel Appeal on Disarmament and Sustainable Security'),
    (19, 7, 'Leipzig Charter');
DELETE FROM move9 WHERE NOT EXISTS (SELECT 1 FROM network n WHERE n.id = move9.old_id AND n.name = move9.name);

-- the rows as the new seed has them (db/seed/25_statements.sql)
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 1, 'European Mobility Week', 'European Mobility Week', 'campaign', NULL, NULL, NULL, NULL, 'Initiatief 11 (een initiatief van de nota): "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."', 'Initiative 11 (an initiative of the note): "We take part in European initiatives and campaigns such as the Covenant of Mayors, the Smart Cities & Communications European Innovation Partnership and the European Mobility Week."', NULL, NULL, 'Beleidsnota 2020, initiatief 11 (hoofdstuk 2)', 'announced'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 1);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 2, 'Cities4Europe,Europe4citizens campagne', 'Cities4Europe, Europe4citizens campaign', 'campaign', NULL, NULL, 2017, 2019, '“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019.', 'The “Stem wijs” (vote wisely) campaign in 2018, part of the “Cities4Europe, Europe4citizens” campaign in 2017-2019.', 'Het jaar waarin Gent instapte staat niet in de nota.', 'The note does not say in which year Ghent joined.', 'Beleidsnota 2020, Bijlage 2 (Campagnes, events en burgerpanels)', 'joined'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 2);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 3, 'SDG Bilbao verklaring', 'SDG Bilbao Declaration', 'statement', 'ICLEI', '2018', NULL, NULL, 'Mee ondertekend door Gent: "SDG Bilbao verklaring (ICLEI) – 2018".', 'Co-signed by Ghent: "SDG Bilbao Declaration (ICLEI) – 2018".', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 3);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 4, 'The Shift', 'The Shift', 'statement', 'VN', '2018', NULL, NULL, 'Mee ondertekend door Gent (2018).', 'Co-signed by Ghent (2018).', 'initiatief van de VN dat huisvesting als een mensenrecht erkend', 'an initiative of the UN that recognises housing as a human right', 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 4);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 5, 'Pledge housing', 'Housing pledge', 'pledge', 'Eurocities', '2019', NULL, NULL, 'Mee ondertekend door Gent: "Pledge housing van Eurocities (2019)".', 'Co-signed by Ghent: "Eurocities housing pledge (2019)".', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 5);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 6, 'Basel Appeal on Disarmament and Sustainable Security', 'Basel Appeal on Disarmament and Sustainable Security', 'statement', NULL, '2019', NULL, NULL, 'Mee ondertekend door Gent (2019).', 'Co-signed by Ghent (2019).', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 6);
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
SELECT 7, 'Leipzig Charter', 'Leipzig Charter', 'charter', NULL, NULL, NULL, NULL, '"Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020."', '"Through Eurocities, Ghent will co-sign this Charter at the network''s annual meeting in November 2020."', 'Hierin werden voor het eerst binnen de EU de strategieën uiteengezet voor de duurzame ontwikkeling van stedelijke gebieden. Of Gent het Charter ondertekend heeft, staat niet in de nota (november 2020): aangekondigd.', 'It set out, for the first time within the EU, the strategies for the sustainable development of urban areas. The note (November 2020) does not say whether Ghent signed it: announced.', 'Beleidsnota 2020, §2.5 (De Urban agenda van de EU)', 'announced'
 WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 7);

-- their history and links follow them; the links the new seed adds that
-- the old one did not have (statement to network)
UPDATE history SET kind = 'statement',
       record_id = (SELECT new_id FROM move9 WHERE old_id = history.record_id)
 WHERE kind = 'network' AND record_id IN (SELECT old_id FROM move9);
UPDATE link SET b_kind = 'statement', b_id = (SELECT new_id FROM move9 WHERE old_id = link.b_id)
 WHERE b_kind = 'network' AND b_id IN (SELECT old_id FROM move9);
UPDATE link SET a_kind = 'statement', a_id = (SELECT new_id FROM move9 WHERE old_id = link.a_id)
 WHERE a_kind = 'network' AND a_id IN (SELECT old_id FROM move9);
INSERT OR IGNORE INTO link (a_kind, a_id, b_kind, b_id, note)
SELECT 'statement', 3, 'network', 4, 'SDG Bilbao verklaring (ICLEI).' WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 3)
UNION ALL SELECT 'statement', 5, 'network', 1, 'Pledge housing van Eurocities.' WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 5)
UNION ALL SELECT 'statement', 7, 'network', 1, 'Via Eurocities zal Gent dit Charter mee onderschrijven.' WHERE EXISTS (SELECT 1 FROM move9 WHERE new_id = 7);
DELETE FROM network WHERE id IN (SELECT old_id FROM move9);
DROP TABLE move9;

-- Sources of the networks and initiatives a database seeded before schema 8
-- holds (rows without a 'create' line: the desk's own records have one).
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (Eurocities) en Bijlage 2' WHERE id = 1 AND name = 'Eurocities' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (Global Parliament of Mayors)' WHERE id = 2 AND name = 'Global Parliament of Mayors (GPM)' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §2.5, initiatief 11 en Bijlage 2' WHERE id = 3 AND name = 'Covenant of Mayors' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 4 AND name = 'ICLEI – Local Governments for Sustainability' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 5 AND name = 'EUniverCities' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 6 AND name = 'UNESCO Creative Cities Network for Music' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 7 AND name = 'LUCI' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 8 AND name = 'European Network Childfriendly Cities' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (Europese Green Deal)' WHERE id = 9 AND name = 'Climate Alliance' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (digitaal Europa) en Bijlage 4' WHERE id = 10 AND name = 'Organisation of Agile and Smart Cities' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, initiatief 11' WHERE id = 11 AND name = 'Smart Cities & Communications European Innovation Partnership' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (Urban agenda van de EU) en Bijlage 2 (EU-projecten)' WHERE id = 13 AND name = 'EU partnerschap ‘jobs and skills‘' AND source IS NULL
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'network' AND h.record_id = network.id AND h.action = 'create');
UPDATE network SET notes = replace(notes, '(zie netwerk 15)', '(zie verklaring 3)')
 WHERE id = 4 AND notes LIKE '%(zie netwerk 15)%' AND EXISTS (SELECT 1 FROM statement WHERE id = 3);
UPDATE initiative SET source = 'Beleidsnota 2020, hoofdstuk ' || chapter || ', initiatief ' || number
 WHERE source IS NULL AND id = number AND number BETWEEN 1 AND 40
   AND NOT EXISTS (SELECT 1 FROM history h WHERE h.kind = 'initiative' AND h.record_id = initiative.id AND h.action = 'create');

-- Two claims the old seed made: a membership that only a plan announces
-- (initiative 11), and a stated period that was left open.
INSERT INTO history (kind, record_id, at, user, action, old, new, note)
SELECT 'network', 11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'irdesk', 'status', 'member', 'candidate',
       'Correctie van de seed (schema 9): enkel initiatief 11, een plan, vermeldt de deelname.'
 WHERE EXISTS (SELECT 1 FROM network WHERE id = 11 AND status = 'member'
               AND name = 'Smart Cities & Communications European Innovation Partnership')
   AND NOT EXISTS (SELECT 1 FROM history WHERE kind = 'network' AND record_id = 11 AND action = 'status');
UPDATE network SET status = 'candidate', version = version + 1
 WHERE id = 11 AND status = 'member' AND name = 'Smart Cities & Communications European Innovation Partnership'
   AND NOT EXISTS (SELECT 1 FROM history WHERE kind = 'network' AND record_id = 11 AND action = 'status' AND user <> 'irdesk');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note)
SELECT 'network', 13, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'irdesk', 'edit', 'until', NULL, '2020',
       'Correctie van de seed (schema 9): de nota vermeldt de periode 2018-2020.'
 WHERE EXISTS (SELECT 1 FROM network WHERE id = 13 AND until IS NULL AND since = 2018);
UPDATE network SET until = 2020, version = version + 1 WHERE id = 13 AND until IS NULL AND since = 2018;
