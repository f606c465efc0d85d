-- irdesk schema, version 8: decisions are records of their own, and every
-- record says where its values come from.
--
-- decision: the decision log of a record (partnerships and agreements).  A
-- decision never sets a status; it is pending until done (the date a
-- document reports it carried out, with done_source), and carrying it out
-- is what may move the record's status (done_status, the status it moved
-- to).  The pending decision of a record is its latest one (decided, then
-- id) when that is not done: decision_pending.
CREATE TABLE decision (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES kind_count(kind),
    record_id   INTEGER NOT NULL,
    decided     TEXT NOT NULL,         -- date, as precise as the source gives it
    body        TEXT,                  -- the deciding body or document (Dutch)
    body_en     TEXT,
    text_nl     TEXT NOT NULL CHECK (length(text_nl) BETWEEN 1 AND 4000),
    text_en     TEXT,
    en_given    INTEGER NOT NULL DEFAULT 0 CHECK (en_given IN (0, 1)), -- 1: English as a document gives it
    source      TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 2000),
    done        TEXT,                  -- carried out on (date), as reported
    done_source TEXT,
    done_status TEXT,                  -- the status carrying it out moved the record to
    CHECK ((done IS NULL) = (done_source IS NULL))
);
CREATE INDEX decision_record ON decision(kind, record_id, decided);

CREATE VIEW decision_pending AS
SELECT d.* FROM decision d
 WHERE d.done IS NULL
   AND NOT EXISTS (SELECT 1 FROM decision l
                    WHERE l.kind = d.kind AND l.record_id = d.record_id
                      AND (l.decided > d.decided OR (l.decided = d.decided AND l.id > d.id)));

ALTER TABLE city ADD COLUMN native_from TEXT CHECK (native_from IN ('document', 'public'));
ALTER TABLE city ADD COLUMN source TEXT;
ALTER TABLE agreement ADD COLUMN source TEXT;
ALTER TABLE network ADD COLUMN source TEXT;
ALTER TABLE initiative ADD COLUMN source TEXT;

