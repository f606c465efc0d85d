-- irdesk seed 10: Ghent's sister and partner cities, their agreements, and
-- dated history events.  Every value is taken from the source documents in
-- /work/shared/seeds/ (file names below; "L" = line number in that file):
--   000_9314691b6663e154.txt  web page: reorientation of the ties (Dutch)
--   001_a4efa9b040cf8ac2.txt  history of the bilateral partnerships (Dutch)
--   002_54c1940183bc9bf9.txt  press release of the reorientation decision (Dutch)
--   003_23d56d3f5d307570.txt  English version of the reorientation news
--   004_e76f4eabbe693aca.txt  policy note, "Gent, november 2020" (L36);
--                             4.8 Bilaterale partnerschappen (L1328-1371),
--                             initiatives 22-23 (L1402-1406),
--                             Bijlage 3 (L1912-1932)
-- The rules every value follows are in db/seed/README.
-- Where the documents are silent the column is NULL.  Fixed ids: other seed
-- files refer to city 1-12 and agreement 1-14.  Loaded inside one
-- transaction by the loader (no BEGIN/COMMIT here).

---------------------------------------------------------------------------
-- city
---------------------------------------------------------------------------
-- Names/countries: 000 L9, 002 L2, 004 L1330-1333 (Dutch); 003 L9 (English).
-- relation + since: 001 L7-15 (zustersteden), 001 L17-23 (partnersteden).
-- activity: 000 L19, 002 L3, 003 L23 (sister cities only; partners NULL).
-- decision: 004 Bijlage 3, L1915-1932, bullet text without the city prefix,
--   PDF line breaks rejoined.
-- status: the last outcome a document reports (db/seed/README, rule 2):
--   ended only where a document reports the end (Saint-Raphaël, 2018);
--   dormant where the 2025 pages say the tie was dormant in the last decade;
--   active for the other official sister and partner cities the 2025 pages
--   count.  The decisions of Bijlage 3 and of 2025 are decisions, not
--   outcomes: they are in 12_decisions.sql, pending until a document
--   reports them carried out.
-- source: the documents and sections each value comes from; native_from
--   says where the native spelling comes from (public knowledge: not in the
--   documents).

-- Saint-Raphaël: 001 L9 (sinds 1958); 000 L19 (slapend; beëindigd 2018); 004 L1919.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (1, 'Saint-Raphaël', 'Saint-Raphaël', NULL, 'Frankrijk', 'France', 'sister', 1958, 'dormant',
        'reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.',
        NULL, 'ended', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1958); webpagina 2025 (slapend; zusterband in 2018 beëindigd); Beleidsnota 2020, §4.8 en Bijlage 3');

-- Wiesbaden: 001 L10 (sinds 1969); 000 L19 (actief); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (2, 'Wiesbaden', 'Wiesbaden', NULL, 'Duitsland', 'Germany', 'sister', 1969, 'active',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'active', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969); webpagina 2025 (actief samengewerkt; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3');

-- Kanazawa: 001 L11 (sinds 1971); 000 L17+L19 (behouden; actief); 004 L1920.
-- name_native: the city's own (Japanese) name, an established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (3, 'Kanazawa', 'Kanazawa', '金沢市', 'Japan', 'Japan', 'sister', 1971, 'active',
        'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.',
        NULL, 'active', 'public', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1971); webpagina 2025 (actief; partnerschap behouden); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten');

