-- irdesk schema, version 10: assessments of the partnerships on the criteria
-- of the policy note's §4.8 (model/kinds.c, KIND_ASSESSMENT): per criterion
-- a rating and a note in Dutch and English, a conclusion, and the date of the
-- next evaluation (due as an agreement's end date is).
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    city_id       INTEGER NOT NULL REFERENCES city(id),
    assessed      TEXT NOT NULL,       -- date, as precise as known
    assessed_by   TEXT,
    importance TEXT,
    importance_nl TEXT,
    importance_en TEXT,
    activity TEXT,
    activity_nl TEXT,
    activity_en TEXT,
    europe TEXT,
    europe_nl TEXT,
    europe_en TEXT,
    tension TEXT,
    tension_nl TEXT,
    tension_en TEXT,
    culture TEXT,
    culture_nl TEXT,
    culture_en TEXT,
    protocol TEXT,
    protocol_nl TEXT,
    protocol_en TEXT,
    terms TEXT,
    terms_nl TEXT,
    terms_en TEXT,
    conclusion_nl TEXT,
    conclusion_en TEXT,
    next_review   TEXT,                -- date of the next evaluation
    source        TEXT,
    status        TEXT NOT NULL DEFAULT 'recorded',
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (importance IN ('high', 'medium', 'low')),
    CHECK (activity IN ('active', 'dormant')),
    CHECK (europe IN ('inside', 'outside')),
    CHECK (tension IN ('favourable', 'mixed', 'unfavourable')),
    CHECK (culture IN ('favourable', 'mixed', 'unfavourable')),
    CHECK (protocol IN ('favourable', 'mixed', 'unfavourable')),
    CHECK (terms IN ('favourable', 'mixed', 'unfavourable'))
);
CREATE INDEX assessment_city ON assessment(city_id, assessed);

INSERT INTO kind_count (kind, live) SELECT 'assessment', count(*) FROM assessment WHERE archived = 0;
CREATE TRIGGER assessment_count_ins AFTER INSERT ON assessment BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) WHERE kind = 'assessment';
END;
CREATE TRIGGER assessment_count_upd AFTER UPDATE OF archived ON assessment BEGIN
    UPDATE kind_count SET live = live + (new.archived = 0) - (old.archived = 0)
     WHERE kind = 'assessment';
END;
CREATE TRIGGER assessment_count_del AFTER DELETE ON assessment BEGIN
    UPDATE kind_count SET live = live - (old.archived = 0) WHERE kind = 'assessment';
END;

CREATE VIEW assessment_body AS
SELECT a.id,
       ifnull(c.name_nl, '') || ' ' || ifnull(c.name_en, '') || ' ' || ifnull(a.assessed, '') || ' ' || ifnull(a.conclusion_nl, '') || ' ' || ifnull(a.conclusion_en, '') AS body
  FROM assessment a LEFT JOIN city c ON c.id = a.city_id;
CREATE TRIGGER assessment_search_ins AFTER INSERT ON assessment BEGIN
    INSERT INTO search_doc (kind, rec_id, body)
        SELECT 'assessment', id, body FROM assessment_body WHERE id = new.id;
END;
CREATE TRIGGER assessment_search_upd AFTER UPDATE ON assessment BEGIN
    UPDATE search_doc
       SET rec_id = new.id, body = (SELECT body FROM assessment_body WHERE id = new.id)
     WHERE kind = 'assessment' AND rec_id = old.id;
END;
CREATE TRIGGER assessment_search_del AFTER DELETE ON assessment BEGIN
    DELETE FROM search_doc WHERE kind = 'assessment' AND rec_id = old.id;
END;

-- The assessments of db/seed/14_assessments.sql, on a database seeded before.
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 1, 1, '2025', 'Dienst Internationale Relaties en Netwerken', 'dormant', 'De relatie met Melle, Nottingham, Mohammedia en Saint-Raphaël kende het laatste decennium eerder een slapend bestaan.', 'The relations with its sister cities Melle, Nottingham, Mohammedia and Saint-Raphaël have been rather dormant in the past decade.', 'De zusterband met Saint-Raphaël werd al in 2018 beëindigd op vraag van Saint-Raphaël zelf.', 'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 1 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 2, 2, '2025', 'Dienst Internationale Relaties en Netwerken', 'active', 'Met Kanazawa, Tallinn en Wiesbaden is doorheen de jaren actief samengewerkt.', 'Over the years, Ghent has actively cooperated with its sister cities Kanazawa, Tallinn and Wiesbaden.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 2 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 3, 3, '2025', 'Dienst Internationale Relaties en Netwerken', 'active', 'Met Kanazawa, Tallinn en Wiesbaden is doorheen de jaren actief samengewerkt.', 'Over the years, Ghent has actively cooperated with its sister cities Kanazawa, Tallinn and Wiesbaden.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 3 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 4, 4, '2025', 'Dienst Internationale Relaties en Netwerken', 'dormant', 'De relatie met Melle, Nottingham, Mohammedia en Saint-Raphaël kende het laatste decennium eerder een slapend bestaan.', 'The relations with its sister cities Melle, Nottingham, Mohammedia and Saint-Raphaël have been rather dormant in the past decade.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 4 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 5, 5, '2025', 'Dienst Internationale Relaties en Netwerken', 'active', 'Met Kanazawa, Tallinn en Wiesbaden is doorheen de jaren actief samengewerkt.', 'Over the years, Ghent has actively cooperated with its sister cities Kanazawa, Tallinn and Wiesbaden.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 5 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 6, 6, '2025', 'Dienst Internationale Relaties en Netwerken', 'dormant', 'De relatie met Melle, Nottingham, Mohammedia en Saint-Raphaël kende het laatste decennium eerder een slapend bestaan.', 'The relations with its sister cities Melle, Nottingham, Mohammedia and Saint-Raphaël have been rather dormant in the past decade.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 6 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 7, 7, '2025', 'Dienst Internationale Relaties en Netwerken', 'dormant', 'De relatie met Melle, Nottingham, Mohammedia en Saint-Raphaël kende het laatste decennium eerder een slapend bestaan.', 'The relations with its sister cities Melle, Nottingham, Mohammedia and Saint-Raphaël have been rather dormant in the past decade.', 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 7 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 8, 8, '2025', 'Dienst Internationale Relaties en Netwerken', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 8 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 9, 9, '2025', 'Dienst Internationale Relaties en Netwerken', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 9 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 10, 10, '2025', 'Dienst Internationale Relaties en Netwerken', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 10 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 11, 11, '2025', 'Dienst Internationale Relaties en Netwerken', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 11 AND source IS NOT NULL);
INSERT INTO assessment (id, city_id, assessed, assessed_by, activity, activity_nl, activity_en, conclusion_nl, conclusion_en, source)
SELECT 12, 12, '2025', 'Dienst Internationale Relaties en Netwerken', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', 'That is why Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 'Webpagina 2025 (evaluatie "op basis van hun graad van belang en activiteit"; activiteit van de zustersteden); persbericht 2025; Engelse webpagina 2025 ("Assessment of bilateral partnerships")'
 WHERE EXISTS (SELECT 1 FROM city WHERE id = 12 AND source IS NOT NULL);