-- A database seeded before this version: the same state as a new one.  Only
-- rows that still hold the value the old seed gave are changed (a value a
-- desk user changed since is theirs), each change with a history line; the
-- decisions and sources are added to the seeded records that are still
-- there, by their seeded names.
CREATE TEMP TABLE fix8 (kind TEXT, id INTEGER, name TEXT, field TEXT, old TEXT, new TEXT);
INSERT INTO fix8 (kind, id, name, field, old, new) VALUES
    ('city', 2, 'Wiesbaden', 'status', 'reorienting', 'active'),
    ('city', 4, 'Melle', 'status', 'ended', 'dormant'),
    ('city', 5, 'Tallinn', 'status', 'reorienting', 'active'),
    ('city', 6, 'Mohammedia', 'status', 'ended', 'dormant'),
    ('city', 7, 'Nottingham', 'status', 'reorienting', 'dormant'),
    ('city', 8, 'Burgas', 'status', 'reorienting', 'active'),
    ('city', 9, 'Gdansk', 'status', 'reorienting', 'active'),
    ('city', 10, 'Luik', 'status', 'reorienting', 'active'),
    ('city', 11, 'Weihai', 'status', 'ended', 'active'),
    ('city', 12, 'Taizhou', 'status', 'ended', 'active'),
    ('agreement', 1, 'Verzusteringsoorkonde Gent – Saint-Raphaël', 'title', 'Verzusteringsoorkonde Gent – Saint-Raphaël', 'Partnerschapsoorkonde Gent – Saint-Raphaël'),
    ('agreement', 2, 'Verzusteringsoorkonde Gent – Wiesbaden', 'title', 'Verzusteringsoorkonde Gent – Wiesbaden', 'Partnerschapsoorkonde Gent – Wiesbaden'),
    ('agreement', 2, 'Verzusteringsoorkonde Gent – Wiesbaden', 'fate', 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 2, 'Verzusteringsoorkonde Gent – Wiesbaden', 'status', 'terminated', 'in_force'),
    ('agreement', 3, 'Verzusteringsoorkonde Gent – Kanazawa', 'title', 'Verzusteringsoorkonde Gent – Kanazawa', 'Partnerschapsoorkonde Gent – Kanazawa'),
    ('agreement', 3, 'Verzusteringsoorkonde Gent – Kanazawa', 'fate', 'Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', NULL),
    ('agreement', 4, 'Verzusteringsoorkonde Gent – Melle', 'title', 'Verzusteringsoorkonde Gent – Melle', 'Partnerschapsoorkonde Gent – Melle'),
    ('agreement', 4, 'Verzusteringsoorkonde Gent – Melle', 'fate', 'formeel ontzusteren.', NULL),
    ('agreement', 4, 'Verzusteringsoorkonde Gent – Melle', 'status', 'terminated', 'in_force'),
    ('agreement', 5, 'Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 'title', 'Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 'Partnerschapsoorkonde Sint-Denijs-Westrem – Melle'),
    ('agreement', 5, 'Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 'fate', 'formeel ontzusteren.', NULL),
    ('agreement', 5, 'Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 'status', 'terminated', 'in_force'),
    ('agreement', 6, 'Verzusteringsoorkonde Gent – Tallinn', 'title', 'Verzusteringsoorkonde Gent – Tallinn', 'Partnerschapsoorkonde Gent – Tallinn'),
    ('agreement', 6, 'Verzusteringsoorkonde Gent – Tallinn', 'fate', 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 6, 'Verzusteringsoorkonde Gent – Tallinn', 'status', 'terminated', 'in_force'),
    ('agreement', 7, 'Verzusteringsoorkonde Gent – Mohammedia', 'title', 'Verzusteringsoorkonde Gent – Mohammedia', 'Partnerschapsoorkonde Gent – Mohammedia'),
    ('agreement', 7, 'Verzusteringsoorkonde Gent – Mohammedia', 'fate', 'formeel ontzusteren.', NULL),
    ('agreement', 7, 'Verzusteringsoorkonde Gent – Mohammedia', 'status', 'terminated', 'in_force'),
    ('agreement', 8, 'Verzusteringsoorkonde Gent – Nottingham', 'title', 'Verzusteringsoorkonde Gent – Nottingham', 'Partnerschapsoorkonde Gent – Nottingham'),
    ('agreement', 8, 'Verzusteringsoorkonde Gent – Nottingham', 'fate', 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 8, 'Verzusteringsoorkonde Gent – Nottingham', 'status', 'terminated', 'in_force'),
    ('agreement', 9, 'Samenwerkingsakkoord (MoU) Gent – Kanazawa', 'fate', 'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', NULL),
    ('agreement', 10, 'Samenwerkingsakkoord (MoU) Gent – Burgas', 'fate', 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 10, 'Samenwerkingsakkoord (MoU) Gent – Burgas', 'status', 'terminated', 'in_force'),
    ('agreement', 11, 'Samenwerkingsakkoord (MoU) Gent – Gdansk', 'fate', 'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 11, 'Samenwerkingsakkoord (MoU) Gent – Gdansk', 'status', 'under_evaluation', 'in_force'),
    ('agreement', 12, 'Samenwerkingsakkoord (MoU) Gent – Luik', 'fate', 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', NULL),
    ('agreement', 12, 'Samenwerkingsakkoord (MoU) Gent – Luik', 'status', 'terminated', 'in_force'),
    ('agreement', 13, 'Samenwerkingsakkoord (MoU) Gent – Weihai', 'fate', 'MoU is afgelopen sinds 2019 en wordt niet verlengd.', 'MoU is afgelopen sinds 2019.'),
    ('agreement', 14, 'Letter of intent over de voorbereiding van een partnerschapsrelatie', 'status', 'not_concluded', 'in_force');

-- the rows still as seeded: the named record holds the old value, and no
-- desk user changed its status
DELETE FROM fix8 WHERE NOT EXISTS (
    SELECT 1 FROM city c WHERE fix8.kind = 'city' AND c.id = fix8.id AND c.name_nl = fix8.name
       AND ((fix8.field = 'status' AND c.status = fix8.old))
    UNION ALL
    SELECT 1 FROM agreement a WHERE fix8.kind = 'agreement' AND a.id = fix8.id
       AND (a.title = fix8.name OR a.title = (SELECT f.new FROM fix8 f WHERE f.kind = 'agreement'
                                               AND f.id = fix8.id AND f.field = 'title'))
       AND ((fix8.field = 'status' AND a.status = fix8.old)
         OR (fix8.field = 'fate' AND a.fate = fix8.old)
         OR (fix8.field = 'title' AND a.title = fix8.old)));
DELETE FROM fix8 WHERE field = 'status' AND EXISTS (
    SELECT 1 FROM history h WHERE h.kind = fix8.kind AND h.record_id = fix8.id
       AND h.action = 'status' AND h.user <> 'seed');

INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
SELECT kind, id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'irdesk', CASE field WHEN 'status' THEN 'status' ELSE 'edit' END,
       CASE field WHEN 'status' THEN NULL ELSE field END, old, new,
       CASE field
           WHEN 'status' THEN 'Correctie van de seed (schema 8): geen document meldt deze uitkomst; de beslissing staat in het beslissingslog.'
           WHEN 'fate' THEN 'Correctie van de seed (schema 8): dit is een beslissing, geen uitkomst; ze staat in het beslissingslog.'
           ELSE 'Correctie van de seed (schema 8): de beleidsnota gebruikt de term ''verzustering'' niet langer.' END,
       NULL
  FROM fix8 ORDER BY kind, id, field;

UPDATE city SET status = (SELECT new FROM fix8 WHERE kind = 'city' AND fix8.id = city.id AND field = 'status'),
       version = version + 1
 WHERE id IN (SELECT id FROM fix8 WHERE kind = 'city' AND field = 'status');
UPDATE agreement SET status = (SELECT new FROM fix8 WHERE kind = 'agreement' AND fix8.id = agreement.id AND field = 'status')
 WHERE id IN (SELECT id FROM fix8 WHERE kind = 'agreement' AND field = 'status');
UPDATE agreement SET fate = (SELECT new FROM fix8 WHERE kind = 'agreement' AND fix8.id = agreement.id AND field = 'fate')
 WHERE id IN (SELECT id FROM fix8 WHERE kind = 'agreement' AND field = 'fate');
UPDATE agreement SET title = (SELECT new FROM fix8 WHERE kind = 'agreement' AND fix8.id = agreement.id AND field = 'title')
 WHERE id IN (SELECT id FROM fix8 WHERE kind = 'agreement' AND field = 'title');
UPDATE agreement SET version = version + 1 WHERE id IN (SELECT id FROM fix8 WHERE kind = 'agreement');

-- the old seed's dated events claimed the decisions' outcomes as new statuses
UPDATE history SET new = NULL
 WHERE user = 'seed' AND action = 'event' AND at = '2020-11' AND kind IN ('city', 'agreement')
   AND new IN ('reorienting', 'terminated', 'ended', 'under_evaluation')
   AND note LIKE 'Beleidsnota, Bijlage 3:%';
UPDATE history SET new = NULL
 WHERE user = 'seed' AND action = 'event' AND kind = 'agreement' AND record_id = 14 AND at = '2019'
   AND new = 'not_concluded';

UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1958); webpagina 2025 (slapend; zusterband in 2018 beëindigd); Beleidsnota 2020, §4.8 en Bijlage 3', native_from = NULL WHERE id = 1 AND name_nl = 'Saint-Raphaël' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969); webpagina 2025 (actief samengewerkt; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3', native_from = NULL WHERE id = 2 AND name_nl = 'Wiesbaden' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1971); webpagina 2025 (actief; partnerschap behouden); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten', native_from = 'public' WHERE id = 3 AND name_nl = 'Kanazawa' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1977 met de Stad Gent, sinds 1969 met Sint-Denijs-Westrem); webpagina 2025 (slapend; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3', native_from = NULL WHERE id = 4 AND name_nl = 'Melle' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); webpagina 2025 (actief samengewerkt; officiële zusterstad); Beleidsnota 2020, §4.8 (foto 2019) en Bijlage 3', native_from = NULL WHERE id = 5 AND name_nl = 'Tallinn' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); webpagina 2025 (slapend; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten', native_from = 'public' WHERE id = 6 AND name_nl = 'Mohammedia' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1985, "Engeland"); webpagina 2025 (slapend; officiële zusterstad, "VK"); Beleidsnota 2020, §4.8 en Bijlage 3', native_from = NULL WHERE id = 7 AND name_nl = 'Nottingham' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten', native_from = 'public' WHERE id = 8 AND name_nl = 'Burgas' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); webpagina 2025 (officiële partnerstad); Engelse webpagina 2025 (schrijfwijze Gdansk); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze Gdańsk: publieke kennis, niet uit de documenten', native_from = 'public' WHERE id = 9 AND name_nl = 'Gdansk' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2011); webpagina 2025 (officiële partnerstad); Engelse webpagina 2025 (Liège); Beleidsnota 2020, §4.8 en Bijlage 3', native_from = 'document' WHERE id = 10 AND name_nl = 'Luik' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2013); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten', native_from = 'public' WHERE id = 11 AND name_nl = 'Weihai' AND source IS NULL;
UPDATE city SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2018); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, Bijlage 3 (intentieverklaring van 4 juni 2018)', native_from = NULL WHERE id = 12 AND name_nl = 'Taizhou' AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1958); webpagina 2025 (in 2018 beëindigd); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 1 AND title IN ('Verzusteringsoorkonde Gent – Saint-Raphaël', 'Partnerschapsoorkonde Gent – Saint-Raphaël') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 2 AND title IN ('Verzusteringsoorkonde Gent – Wiesbaden', 'Partnerschapsoorkonde Gent – Wiesbaden') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1971); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 3 AND title IN ('Verzusteringsoorkonde Gent – Kanazawa', 'Partnerschapsoorkonde Gent – Kanazawa') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1977 met de Stad Gent); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 4 AND title IN ('Verzusteringsoorkonde Gent – Melle', 'Partnerschapsoorkonde Gent – Melle') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969 met Sint-Denijs-Westrem); README van de brondocumenten (later opgegaan in Gent); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 5 AND title IN ('Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 'Partnerschapsoorkonde Sint-Denijs-Westrem – Melle') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 6 AND title IN ('Verzusteringsoorkonde Gent – Tallinn', 'Partnerschapsoorkonde Gent – Tallinn') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 7 AND title IN ('Verzusteringsoorkonde Gent – Mohammedia', 'Partnerschapsoorkonde Gent – Mohammedia') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1985); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 8 AND title IN ('Verzusteringsoorkonde Gent – Nottingham', 'Partnerschapsoorkonde Gent – Nottingham') AND source IS NULL;
UPDATE agreement SET source = 'Beleidsnota 2020, §4.8 (lopende MoU met Kanazawa; nieuwe richtlijnen), initiatief 23 en Bijlage 3; titel samengesteld door de dienst' WHERE id = 9 AND title IN ('Samenwerkingsakkoord (MoU) Gent – Kanazawa', 'Samenwerkingsakkoord (MoU) Gent – Kanazawa') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 10 AND title IN ('Samenwerkingsakkoord (MoU) Gent – Burgas', 'Samenwerkingsakkoord (MoU) Gent – Burgas') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 11 AND title IN ('Samenwerkingsakkoord (MoU) Gent – Gdansk', 'Samenwerkingsakkoord (MoU) Gent – Gdansk') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2011); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst' WHERE id = 12 AND title IN ('Samenwerkingsakkoord (MoU) Gent – Luik', 'Samenwerkingsakkoord (MoU) Gent – Luik') AND source IS NULL;
UPDATE agreement SET source = 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2013); Beleidsnota 2020, Bijlage 3 (afgelopen sinds 2019); titel samengesteld door de dienst' WHERE id = 13 AND title IN ('Samenwerkingsakkoord (MoU) Gent – Weihai', 'Samenwerkingsakkoord (MoU) Gent – Weihai') AND source IS NULL;
UPDATE agreement SET source = 'Beleidsnota 2020, Bijlage 3 (titel en datum zoals in de nota); Geschiedenis van de Gentse bilaterale partnerschappen (2018)' WHERE id = 14 AND title IN ('Letter of intent over de voorbereiding van een partnerschapsrelatie', 'Letter of intent over de voorbereiding van een partnerschapsrelatie') AND source IS NULL;
DROP TABLE fix8;