-- Melle: 001 L12 (sinds 1977 met de Stad Gent, sinds 1969 met
-- Sint-Denijs-Westrem); 000 L19 (slapend); 004 L1918 ("Melle (D)").
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (4, 'Melle', 'Melle', NULL, 'Duitsland', 'Germany', 'sister', 1977, 'dormant',
        'formeel ontzusteren.',
        'Sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', 'dormant', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1977 met de Stad Gent, sinds 1969 met Sint-Denijs-Westrem); webpagina 2025 (slapend; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3');

-- Tallinn: 001 L13 (sinds 1982); 000 L19 (actief); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (5, 'Tallinn', 'Tallinn', NULL, 'Estland', 'Estonia', 'sister', 1982, 'active',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'active', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); webpagina 2025 (actief samengewerkt; officiële zusterstad); Beleidsnota 2020, §4.8 (foto 2019) en Bijlage 3');

-- Mohammedia: 001 L15 (sinds 1982, "voorstad van Casablanca in Marokko");
-- 000 L19 (slapend); 004 L1918.  name_native: Arabic name, established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (6, 'Mohammedia', 'Mohammedia', 'المحمدية', 'Marokko', 'Morocco', 'sister', 1982, 'dormant',
        'formeel ontzusteren.',
        'Voorstad van Casablanca in Marokko.', 'dormant', 'public', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); webpagina 2025 (slapend; officiële zusterstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten');

-- Nottingham: 001 L14 (sinds 1985, "Engeland"); 000 L9, 002 L2 and 004 L1331
-- say "(het) VK" -> current value VK, 001's wording kept in notes.
-- 000 L19 (slapend); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (7, 'Nottingham', 'Nottingham', NULL, 'VK', 'United Kingdom', 'sister', 1985, 'dormant',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        'De geschiedenis van de Gentse bilaterale partnerschappen vermeldt als land "Engeland".', 'dormant', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1985, "Engeland"); webpagina 2025 (slapend; officiële zusterstad, "VK"); Beleidsnota 2020, §4.8 en Bijlage 3');

-- Burgas: 001 L19 (akkoord in 2009); 004 L1921-1923.
-- name_native: Bulgarian (Cyrillic) name, established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (8, 'Burgas', 'Burgas', 'Бургас', 'Bulgarije', 'Bulgaria', 'partner', 2009, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'active', 'public', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten');

-- Gdansk: 001 L20 (akkoord in 2009); 003 L9 spells "Gdansk"; 004 L1924-1926.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (9, 'Gdansk', 'Gdansk', 'Gdańsk', 'Polen', 'Poland', 'partner', 2009, NULL,
        'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'active', 'public', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); webpagina 2025 (officiële partnerstad); Engelse webpagina 2025 (schrijfwijze Gdansk); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze Gdańsk: publieke kennis, niet uit de documenten');

-- Luik: 001 L21 (akkoord in 2011); 003 L9 "Liège in Belgium"; 004 L1921-1923.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (10, 'Luik', 'Liège', 'Liège', 'België', 'Belgium', 'partner', 2011, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'active', 'document', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2011); webpagina 2025 (officiële partnerstad); Engelse webpagina 2025 (Liège); Beleidsnota 2020, §4.8 en Bijlage 3');

-- Weihai: 001 L22 (akkoord in 2013); 004 L1927.
-- name_native: Chinese name, established fact (only one Weihai).
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (11, 'Weihai', 'Weihai', '威海市', 'China', 'China', 'partner', 2013, NULL,
        'MoU is afgelopen sinds 2019 en wordt niet verlengd.',
        NULL, 'active', 'public', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2013); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, §4.8 en Bijlage 3. Inheemse schrijfwijze: publieke kennis, niet uit de documenten');

-- Taizhou: 001 L23 (akkoord in 2018); 004 L1928-1931.
-- name_native left NULL on purpose: two Chinese cities are romanised
-- "Taizhou" (台州 and 泰州) and the documents do not say which one.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status, native_from, source)
VALUES (12, 'Taizhou', 'Taizhou', NULL, 'China', 'China', 'partner', 2018, NULL,
        'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.',
        NULL, 'active', NULL, 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2018); webpagina 2025 (officiële partnerstad); Beleidsnota 2020, Bijlage 3 (intentieverklaring van 4 juni 2018)');

---------------------------------------------------------------------------
-- agreement
---------------------------------------------------------------------------
-- Twinnings: 001 L5 ("sloot verschillende ‘twinnings’ of ‘jumelages’ af via
-- de ondertekening van plechtige oorkondes") and L7-15 ("sinds <jaar>"):
-- signed = starts = that year.  Partner-city agreements: 001 L17-23 ("sloot
-- sinds 2008 akkoorden af ... in <jaar>"): signed = that year, starts unknown.
-- 004 L1350-1353 / L1363 / Bijlage 3 call these agreements MoU's.
-- human_rights: NULL everywhere (the documents do not say whether the
-- existing agreements have a human-rights clause).
-- fate: only what a document reports as having become of the agreement
-- (Saint-Raphaël 2018, Weihai 2019, Taizhou's MoU that did not follow);
-- the decisions of Bijlage 3 are in 12_decisions.sql.
-- status: in force from its signing, unless a document reports its end.
-- Titles are the service's (the documents give none, except Taizhou's):
-- "partnerschap", not "verzustering", which the note no longer uses
-- (004 L1365-1366).

-- 001 L9; ended 2018: 000 L19, 002 L3, 003 L25, 004 L1919.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (1, 'Partnerschapsoorkonde Gent – Saint-Raphaël', 1, 'twinning', NULL, '1958', '1958', '2018', NULL,
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        NULL, 'terminated', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1958); webpagina 2025 (in 2018 beëindigd); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L10; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (2, 'Partnerschapsoorkonde Gent – Wiesbaden', 2, 'twinning', NULL, '1969', '1969', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L11; the 2025 decision to keep it (000 L17) is in 12_decisions.sql.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (3, 'Partnerschapsoorkonde Gent – Kanazawa', 3, 'twinning', NULL, '1971', '1971', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1971); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L12 ("sinds 1977 met de Stad Gent"); 004 L1918.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (4, 'Partnerschapsoorkonde Gent – Melle', 4, 'twinning', NULL, '1977', '1977', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1977 met de Stad Gent); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L12 ("sinds 1969 met Sint-Denijs-Westrem"); the merger into Ghent is
-- stated in /work/shared/seeds/README.md ("merged into Ghent later").
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (5, 'Partnerschapsoorkonde Sint-Denijs-Westrem – Melle', 4, 'twinning', 'Sint-Denijs-Westrem', '1969', '1969', NULL, NULL,
        NULL,
        'De Gentse partij was Sint-Denijs-Westrem, later opgegaan in Gent; sinds 1977 met de Stad Gent (akkoord 4).', 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1969 met Sint-Denijs-Westrem); README van de brondocumenten (later opgegaan in Gent); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L13; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (6, 'Partnerschapsoorkonde Gent – Tallinn', 5, 'twinning', NULL, '1982', '1982', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L15; 004 L1918.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (7, 'Partnerschapsoorkonde Gent – Mohammedia', 6, 'twinning', NULL, '1982', '1982', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1982); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L14; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (8, 'Partnerschapsoorkonde Gent – Nottingham', 7, 'twinning', NULL, '1985', '1985', NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (sinds 1985); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- Kanazawa's current MoU: 004 L1363-1364 ("De lopende MoU’s ... zoals met
-- Kanazawa"), L1406 (initiative 23), L1920.  Its dates are not given
-- (001 L17 only says that since 2008 agreements were concluded with the
-- active sister cities, without naming them or giving years).
-- notes: the new guidelines the renewal must follow, 004 L1350-1353.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (9, 'Samenwerkingsakkoord (MoU) Gent – Kanazawa', 3, 'mou', NULL, NULL, NULL, NULL, NULL,
        NULL,
        'Nieuwe richtlijnen: we maken de samenwerking specifiek en meetbaar in een samenwerkingsakkoord (MoU) of een intentieverklaring, met opname van een mensenrechtenclausule naar het voorbeeld van de UGent.',
        'in_force', 'Beleidsnota 2020, §4.8 (lopende MoU met Kanazawa; nieuwe richtlijnen), initiatief 23 en Bijlage 3; titel samengesteld door de dienst');

-- 001 L19; 004 L1921-1923.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (10, 'Samenwerkingsakkoord (MoU) Gent – Burgas', 8, 'mou', NULL, '2009', NULL, NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L20; 004 L1924-1926.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (11, 'Samenwerkingsakkoord (MoU) Gent – Gdansk', 9, 'mou', NULL, '2009', NULL, NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2009); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L21; 004 L1921-1923.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (12, 'Samenwerkingsakkoord (MoU) Gent – Luik', 10, 'mou', NULL, '2011', NULL, NULL, NULL,
        NULL,
        NULL, 'in_force', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2011); Beleidsnota 2020, Bijlage 3; titel samengesteld door de dienst');

-- 001 L22; ends 2019: 004 L1927.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (13, 'Samenwerkingsakkoord (MoU) Gent – Weihai', 11, 'mou', NULL, '2013', NULL, '2019', NULL,
        'MoU is afgelopen sinds 2019.',
        NULL, 'expired', 'Geschiedenis van de Gentse bilaterale partnerschappen (akkoord in 2013); Beleidsnota 2020, Bijlage 3 (afgelopen sinds 2019); titel samengesteld door de dienst');

-- 004 L1928-1931 (title in the document's own words, signed 4 juni 2018);
-- 001 L23 gives the year 2018.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status, source)
VALUES (14, 'Letter of intent over de voorbereiding van een partnerschapsrelatie', 12, 'loi', NULL, '2018-06-04', NULL, NULL, NULL,
        'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.',
        NULL, 'in_force', 'Beleidsnota 2020, Bijlage 3 (titel en datum zoals in de nota); Geschiedenis van de Gentse bilaterale partnerschappen (2018)');

-- No further agreements: 001 L17 mentions cooperation agreements "met de
-- actieve zustersteden" since 2008 but names none; Kanazawa's is agreement 9.

---------------------------------------------------------------------------
-- history: dated events from the documents (action 'event', user 'seed').
-- old/new carry a status code only where the document states the change.
---------------------------------------------------------------------------

-- Twinnings (001 L7-15): one event on the city, one on the agreement.
-- 001 L9
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 1, '1958', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Saint-Raphaël (Frankrijk) sinds 1958.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 1, '1958', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Saint-Raphaël (Frankrijk) sinds 1958.', '001_a4efa9b040cf8ac2.txt');
-- 001 L10
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 2, '1969', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Wiesbaden (Duitsland) sinds 1969.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 2, '1969', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Wiesbaden (Duitsland) sinds 1969.', '001_a4efa9b040cf8ac2.txt');
-- 001 L11
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 3, '1971', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Kanazawa (Japan) sinds 1971.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 3, '1971', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Kanazawa (Japan) sinds 1971.', '001_a4efa9b040cf8ac2.txt');
-- 001 L12 (1969, Sint-Denijs-Westrem)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 4, '1969', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Melle (Duitsland) sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 5, '1969', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Melle (Duitsland) sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', '001_a4efa9b040cf8ac2.txt');
-- 001 L12 (1977, Stad Gent)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 4, '1977', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Melle (Duitsland) sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 4, '1977', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Melle (Duitsland) sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', '001_a4efa9b040cf8ac2.txt');
-- 001 L13
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '1982', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Tallinn (Estland) sinds 1982.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 6, '1982', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Tallinn (Estland) sinds 1982.', '001_a4efa9b040cf8ac2.txt');
-- 001 L15
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 6, '1982', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Mohammedia (voorstad van Casablanca in Marokko) sinds 1982.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 7, '1982', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Mohammedia (voorstad van Casablanca in Marokko) sinds 1982.', '001_a4efa9b040cf8ac2.txt');
-- 001 L14
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 7, '1985', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Nottingham (Engeland) sinds 1985.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 8, '1985', 'seed', 'event', NULL, NULL, NULL, 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Nottingham (Engeland) sinds 1985.', '001_a4efa9b040cf8ac2.txt');

-- Partner-city agreements (001 L17-23: "De Stad Gent sloot sinds 2008
-- akkoorden af met volgende partnersteden").
-- 001 L19
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 8, '2009', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Burgas (Bulgarije) in 2009.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 10, '2009', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Burgas (Bulgarije) in 2009.', '001_a4efa9b040cf8ac2.txt');
-- 001 L20
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 9, '2009', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Gdansk (Polen) in 2009.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 11, '2009', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Gdansk (Polen) in 2009.', '001_a4efa9b040cf8ac2.txt');
-- 001 L21
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 10, '2011', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Luik (België) in 2011.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 12, '2011', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Luik (België) in 2011.', '001_a4efa9b040cf8ac2.txt');
-- 001 L22
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2013', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Weihai (China) in 2013.', '001_a4efa9b040cf8ac2.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 13, '2013', 'seed', 'event', NULL, NULL, NULL, 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Weihai (China) in 2013.', '001_a4efa9b040cf8ac2.txt');
-- Taizhou: 004 L1928-1930 gives the exact day; 001 L23 ("Taizhou (China)
-- in 2018") is the same event at year precision, so it is not repeated.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 12, '2018-06-04', 'seed', 'event', NULL, NULL, NULL, 'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 14, '2018-06-04', 'seed', 'event', NULL, NULL, NULL, 'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou.', '004_e76f4eabbe693aca.txt');

-- Saint-Raphaël ended in 2018: 000 L19 (also 002 L3, 003 L25, 004 L1919).
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 1, '2018', 'seed', 'event', NULL, NULL, 'ended', 'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.', '000_9314691b6663e154.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 1, '2018', 'seed', 'event', NULL, NULL, 'terminated', 'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.', '000_9314691b6663e154.txt');

-- Taizhou: the MoU planned for 2019 was not made, 004 L1930-1932.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 12, '2019', 'seed', 'event', NULL, NULL, NULL, 'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 14, '2019', 'seed', 'event', NULL, NULL, NULL, 'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.', '004_e76f4eabbe693aca.txt');

-- Weihai: the MoU ended in 2019, 004 L1927.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2019', 'seed', 'event', NULL, NULL, NULL, 'MoU is afgelopen sinds 2019.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 13, '2019', 'seed', 'event', NULL, NULL, 'expired', 'MoU is afgelopen sinds 2019.', '004_e76f4eabbe693aca.txt');

-- Tallinn: photo caption in 004 L1336.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '2019', 'seed', 'event', NULL, NULL, NULL, 'Bezoek aan zusterstad Tallinn (2019).', '004_e76f4eabbe693aca.txt');

-- Bijlage 3 of the policy note (004 L1912-1932), dated by the note itself:
-- "Gent, november 2020" (004 L36) -> '2020-11'.  new is NULL: the annex
-- records decisions, not outcomes (the decisions: 12_decisions.sql).
-- 004 L1919
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 1, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Saint Raphaël: reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.', '004_e76f4eabbe693aca.txt');
-- 004 L1915-1917 (Tallinn, Wiesbaden en Nottingham)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 2, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 2, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 6, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 7, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 8, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1918 (Melle (D) en Mohammedia); Melle has two twinning agreements.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 4, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 4, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 5, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 6, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 7, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
-- 004 L1920 (Kanazawa)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 3, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Kanazawa: MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 9, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Kanazawa: MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', '004_e76f4eabbe693aca.txt');
-- 004 L1921-1923 (Burgas en Luik)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 8, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 10, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 10, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 12, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1924-1926 (Gdansk)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 9, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Gdansk: MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 11, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Gdansk: MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1927 (Weihai)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 13, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd.', '004_e76f4eabbe693aca.txt');
-- 004 L1928-1932 (Taizhou): the annex records the LoI and the MoU that did
-- not follow; no status follows from it (the LoI stays signed, the city official).
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 12, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Taizhou: Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.', '004_e76f4eabbe693aca.txt');

-- The later decision: only Kanazawa stays (002 L1, L4, L6; also 000 L17,
-- 003 L3, L13).  DATE: the press-release text itself states no date.  '2025'
-- is taken from /work/shared/seeds/README.md, which describes 002 as
-- "Press release (2025)".  The page's footer ("Gerelateerd nieuws": crime
-- figures for "vorig jaar" compared with 2023, the "mandaatsnota voor
-- 2024-2029") is consistent with a 2025 page, but that footer is unrelated
-- news and does not itself date the release.  Correct this 'at' if a dated
-- source turns up.  Recorded on every city still in a relation at that time
-- (Saint-Raphaël's twinning had already ended in 2018, 002 L3).
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 3, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 2, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 4, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 6, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 7, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 8, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 9, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 10, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 12, '2025', 'seed', 'event', NULL, NULL, NULL, 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.', '002_54c1940183bc9bf9.txt');

---------------------------------------------------------------------------
-- link: initiatives 22 and 23 of the policy note (004 L1402-1406).
-- Initiatives are seeded by a later file; initiative id = its number.
---------------------------------------------------------------------------
-- 004 L1406: "23. We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa."
INSERT INTO link (a_kind, a_id, b_kind, b_id, note)
VALUES ('initiative', 23, 'agreement', 9, 'We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note)
VALUES ('initiative', 23, 'city', 3, 'We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa.');

-- 004 L1402-1404: "22. We heroriënteren onze bilaterale samenwerkingen met
-- partner- en zustersteden ..." -> all 12 cities; per-city decision in Bijlage 3.
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 1, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 2, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 3, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 4, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 5, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 6, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 7, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 8, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 9, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 10, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 11, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 22, 'city', 12, 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.');
