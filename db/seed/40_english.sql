-- irdesk seed 40: the English of every descriptive text of the seed, and
-- the basis (in the note's words, and in English) of each top priority an
-- initiative serves.
--
-- Also migration 019 (db/sql/019_english.sql is this file): run on a
-- database seeded before the texts had their English, it fills only the
-- English that is still empty, of texts that still hold the seeded Dutch
-- (each UPDATE is keyed on the Dutch as seeded and on an empty twin), so it
-- never overwrites what a person wrote.  On a new database the migration
-- finds nothing and this seed file does the work.
--
-- The rule: English that the documents give (the 2025 English page,
-- 003_23d56d3f5d307570.txt) is used as written: the city names and
-- countries (10_cities.sql), the end of the Saint-Raphaël twinning and
-- "Only the partnership with the Japanese city of Kanazawa will be
-- maintained".  All other English is the service's translation, faithful
-- to the Dutch: it neither adds nor drops meaning (a decision stays a
-- decision, a candidacy a candidacy, a plan a plan); quotations from the
-- note are translated inside their quotation marks, proper names stay as
-- they are.  Each record's en_source says which it is.
-- Keyed on text, not id: the same Dutch gets the same English everywhere.


-- city
UPDATE city SET decision_en = 'twinning already ended in 2018 at the request of the twinning committee of Saint-Raphaël.'
 WHERE decision = 'reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.'
 WHERE decision = 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'renew the MoU under the new guidelines once the current MoU has run its course.'
 WHERE decision = 'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'formally end the twinning.'
 WHERE decision = 'formeel ontzusteren.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE decision = 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'evaluate the MoU at the end of its term. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE decision = 'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'the MoU has run out since 2019 and will not be renewed.'
 WHERE decision = 'MoU is afgelopen sinds 2019 en wordt niet verlengd.' AND decision_en IS NULL;
UPDATE city SET decision_en = 'On 4 June 2018 Ghent signed a “Letter of intent on the preparation of a partnership relation” with Taizhou. The aim of this letter of intent was to draw up a Memorandum of Understanding (MOU) between the two cities in 2019. This did not happen because no common theme for cooperation was found.'
 WHERE decision = 'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.' AND decision_en IS NULL;
UPDATE city SET notes_en = 'Since 1977 with the City of Ghent (since 1969 with Sint-Denijs-Westrem).'
 WHERE notes = 'Sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).' AND notes_en IS NULL;
UPDATE city SET notes_en = 'Suburb of Casablanca in Morocco.'
 WHERE notes = 'Voorstad van Casablanca in Marokko.' AND notes_en IS NULL;
UPDATE city SET notes_en = 'The history of Ghent''s bilateral partnerships gives the country as "England".'
 WHERE notes = 'De geschiedenis van de Gentse bilaterale partnerschappen vermeldt als land "Engeland".' AND notes_en IS NULL;

-- agreement
UPDATE agreement SET title_en = 'Partnership charter Ghent – Saint-Raphaël'
 WHERE title = 'Partnerschapsoorkonde Gent – Saint-Raphaël' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Wiesbaden'
 WHERE title = 'Partnerschapsoorkonde Gent – Wiesbaden' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Kanazawa'
 WHERE title = 'Partnerschapsoorkonde Gent – Kanazawa' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Melle'
 WHERE title = 'Partnerschapsoorkonde Gent – Melle' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Tallinn'
 WHERE title = 'Partnerschapsoorkonde Gent – Tallinn' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Mohammedia'
 WHERE title = 'Partnerschapsoorkonde Gent – Mohammedia' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Ghent – Nottingham'
 WHERE title = 'Partnerschapsoorkonde Gent – Nottingham' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Partnership charter Sint-Denijs-Westrem – Melle'
 WHERE title = 'Partnerschapsoorkonde Sint-Denijs-Westrem – Melle' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Cooperation agreement (MoU) Ghent – Kanazawa'
 WHERE title = 'Samenwerkingsakkoord (MoU) Gent – Kanazawa' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Cooperation agreement (MoU) Ghent – Burgas'
 WHERE title = 'Samenwerkingsakkoord (MoU) Gent – Burgas' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Cooperation agreement (MoU) Ghent – Gdansk'
 WHERE title = 'Samenwerkingsakkoord (MoU) Gent – Gdansk' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Cooperation agreement (MoU) Ghent – Liège'
 WHERE title = 'Samenwerkingsakkoord (MoU) Gent – Luik' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Cooperation agreement (MoU) Ghent – Weihai'
 WHERE title = 'Samenwerkingsakkoord (MoU) Gent – Weihai' AND title_en IS NULL;
UPDATE agreement SET title_en = 'Letter of intent on the preparation of a partnership relation'
 WHERE title = 'Letter of intent over de voorbereiding van een partnerschapsrelatie' AND title_en IS NULL;
UPDATE agreement SET party_en = 'Sint-Denijs-Westrem'
 WHERE party = 'Sint-Denijs-Westrem' AND party_en IS NULL;
UPDATE agreement SET fate_en = 'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.'
 WHERE fate = 'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'Only the partnership with the Japanese city of Kanazawa will be maintained.'
 WHERE fate = 'Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.'
 WHERE fate = 'formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'formally end the twinning.'
 WHERE fate = 'formeel ontzusteren.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'renew the MoU under the new guidelines once the current MoU has run its course.'
 WHERE fate = 'MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE fate = 'MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'evaluate the MoU at the end of its term. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE fate = 'MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'the MoU has run out since 2019 and will not be renewed.'
 WHERE fate = 'MoU is afgelopen sinds 2019 en wordt niet verlengd.' AND fate_en IS NULL;
UPDATE agreement SET fate_en = 'The aim of this letter of intent was to draw up a Memorandum of Understanding (MOU) between the two cities in 2019. This did not happen because no common theme for cooperation was found.'
 WHERE fate = 'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.' AND fate_en IS NULL;
UPDATE agreement SET notes_en = 'The Ghent party was Sint-Denijs-Westrem, later merged into Ghent; since 1977 with the City of Ghent (agreement 4).'
 WHERE notes = 'De Gentse partij was Sint-Denijs-Westrem, later opgegaan in Gent; sinds 1977 met de Stad Gent (akkoord 4).' AND notes_en IS NULL;
UPDATE agreement SET notes_en = 'New guidelines: we make the cooperation specific and measurable in a cooperation agreement (MoU) or a letter of intent, including a human-rights clause after the example of Ghent University (UGent).'
 WHERE notes = 'Nieuwe richtlijnen: we maken de samenwerking specifiek en meetbaar in een samenwerkingsakkoord (MoU) of een intentieverklaring, met opname van een mensenrechtenclausule naar het voorbeeld van de UGent.' AND notes_en IS NULL;

-- network
UPDATE network SET name_en = 'Eurocities'
 WHERE name = 'Eurocities' AND name_en IS NULL;
UPDATE network SET name_en = 'Global Parliament of Mayors (GPM)'
 WHERE name = 'Global Parliament of Mayors (GPM)' AND name_en IS NULL;
UPDATE network SET name_en = 'Covenant of Mayors'
 WHERE name = 'Covenant of Mayors' AND name_en IS NULL;
UPDATE network SET name_en = 'ICLEI – Local Governments for Sustainability'
 WHERE name = 'ICLEI – Local Governments for Sustainability' AND name_en IS NULL;
UPDATE network SET name_en = 'EUniverCities'
 WHERE name = 'EUniverCities' AND name_en IS NULL;
UPDATE network SET name_en = 'UNESCO Creative Cities Network for Music'
 WHERE name = 'UNESCO Creative Cities Network for Music' AND name_en IS NULL;
UPDATE network SET name_en = 'LUCI'
 WHERE name = 'LUCI' AND name_en IS NULL;
UPDATE network SET name_en = 'European Network Childfriendly Cities'
 WHERE name = 'European Network Childfriendly Cities' AND name_en IS NULL;
UPDATE network SET name_en = 'Climate Alliance'
 WHERE name = 'Climate Alliance' AND name_en IS NULL;
UPDATE network SET name_en = 'Organisation of Agile and Smart Cities'
 WHERE name = 'Organisation of Agile and Smart Cities' AND name_en IS NULL;
UPDATE network SET name_en = 'Smart Cities & Communications European Innovation Partnership'
 WHERE name = 'Smart Cities & Communications European Innovation Partnership' AND name_en IS NULL;
UPDATE network SET name_en = 'European Mobility Week'
 WHERE name = 'European Mobility Week' AND name_en IS NULL;
UPDATE network SET name_en = 'The Shift'
 WHERE name = 'The Shift' AND name_en IS NULL;
UPDATE network SET name_en = 'Pledge housing'
 WHERE name = 'Pledge housing' AND name_en IS NULL;
UPDATE network SET name_en = 'Basel Appeal on Disarmament and Sustainable Security'
 WHERE name = 'Basel Appeal on Disarmament and Sustainable Security' AND name_en IS NULL;
UPDATE network SET name_en = 'Leipzig Charter'
 WHERE name = 'Leipzig Charter' AND name_en IS NULL;
UPDATE network SET name_en = 'EU partnership ‘jobs and skills’'
 WHERE name = 'EU partnerschap ‘jobs and skills‘' AND name_en IS NULL;
UPDATE network SET name_en = 'Cities4Europe,Europe4citizens campaign'
 WHERE name = 'Cities4Europe,Europe4citizens campagne' AND name_en IS NULL;
UPDATE network SET name_en = 'SDG Bilbao Declaration'
 WHERE name = 'SDG Bilbao verklaring' AND name_en IS NULL;
UPDATE network SET scope_en = 'The Eurocities network of cities focuses on sharing knowledge, advocacy and project work on European policy.'
 WHERE scope = 'Het Eurocities steden-netwerk focust op kennisdeling, dossierbehartiging en projectwerking rond het Europees beleid.' AND scope_en IS NULL;
UPDATE network SET scope_en = 'The network addresses global challenges such as climate, migration and urban security.'
 WHERE scope = 'Het netwerk richt zich op de mondiale uitdagingen zoals klimaat, migratie en stedelijke veiligheid.' AND scope_en IS NULL;
UPDATE network SET scope_en = 'EU covenant of mayors on climate'
 WHERE scope = 'EU burgemeesterconvenant over klimaat' AND scope_en IS NULL;
UPDATE network SET scope_en = 'the leading global network of more than 1,500 cities, towns and regions committed to building a sustainable future'
 WHERE scope = 'het toonaangevende globale netwerk van meer dan 1.500 steden, dorpen en regio’s dat vastberaden is een duurzame toekomst uit te bouwen' AND scope_en IS NULL;
UPDATE network SET scope_en = 'a European network of medium-sized cities and their universities that shares knowledge and runs joint projects on the cooperation between a city and its higher education institutions'
 WHERE scope = 'een Europees netwerk voor middelgrote steden en hun universiteiten dat kennis deelt en samen projecten uitrolt rond de samenwerking tussen een stad en haar HOI’en' AND scope_en IS NULL;
UPDATE network SET scope_en = 'an international urban community on light'
 WHERE scope = 'een internationale stedelijke gemeenschap omtrent licht' AND scope_en IS NULL;
UPDATE network SET scope_en = 'initiative of the UN that recognises housing as a human right'
 WHERE scope = 'initiatief van de VN dat huisvesting als een mensenrecht erkend' AND scope_en IS NULL;
UPDATE network SET scope_en = 'In it the strategies for the sustainable development of urban areas were set out for the first time within the EU.'
 WHERE scope = 'Hierin werden voor het eerst binnen de EU de strategieën uiteengezet voor de duurzame ontwikkeling van stedelijke gebieden.' AND scope_en IS NULL;
UPDATE network SET notes_en = 'One of the two ‘city-wide’ networks of cities in which Ghent takes an active role. "Besides Vienna and Nantes, Ghent is the most active city in Eurocities." "In the light of our ambition to become European Capital of Culture in 2030, we make the most of our role in the Eurocities Culture Forum." "Through Eurocities Ghent is actively involved in steering the new Horizon Europe Mission on Smart&Climate Neutral Cities." The network counts 140 cities ("on behalf of the 140 cities of the Eurocities network").'
 WHERE notes = 'Eén van de twee ‘stadsbrede’ stedennetwerken waar Gent een actieve rol in opneemt. "Gent is naast Wenen en Nantes de meest actieve stad in Eurocities." "In het licht van onze ambitie om Europese culturele hoofdstad te worden in 2030, benutten we onze rol in het Eurocities Cultuur Forum maximaal." "Via Eurocities is Gent actief betrokken bij het sturen van het nieuwe Horizon Europe Mission rond Smart&Climate Neutral Cities." Het netwerk telt 140 steden ("in naam van de 140 steden van het Eurocities netwerk").' AND notes_en IS NULL;
UPDATE network SET notes_en = 'One of the two ‘city-wide’ networks of cities in which Ghent takes an active role. "In the coming years we will therefore take an active part in the virtual GPM Platform and the annual GPM Mayors Summit [...] Moreover, we also try to help shape the international agenda-setting within and through the board of the GPM."'
 WHERE notes = 'Eén van de twee ‘stadsbrede’ stedennetwerken waar Gent een actieve rol in opneemt. "De komende jaren zullen we dan ook actief deelnemen aan het virtuele GPM Platform en de jaarlijkse GPM Mayors Summit [...] Daarenboven trachten we eveneens de internationale agendasetting binnen en via het bestuur van het GPM mee vorm te geven."' AND notes_en IS NULL;
UPDATE network SET notes_en = '"Ghent was one of the first Belgian cities to sign the EU covenant of mayors on climate." (year not given). Spellings in the note: "Covenant of Mayors" (l.622), "Convenant of Mayors" (initiative 11, l.906), "EU burgemeesterconvenant over klimaat" (Annex 2, l.1825).'
 WHERE notes = '"Gent was een van de eerste Belgische steden die de EU burgemeesterconvenant over klimaat ondertekende." (jaar niet vermeld). Schrijfwijzen in de nota: "Covenant of Mayors" (l.622), "Convenant of Mayors" (initiatief 11, l.906), "EU burgemeesterconvenant over klimaat" (Bijlage 2, l.1825).' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Named as an example of the thematic networks (4.2). Ghent signed the "SDG Bilbao Declaration (ICLEI) – 2018" (see network 15).'
 WHERE notes = 'Genoemd als voorbeeld van de thematische netwerken (4.2). Gent ondertekende de "SDG Bilbao verklaring (ICLEI) – 2018" (zie netwerk 15).' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Named as an example of the thematic networks (4.2).'
 WHERE notes = 'Genoemd als voorbeeld van de thematische netwerken (4.2).' AND notes_en IS NULL;
UPDATE network SET notes_en = '"For this we use, among others, the Eurocities network, Covenant of Mayors, Climate Alliance and other relevant networks" (climate-neutral Ghent, Green Deal).'
 WHERE notes = '"We zetten onder andere het Eurocities netwerk, Covenant of Mayors, Climate Alliance en andere relevante netwerken hiervoor in" (klimaatneutraal Gent, Green Deal).' AND notes_en IS NULL;
UPDATE network SET notes_en = '"Ghent keeps its finger on the pulse here through, among others, the “Organisation of Agile and Smart Cities” and the Eurocities network" (digitalisation). Annex 4 (Abbreviations) lists "OASC Open & Agile Smart Cities"; the abbreviation does not occur in the text itself.'
 WHERE notes = '"Gent houdt hier de vinger aan de pols via onder meer de “Organisation of Agile and Smart Cities” en via het Eurocities netwerk" (digitalisering). Bijlage 4 (Afkortingen) vermeldt "OASC Open & Agile Smart Cities"; de afkorting komt in de tekst zelf niet voor.' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Initiative 11: "We take part in European initiatives and campaigns such as Convenant of Mayors, Smart Cities & Communications European Innovation Partnership and the European Mobility Week."'
 WHERE notes = 'Initiatief 11: "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Campaign. Initiative 11: "We take part in European initiatives and campaigns such as Convenant of Mayors, Smart Cities & Communications European Innovation Partnership and the European Mobility Week."'
 WHERE notes = 'Campagne. Initiatief 11: "We nemen deel aan Europese initiatieven en campagnes zoals Convenant of Mayors, Smart Cities & Communications European Innovation Partnership en de European Mobility Week."' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Partnership of the Urban Agenda of the EU. Annex 2 (under EU projects): "Partner in the EU partnership ‘jobs and skills’ (2018-2020)". 2.5: "Ghent exchanged expertise in the partnership ‘jobs and skills’. The EU is now considering how it wants to continue these partnerships in the new term."'
 WHERE notes = 'Partnerschap van de Urban agenda van de EU. Bijlage 2 (onder EU-projecten): "Partner in het EU partnerschap ‘jobs and skills‘ (2018-2020)". 2.5: "Gent heeft expertise uitgewisseld in het partnerschap ‘jobs en vaardigheden’. De EU bekijkt momenteel hoe het in de nieuwe bestuursperiode met deze partnerschappen wil verder werken."' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Campaign. Annex 2: "“Stem wijs” (vote wisely) campaign in 2018; part of the “Cities4Europe,Europe4citizens campaign” in 2017-2019". The year Ghent joined is not given.'
 WHERE notes = 'Campagne. Bijlage 2: "“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019". Het jaar waarin Gent instapte staat er niet.' AND notes_en IS NULL;
UPDATE network SET notes_en = 'International statement co-signed by Ghent: "SDG Bilbao Declaration (ICLEI) – 2018".'
 WHERE notes = 'Internationaal statement mee ondertekend door Gent: "SDG Bilbao verklaring (ICLEI) – 2018".' AND notes_en IS NULL;
UPDATE network SET notes_en = 'International statement co-signed by Ghent (2018).'
 WHERE notes = 'Internationaal statement mee ondertekend door Gent (2018).' AND notes_en IS NULL;
UPDATE network SET notes_en = 'International statement co-signed by Ghent: "Pledge housing of Eurocities (2019)".'
 WHERE notes = 'Internationaal statement mee ondertekend door Gent: "Pledge housing van Eurocities (2019)".' AND notes_en IS NULL;
UPDATE network SET notes_en = 'International statement co-signed by Ghent (2019).'
 WHERE notes = 'Internationaal statement mee ondertekend door Gent (2019).' AND notes_en IS NULL;
UPDATE network SET notes_en = 'Charter. "Through Eurocities Ghent will co-endorse this Charter at the network''s annual meeting in November 2020." Whether that happened is not in the note (November 2020).'
 WHERE notes = 'Charter. "Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020." Of dat gebeurd is, staat niet in de nota (november 2020).' AND notes_en IS NULL;

-- initiative
UPDATE initiative SET owner_en = 'alderwoman Tine Heyse'
 WHERE owner = 'schepen Tine Heyse' AND owner_en IS NULL;

-- network_role
UPDATE network_role SET body_en = 'Culture Forum'
 WHERE body = 'Cultuur Forum' AND body_en IS NULL;
UPDATE network_role SET body_en = 'Executive Committee'
 WHERE body = 'Uitvoerend Comité' AND body_en IS NULL;
UPDATE network_role SET body_en = 'Environment Forum'
 WHERE body = 'Milieu Forum' AND body_en IS NULL;
UPDATE network_role SET body_en = 'Digital Forum'
 WHERE body = 'Digitaal Forum' AND body_en IS NULL;
UPDATE network_role SET note_en = 'former mayor Daniël Termont ("the chairmanship of former mayor Daniël Termont in the period 2017-2018")'
 WHERE note = 'voormalig burgemeester Daniël Termont ("het voorzitterschap van voormalig burgemeester Daniël Termont in de periode 2017-2018")' AND note_en IS NULL;
UPDATE network_role SET note_en = 'Annex 2: "In 2017-2018 Ghent was chair of the European network of cities Eurocities; including the culture forum." In 4.2 (l.1162-1163) also: "our role in the Eurocities Culture Forum", without further description.'
 WHERE note = 'Bijlage 2: "Gent was in 2017-2018 voorzitter van het Europees stedennetwerk Eurocities; incluis het cultuur forum." In 4.2 (l.1162-1163) nog: "onze rol in het Eurocities Cultuur Forum", zonder nadere omschrijving.' AND note_en IS NULL;
UPDATE network_role SET note_en = 'mayor Mathias De Clercq, "who in the Executive Committee, together with 11 other elected European colleagues, sets the political lines for the network. In 2021 our three-year mandate in the Executive Committee comes to an end. We formally stand as a candidate for re-election." A three-year mandate ending in 2021; the first year is not in the note.'
 WHERE note = 'burgemeester Mathias De Clercq, "die in het Uitvoerende Comité samen met 11 andere Europese verkozen collega''s de politieke lijnen uitzet voor het netwerk. In 2021 komt een einde aan ons driejarig mandaat in het Uitvoerend Comité. We stellen ons formeel kandidaat om herverkozen te worden." Een driejarig mandaat dat in 2021 eindigt; het beginjaar staat niet in de nota.' AND note_en IS NULL;
UPDATE network_role SET note_en = 'Environment Forum. "In addition, Ghent is vice-chair of the Environment Forum. It is our ambition that Ghent takes on the chairmanship of this forum for 2 years from 2020." The period of the vice-chairmanship is not given.'
 WHERE note = 'Environment Forum. "Daarnaast is Gent ondervoorzitter van het Milieu Forum. Het is onze ambitie dat Gent vanaf 2020 het voorzitterschap van dit forum voor 2 jaar opneemt." Periode van het ondervoorzitterschap niet vermeld.' AND note_en IS NULL;
UPDATE network_role SET note_en = 'Digital Forum. Annex 2: "In 2019-2020 Ghent chairs, within this network, the forum that deals with digitalisation in cities." 4.2: "Although Ghent''s chairmanship of the Digital Forum ends by statute at the end of 2020, we keep taking an active role". Also l.666: "as chair of the forum ‘digitalisation’".'
 WHERE note = 'Digital Forum. Bijlage 2: "In 2019-2020 is Gent binnen dit netwerk voorzitter van het forum dat zich buigt over de digitalisering in de steden." 4.2: "Hoewel eind 2020 het voorzitterschap van Gent van het Digitaal Forum statutair eindigt, blijven we een actieve rol opnemen". Ook l.666: "als voorzitter van het forum ‘digitalisering’".' AND note_en IS NULL;

-- link
UPDATE link SET note_en = 'We renew the cooperation agreement with sister city Kanazawa.'
 WHERE note = 'We hernieuwen het samenwerkingsakkoord met zusterstad Kanazawa.' AND note_en IS NULL;
UPDATE link SET note_en = 'Reorientation of bilateral cooperation; see Annex 3.'
 WHERE note = 'Heroriëntering bilaterale samenwerking; zie Bijlage 3.' AND note_en IS NULL;
UPDATE link SET note_en = 'Initiative 11 names "Convenant of Mayors".'
 WHERE note = 'Initiatief 11 noemt "Convenant of Mayors".' AND note_en IS NULL;
UPDATE link SET note_en = 'Initiative 11 names "Smart Cities & Communications European Innovation Partnership".'
 WHERE note = 'Initiatief 11 noemt "Smart Cities & Communications European Innovation Partnership".' AND note_en IS NULL;
UPDATE link SET note_en = 'Initiative 11 names "the European Mobility Week".'
 WHERE note = 'Initiatief 11 noemt "de European Mobility Week".' AND note_en IS NULL;
UPDATE link SET note_en = 'Initiative 25 names "the network of cities Eurocities".'
 WHERE note = 'Initiatief 25 noemt "het stedennetwerk Eurocities".' AND note_en IS NULL;
UPDATE link SET note_en = 'Initiative 26 names "the Global Parliament of Mayors network".'
 WHERE note = 'Initiatief 26 noemt "het Global Parliament of Mayors netwerk".' AND note_en IS NULL;

-- meta
UPDATE meta SET value_en = 'The City of Ghent is a member of about 42 different international and European networks, and this number has grown steadily since 1993.'
 WHERE value = 'De Stad Gent is lid van ca 42 verschillende internationale en Europese netwerken en dit aantal neemt sinds 1993 gestaag toe.' AND value_en IS NULL;
UPDATE meta SET value_en = 'Formal international and European networks of which Ghent is a member (42 in total)'
 WHERE value = 'Formele internationale en Europese netwerken waar Gent lid van is (42 in totaal)' AND value_en IS NULL;

-- history
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Saint-Raphaël (France) since 1958.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Saint-Raphaël (Frankrijk) sinds 1958.' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Wiesbaden (Germany) since 1969.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Wiesbaden (Duitsland) sinds 1969.' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Kanazawa (Japan) since 1971.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Kanazawa (Japan) sinds 1971.' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Melle (Germany) since 1977 with the City of Ghent (since 1969 with Sint-Denijs-Westrem).'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Melle (Duitsland) sinds 1977 met de Stad Gent (sinds 1969 met Sint-Denijs-Westrem).' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Tallinn (Estonia) since 1982.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Tallinn (Estland) sinds 1982.' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Mohammedia (suburb of Casablanca in Morocco) since 1982.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Mohammedia (voorstad van Casablanca in Marokko) sinds 1982.' AND note_en IS NULL;
UPDATE history SET note_en = 'Between 1958 and 1985 Ghent ‘twinned’ with 7 cities: Nottingham (England) since 1985.'
 WHERE note = 'Tussen 1958 en 1985 ‘verzusterde’ Gent met 7 steden: Nottingham (Engeland) sinds 1985.' AND note_en IS NULL;
UPDATE history SET note_en = 'Since 2008 the City of Ghent has concluded agreements with the following partner cities: Burgas (Bulgaria) in 2009.'
 WHERE note = 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Burgas (Bulgarije) in 2009.' AND note_en IS NULL;
UPDATE history SET note_en = 'Since 2008 the City of Ghent has concluded agreements with the following partner cities: Gdansk (Poland) in 2009.'
 WHERE note = 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Gdansk (Polen) in 2009.' AND note_en IS NULL;
UPDATE history SET note_en = 'Since 2008 the City of Ghent has concluded agreements with the following partner cities: Liège (Belgium) in 2011.'
 WHERE note = 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Luik (België) in 2011.' AND note_en IS NULL;
UPDATE history SET note_en = 'Since 2008 the City of Ghent has concluded agreements with the following partner cities: Weihai (China) in 2013.'
 WHERE note = 'De Stad Gent sloot sinds 2008 akkoorden af met volgende partnersteden: Weihai (China) in 2013.' AND note_en IS NULL;
UPDATE history SET note_en = 'On 4 June 2018 Ghent signed a “Letter of intent on the preparation of a partnership relation” with Taizhou.'
 WHERE note = 'Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou.' AND note_en IS NULL;
UPDATE history SET note_en = 'The twinning partnership with Saint-Raphaël was terminated in 2018 at the request of Saint-Raphaël''s twinning committee.'
 WHERE note = 'De zusterband met Saint-Raphaël is reeds in 2018 beëindigd op vraag van het Jumelagecomité van Saint-Raphaël zelf.' AND note_en IS NULL;
UPDATE history SET note_en = 'The aim of this letter of intent was to draw up a Memorandum of Understanding (MOU) between the two cities in 2019. This did not happen because no common theme for cooperation was found.'
 WHERE note = 'Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.' AND note_en IS NULL;
UPDATE history SET note_en = 'The MoU has expired since 2019.'
 WHERE note = 'MoU is afgelopen sinds 2019.' AND note_en IS NULL;
UPDATE history SET note_en = 'Visit to sister city Tallinn (2019).'
 WHERE note = 'Bezoek aan zusterstad Tallinn (2019).' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Saint Raphaël: twinning already ended in 2018 at the request of the twinning committee of Saint-Raphaël.'
 WHERE note = 'Beleidsnota, Bijlage 3: Saint Raphaël: reeds ontzusterd in 2018 op vraag van het Jumelagecomité van Saint-Raphaël.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Tallinn, Wiesbaden and Nottingham: formally end the twinning and, where appropriate, reorient towards cooperation within networks and grant projects.'
 WHERE note = 'Beleidsnota, Bijlage 3: Tallinn, Wiesbaden en Nottingham: formeel ontzusteren en indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Melle (D) and Mohammedia: formally end the twinning.'
 WHERE note = 'Beleidsnota, Bijlage 3: Melle (D) en Mohammedia: formeel ontzusteren.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Kanazawa: renew the MoU under the new guidelines once the current MoU has run its course.'
 WHERE note = 'Beleidsnota, Bijlage 3: Kanazawa: MoU vernieuwen volgens nieuwe richtlijnen na afloop huidige MoU.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Burgas and Liège: formally terminate the MoU. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE note = 'Beleidsnota, Bijlage 3: Burgas en Luik: MoU formeel stopzetten. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Gdansk: evaluate the MoU at the end of its term. Where appropriate, reorient the cooperation towards cooperation within networks and grant projects.'
 WHERE note = 'Beleidsnota, Bijlage 3: Gdansk: MoU evalueren aan het einde van de looptijd. De samenwerking indien opportuun heroriënteren naar samenwerking binnen netwerken en subsidieprojecten.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Weihai: the MoU has run out since 2019 and will not be renewed.'
 WHERE note = 'Beleidsnota, Bijlage 3: Weihai: MoU is afgelopen sinds 2019 en wordt niet verlengd.' AND note_en IS NULL;
UPDATE history SET note_en = 'Policy note, Annex 3: Taizhou: On 4 June 2018 Ghent signed a “Letter of intent on the preparation of a partnership relation” with Taizhou. The aim of this letter of intent was to draw up a Memorandum of Understanding (MOU) between the two cities in 2019. This did not happen because no common theme for cooperation was found.'
 WHERE note = 'Beleidsnota, Bijlage 3: Taizhou: Op 4 juni 2018 ondertekende Gent een “Letter of intent over de voorbereiding van een partnerschapsrelatie” met Taizhou. Het doel van deze Intentieverklaring was om in 2019 een Memorandum of Understanding (MOU) tussen beide steden op te maken. Dit gebeurde niet omdat geen gemeenschappelijk thema voor samenwerking werd gevonden.' AND note_en IS NULL;
UPDATE history SET note_en = 'The city government has now decided to exchange the bilateral relations with those sister and partner cities for a more efficient, multilateral approach. Only the partnership with the Japanese city of Kanazawa will be maintained.'
 WHERE note = 'Het stadsbestuur heeft nu beslist om de bilaterale relaties met die zuster- en partnersteden in te wisselen voor een meer efficiënte, multilaterale aanpak. Enkel met de Japanse stad Kanazawa blijft het partnerschap behouden.' AND note_en IS NULL;
UPDATE history SET note_en = 'The City of Ghent has been a member of this network since 1998.'
 WHERE note = 'De Stad Gent is sinds 1998 lid van dit netwerk.' AND note_en IS NULL;
UPDATE history SET note_en = 'Chairmanship of former mayor Daniël Termont in the period 2017-2018 ("In 2017-2018 Ghent was chair of the European network of cities Eurocities; including the culture forum.").'
 WHERE note = 'Voorzitterschap van voormalig burgemeester Daniël Termont in de periode 2017-2018 ("Gent was in 2017-2018 voorzitter van het Europees stedennetwerk Eurocities; incluis het cultuur forum.").' AND note_en IS NULL;
UPDATE history SET note_en = 'In 2019-2020 Ghent chairs, within this network, the forum that deals with digitalisation in cities.'
 WHERE note = 'In 2019-2020 is Gent binnen dit netwerk voorzitter van het forum dat zich buigt over de digitalisering in de steden.' AND note_en IS NULL;
UPDATE history SET note_en = 'A plea for a strong cohesion budget: "On behalf of the 140 cities of the Eurocities network, we already argued for this in 2019 in the new Committee on Regional Development of the European Parliament."'
 WHERE note = 'Pleidooi voor een sterk cohesiebudget: "We hebben hiervoor, in naam van de 140 steden van het Eurocities netwerk, al gepleit in 2019 in de nieuwe commissie Regionaal Beleid van het Europees Parlement."' AND note_en IS NULL;
UPDATE history SET note_en = 'Although Ghent''s chairmanship of the Digital Forum ends by statute at the end of 2020, we keep taking an active role.'
 WHERE note = 'Hoewel eind 2020 het voorzitterschap van Gent van het Digitaal Forum statutair eindigt, blijven we een actieve rol opnemen.' AND note_en IS NULL;
UPDATE history SET note_en = 'In 2021 our three-year mandate in the Executive Committee comes to an end. We formally stand as a candidate for re-election.'
 WHERE note = 'In 2021 komt een einde aan ons driejarig mandaat in het Uitvoerend Comité. We stellen ons formeel kandidaat om herverkozen te worden.' AND note_en IS NULL;
UPDATE history SET note_en = 'After a few preparatory meetings, in which the City of Ghent among others took part, the Global Parliament of Mayors (GPM) started in 2016.'
 WHERE note = 'Na enkele voorbereidende bijeenkomsten, waaraan o.a. de Stad Gent deelnam, ging het Global Parliament of Mayors (GPM) in 2016 van start.' AND note_en IS NULL;
UPDATE history SET note_en = 'Partner in the EU partnership ‘jobs and skills’ (2018-2020).'
 WHERE note = 'Partner in het EU partnerschap ‘jobs and skills‘ (2018-2020).' AND note_en IS NULL;
UPDATE history SET note_en = '“Stem wijs” (vote wisely) campaign in 2018; part of the “Cities4Europe,Europe4citizens campaign” in 2017-2019.'
 WHERE note = '“Stem wijs campagne” in 2018; onderdeel van de “Cities4Europe,Europe4citizens campagne” in 2017-2019.' AND note_en IS NULL;
UPDATE history SET note_en = 'Co-signed by Ghent: SDG Bilbao Declaration (ICLEI) – 2018.'
 WHERE note = 'Mee ondertekend door Gent: SDG Bilbao verklaring (ICLEI) – 2018.' AND note_en IS NULL;
UPDATE history SET note_en = 'Co-signed by Ghent: The Shift, initiative of the UN that recognises housing as a human right (2018).'
 WHERE note = 'Mee ondertekend door Gent: The Shift, initiatief van de VN dat huisvesting als een mensenrecht erkend (2018).' AND note_en IS NULL;
UPDATE history SET note_en = 'Co-signed by Ghent: Pledge housing of Eurocities (2019).'
 WHERE note = 'Mee ondertekend door Gent: Pledge housing van Eurocities (2019).' AND note_en IS NULL;
UPDATE history SET note_en = 'Co-signed by Ghent: Basel Appeal on Disarmament and Sustainable Security (2019).'
 WHERE note = 'Mee ondertekend door Gent: Basel Appeal on Disarmament and Sustainable Security (2019).' AND note_en IS NULL;
UPDATE history SET note_en = 'Through Eurocities Ghent will co-endorse this Charter at the network''s annual meeting in November 2020.'
 WHERE note = 'Via Eurocities zal Gent dit Charter mee onderschrijven op de jaarvergadering van het netwerk in november 2020.' AND note_en IS NULL;

-- initiatives: English titles that shifted the Dutch, as first seeded (30_initiatives.sql now holds
-- the corrected ones): a candidacy had become a commitment (9, 18), a secondary section of the
-- international school a new school (6), and others dropped part of the text.
UPDATE initiative SET title_en = 'Deepen and broaden the external internationalisation of Ghent and Group Ghent within the SDGs, with human rights as the guide'
 WHERE number = 1 AND title_en = 'Deepen and broaden internationalisation: SDGs, human rights as guide';
UPDATE initiative SET title_en = 'Give precedence to the 4 international top priorities, without losing sight of other city priorities with an international link'
 WHERE number = 2 AND title_en = 'Give precedence to the 4 international top priorities';
UPDATE initiative SET title_en = 'Act as a cooperative partner and respond to the policy agendas and resources of the other levels of government'
 WHERE number = 3 AND title_en = 'Act as a cooperative partner to the other levels of government';
UPDATE initiative SET title_en = 'Invest in the cross-border North Sea Port District and, as a shareholder, support its international positioning'
 WHERE number = 4 AND title_en = 'Invest in the cross-border North Sea Port District';
UPDATE initiative SET title_en = 'Work on the ERDF project soft landing; study a single point of contact for internationals and a secondary section for the international school in Ghent'
 WHERE number = 6 AND title_en = 'EFRO soft landing; feasibility of contact point and secondary school';
UPDATE initiative SET title_en = 'Stand as a candidate to help shape the Conference on the Future of Europe and to host ministerial conferences of the EU Council presidency'
 WHERE number = 9 AND title_en = 'Help shape the Conference on the Future of Europe; host ministerials';
UPDATE initiative SET title_en = 'Develop a human rights framework and set up a human rights commission to steer all international contacts'
 WHERE number = 15 AND title_en = 'Human rights framework and human rights commission';
UPDATE initiative SET title_en = 'Host the diplomatic days of FPS Foreign Affairs; stand as a candidate host for the Flemish government''s diplomatic return days'
 WHERE number = 18 AND title_en = 'Host FPS Foreign Affairs diplomatic days and Flemish return days';
UPDATE initiative SET title_en = 'Involve citizens and stakeholders through participation; aim for at least one yearly public activity; a large International Trefdag in 2023'
 WHERE number = 30 AND title_en = 'Participation, yearly public activity, International Trefdag in 2023';
UPDATE initiative SET title_en = 'Improve the city''s internal international work; use it more strategically as a knowledge network and consultation platform'
 WHERE number = 35 AND title_en = 'Improve internal international city network; use it more strategically';

-- the basis of each top priority an initiative serves: the note's words (30_initiatives.sql
-- cites them beside each link) and their English
UPDATE initiative_priority SET basis = 'Eigen tekst (l.272-274): "onze 4 internationale topprioriteiten (Jongeren hoofdstad 2024, Culturele hoofdstad 2030, een Technologiehoofdstad in Europa en klimaatneutraal Gent 2050)"'
 WHERE initiative_id = 2 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Its own text (l.272-274): "our 4 international top priorities (Youth Capital 2024, Cultural Capital 2030, a Technology Capital in Europe and climate-neutral Ghent 2050)"'
 WHERE initiative_id = 2 AND basis = 'Eigen tekst (l.272-274): "onze 4 internationale topprioriteiten (Jongeren hoofdstad 2024, Culturele hoofdstad 2030, een Technologiehoofdstad in Europa en klimaatneutraal Gent 2050)"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 2.2 (l.308-310): "Wanneer Gent onder meer een technologiehoofdstad, een EU-cultuurhoofdstad en jongerenhoofdstad wil worden dan is de aanwezigheid van en het vlot aantrekken en behouden van internationaal talent een absolute randvoorwaarde."'
 WHERE initiative_id = 5 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 2.2 (l.308-310): "If Ghent wants to become, among other things, a technology capital, an EU capital of culture and youth capital, then the presence of international talent and attracting and retaining it smoothly is an absolute precondition."'
 WHERE initiative_id = 5 AND basis = 'Hoofdstuk 2.2 (l.308-310): "Wanneer Gent onder meer een technologiehoofdstad, een EU-cultuurhoofdstad en jongerenhoofdstad wil worden dan is de aanwezigheid van en het vlot aantrekken en behouden van internationaal talent een absolute randvoorwaarde."' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 2.5 (l.550-552): "Voor de realisatie van de 4 eerder vermelde topprioriteiten en de andere stedelijke doelstellingen is Europa een belangrijke medespeler."'
 WHERE initiative_id = 8 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 2.5 (l.550-552): "For realising the 4 top priorities mentioned earlier and the other city objectives, Europe is an important fellow player."'
 WHERE initiative_id = 8 AND basis = 'Hoofdstuk 2.5 (l.550-552): "Voor de realisatie van de 4 eerder vermelde topprioriteiten en de andere stedelijke doelstellingen is Europa een belangrijke medespeler."' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 2.5 (l.609-623), onder de Europese Green Deal: "We zetten onder andere het Eurocities netwerk, Covenant of Mayors, Climate Alliance en andere relevante netwerken hiervoor in"'
 WHERE initiative_id = 11 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 2.5 (l.609-623), under the European Green Deal: "For this we use, among others, the Eurocities network, Covenant of Mayors, Climate Alliance and other relevant networks"'
 WHERE initiative_id = 11 AND basis = 'Hoofdstuk 2.5 (l.609-623), onder de Europese Green Deal: "We zetten onder andere het Eurocities netwerk, Covenant of Mayors, Climate Alliance en andere relevante netwerken hiervoor in"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Eigen tekst (l.911): "In functie van de internationale topprioriteiten"'
 WHERE initiative_id = 13 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Its own text (l.911): "In view of the international top priorities"'
 WHERE initiative_id = 13 AND basis = 'Eigen tekst (l.911): "In functie van de internationale topprioriteiten"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Eigen tekst (l.1075): "Conform de 4 topprioriteiten"'
 WHERE initiative_id = 14 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Its own text (l.1075): "In line with the 4 top priorities"'
 WHERE initiative_id = 14 AND basis = 'Eigen tekst (l.1075): "Conform de 4 topprioriteiten"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 4.4 (l.1255-1256): "Daarnaast zetten we mogelijks ook eigen, individuele missies op. Deze vinden plaats in functie van onze topprioriteiten"'
 WHERE initiative_id = 20 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 4.4 (l.1255-1256): "In addition we may also set up our own, individual missions. These take place in view of our top priorities"'
 WHERE initiative_id = 20 AND basis = 'Hoofdstuk 4.4 (l.1255-1256): "Daarnaast zetten we mogelijks ook eigen, individuele missies op. Deze vinden plaats in functie van onze topprioriteiten"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Eigen tekst (l.1409): "in functie van onze internationale topprioriteiten"'
 WHERE initiative_id = 24 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Its own text (l.1409): "in view of our international top priorities"'
 WHERE initiative_id = 24 AND basis = 'Eigen tekst (l.1409): "in functie van onze internationale topprioriteiten"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 4.2 (l.1154-1155, l.1162-1163): "Dit kan onze klimaatambities versterken"; "In het licht van onze ambitie om Europese culturele hoofdstad te worden in 2030, benutten we onze rol in het Eurocities Cultuur Forum maximaal."'
 WHERE initiative_id = 25 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 4.2 (l.1154-1155, l.1162-1163): "This can strengthen our climate ambitions"; "In the light of our ambition to become European Capital of Culture in 2030, we make the most of our role in the Eurocities Culture Forum."'
 WHERE initiative_id = 25 AND basis = 'Hoofdstuk 4.2 (l.1154-1155, l.1162-1163): "Dit kan onze klimaatambities versterken"; "In het licht van onze ambitie om Europese culturele hoofdstad te worden in 2030, benutten we onze rol in het Eurocities Cultuur Forum maximaal."' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 5.3 (l.1470-1473): "topprioriteiten zoals de wens om jongerenhoofdstad in 2024, Europese culturele hoofdstad in 2030, technologiehoofdstad en tegen 2050 een klimaatneutrale stad (Green Deal) te worden"'
 WHERE initiative_id = 28 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 5.3 (l.1470-1473): "top priorities such as the wish to become youth capital in 2024, European capital of culture in 2030, technology capital and a climate-neutral city by 2050 (Green Deal)"'
 WHERE initiative_id = 28 AND basis = 'Hoofdstuk 5.3 (l.1470-1473): "topprioriteiten zoals de wens om jongerenhoofdstad in 2024, Europese culturele hoofdstad in 2030, technologiehoofdstad en tegen 2050 een klimaatneutrale stad (Green Deal) te worden"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 5.4 (l.1516-1517): "We ontwikkelen een nieuw strategisch kader waarmee we als bestuur nog doelgerichter – cfr 4 topprioriteiten - aanvraagdossiers kunnen indienen."'
 WHERE initiative_id = 29 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 5.4 (l.1516-1517): "We develop a new strategic framework with which we as a government can submit applications in an even more targeted way – cf. the 4 top priorities."'
 WHERE initiative_id = 29 AND basis = 'Hoofdstuk 5.4 (l.1516-1517): "We ontwikkelen een nieuw strategisch kader waarmee we als bestuur nog doelgerichter – cfr 4 topprioriteiten - aanvraagdossiers kunnen indienen."' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 5.5 (l.1526-1527, l.1548-1556): "in functie van het binnenhalen van de titels Europese Culturele en Jongeren hoofdstad"; "vergeten bij dit alles niet de burg te slaan naar onze internationale topprioriteiten"'
 WHERE initiative_id = 30 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 5.5 (l.1526-1527, l.1548-1556): "with a view to winning the titles of European Capital of Culture and Youth Capital"; "in all this we do not forget to build the bridge to our international top priorities"'
 WHERE initiative_id = 30 AND basis = 'Hoofdstuk 5.5 (l.1526-1527, l.1548-1556): "in functie van het binnenhalen van de titels Europese Culturele en Jongeren hoofdstad"; "vergeten bij dit alles niet de burg te slaan naar onze internationale topprioriteiten"' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Eigen tekst (l.1615): "de strategische topprioriteiten"; hoofdstuk 5.6 (l.1571-1572): "in lijn te brengen met onze 4 strategische topprioriteiten, internationaal en lokaal."'
 WHERE initiative_id = 31 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Its own text (l.1615): "the strategic top priorities"; chapter 5.6 (l.1571-1572): "to bring in line with our 4 strategic top priorities, internationally and locally."'
 WHERE initiative_id = 31 AND basis = 'Eigen tekst (l.1615): "de strategische topprioriteiten"; hoofdstuk 5.6 (l.1571-1572): "in lijn te brengen met onze 4 strategische topprioriteiten, internationaal en lokaal."' AND basis_en IS NULL;
