-- The seed of irdesk before schema 8 (db/seed/*.sql at f134f85), to test that
-- migrations 8-10 bring a database seeded then to the state of a new one.
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
-- status: lead engineer's rules applied to those decisions (see brief).

-- Saint-Raphaël: 001 L9 (sinds 1958); 000 L19 (slapend; beëindigd 2018); 004 L1919.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (1, 'Saint-Raphaël', 'Saint-Raphaël', NULL, 'Frankrijk', 'France', 'sister', 1958, 'dormant',
        'reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.',
        NULL, 'ended');

-- Wiesbaden: 001 L10 (sinds 1969); 000 L19 (actief); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (2, 'Wiesbaden', 'Wiesbaden', NULL, 'Duitsland', 'Germany', 'sister', 1969, 'active',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'reorienting');

-- Kanazawa: 001 L11 (sinds 1971); 000 L17+L19 (behouden; actief); 004 L1920.
-- name_native: the city's own (Japanese) name, an established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (3, 'Kanazawa', 'Kanazawa', '金沢市', 'Japan', 'Japan', 'sister', 1971, 'active',
        'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.',
        NULL, 'active');

-- Melle: 001 L12 (sinds 1977 met de Stad Gent, sinds 1969 met
-- Sint-Denijs-Westrem); 000 L19 (slapend); 004 L1918 ("Melle (D)").
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (4, 'Melle', 'Melle', NULL, 'Duitsland', 'Germany', 'sister', 1977, 'dormant',
        'formeel ontzusteren.',
        'Sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).', 'ended');

-- Tallinn: 001 L13 (sinds 1982); 000 L19 (actief); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (5, 'Tallinn', 'Tallinn', NULL, 'Estland', 'Estonia', 'sister', 1982, 'active',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'reorienting');

-- Mohammedia: 001 L15 (sinds 1982, "voorstad van Casablanca in Marokko");
-- 000 L19 (slapend); 004 L1918.  name_native: Arabic name, established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (6, 'Mohammedia', 'Mohammedia', 'المحمدية', 'Marokko', 'Morocco', 'sister', 1982, 'dormant',
        'formeel ontzusteren.',
        'Voorstad van Casablanca in Marokko.', 'ended');

-- Nottingham: 001 L14 (sinds 1985, "Engeland"); 000 L9, 002 L2 and 004 L1331
-- say "(het) VK" -> current value VK, 001's wording kept in notes.
-- 000 L19 (slapend); 004 L1915-1917.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (7, 'Nottingham', 'Nottingham', NULL, 'VK', 'United Kingdom', 'sister', 1985, 'dormant',
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        'De geschiedenis van de Gentse bilaterale partnerschappen vermeldt als land "Engeland".', 'reorienting');

-- Burgas: 001 L19 (akkoord in 2009); 004 L1921-1923.
-- name_native: Bulgarian (Cyrillic) name, established fact.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (8, 'Burgas', 'Burgas', 'Бургас', 'Bulgarije', 'Bulgaria', 'partner', 2009, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'reorienting');

-- Gdansk: 001 L20 (akkoord in 2009); 003 L9 spells "Gdansk"; 004 L1924-1926.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (9, 'Gdansk', 'Gdansk', 'Gdańsk', 'Polen', 'Poland', 'partner', 2009, NULL,
        'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'reorienting');

-- Luik: 001 L21 (akkoord in 2011); 003 L9 "Liège in Belgium"; 004 L1921-1923.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (10, 'Luik', 'Liège', 'Liège', 'België', 'Belgium', 'partner', 2011, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'reorienting');

-- Weihai: 001 L22 (akkoord in 2013); 004 L1927.
-- name_native: Chinese name, established fact (only one Weihai).
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (11, 'Weihai', 'Weihai', '威海市', 'China', 'China', 'partner', 2013, NULL,
        'MoU is afgelopen sinds 2019 en wordt niet verlengd.',
        NULL, 'ended');

-- Taizhou: 001 L23 (akkoord in 2018); 004 L1928-1931.
-- name_native left NULL on purpose: two Chinese cities are romanised
-- "Taizhou" (台州 and 泰州) and the documents do not say which one.
INSERT INTO city (id, name_nl, name_en, name_native, country_nl, country_en, relation, since, activity, decision, notes, status)
VALUES (12, 'Taizhou', 'Taizhou', NULL, 'China', 'China', 'partner', 2018, NULL,
        'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.',
        NULL, 'ended');

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
-- fate: Bijlage 3 wording (004 L1915-1932) unless noted.

-- 001 L9; ended 2018: 000 L19, 002 L3, 003 L25, 004 L1919.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (1, 'Verzusteringsoorkonde Gent – Saint-Raphaël', 1, 'twinning', NULL, '1958', '1958', '2018', NULL,
        'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.',
        NULL, 'terminated');

-- 001 L10; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (2, 'Verzusteringsoorkonde Gent – Wiesbaden', 2, 'twinning', NULL, '1969', '1969', NULL, NULL,
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'terminated');

-- 001 L11; fate: 000 L17 (also 002 L1, L6; 003 L3).
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (3, 'Verzusteringsoorkonde Gent – Kanazawa', 3, 'twinning', NULL, '1971', '1971', NULL, NULL,
        'Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.',
        NULL, 'in_force');

-- 001 L12 ("sinds 1977 met de Stad Gent"); 004 L1918.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (4, 'Verzusteringsoorkonde Gent – Melle', 4, 'twinning', NULL, '1977', '1977', NULL, NULL,
        'formeel ontzusteren.',
        NULL, 'terminated');

-- 001 L12 ("sinds 1969 met Sint-Denijs-Westrem"); the merger into Ghent is
-- stated in /work/shared/seeds/README.md ("merged into Ghent later").
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (5, 'Verzusteringsoorkonde Sint-Denijs-Westrem – Melle', 4, 'twinning', 'Sint-Denijs-Westrem', '1969', '1969', NULL, NULL,
        'formeel ontzusteren.',
        'De Gentse partij was Sint-Denijs-Westrem, later opgegaan in Gent; sinds 1977 met de Stad Gent (akkoord 4).', 'terminated');

-- 001 L13; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (6, 'Verzusteringsoorkonde Gent – Tallinn', 5, 'twinning', NULL, '1982', '1982', NULL, NULL,
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'terminated');

-- 001 L15; 004 L1918.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (7, 'Verzusteringsoorkonde Gent – Mohammedia', 6, 'twinning', NULL, '1982', '1982', NULL, NULL,
        'formeel ontzusteren.',
        NULL, 'terminated');

-- 001 L14; 004 L1915-1917.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (8, 'Verzusteringsoorkonde Gent – Nottingham', 7, 'twinning', NULL, '1985', '1985', NULL, NULL,
        'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'terminated');

-- Kanazawa's current MoU: 004 L1363-1364 ("De lopende MoU’s ... zoals met
-- Kanazawa"), L1406 (initiative 23), L1920.  Its dates are not given
-- (001 L17 only says that since 2008 agreements were concluded with the
-- active sister cities, without naming them or giving years).
-- notes: the new guidelines the renewal must follow, 004 L1350-1353.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (9, 'Samenwerkingsakkoord (MoU) Gent – Kanazawa', 3, 'mou', NULL, NULL, NULL, NULL, NULL,
        'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.',
        'Nieuwe richtlijnen: we maken de samenwerking specifiek en meetbaar in een samenwerkingsakkoord (MoU) of een intentieverklaring, met opname van een mensenrechtenclausule naar het voorbeeld van de UGent.',
        'in_force');

-- 001 L19; 004 L1921-1923.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (10, 'Samenwerkingsakkoord (MoU) Gent – Burgas', 8, 'mou', NULL, '2009', NULL, NULL, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'terminated');

-- 001 L20; 004 L1924-1926.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (11, 'Samenwerkingsakkoord (MoU) Gent – Gdansk', 9, 'mou', NULL, '2009', NULL, NULL, NULL,
        'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'under_evaluation');

-- 001 L21; 004 L1921-1923.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (12, 'Samenwerkingsakkoord (MoU) Gent – Luik', 10, 'mou', NULL, '2011', NULL, NULL, NULL,
        'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.',
        NULL, 'terminated');

-- 001 L22; ends 2019: 004 L1927.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (13, 'Samenwerkingsakkoord (MoU) Gent – Weihai', 11, 'mou', NULL, '2013', NULL, '2019', NULL,
        'MoU is afgelopen sinds 2019 en wordt niet verlengd.',
        NULL, 'expired');

-- 004 L1928-1931 (title in the document's own words, signed 4 juni 2018);
-- 001 L23 gives the year 2018.
INSERT INTO agreement (id, title, city_id, type, party, signed, starts, ends, human_rights, fate, notes, status)
VALUES (14, 'Letter of intent over de voorbereiding van een partnerschapsrelatie', 12, 'loi', NULL, '2018-06-04', NULL, NULL, NULL,
        'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.',
        NULL, 'not_concluded');

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
VALUES ('agreement', 14, '2019', 'seed', 'event', NULL, NULL, 'not_concluded', 'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.', '004_e76f4eabbe693aca.txt');

-- Weihai: the MoU ended in 2019, 004 L1927.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2019', 'seed', 'event', NULL, NULL, NULL, 'MoU is afgelopen sinds 2019.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 13, '2019', 'seed', 'event', NULL, NULL, 'expired', 'MoU is afgelopen sinds 2019.', '004_e76f4eabbe693aca.txt');

-- Tallinn: photo caption in 004 L1336.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '2019', 'seed', 'event', NULL, NULL, NULL, 'Bezoek aan zusterstad Tallinn (2019).', '004_e76f4eabbe693aca.txt');

-- Bijlage 3 of the policy note (004 L1912-1932), dated by the note itself:
-- "Gent, november 2020" (004 L36) -> '2020-11'.  new = the status the
-- decision leads to (lead engineer's rules), NULL where nothing changes.
-- 004 L1919
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 1, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Saint Raphaël: reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.', '004_e76f4eabbe693aca.txt');
-- 004 L1915-1917 (Tallinn, Wiesbaden en Nottingham)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 2, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 2, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 5, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 6, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 7, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 8, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1918 (Melle (D) en Mohammedia); Melle has two twinning agreements.
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 4, '2020-11', 'seed', 'event', NULL, NULL, 'ended', 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 4, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 5, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 6, '2020-11', 'seed', 'event', NULL, NULL, 'ended', 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 7, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.', '004_e76f4eabbe693aca.txt');
-- 004 L1920 (Kanazawa)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 3, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Kanazawa: MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 9, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Kanazawa: MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.', '004_e76f4eabbe693aca.txt');
-- 004 L1921-1923 (Burgas en Luik)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 8, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 10, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 10, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 12, '2020-11', 'seed', 'event', NULL, NULL, 'terminated', 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1924-1926 (Gdansk)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 9, '2020-11', 'seed', 'event', NULL, NULL, 'reorienting', 'Beleidsnota, Bijlage 3: Gdansk: MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 11, '2020-11', 'seed', 'event', NULL, NULL, 'under_evaluation', 'Beleidsnota, Bijlage 3: Gdansk: MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.', '004_e76f4eabbe693aca.txt');
-- 004 L1927 (Weihai)
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 11, '2020-11', 'seed', 'event', NULL, NULL, 'ended', 'Beleidsnota, Bijlage 3: Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('agreement', 13, '2020-11', 'seed', 'event', NULL, NULL, NULL, 'Beleidsnota, Bijlage 3: Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd.', '004_e76f4eabbe693aca.txt');
-- 004 L1928-1932 (Taizhou): the annex records the LoI and the MoU that did
-- not follow; city status 'ended' per the lead's rule (LoI never became an MoU).
INSERT INTO history (kind, record_id, at, user, action, field, old, new, note, source)
VALUES ('city', 12, '2020-11', 'seed', 'event', NULL, NULL, 'ended', 'Beleidsnota, Bijlage 3: Taizhou: Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.', '004_e76f4eabbe693aca.txt');

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
-- irdesk seed: the international networks, platforms, campaigns and signed statements
-- that the policy note on international cooperation and positioning, City of Ghent,
-- November 2020, names with Ghent taking part; Ghent's roles in them; dated facts.
-- Source: shared/seeds/004_e76f4eabbe693aca.txt ("l." = line there).  Files 000-003
-- only mention Eurocities, without dates or roles.
-- name, scope and quoted notes are the document's wording; PDF hard line breaks are
-- rejoined with single spaces and runs of spaces collapsed.  Where the document is
-- silent the field is NULL.  role_en is our translation.
-- The note says Ghent is member of "ca 42" networks (l.1108) / "42 in totaal" (l.1819)
-- but names far fewer; the annex list under that heading (l.1819-1826) has only two
-- bullets (Eurocities, the Covenant of Mayors).  Rows below are every one it names.
-- status: 'member' = Ghent takes part / has signed; 'candidate' = the note announces
-- that Ghent will join/sign.  No row has 'left'.  next_review: the note gives no date.
-- Loaded inside one transaction by the loader.

-- ---------------------------------------------------------------------------
-- Networks.  1 Eurocities, 2 Global Parliament of Mayors, 3 the other network in the
-- annex list, then the rest in the order the note names them.
-- ---------------------------------------------------------------------------

-- l.1124-1168 (4.2 Eurocities); scope l.1143-1144; since l.1144; l.1820-1823 (Bijlage 2);
-- notes l.1167, l.1060-1061, l.1162-1163, l.1047
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (1, 'Eurocities', 'Het Eurocities steden-netwerk focust op kennisdeling, dossierbehartiging en projectwerking rond het Europees beleid.', 1998, NULL, NULL, 'Eén van de twee ‘stadsbrede’ stedennetwerken waar Gent een actieve rol in opneemt. "Gent is naast Wenen en Nantes de meest actieve stad in Eurocities." "In het licht van onze ambitie om Europese culturele hoofdstad te worden in 2030, benutten we onze rol in het Eurocities Cultuur Forum maximaal." "Via Eurocities is Gent actief betrokken bij het sturen van het nieuwe Horizon Europe Mission rond Smart&Climate Neutral Cities." Het netwerk telt 140 steden ("in naam van de 140 steden van het Eurocities netwerk").', 'member');

-- l.1171-1194 (4.2 Global Parliament of Mayors (GPM)); scope l.1181; notes l.1190-1194;
-- GPM started 2016 (l.1177-1179), the year Ghent joined is not stated -> since NULL
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (2, 'Global Parliament of Mayors (GPM)', 'Het netwerk richt zich op de mondiale uitdagingen zoals klimaat, migratie en stedelijke veiligheid.', NULL, NULL, NULL, 'Eén van de twee ‘stadsbrede’ stedennetwerken waar Gent een actieve rol in opneemt. "De komende jaren zullen we dan ook actief deelnemen aan het virtuele GPM Platform en de jaarlijkse GPM Mayors Summit [...] Daarenboven trachten we eveneens de internationale agendasetting binnen en via het bestuur van het GPM mee vorm te geven."', 'member');

-- l.1825-1826 (Bijlage 2, formal networks list); also l.622 and l.906 (initiative 11)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (3, 'Covenant of Mayors', 'EU burgemeesterconvenant over klimaat', NULL, NULL, NULL, '"Gent was een van de eerste Belgische steden die de EU burgemeesterconvenant over klimaat ondertekende." (jaar niet vermeld). Schrijfwijzen in de nota: "Covenant of Mayors" (l.622), "Convenant of Mayors" (initiatief 11, l.906), "EU burgemeesterconvenant over klimaat" (Bijlage 2, l.1825).', 'member');

-- l.1108, l.1114-1116 (4.2: example of the thematic networks Ghent is member of)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (4, 'ICLEI – Local Governments for Sustainability', 'het toonaangevende globale netwerk van meer dan 1.500 steden, dorpen en regio’s dat vastberaden is een duurzame toekomst uit te bouwen', NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2). Gent ondertekende de "SDG Bilbao verklaring (ICLEI) – 2018" (zie netwerk 15).', 'member');

-- l.1117-1119 (4.2)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (5, 'EUniverCities', 'een Europees netwerk voor middelgrote steden en hun universiteiten dat kennis deelt en samen projecten uitrolt rond de samenwerking tussen een stad en haar HOI’en', NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2).', 'member');

-- l.1119 (4.2)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (6, 'UNESCO Creative Cities Network for Music', NULL, NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2).', 'member');

-- l.1119-1120 (4.2)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (7, 'LUCI', 'een internationale stedelijke gemeenschap omtrent licht', NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2).', 'member');

-- l.1120 (4.2)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (8, 'European Network Childfriendly Cities', NULL, NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2).', 'member');

-- l.622-624 (2.5, Europese Green Deal)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (9, 'Climate Alliance', NULL, NULL, NULL, NULL, '"We zetten onder andere het Eurocities netwerk, Covenant of Mayors, Climate Alliance en andere relevante netwerken hiervoor in" (klimaatneutraal Gent, Green Deal).', 'member');

-- l.665-667 (2.5, digitaal Europa); l.1963 (Bijlage 4, Afkortingen)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (10, 'Organisation of Agile and Smart Cities', NULL, NULL, NULL, NULL, '"Gent houdt hier de vinger aan de pols via onder meer de “Organisation of Agile and Smart Cities” en via het Eurocities netwerk" (digitalisering). Bijlage 4 (Afkortingen) vermeldt "OASC Open & Agile Smart Cities"; de afkorting komt in de tekst zelf niet voor.', 'member');

-- l.906-907 (initiative 11)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (11, 'Smart Cities & Communications European Innovation Partnership', NULL, NULL, NULL, NULL, 'Initiatief 11: "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."', 'member');

-- l.906-907 (initiative 11)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (12, 'European Mobility Week', NULL, NULL, NULL, NULL, 'Campagne. Initiatief 11: "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."', 'member');

-- l.1859 (Bijlage 2, under EU-projecten); l.778-786 (2.5, De Urban agenda van de EU)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (13, 'EU partnerschap ‘jobs and skills‘', NULL, 2018, NULL, NULL, 'Partnerschap van de Urban agenda van de EU. Bijlage 2 (onder EU-projecten): "Partner in het EU partnerschap ‘jobs and skills‘ (2018-2020)". 2.5: "Gent heeft expertise uitgewisseld in het partnerschap ‘jobs en vaardigheden’. De EU bekijkt momenteel hoe het in de nieuwe bestuursperiode met deze partnerschappen wil verder werken."', 'member');

-- l.1829-1834 (Bijlage 2, Campagnes, events en burgerpanels)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (14, 'Cities4Europe,Europe4citizens campagne', NULL, NULL, NULL, NULL, 'Campagne. Bijlage 2: "“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019". Het jaar waarin Gent instapte staat er niet.', 'member');

-- l.1897-1898 (Bijlage 2, Internationale statements mee ondertekend door Gent)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (15, 'SDG Bilbao verklaring', NULL, 2018, NULL, NULL, 'Internationaal statement mee ondertekend door Gent: "SDG Bilbao verklaring (ICLEI) – 2018".', 'member');

-- l.1897, l.1899 (Bijlage 2, Internationale statements mee ondertekend door Gent)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (16, 'The Shift', 'initiatief van de VN dat huisvesting als een mensenrecht erkend', 2018, NULL, NULL, 'Internationaal statement mee ondertekend door Gent (2018).', 'member');

-- l.1897, l.1900 (Bijlage 2, Internationale statements mee ondertekend door Gent)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (17, 'Pledge housing', NULL, 2019, NULL, NULL, 'Internationaal statement mee ondertekend door Gent: "Pledge housing van Eurocities (2019)".', 'member');

-- l.1897, l.1901 (Bijlage 2, Internationale statements mee ondertekend door Gent)
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (18, 'Basel Appeal on Disarmament and Sustainable Security', NULL, 2019, NULL, NULL, 'Internationaal statement mee ondertekend door Gent (2019).', 'member');

-- l.795-806 (2.5, De Urban agenda van de EU); scope l.799-800.  Not yet signed when the
-- note was written: Ghent "zal ... mee onderschrijven" in November 2020 -> 'candidate'.
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (19, 'Leipzig Charter', 'Hierin werden voor het eerst binnen de EU de strategieën uiteengezet voor de duurzame ontwikkeling van stedelijke gebieden.', NULL, NULL, NULL, 'Charter. "Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020." Of dat gebeurd is, staat niet in de nota (november 2020).', 'candidate');

-- ---------------------------------------------------------------------------
-- Ghent's roles.  All are in Eurocities; the note states no role in any other network
-- (GPM: only the aim to help shape the agenda "binnen en via het bestuur", l.1192-1194).
-- ---------------------------------------------------------------------------

-- l.1144-1146; l.1820
INSERT INTO network_role (network_id, role_nl, role_en, body, from_year, to_year, note) VALUES (1, 'voorzitter', 'chair', NULL, 2017, 2018, 'voormalig burgemeester Daniël Termont ("het voorzitterschap van voormalig burgemeester Daniël Termont in de periode 2017-2018")');

-- l.1820-1822: "Gent was in 2017-2018 voorzitter van het Europees stedennetwerk Eurocities;
-- incluis het cultuur forum."
INSERT INTO network_role (network_id, role_nl, role_en, body, from_year, to_year, note) VALUES (1, 'voorzitter', 'chair', 'Cultuur Forum', 2017, 2018, 'Bijlage 2: "Gent was in 2017-2018 voorzitter van het Europees stedennetwerk Eurocities; incluis het cultuur forum." In 4.2 (l.1162-1163) nog: "onze rol in het Eurocities Cultuur Forum", zonder nadere omschrijving.');

-- l.1148-1151.  from_year 2019 is derived, not printed: a three-year mandate ending in
-- 2021, counted like the note's own "2017-2018" and "2019-2020" periods.
INSERT INTO network_role (network_id, role_nl, role_en, body, from_year, to_year, note) VALUES (1, 'lid', 'member', 'Uitvoerend Comité', NULL, 2021, 'burgemeester Mathias De Clercq, "die in het Uitvoerende Comité samen met 11 andere Europese verkozen collega''s de politieke lijnen uitzet voor het netwerk. In 2021 komt een einde aan ons driejarig mandaat in het Uitvoerend Comité. We stellen ons formeel kandidaat om herverkozen te worden." Een driejarig mandaat dat in 2021 eindigt; het beginjaar staat niet in de nota.');

-- l.1153-1155
INSERT INTO network_role (network_id, role_nl, role_en, body, from_year, to_year, note) VALUES (1, 'ondervoorzitter', 'vice-chair', 'Milieu Forum', NULL, NULL, 'Environment Forum. "Daarnaast is Gent ondervoorzitter van het Milieu Forum. Het is onze ambitie dat Gent vanaf 2020 het voorzitterschap van dit forum voor 2 jaar opneemt." Periode van het ondervoorzitterschap niet vermeld.');

-- l.1822-1823 (from 2019); l.1157-1160 (ends end 2020); l.665-667
INSERT INTO network_role (network_id, role_nl, role_en, body, from_year, to_year, note) VALUES (1, 'voorzitter', 'chair', 'Digitaal Forum', 2019, 2020, 'Digital Forum. Bijlage 2: "In 2019-2020 is Gent binnen dit netwerk voorzitter van het forum dat zich buigt over de digitalisering in de steden." 4.2: "Hoewel eind 2020 het voorzitterschap van Gent van het Digitaal Forum statutair eindigt, blijven we een actieve rol opnemen". Ook l.666: "als voorzitter van het forum ‘digitalisering’".');

-- ---------------------------------------------------------------------------
-- Meta: the stated size of the portfolio.
-- ---------------------------------------------------------------------------

-- l.1108-1109
INSERT INTO meta (key, value) VALUES ('networks_stated_total', '42');
-- l.1108-1109
INSERT INTO meta (key, value) VALUES ('networks_stated_text', 'De Stad Gent is lid van ca 42 verschillende internationale en Europese netwerken en dit aantal neemt sinds 1993 gestaag toe.');
-- l.1819
INSERT INTO meta (key, value) VALUES ('networks_stated_text_annex', 'Formele internationale en Europese netwerken waar Gent lid van is (42 in totaal)');

-- ---------------------------------------------------------------------------
-- History: dated facts from the note (action 'event'; 'at' as precise as the note).
-- ---------------------------------------------------------------------------

-- l.1144
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '1998', 'seed', 'event', 'De Stad Gent is sinds 1998 lid van dit netwerk.', '004_e76f4eabbe693aca.txt');
-- l.1144-1146; l.1820
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '2017', 'seed', 'event', 'Voorzitterschap van voormalig burgemeester Daniël Termont in de periode 2017-2018 ("Gent was in 2017-2018 voorzitter van het Europees stedennetwerk Eurocities; incluis het cultuur forum.").', '004_e76f4eabbe693aca.txt');
-- l.1822-1823
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '2019', 'seed', 'event', 'In 2019-2020 is Gent binnen dit netwerk voorzitter van het forum dat zich buigt over de digitalisering in de steden.', '004_e76f4eabbe693aca.txt');
-- l.1043-1048
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '2019', 'seed', 'event', 'Pleidooi voor een sterk cohesiebudget: "We hebben hiervoor, in naam van de 140 steden van het Eurocities netwerk, al gepleit in 2019 in de nieuwe commissie Regionaal Beleid van het Europees Parlement."', '004_e76f4eabbe693aca.txt');
-- l.1157
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '2020', 'seed', 'event', 'Hoewel eind 2020 het voorzitterschap van Gent van het Digitaal Forum statutair eindigt, blijven we een actieve rol opnemen.', '004_e76f4eabbe693aca.txt');
-- l.1150-1151
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 1, '2021', 'seed', 'event', 'In 2021 komt een einde aan ons driejarig mandaat in het Uitvoerend Comité. We stellen ons formeel kandidaat om herverkozen te worden.', '004_e76f4eabbe693aca.txt');
-- l.1176-1179
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 2, '2016', 'seed', 'event', 'Na enkele voorbereidende bijeenkomsten, waaraan o.a. de Stad Gent deelnam, ging het Global Parliament of Mayors (GPM) in 2016 van start.', '004_e76f4eabbe693aca.txt');
-- l.1859
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 13, '2018', 'seed', 'event', 'Partner in het EU partnerschap ‘jobs and skills‘ (2018-2020).', '004_e76f4eabbe693aca.txt');
-- l.1832-1834
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 14, '2018', 'seed', 'event', '“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019.', '004_e76f4eabbe693aca.txt');
-- l.1897-1898
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 15, '2018', 'seed', 'event', 'Mee ondertekend door Gent: SDG Bilbao verklaring (ICLEI) – 2018.', '004_e76f4eabbe693aca.txt');
-- l.1897, l.1899
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 16, '2018', 'seed', 'event', 'Mee ondertekend door Gent: The Shift, initiatief van de VN dat huisvesting als een mensenrecht erkend (2018).', '004_e76f4eabbe693aca.txt');
-- l.1897, l.1900
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 17, '2019', 'seed', 'event', 'Mee ondertekend door Gent: Pledge housing van Eurocities (2019).', '004_e76f4eabbe693aca.txt');
-- l.1897, l.1901
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 18, '2019', 'seed', 'event', 'Mee ondertekend door Gent: Basel Appeal on Disarmament and Sustainable Security (2019).', '004_e76f4eabbe693aca.txt');
-- l.804-806
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('network', 19, '2020-11', 'seed', 'event', 'Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020.', '004_e76f4eabbe693aca.txt');

-- ---------------------------------------------------------------------------
-- Links: initiatives whose own text names a network.  Initiatives 17, 22, 24, 36 and 38
-- speak of networks in general and name none, so they get no link.
-- ---------------------------------------------------------------------------

-- initiative 11, l.906-907
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'network', 3, 'Initiatief 11 noemt "Convenant of Mayors".');
-- initiative 11, l.906-907
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'network', 11, 'Initiatief 11 noemt "Smart Cities & Communications European Innovation Partnership".');
-- initiative 11, l.907
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'network', 12, 'Initiatief 11 noemt "de European Mobility Week".');
-- initiative 25, l.1412-1414
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 25, 'network', 1, 'Initiatief 25 noemt "het stedennetwerk Eurocities".');
-- initiative 26, l.1416-1417
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 26, 'network', 2, 'Initiatief 26 noemt "het Global Parliament of Mayors netwerk".');
-- irdesk seed: chapters, initiatives 1-40 and the 4 international top priorities
-- of the policy note on international cooperation and positioning, City of Ghent,
-- November 2020 (source: shared/seeds/004_e76f4eabbe693aca.txt; "l." = line there).
-- text_nl, title_nl and name_nl are the document's wording; PDF hard line breaks are
-- rejoined with single spaces, runs of spaces collapsed, section numbers dropped.
-- title_en / name_en are our translations.  Loaded inside one transaction by the loader.

-- Chapters (title without its number; the number is its own column).
-- l.49
INSERT INTO chapter (number, title_nl, title_en) VALUES (1, 'Visie en prioriteiten', 'Vision and priorities');
-- l.277-278
INSERT INTO chapter (number, title_nl, title_en) VALUES (2, 'Gedeelde internationale beleidsagenda: onze partners', 'Shared international policy agenda: our partners');
-- l.914
INSERT INTO chapter (number, title_nl, title_en) VALUES (3, 'Europese subsidies 2021-2027', 'European subsidies 2021-2027');
-- l.1080
INSERT INTO chapter (number, title_nl, title_en) VALUES (4, 'Stadsdiplomatie', 'City diplomacy');
-- l.1418
INSERT INTO chapter (number, title_nl, title_en) VALUES (5, 'Gent internationaal in de kijker zetten', 'Putting Ghent in the international spotlight');
-- l.1622
INSERT INTO chapter (number, title_nl, title_en) VALUES (6, 'Een internationale stadsorganisatie', 'An international city organisation');

-- The 4 international top priorities, section 1.2 (l.133-188); name_nl = the heading as printed.
-- l.150
INSERT INTO priority (id, code, name_nl, name_en) VALUES (1, 'youth2024', 'Gent Jongeren hoofdstad 2024', 'Ghent Youth Capital 2024');
-- l.157
INSERT INTO priority (id, code, name_nl, name_en) VALUES (2, 'culture2030', 'Gent Cultuur hoofdstad 2030', 'Ghent Culture Capital 2030');
-- l.163
INSERT INTO priority (id, code, name_nl, name_en) VALUES (3, 'technology', 'Gent laten uitgroeien tot een technologiehoofdstad van Europa', 'Growing Ghent into a technology capital of Europe');
-- l.178
INSERT INTO priority (id, code, name_nl, name_en) VALUES (4, 'climate2050', 'Gent, klimaatneutraal tegen 2050', 'Ghent, climate-neutral by 2050');

-- Initiatives.  status 'planned' throughout: the note is a plan and reports no progress.
-- owner only where the text itself names who carries it.

-- Chapter 1, section 1.4 Initiatieven
-- initiative 1: l.268-270
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (1, 1, 1, 'We verdiepen en verbreden de externe internationalisering van Gent en Groep Gent binnen de duurzame ontwikkelingsdoelen en met de mensenrechten als leidraad.', 'Deepen and broaden internationalisation: SDGs, human rights as guide', NULL, NULL, 'planned');
-- initiative 2: l.272-276
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (2, 2, 1, 'We geven voorrang aan de realisatie van onze 4 internationale topprioriteiten (Jongeren hoofdstad 2024, Culturele hoofdstad 2030, een Technologiehoofdstad in Europa en klimaatneutraal Gent 2050), zonder evenwel de andere stedelijke prioriteiten met een internationale link uit het oog te verliezen (bv. mobiliteit, migratie, wonen, werk, onderwijs).', 'Give precedence to the 4 international top priorities', NULL, NULL, 'planned');

-- Chapter 2, section 2.8 Initiatieven
-- initiative 3: l.875-878
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (3, 3, 2, 'We stellen ons op als een coöperatieve partner en spelen actief in op de beleidsagenda’s en middelen van de regio, de Vlaamse, de Belgische, de Europese en de internationale overheden.', 'Act as a cooperative partner to the other levels of government', NULL, NULL, 'planned');
-- initiative 4: l.880-882
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (4, 4, 2, 'Binnen een grensoverschrijdende dynamiek investeren we in de ontwikkeling van het North Sea Port District, en als aandeelhouder ondersteunen wij de internationale positionering en reputatie.', 'Invest in the cross-border North Sea Port District', NULL, NULL, 'planned');
-- initiative 5: l.884-886
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (5, 5, 2, 'We ontwikkelen een structureler beleid en samenwerking rond internationaal talent met het oog op het aantrekken en behouden van internationaal talent in de economische, culturele, zorg- en onderwijssector.', 'More structural policy to attract and retain international talent', NULL, NULL, 'planned');
-- initiative 6: l.888-890
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (6, 6, 2, 'We werken actief mee aan het EFRO-project soft landing, we onderzoeken de haalbaarheid van een single point of contact voor ‘internationals’ en van een afdeling secundaire onderwijs voor de internationale school in Gent.', 'EFRO soft landing; feasibility of contact point and secondary school', NULL, NULL, 'planned');
-- initiative 7: l.892-893
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (7, 7, 2, 'Binnen de Groep Gent richten we een Gentse Brexit taskforce op om te anticiperen op de gevolgen en opportuniteiten van de Brexit.', 'Set up a Ghent Brexit taskforce within Groep Gent', NULL, NULL, 'planned');
-- initiative 8: l.895-897
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (8, 8, 2, 'We verstevigen ons partnerschap met de EU en bepleiten onze agendapunten zo vroeg mogelijk in de Europese beleidscyclus rekening houdend met de 6 prioritaire beleidsthema’s van de nieuwe Europese Commissie.', 'Strengthen the EU partnership and advocate early in the policy cycle', NULL, NULL, 'planned');
-- initiative 9: l.899-901
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (9, 9, 2, 'We stellen ons kandidaat om de conferentie over de toekomst van Europa mee inhoudelijk vorm te geven en om als gaststad op te treden van ministeriële conferenties in het kader van het Europese voorzitterschap van de Raad van Ministers.', 'Help shape the Conference on the Future of Europe; host ministerials', NULL, NULL, 'planned');
-- initiative 10: l.903-904
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (10, 10, 2, 'We zetten actief mee onze schouders onder de duurzame ontwikkelingsdoelen en publiceren jaarlijks een SDG duurzaamheidsrapport over de realisaties.', 'Support the SDGs and publish an annual SDG sustainability report', NULL, NULL, 'planned');
-- initiative 11: l.906-907
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (11, 11, 2, 'We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week.', 'Join EU initiatives (Covenant of Mayors, Smart Cities, Mobility Week)', NULL, NULL, 'planned');
-- initiative 12: l.909-910
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (12, 12, 2, 'We ondersteunen de hoger onderwijsinstellingen actief in Gent in hun internationalisering en dit vanuit een samenhangende en gedeelde agenda op stadsniveau.', 'Support the internationalisation of higher education institutions', NULL, NULL, 'planned');
-- initiative 13: l.911-913
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (13, 13, 2, 'In functie van de internationale topprioriteiten en de andere prioriteiten worden samenwerkingen met de relevante spelers uit onder meer de cultuursector, de jeugdsector en het economisch weefsel opgezet of bestaande ingezet.', 'Cooperate with culture, youth and economic actors for the priorities', NULL, NULL, 'planned');

-- Chapter 3, section 3.4 Initiatieven
-- initiative 14: l.1075-1079
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (14, 14, 3, 'Conform de 4 topprioriteiten en binnen de krijtlijnen van de strategische en financiële meerjarenplanning zal de Stad Gent samen met de Gentse stakeholders maximaal beroep op Europese subsidies en financiering. Zo slagen we erin vernieuwende Gentse projecten en initiatieven te realiseren die het beste aansluiten bij de Gentse ambities.', 'Make maximum use of European subsidies and funding', NULL, NULL, 'planned');

-- Chapter 4, section 4.9 Initiatieven
-- initiative 15: l.1377-1381
-- owner from the text, l.1377-1379: "de beleidsnota Internationale Solidariteit van schepen Tine Heyse, bevoegd voor de Noord-Zuid samenwerking"
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (15, 15, 4, 'Zoals opgenomen in de beleidsnota Internationale Solidariteit van schepen Tine Heyse, bevoegd voor de Noord-Zuid samenwerking, wordt er een mensenrechtenkader ontwikkeld en een mensenrechtencommissie opgericht die sturend zullen zijn voor al onze internationale contacten en relaties.', 'Human rights framework and human rights commission', 'schepen Tine Heyse', NULL, 'planned');
-- initiative 16: l.1383
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (16, 16, 4, 'We zetten onze stadsdiplomatie nog meer dan vroeger gericht en proactief in.', 'Deploy city diplomacy in a more targeted and proactive way', NULL, NULL, 'planned');
-- initiative 17: l.1385
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (17, 17, 4, 'We maken gebruik van wereldwijde of Europese netwerken van Gentse stakeholders.', 'Use global or European networks of Ghent stakeholders', NULL, NULL, 'planned');
-- initiative 18: l.1387-1389
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (18, 18, 4, 'We treden op als gaststad voor de diplomatieke dagen van de FOD Buitenlandse Zaken en zijn kandidaat om als gaststad te fungeren voor de buitenlandse diplomatieke terugkomdagen van de Vlaamse regering.', 'Host FPS Foreign Affairs diplomatic days and Flemish return days', NULL, NULL, 'planned');
-- initiative 19: l.1391-1393
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (19, 19, 4, 'We optimaliseren de organisatie van ontvangsten en studiebezoeken en onderzoeken alternatieve organisatiestructuren en organisatievormen via een stadsbrede werkgroep studiebezoeken.', 'Optimise receptions and study visits via a citywide working group', NULL, NULL, 'planned');
-- initiative 20: l.1395-1397
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (20, 20, 4, 'We nemen deel aan en organiseren zelf buitenlandse missies die rechtstreeks bijdragen tot de economische, wetenschappelijke en culturele ambities van Gent en haar stakeholders (bv. internationale bedrijven, North Sea Port, kennisinstellingen)', 'Join and organise foreign missions serving Ghent''s ambitions', NULL, NULL, 'planned');
-- initiative 21: l.1399-1400
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (21, 21, 4, 'We versterken de diplomatieke samenwerking met Nederland in functie van een optimale grensoverschrijdende samenwerking.', 'Strengthen diplomatic cooperation with the Netherlands', NULL, NULL, 'planned');
-- initiative 22: l.1402-1404
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (22, 22, 4, 'We heroriënteren onze bilaterale samenwerkingen met partner- en zustersteden waarbij maximaal ingezet wordt op internationale netwerken en projectwerking met één of meerdere steden.', 'Reorient bilateral partnerships towards networks and projects', NULL, NULL, 'planned');
-- initiative 23: l.1406
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (23, 23, 4, 'We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa.', 'Renew the cooperation agreement with sister city Kanazawa', NULL, NULL, 'planned');
-- initiative 24: l.1408-1410
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (24, 24, 4, 'We zijn actief in verschillende internationale en Europese netwerken, evalueren continu onze aanwezigheid en dit in functie van onze internationale topprioriteiten en lokale belangrijke prioriteiten.', 'Be active in networks and continuously evaluate our presence', NULL, NULL, 'planned');
-- initiative 25: l.1412-1414
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (25, 25, 4, 'We willen Gent prominenter op de kaart zetten in Europa en maximaliseren onze rol binnen het stedennetwerk Eurocities dat vanuit haar netwerk lokale noden aanpakt door mee het Europees beleid voor te bereiden, uit te voeren en te evalueren.', 'Maximise Ghent''s role in the Eurocities network', NULL, NULL, 'planned');
-- initiative 26: l.1416-1417
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (26, 26, 4, 'We nemen een actievere rol op in het Global Parliament of Mayors netwerk dat zich richt op mondiale uitdagingen.', 'Take a more active role in the Global Parliament of Mayors', NULL, NULL, 'planned');

-- Chapter 5, section 5.8 Initiatieven
-- initiative 27: l.1602
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (27, 27, 5, 'We versterken het merkbeleid om Gent internationaal te positioneren.', 'Strengthen city branding to position Ghent internationally', NULL, NULL, 'planned');
-- initiative 28: l.1604
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (28, 28, 5, 'Een herijkt stadsmarketingfonds versterkt internationale stadsbrede ambities.', 'A recalibrated city marketing fund for international ambitions', NULL, NULL, 'planned');
-- initiative 29: l.1606
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (29, 29, 5, 'We maken een nieuw strategisch kader op voor het meedingen met internationale awards.', 'New strategic framework for competing for international awards', NULL, NULL, 'planned');
-- initiative 30: l.1608-1611
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (30, 30, 5, 'Via een participatietraject verhogen we de betrokkenheid van de burgers en andere stakeholders bij het internationaal beleid. Te gepasten tijde consulteren we de relevante stedelijke adviesraden. We streven naar minimaal 1 jaarlijkse publieksactiviteit en organiseren een grote Internationale Trefdag in 2023.', 'Participation, yearly public activity, International Trefdag in 2023', NULL, NULL, 'planned');
-- initiative 31: l.1614-1615
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (31, 31, 5, 'Het binnenhalen van internationale congressen wordt nog beter in lijn gebracht met de strategische topprioriteiten, zowel internationaal als lokaal.', 'Align attracting international congresses with the top priorities', NULL, NULL, 'planned');
-- initiative 32: l.1617-1618
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (32, 32, 5, 'Binnen de communicatiestrategie wordt er verder ingezet op een gepaste crossmediale aanpak om Gent internationaal te positioneren.', 'Cross-media communication approach to position Ghent internationally', NULL, NULL, 'planned');
-- initiative 33: l.1620-1621
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (33, 33, 5, 'We houden een kalender bij over de internationale initiatieven, met name over de inkomende en uitgaande bestuurlijke meetings en bezoeken.', 'Keep a calendar of incoming and outgoing meetings and visits', NULL, NULL, 'planned');

-- Chapter 6, section 6.4 Initiatieven
-- initiative 34: l.1734-1736
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (34, 34, 6, 'We ontwikkelen een personeelsbeleid dat ‘internationaal’ werken door de medewerkers stimuleert.', 'HR policy that encourages staff to work internationally', NULL, NULL, 'planned');
-- initiative 35: l.1738-1739
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (35, 35, 6, 'We verhogen de kwaliteit van de interne internationale stadswerking en zetten die nog meer strategisch in als kennisnetwerk en overlegplatform.', 'Improve internal international city network; use it more strategically', NULL, NULL, 'planned');
-- initiative 36: l.1741-1742
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (36, 36, 6, 'We stellen onze organisatie open voor buitenlandse medewerkers en internationale netwerken die bij de stad ervaring willen opdoen.', 'Open the organisation to foreign staff and international networks', NULL, NULL, 'planned');
-- initiative 37: l.1744-1746
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (37, 37, 6, 'Binnen de communicatiestrategie wordt verder ingezet op een gepaste crossmediale aanpak waarbij interne communicatietools zoals MIA en talrijke ontmoetingen en leermomenten medewerkers inspireren en informeren om internationaal te werken.', 'Internal communication (MIA, meetings) to inspire international work', NULL, NULL, 'planned');
-- initiative 38: l.1748-1750
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (38, 38, 6, 'We organiseren voor de tweede maal een kwaliteitsmeting over de deelname aan internationale netwerken en werken gepaste verbetervoorstellen in samenspraak met de diensten uit.', 'Second quality survey of participation in international networks', NULL, NULL, 'planned');
-- initiative 39: l.1752-1754
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (39, 39, 6, 'Een zelfde oefening vindt plaats over de verwachtingen en de aangeleverde kwaliteit van de verschillende opgenomen rollen van de diensten internationale samenwerking en relaties en strategische subsidies.', 'Same exercise for the international relations and subsidies services', NULL, NULL, 'planned');
-- initiative 40: l.1756-1758
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (40, 40, 6, 'We scheppen een organisatiebreed kader met aanbevelingen rond een duurzamer reisbeleid bij meerdaagse buitenlandse dienstreizen voor het personeel en de bestuurders van Stad Gent en OCMW Gent', 'Organisation-wide framework for more sustainable business travel', NULL, NULL, 'planned');

-- Initiative <-> priority, only where the initiative's own text or the chapter paragraph that
-- introduces it names the priority (or "de 4 topprioriteiten", which maps to all four).

-- initiative 2: own text, l.272-274: "onze 4 internationale topprioriteiten (Jongeren hoofdstad 2024,
--   Culturele hoofdstad 2030, een Technologiehoofdstad in Europa en klimaatneutraal Gent 2050)"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (2, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (2, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (2, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (2, 4);  -- climate2050

-- initiative 5: chapter 2.2, l.308-310 (paragraph the initiative restates, l.304-306): "Wanneer Gent onder meer
--   een technologiehoofdstad, een EU-cultuurhoofdstad en jongerenhoofdstad wil worden dan is de
--   aanwezigheid van en het vlot aantrekken en behouden van internationaal talent een absolute randvoorwaarde."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (5, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (5, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (5, 3);  -- technology

-- initiative 8: chapter 2.5, l.550-552: "Voor de realisatie van de 4 eerder vermelde topprioriteiten en de andere
--   stedelijke doelstellingen is Europa een belangrijke medespeler. [...] we een kans zien onze prioriteiten
--   en deze van de Europese Commissie aan mekaar te linken."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (8, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (8, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (8, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (8, 4);  -- climate2050

-- initiative 11: chapter 2.5, l.609-623, under "Europese Green Deal = “Gent, klimaatneutrale stad”": "met haar Green Deal
--   wil ze tegen 2050 een klimaatneutraal Europa zijn" ... "We zetten onder andere het Eurocities netwerk,
--   Covenant of Mayors, Climate Alliance en andere relevante netwerken hiervoor in" (climate only)
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (11, 4);  -- climate2050

-- initiative 13: own text, l.911: "In functie van de internationale topprioriteiten" (the 4 of section 1.2);
--   also chapter 2.7, l.843: "Voor de realisatie van de internationale topprioriteiten en de andere prioriteiten"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (13, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (13, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (13, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (13, 4);  -- climate2050

-- initiative 14: own text, l.1075: "Conform de 4 topprioriteiten"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (14, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (14, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (14, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (14, 4);  -- climate2050

-- initiative 20: chapter 4.4, l.1255-1256: "Daarnaast zetten we mogelijks ook eigen, individuele missies op. Deze vinden
--   plaats in functie van onze topprioriteiten"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (20, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (20, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (20, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (20, 4);  -- climate2050

-- initiative 24: own text, l.1409: "in functie van onze internationale topprioriteiten"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (24, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (24, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (24, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (24, 4);  -- climate2050

-- initiative 25: chapter 4.2 (Eurocities), l.1154-1155: "Dit kan onze klimaatambities versterken en we dragen op die
--   manier actief bij aan de Green deal van Europa." and l.1162-1163: "In het licht van onze ambitie om
--   Europese culturele hoofdstad te worden in 2030, benutten we onze rol in het Eurocities Cultuur Forum maximaal."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (25, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (25, 4);  -- climate2050

-- initiative 28: chapter 5.3, l.1470-1473: "het fonds een cruciale tool om ook derden te laten meewerken aan
--   topprioriteiten zoals de wens om jongerenhoofdstad in 2024, Europese culturele hoofdstad in 2030,
--   technologiehoofdstad en tegen 2050 een klimaatneutrale stad (Green Deal) te worden."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (28, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (28, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (28, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (28, 4);  -- climate2050

-- initiative 29: chapter 5.4, l.1516-1517: "We ontwikkelen een nieuw strategisch kader waarmee we als bestuur nog
--   doelgerichter – cfr 4 topprioriteiten - aanvraagdossiers kunnen indienen."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (29, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (29, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (29, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (29, 4);  -- climate2050

-- initiative 30: chapter 5.5, l.1526-1527: "(bv. in functie van het binnenhalen van de titels Europese Culturele en
--   Jongeren hoofdstad)" and l.1548-1556: "Concreet streven we naar minimaal één publieksactiviteit per jaar.
--   [...] vergeten bij dit alles niet de burg te slaan naar onze internationale topprioriteiten"
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (30, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (30, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (30, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (30, 4);  -- climate2050

-- initiative 31: own text, l.1615: "de strategische topprioriteiten"; chapter 5.6, l.1571-1572: "door de korf van
--   congressen in lijn te brengen met onze 4 strategische topprioriteiten, internationaal en lokaal."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (31, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (31, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (31, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (31, 4);  -- climate2050

-- initiative 32: chapter 5.7, l.1580-1584: "wordt een communicatiestrategie opgemaakt en uitgevoerd. [...] de website
--   van de Stad Gent op te laden met meer internationaal relevante, interessante content, en rekening
--   houdend met de 4 topprioriteiten."
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (32, 1);  -- youth2024
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (32, 2);  -- culture2030
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (32, 3);  -- technology
INSERT INTO initiative_priority (initiative_id, priority_id) VALUES (32, 4);  -- climate2050