-- The decisions of db/seed/12_decisions.sql, on a database seeded before.
WITH annex (kind, record_id, text_nl, text_en, src) AS (VALUES
    ('city', 2, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('city', 5, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('city', 7, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('agreement', 2, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('agreement', 6, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('agreement', 8, 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Tallinn, Wiesbaden en Nottingham)'),
    ('city', 4, 'formeel ontzusteren.', 'formally end the twinning.', 'Beleidsnota 2020, Bijlage 3 (Melle (D) en Mohammedia)'),
    ('city', 6, 'formeel ontzusteren.', 'formally end the twinning.', 'Beleidsnota 2020, Bijlage 3 (Melle (D) en Mohammedia)'),
    ('agreement', 4, 'formeel ontzusteren.', 'formally end the twinning.', 'Beleidsnota 2020, Bijlage 3 (Melle (D) en Mohammedia)'),
    ('agreement', 5, 'formeel ontzusteren.', 'formally end the twinning.', 'Beleidsnota 2020, Bijlage 3 (Melle (D) en Mohammedia)'),
    ('agreement', 7, 'formeel ontzusteren.', 'formally end the twinning.', 'Beleidsnota 2020, Bijlage 3 (Melle (D) en Mohammedia)'),
    ('city', 3, 'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', 'renew the MoU under the new guidelines once the current MoU has run its course.', 'Beleidsnota 2020, Bijlage 3 (Kanazawa); ook §4.8 en initiatief 23'),
    ('agreement', 9, 'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', 'renew the MoU under the new guidelines once the current MoU has run its course.', 'Beleidsnota 2020, Bijlage 3 (Kanazawa); ook §4.8 en initiatief 23'),
    ('city', 8, 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Burgas en Luik)'),
    ('city', 10, 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Burgas en Luik)'),
    ('agreement', 10, 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Burgas en Luik)'),
    ('agreement', 12, 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Burgas en Luik)'),
    ('city', 9, 'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'evaluate the MoU at the end of its term. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Gdansk)'),
    ('agreement', 11, 'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', 'evaluate the MoU at the end of its term. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.', 'Beleidsnota 2020, Bijlage 3 (Gdansk)'),
    ('city', 11, 'MoU is afgelopen sinds 2019 en wordt niet verlengd.', 'the MoU has run out since 2019 and will not be renewed.', 'Beleidsnota 2020, Bijlage 3 (Weihai)'),
    ('agreement', 13, 'MoU is afgelopen sinds 2019 en wordt niet verlengd.', 'the MoU has run out since 2019 and will not be renewed.', 'Beleidsnota 2020, Bijlage 3 (Weihai)'))
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source)
SELECT kind, record_id, '2020-11', 'Beleidsnota 2020, Bijlage 3', 'Policy note 2020, Annex 3', text_nl, text_en, 0, src
  FROM annex
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 2 AND name_nl = 'Wiesbaden')
   AND NOT EXISTS (SELECT 1 FROM decision)
   AND EXISTS (SELECT 1 FROM city c WHERE annex.kind = 'city' AND c.id = annex.record_id
               UNION ALL SELECT 1 FROM agreement a WHERE annex.kind = 'agreement' AND a.id = annex.record_id);

-- Saint-Raphaël: the annex reports an end that had already happened (2018,
-- 000 L19, 002 L45, 003 L112): a decision of the twinning committee, carried
-- out in 2018.
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source, done, done_source)
SELECT 'city', 1, '2018', 'Jumelagecomité van Saint-Raphaël', 'Saint-Raphaël''s twinning committee',
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.', 1,
        'Webpagina 2025; Engelse webpagina 2025; Beleidsnota 2020, Bijlage 3', '2018', 'Webpagina 2025; Beleidsnota 2020, Bijlage 3 ("reeds ontzusterd in 2018")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1 AND name_nl = 'Saint-Raphaël')
   AND NOT EXISTS (SELECT 1 FROM decision WHERE decided = '2018' AND kind = 'city');
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source, done, done_source)
SELECT 'agreement', 1, '2018', 'Jumelagecomité van Saint-Raphaël', 'Saint-Raphaël''s twinning committee',
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.', 1,
        'Webpagina 2025; Engelse webpagina 2025; Beleidsnota 2020, Bijlage 3', '2018', 'Webpagina 2025; Beleidsnota 2020, Bijlage 3 ("reeds ontzusterd in 2018")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1 AND name_nl = 'Saint-Raphaël')
   AND NOT EXISTS (SELECT 1 FROM decision WHERE decided = '2018' AND kind = 'agreement');

-- 2025: the city administration's decision (002 L46, L48; 000 L17, L43;
-- English: 003 L90, L100), on every city still in a relation then.
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source)
SELECT 'city', id, '2025', 'stadsbestuur', 'the city administration',
       'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.',
       'Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 1,
       'Persbericht 2025; webpagina 2025; Engelse webpagina 2025'
  FROM city WHERE id BETWEEN 2 AND 12 AND source IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM decision WHERE decided = '2025') ORDER BY id;