UPDATE initiative_priority SET basis = 'Hoofdstuk 5.7 (l.1580-1584): "en rekening houdend met de 4 topprioriteiten."'
 WHERE initiative_id = 32 AND basis IS NULL;
UPDATE initiative_priority SET basis_en = 'Chapter 5.7 (l.1580-1584): "and taking into account the 4 top priorities."'
 WHERE initiative_id = 32 AND basis = 'Hoofdstuk 5.7 (l.1580-1584): "en rekening houdend met de 4 topprioriteiten."' AND basis_en IS NULL;

-- where each record's English comes from
UPDATE city SET en_source = 'mixed' WHERE en_source IS NULL AND id BETWEEN 1 AND 12;
UPDATE agreement SET en_source = 'mixed' WHERE en_source IS NULL AND id IN (1, 3);
UPDATE agreement SET en_source = 'translation' WHERE en_source IS NULL AND id BETWEEN 2 AND 14;
UPDATE network SET en_source = 'translation' WHERE en_source IS NULL AND id BETWEEN 1 AND 19;
UPDATE initiative SET en_source = 'translation' WHERE en_source IS NULL AND id BETWEEN 1 AND 40;

-- The texts the seed review (db/seed/README) gave their present Dutch
-- wording, and the kinds of schemas 8-10: the service's translation.
UPDATE agreement SET fate_en = 'The MoU has expired since 2019.'
 WHERE fate = 'MoU is afgelopen sinds 2019.' AND fate_en IS NULL;
