-- irdesk seed 25: the statements, pledges and campaigns Ghent signed or
-- joined, as the policy note lists them apart from the networks it is a
-- member of: Bijlage 2 "Internationale statements mee ondertekend door Gent"
-- (004 L1897-1901) and "Campagnes, events en burgerpanels" (L1829-1834),
-- the campaigns of initiative 11 (L906-907), the Leipzig Charter (L795-806).
-- status: 'joined' where the note reports Ghent signed or took part;
-- 'announced' where only a plan says it will (the Leipzig Charter; the
-- European Mobility Week of initiative 11, an initiative of the plan).
-- title_en, part_en, notes_en: the service's translation.
-- db/sql/009_statements.sql moves the same rows out of the network table of
-- a database seeded before schema 9: keep the two in step.

INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (1, 'European Mobility Week', 'European Mobility Week', 'campaign', NULL, NULL, NULL, NULL, 'Initiatief 11 (een initiatief van de nota): "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."', 'Initiative 11 (an initiative of the note): "We take part in European initiatives and campaigns such as the Covenant of Mayors, the Smart Cities & Communications European Innovation Partnership and the European Mobility Week."', NULL, NULL, 'Beleidsnota 2020, initiatief 11 (hoofdstuk 2)', 'announced');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (2, 'Cities4Europe,Europe4citizens campagne', 'Cities4Europe, Europe4citizens campaign', 'campaign', NULL, NULL, 2017, 2019, '“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019.', 'The “Stem wijs” (vote wisely) campaign in 2018, part of the “Cities4Europe, Europe4citizens” campaign in 2017-2019.', 'Het jaar waarin Gent instapte staat niet in de nota.', 'The note does not say in which year Ghent joined.', 'Beleidsnota 2020, Bijlage 2 (Campagnes, events en burgerpanels)', 'joined');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (3, 'SDG Bilbao verklaring', 'SDG Bilbao Declaration', 'statement', 'ICLEI', '2018', NULL, NULL, 'Mee ondertekend door Gent: "SDG Bilbao verklaring (ICLEI) – 2018".', 'Co-signed by Ghent: "SDG Bilbao Declaration (ICLEI) – 2018".', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (4, 'The Shift', 'The Shift', 'statement', 'VN', '2018', NULL, NULL, 'Mee ondertekend door Gent (2018).', 'Co-signed by Ghent (2018).', 'initiatief van de VN dat huisvesting als een mensenrecht erkend', 'an initiative of the UN that recognises housing as a human right', 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (5, 'Pledge housing', 'Housing pledge', 'pledge', 'Eurocities', '2019', NULL, NULL, 'Mee ondertekend door Gent: "Pledge housing van Eurocities (2019)".', 'Co-signed by Ghent: "Eurocities housing pledge (2019)".', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (6, 'Basel Appeal on Disarmament and Sustainable Security', 'Basel Appeal on Disarmament and Sustainable Security', 'statement', NULL, '2019', NULL, NULL, 'Mee ondertekend door Gent (2019).', 'Co-signed by Ghent (2019).', NULL, NULL, 'Beleidsnota 2020, Bijlage 2 (Internationale statements mee ondertekend door Gent)', 'joined');
INSERT INTO statement (id, title_nl, title_en, type, organiser, signed, from_year, to_year, part_nl, part_en, notes_nl, notes_en, source, status)
VALUES (7, 'Leipzig Charter', 'Leipzig Charter', 'charter', NULL, NULL, NULL, NULL, '"Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020."', '"Through Eurocities, Ghent will co-sign this Charter at the network''s annual meeting in November 2020."', 'Hierin werden voor het eerst binnen de EU de strategieën uiteengezet voor de duurzame ontwikkeling van stedelijke gebieden. Of Gent het Charter ondertekend heeft, staat niet in de nota (november 2020): aangekondigd.', 'It set out, for the first time within the EU, the strategies for the sustainable development of urban areas. The note (November 2020) does not say whether Ghent signed it: announced.', 'Beleidsnota 2020, §2.5 (De Urban agenda van de EU)', 'announced');

-- Links: the network behind a statement, the initiative that names it.
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('statement', 3, 'network', 4, 'SDG Bilbao verklaring (ICLEI).');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('statement', 5, 'network', 1, 'Pledge housing van Eurocities.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('statement', 7, 'network', 1, 'Via Eurocities zal Gent dit Charter mee onderschrijven.');
INSERT INTO link (a_kind, a_id, b_kind, b_id, note) VALUES ('initiative', 11, 'statement', 1, 'Initiatief 11 noemt "de European Mobility Week".');

-- History: dated facts from the note.
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 2, '2018', 'seed', 'event', '“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 3, '2018', 'seed', 'event', 'Mee ondertekend door Gent: SDG Bilbao verklaring (ICLEI) – 2018.', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 4, '2018', 'seed', 'event', 'Mee ondertekend door Gent: The Shift, initiatief van de VN dat huisvesting als een mensenrecht erkend (2018).', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 5, '2019', 'seed', 'event', 'Mee ondertekend door Gent: Pledge housing van Eurocities (2019).', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 6, '2019', 'seed', 'event', 'Mee ondertekend door Gent: Basel Appeal on Disarmament and Sustainable Security (2019).', '004_e76f4eabbe693aca.txt');
INSERT INTO history (kind, record_id, at, user, action, note, source) VALUES ('statement', 7, '2020-11', 'seed', 'event', 'Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020.', '004_e76f4eabbe693aca.txt');
