-- irdesk seed 12: the decision log of the partnerships and agreements.
-- A decision is what a document says was decided, dated as precisely as the
-- document dates it; it is not an outcome.  It moves no status: the status
-- is the last outcome a document reports (10_cities.sql), and a decision
-- stays pending until a document reports it carried out (done, done_source).
--   text_nl: the document's words (Bijlage 3: the bullet without the city
--            names, PDF line breaks rejoined).
--   text_en: the 2025 English page's words where it gives them (en_given 1),
--            else the service's translation (en_given 0, shown as such),
--            after /work/shared/GLOSSARY.md.
--   decided: Bijlage 3 is dated by the note, "Gent, november 2020" (004 L36);
--            the 2025 decision by the pages that report it ("heeft nu
--            beslist", 002 L46; README: "Press release (2025)").
-- The same rows are added to a database seeded before schema 8 by
-- db/sql/008_decisions.sql: keep the two in step.

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
  FROM annex;

-- Saint-Raphaël: the annex reports an end that had already happened (2018,
-- 000 L19, 002 L45, 003 L112): a decision of the twinning committee, carried
-- out in 2018.
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source, done, done_source)
VALUES ('city', 1, '2018', 'Jumelagecomité van Saint-Raphaël', 'Saint-Raphaël''s twinning committee',
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.', 1,
        'Webpagina 2025; Engelse webpagina 2025; Beleidsnota 2020, Bijlage 3', '2018', 'Webpagina 2025; Beleidsnota 2020, Bijlage 3 ("reeds ontzusterd in 2018")');
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source, done, done_source)
VALUES ('agreement', 1, '2018', 'Jumelagecomité van Saint-Raphaël', 'Saint-Raphaël''s twinning committee',
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.', 1,
        'Webpagina 2025; Engelse webpagina 2025; Beleidsnota 2020, Bijlage 3', '2018', 'Webpagina 2025; Beleidsnota 2020, Bijlage 3 ("reeds ontzusterd in 2018")');

-- 2025: the city administration's decision (002 L46, L48; 000 L17, L43;
-- English: 003 L90, L100), on every city still in a relation then.
INSERT INTO decision (kind, record_id, decided, body, body_en, text_nl, text_en, en_given, source)
SELECT 'city', id, '2025', 'stadsbestuur', 'the city administration',
       'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.',
       'Ghent reorients its existing partnerships and will only maintain the partnership with the Japanese city of Kanazawa.', 1,
       'Persbericht 2025; webpagina 2025; Engelse webpagina 2025'
  FROM city WHERE id BETWEEN 2 AND 12 ORDER BY id;