UPDATE network SET notes_en = 'Named as an example of the thematic networks (4.2). Ghent signed the "SDG Bilbao Declaration (ICLEI) – 2018" (see statement 3).'
 WHERE notes = 'Genoemd als voorbeeld van de thematische netwerken (4.2). Gent ondertekende de "SDG Bilbao verklaring (ICLEI) – 2018" (zie verklaring 3).' AND notes_en IS NULL;
UPDATE link SET note_en = 'SDG Bilbao Declaration (ICLEI).'
 WHERE note = 'SDG Bilbao verklaring (ICLEI).' AND note_en IS NULL;
UPDATE link SET note_en = 'Eurocities housing pledge.'
 WHERE note = 'Pledge housing van Eurocities.' AND note_en IS NULL;
UPDATE link SET note_en = 'Through Eurocities, Ghent will co-sign this Charter.'
 WHERE note = 'Via Eurocities zal Gent dit Charter mee onderschrijven.' AND note_en IS NULL;
UPDATE statement SET organiser_en = 'ICLEI' WHERE organiser = 'ICLEI' AND organiser_en IS NULL;
UPDATE statement SET organiser_en = 'UN' WHERE organiser = 'VN' AND organiser_en IS NULL;
UPDATE statement SET organiser_en = 'Eurocities' WHERE organiser = 'Eurocities' AND organiser_en IS NULL;
-- the service's name as the glossary gives it (003)
UPDATE assessment SET assessed_by_en = 'Service of International Relations and Networking'
 WHERE assessed_by = 'Dienst Internationale Relaties en Netwerken' AND assessed_by_en IS NULL;
-- the statements' English is the service's (db/seed/25_statements.sql); the
-- assessments' is the 2025 English page's, but for who assessed
UPDATE statement SET en_source = 'translation' WHERE en_source IS NULL AND source IS NOT NULL;
UPDATE assessment SET en_source = 'mixed' WHERE en_source IS NULL AND source IS NOT NULL;
