-- irdesk seed: chapters, initiatives 1-40 and the 4 international top priorities
-- of the policy note on international cooperation and positioning, City of Ghent,
-- November 2020 (source: shared/seeds/004_e76f4eabbe693aca.txt; "l." = line there).
-- text_nl, title_nl and name_nl are the document's wording; PDF hard line breaks are
-- rejoined with single spaces, runs of spaces collapsed, section numbers dropped.
-- title_en / name_en are the service's translations, faithful to the Dutch: neither adding nor
-- dropping meaning (a candidacy stays a candidacy; reviewed in 2026, see 40_english.sql).  Loaded inside one transaction by the loader.

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
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (1, 1, 1, 'We verdiepen en verbreden de externe internationalisering van Gent en Groep Gent binnen de duurzame ontwikkelingsdoelen en met de mensenrechten als leidraad.', 'Deepen and broaden the external internationalisation of Ghent and Group Ghent within the SDGs, with human rights as the guide', NULL, NULL, 'planned');
-- initiative 2: l.272-276
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (2, 2, 1, 'We geven voorrang aan de realisatie van onze 4 internationale topprioriteiten (Jongeren hoofdstad 2024, Culturele hoofdstad 2030, een Technologiehoofdstad in Europa en klimaatneutraal Gent 2050), zonder evenwel de andere stedelijke prioriteiten met een internationale link uit het oog te verliezen (bv. mobiliteit, migratie, wonen, werk, onderwijs).', 'Give precedence to the 4 international top priorities, without losing sight of other city priorities with an international link', NULL, NULL, 'planned');

-- Chapter 2, section 2.8 Initiatieven
-- initiative 3: l.875-878
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (3, 3, 2, 'We stellen ons op als een coöperatieve partner en spelen actief in op de beleidsagenda’s en middelen van de regio, de Vlaamse, de Belgische, de Europese en de internationale overheden.', 'Act as a cooperative partner and respond to the policy agendas and resources of the other levels of government', NULL, NULL, 'planned');
-- initiative 4: l.880-882
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (4, 4, 2, 'Binnen een grensoverschrijdende dynamiek investeren we in de ontwikkeling van het North Sea Port District, en als aandeelhouder ondersteunen wij de internationale positionering en reputatie.', 'Invest in the cross-border North Sea Port District and, as a shareholder, support its international positioning', NULL, NULL, 'planned');
-- initiative 5: l.884-886
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (5, 5, 2, 'We ontwikkelen een structureler beleid en samenwerking rond internationaal talent met het oog op het aantrekken en behouden van internationaal talent in de economische, culturele, zorg- en onderwijssector.', 'More structural policy to attract and retain international talent', NULL, NULL, 'planned');
-- initiative 6: l.888-890
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (6, 6, 2, 'We werken actief mee aan het EFRO-project soft landing, we onderzoeken de haalbaarheid van een single point of contact voor ‘internationals’ en van een afdeling secundaire onderwijs voor de internationale school in Gent.', 'Work on the ERDF project soft landing; study a single point of contact for internationals and a secondary section for the international school in Ghent', NULL, NULL, 'planned');
-- initiative 7: l.892-893
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (7, 7, 2, 'Binnen de Groep Gent richten we een Gentse Brexit taskforce op om te anticiperen op de gevolgen en opportuniteiten van de Brexit.', 'Set up a Ghent Brexit taskforce within Group Ghent', NULL, NULL, 'planned');
-- initiative 8: l.895-897
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (8, 8, 2, 'We verstevigen ons partnerschap met de EU en bepleiten onze agendapunten zo vroeg mogelijk in de Europese beleidscyclus rekening houdend met de 6 prioritaire beleidsthema’s van de nieuwe Europese Commissie.', 'Strengthen the EU partnership and advocate early in the policy cycle', NULL, NULL, 'planned');
-- initiative 9: l.899-901
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (9, 9, 2, 'We stellen ons kandidaat om de conferentie over de toekomst van Europa mee inhoudelijk vorm te geven en om als gaststad op te treden van ministeriële conferenties in het kader van het Europese voorzitterschap van de Raad van Ministers.', 'Stand as a candidate to help shape the Conference on the Future of Europe and to host ministerial conferences of the EU Council presidency', NULL, NULL, 'planned');
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
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (15, 15, 4, 'Zoals opgenomen in de beleidsnota Internationale Solidariteit van schepen Tine Heyse, bevoegd voor de Noord-Zuid samenwerking, wordt er een mensenrechtenkader ontwikkeld en een mensenrechtencommissie opgericht die sturend zullen zijn voor al onze internationale contacten en relaties.', 'Develop a human rights framework and set up a human rights commission to steer all international contacts', 'schepen Tine Heyse', NULL, 'planned');
-- initiative 16: l.1383
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (16, 16, 4, 'We zetten onze stadsdiplomatie nog meer dan vroeger gericht en proactief in.', 'Deploy city diplomacy in a more targeted and proactive way', NULL, NULL, 'planned');
-- initiative 17: l.1385
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (17, 17, 4, 'We maken gebruik van wereldwijde of Europese netwerken van Gentse stakeholders.', 'Use global or European networks of Ghent stakeholders', NULL, NULL, 'planned');
-- initiative 18: l.1387-1389
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (18, 18, 4, 'We treden op als gaststad voor de diplomatieke dagen van de FOD Buitenlandse Zaken en zijn kandidaat om als gaststad te fungeren voor de buitenlandse diplomatieke terugkomdagen van de Vlaamse regering.', 'Host the diplomatic days of FPS Foreign Affairs; stand as a candidate host for the Flemish government''s diplomatic return days', NULL, NULL, 'planned');
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
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (30, 30, 5, 'Via een participatietraject verhogen we de betrokkenheid van de burgers en andere stakeholders bij het internationaal beleid. Te gepasten tijde consulteren we de relevante stedelijke adviesraden. We streven naar minimaal 1 jaarlijkse publieksactiviteit en organiseren een grote Internationale Trefdag in 2023.', 'Involve citizens and stakeholders through participation; aim for at least one yearly public activity; a large International Trefdag in 2023', NULL, NULL, 'planned');
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
INSERT INTO initiative (id, number, chapter, text_nl, title_en, owner, notes, status) VALUES (35, 35, 6, 'We verhogen de kwaliteit van de interne internationale stadswerking en zetten die nog meer strategisch in als kennisnetwerk en overlegplatform.', 'Improve the city''s internal international work; use it more strategically as a knowledge network and consultation platform', NULL, NULL, 'planned');
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

-- Sources: the policy note's chapter and number of each initiative.
UPDATE initiative SET source = 'Beleidsnota 2020, hoofdstuk ' || chapter || ', initiatief ' || number;
