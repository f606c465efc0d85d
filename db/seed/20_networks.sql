-- irdesk seed: the international networks and platforms
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
-- status: 'member' = a document reports that Ghent takes part; 'candidate' = only a
-- plan of the note (an initiative) says it will.  No row has 'left'.  until: the last
-- year of a stated period (the report then no longer counts it as current).  next_review: the note
-- gives no date.  The statements, pledges and campaigns the note lists apart
-- (Bijlage 2, initiative 11, the Leipzig Charter) are not memberships: they are
-- in 25_statements.sql (ids 12 and 14-19 were theirs before schema 9).
-- source: the document and section of each row (UPDATEs at the end).
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
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (4, 'ICLEI – Local Governments for Sustainability', 'het toonaangevende globale netwerk van meer dan 1.500 steden, dorpen en regio’s dat vastberaden is een duurzame toekomst uit te bouwen', NULL, NULL, NULL, 'Genoemd als voorbeeld van de thematische netwerken (4.2). Gent ondertekende de "SDG Bilbao verklaring (ICLEI) – 2018" (zie verklaring 3).', 'member');

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

-- l.906-907 (initiative 11); initiative 11 is a plan ("We nemen deel"), no document reports it
-- done -> 'candidate'
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (11, 'Smart Cities & Communications European Innovation Partnership', NULL, NULL, NULL, NULL, 'Initiatief 11: "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."', 'candidate');


-- l.1859 (Bijlage 2, under EU-projecten); l.778-786 (2.5, De Urban agenda van de EU); the period is stated: 2018-2020
INSERT INTO network (id, name, scope, since, until, next_review, notes, status) VALUES (13, 'EU partnerschap ‘jobs and skills‘', NULL, 2018, 2020, NULL, 'Partnerschap van de Urban agenda van de EU. Bijlage 2 (onder EU-projecten): "Partner in het EU partnerschap ‘jobs and skills‘ (2018-2020)". 2.5: "Gent heeft expertise uitgewisseld in het partnerschap ‘jobs en vaardigheden’. De EU bekijkt momenteel hoe het in de nieuwe bestuursperiode met deze partnerschappen wil verder werken."', 'member');







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

-- ---------------------------------------------------------------------------
-- Links: initiatives whose own text names a network.  Initiatives 17, 22, 24, 36 and 38
-- speak of networks in general and name none, so they get no link.
-- ---------------------------------------------------------------------------

-- initiative 11, l.906-907
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'network', 3, 'Initiatief 11 noemt "Convenant of Mayors".');
-- initiative 11, l.906-907
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'network', 11, 'Initiatief 11 noemt "Smart Cities & Communications European Innovation Partnership".');
-- initiative 25, l.1412-1414
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 25, 'network', 1, 'Initiatief 25 noemt "het stedennetwerk Eurocities".');
-- initiative 26, l.1416-1417
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 26, 'network', 2, 'Initiatief 26 noemt "het Global Parliament of Mayors netwerk".');

-- ---------------------------------------------------------------------------
-- Sources: the document and section each network is named in.
-- ---------------------------------------------------------------------------
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (Eurocities) en Bijlage 2' WHERE id = 1;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (Global Parliament of Mayors)' WHERE id = 2;
UPDATE network SET source = 'Beleidsnota 2020, §2.5, initiatief 11 en Bijlage 2' WHERE id = 3;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 4;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 5;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 6;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 7;
UPDATE network SET source = 'Beleidsnota 2020, §4.2 (thematische netwerken)' WHERE id = 8;
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (Europese Green Deal)' WHERE id = 9;
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (digitaal Europa) en Bijlage 4' WHERE id = 10;
UPDATE network SET source = 'Beleidsnota 2020, initiatief 11' WHERE id = 11;
UPDATE network SET source = 'Beleidsnota 2020, §2.5 (Urban agenda van de EU) en Bijlage 2 (EU-projecten)' WHERE id = 13;
