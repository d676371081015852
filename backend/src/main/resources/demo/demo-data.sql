-- Demo data: Sanierungsgebiet Schinkel (Osnabrück) and the fictitious Fördergebiet Nordviertel (Musterstadt).
--
-- Loaded by DemoDataLoader on the first start of an empty database. Idempotent: every row has a fixed UUID and every
-- insert uses ON CONFLICT DO NOTHING, so a second run changes nothing (rows edited through the API are not
-- overwritten). Target groups are referenced by code, so they may also be seeded elsewhere.
--
-- Sources: public pages of the city of Osnabrück (osnabrueck.de) on the Sanierungsgebiet Schinkel and its IHK, e.g.
-- https://www.osnabrueck.de/start/aktuelles/news/integriertes-handlungskonzept-ihk-fuer-das-sanierungsgebiet-schinkel
-- (04.07.2022); the IHK 2022 document itself was not available. Records that go beyond the sources say so in their description ("Illustrativ…", "für die Demo
-- angenommen"); the second area and everything in it is fictitious.
--
-- UUID scheme: 00000000-0000-4000-8000-0000000TTNNN
--   TT = 01 target_group, 02 area, 03 actor, 04 committee, 05 edition, 06 action_field, 07 need,
--        08 measure, 09 action_step, 10 presentation, 11 indicator
--   NNN = running number; 001–899 Schinkel / Osnabrück, 901–999 Nordviertel / Musterstadt.
--   Action steps: NNN = 10 * measure number + position + 1 (Schinkel), 901… for Nordviertel.

-- ============================================================ target groups
INSERT INTO target_group (id, code, label_de, label_en, version) VALUES
  ('00000000-0000-4000-8000-000000001001', 'CHILDREN', 'Kinder', 'Children', 0),
  ('00000000-0000-4000-8000-000000001002', 'YOUTH', 'Jugendliche', 'Young people', 0),
  ('00000000-0000-4000-8000-000000001003', 'YOUNG_ADULTS', 'Junge Erwachsene', 'Young adults', 0),
  ('00000000-0000-4000-8000-000000001004', 'FAMILIES', 'Familien', 'Families', 0),
  ('00000000-0000-4000-8000-000000001005', 'SENIORS', 'Seniorinnen und Senioren', 'Senior citizens', 0),
  ('00000000-0000-4000-8000-000000001006', 'MIGRANTS', 'Menschen mit Migrationsgeschichte', 'People with a migration background', 0),
  ('00000000-0000-4000-8000-000000001007', 'JOB_SEEKERS', 'Arbeitsuchende', 'Job seekers', 0),
  ('00000000-0000-4000-8000-000000001008', 'ALL_RESIDENTS', 'Alle Bewohnerinnen und Bewohner', 'All residents', 0),
  ('00000000-0000-4000-8000-000000001009', 'PROPERTY_OWNERS', 'Eigentümerinnen und Eigentümer', 'Property owners', 0),
  ('00000000-0000-4000-8000-000000001010', 'ASSOCIATIONS', 'Vereine und Initiativen', 'Associations and initiatives', 0),
  ('00000000-0000-4000-8000-000000001011', 'PEOPLE_WITH_DISABILITIES', 'Menschen mit Behinderung', 'People with disabilities', 0)
ON CONFLICT DO NOTHING;

-- ============================================================ areas
INSERT INTO area (id, slug, name, municipality, programme, funding_start, funding_end, size_hectares, inhabitants, budget_amount, summary, description, version) VALUES
  ('00000000-0000-4000-8000-000000002001', 'schinkel', 'Sanierungsgebiet Schinkel', 'Osnabrück', 'Sozialer Zusammenhalt – Zusammenleben im Quartier gemeinsam gestalten', 2018, 2028, 94.01, 8500, 15000000.00, 'Das Sanierungsgebiet Schinkel im Osten Osnabrücks (94,01 ha, rund 8.500 Einwohnerinnen und Einwohner) wird seit 2018 für zehn Jahre im Bund-Länder-Programm „Sozialer Zusammenhalt – Zusammenleben im Quartier gemeinsam gestalten“ gefördert. Mit rund 15 Mio. Euro – je ein Drittel von Bund, Land Niedersachsen und Stadt Osnabrück – werden Gebäude modernisiert, Spiel- und Freiflächen erneuert, Angsträume an den Bahnunterführungen entschärft und das Zusammenleben gestärkt. Das Quartiersmanagement im Stadtteilbüro Tannenburgstraße 61 hat mit Verwaltung und sozialen Trägern das Integrierte Handlungskonzept (IHK 2022) erarbeitet: Es leitet aus dem Profil des Gebiets die Bedarfe je Handlungsfeld ab und plant die Maßnahmen der kommenden Jahre. Motto: „Viele Farben, eine Heimat, UNSER SCHINKEL“.', 'Lage: Der Schinkel liegt im Osten Osnabrücks. Das Sanierungsgebiet umfasst einen Teil des gleichnamigen Stadtteils – zwischen Hasepark und Tannenburgstraße, von der Bahnunterführung Buersche Straße bis zur „Schinkelkurve“ und entlang der Schützenstraße. Der gesamte Stadtteil hatte Ende 2018 14.542 Einwohnerinnen und Einwohner und ist einer der am dichtesten besiedelten Osnabrücks.

Geschichte: Der Schinkel ist durch die Industrialisierung des 19. Jahrhunderts entlang der Eisenbahn geprägt – ein Arbeiterstadtteil, in den Arbeitsmigrantinnen und Arbeitsmigranten mit ihren Familien zogen. Mit dem Verlust industrieller Arbeitsplätze gingen Wohlstand verloren und Gebäude wurden vernachlässigt.

Charakter: dichte, kleinteilige Bebauung mit vielen grünen Nischen; für Osnabrück ungewöhnlich viele Nationalitäten. Der Stadtteil hat den höchsten Anteil an Menschen mit Migrationsgeschichte und die höchste Kinderarmut der Stadt: Fast jedes zweite Kind lebt in einer Familie, die Leistungen nach dem SGB II bezieht.

Barriere: Die Bahnstrecke „Schinkelkurve“ teilt das Gebiet in einen nördlichen und einen südlichen Teil. Verbindungen gibt es nur über Unterführungen (Buersche Straße, Schinkelstraße, Oststraße, Kreuzstraße, Schützenstraße, Thomasburgstraße, Tiefstraße), von denen einige als Angsträume gelten.

Vorbereitung und Förderung: Nach der Prüfung des Sanierungsbedarfs 2016 entstanden mit lokalen Akteuren ein Integriertes Städtebauliches Entwicklungskonzept (ISEK) und die Vorbereitenden Untersuchungen. Der Rat beschloss am 30.05.2017 den Antrag für das Programmjahr 2018; im Dezember 2018 legte er die Grenzen des Sanierungsgebiets fest. Die Förderung von rund 15 Mio. Euro über zehn Jahre (2018–2028) tragen Bund, Land Niedersachsen und Stadt Osnabrück zu je einem Drittel.

Vor Ort: Stadtteilbüro Tannenburgstraße 61 (seit Juli 2019) mit Quartiersmanagement (seit November 2019), Sanierungs- und Energieberatung und Beratungsangeboten sozialer Träger; Bürgervertretung „Schinkelrunde“; Vernetzungsrunde der Fachbereiche.

Motto: „Viele Farben, eine Heimat, UNSER SCHINKEL“ – aus einem Mottowettbewerb, der im November 2019 startete.', 0),  -- Osnabrück
  ('00000000-0000-4000-8000-000000002901', 'musterstadt-nordviertel', 'Fördergebiet Nordviertel', 'Musterstadt', 'Sozialer Zusammenhalt – Zusammenleben im Quartier gemeinsam gestalten', 2021, 2031, 38.50, 4200, 6500000.00, 'Fiktives Demo-Fördergebiet in der erfundenen Stadt Musterstadt (38,5 ha, rund 4.200 Einwohnerinnen und Einwohner).', 'Fiktives Fördergebiet für Demonstrations- und Testzwecke; Stadt, Gebiet, Zahlen, Akteure und Maßnahmen sind erfunden. Es dient dazu, Listen und Filter über mehrere Gebiete und Kommunen vorzuführen.', 0)  -- fictitious
ON CONFLICT DO NOTHING;

-- The real area first, the fictitious one after it (the start page lists areas by position).
UPDATE area SET position = 0 WHERE id = '00000000-0000-4000-8000-000000002001' AND version = 0;
UPDATE area SET position = 1 WHERE id = '00000000-0000-4000-8000-000000002901' AND version = 0;

-- ============================================================ actors (shared by the areas of a municipality)
-- Websites only where a source page of the city exists; no e-mail addresses (none given in the sources).
INSERT INTO actor (id, name, kind, municipality, description, website, email, version) VALUES
  ('00000000-0000-4000-8000-000000003001', 'Fachbereich Städtebau', 'CITY_DEPARTMENT', 'Osnabrück', 'Federführender Fachbereich der Stadt Osnabrück für das Sanierungsgebiet Schinkel; im Stadtteilbüro präsent, Mitglied der Vernetzungsrunde. Hat die Bürgerbefragung 2021 gemeinsam mit dem Quartiersmanagement und der Statistikstelle entwickelt.', 'https://www.osnabrueck.de/sanierung-schinkel/', NULL, 0),
  ('00000000-0000-4000-8000-000000003002', 'Fachbereich Bildung, Schule und Sport', 'CITY_DEPARTMENT', 'Osnabrück', 'Fachbereich der Stadt Osnabrück; begleitet den IHK-Prozess im Schinkel in der Vernetzungsrunde.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003003', 'Fachbereich Soziales', 'CITY_DEPARTMENT', 'Osnabrück', 'Fachbereich der Stadt Osnabrück; begleitet den IHK-Prozess im Schinkel in der Vernetzungsrunde. Ende 2018 sah der damalige Fachbereich Integration, Soziales und Bürgerengagement im „Schinkel-Dreieck“ einen erhöhten Handlungsbedarf; 2019 schlug das Sozialdezernat ein fünfjähriges Projekt zu den Lebensbedingungen von EU-Zugewanderten vor.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003004', 'Fachbereich Kinder, Jugendliche und Familien', 'CITY_DEPARTMENT', 'Osnabrück', 'Fachbereich der Stadt Osnabrück; Mitglied der Vernetzungsrunde. Betreibt seit Mitte 2019 aus dem Stadtteilbüro Schinkel heraus das Angebot „Jugend stärken im Quartier“ (JUSTiQ).', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003005', 'Referat Nachhaltige Stadtentwicklung', 'CITY_DEPARTMENT', 'Osnabrück', 'Referat der Stadt Osnabrück; begleitet den IHK-Prozess im Schinkel in der Vernetzungsrunde.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003006', 'Statistikstelle', 'CITY_DEPARTMENT', 'Osnabrück', 'Statistikstelle der Stadt Osnabrück; hat die Bürgerbefragung 2021 im Sanierungsgebiet mitentwickelt.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003007', 'Kinder- und Jugendbüro', 'CITY_DEPARTMENT', 'Osnabrück', 'Beteiligt Kinder und Jugendliche an Planungen der Stadt, z. B. mit Werkstätten zum Großspielplatz Hasepark und zum Spielplatz Schützenstraße.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003008', 'Osnabrücker ServiceBetrieb (OSB)', 'CITY_DEPARTMENT', 'Osnabrück', 'Plant, baut und unterhält Spielplätze und Grünflächen; im Schinkel u. a. Großspielplatz Hasepark, Spielplatz Schützenstraße und Spielplatz Tannenburgstraße.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003009', 'Streetwork', 'CITY_DEPARTMENT', 'Osnabrück', 'Aufsuchende Jugendarbeit der Stadt Osnabrück; hat an der Jugendbefragung „Schinkel asozial? #NOFRONT“ mitgewirkt.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003010', 'BauBeCon Sanierungsträger GmbH', 'TRUSTEE', 'Osnabrück', 'Sanierungsträger (Treuhänder) der Stadt Osnabrück für das Sanierungsgebiet Schinkel: berät Eigentümerinnen und Eigentümer zu Modernisierung und Fördermitteln und trägt das Quartiersmanagement. Mitglied der Vernetzungsrunde; moderiert die Schinkelrunde.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003011', 'Quartiersmanagement Schinkel', 'QUARTER_MANAGEMENT', 'Osnabrück', 'Schnittstelle zwischen Bewohnerschaft, Verwaltung und weiteren Akteuren: vernetzt die Akteure im Quartier, aktiviert und beteiligt die Bewohnerinnen und Bewohner, macht Öffentlichkeitsarbeit, koordiniert die sozialen Maßnahmen (Integriertes Handlungskonzept) und verwaltet den Verfügungsfonds. Getragen von der BauBeCon Sanierungsträger GmbH; seit November 2019 im Stadtteilbüro, personeller Wechsel zum 1. August 2023.

Stadtteilbüro Schinkel, Tannenburgstraße 61, Osnabrück (ehemaliges Sanitätshaus, geöffnet seit Juli 2019).
Sprechzeiten: montags 14–19 Uhr, donnerstags 9–14 Uhr.', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/', NULL, 0),
  ('00000000-0000-4000-8000-000000003012', 'ICM', 'OTHER', 'Osnabrück', 'Unternehmen, das im Sanierungsgebiet Schinkel das energetische Sanierungsmanagement übernimmt: Erst- und Fördermittelberatung zu energetischen Sanierungen (Stand 2019).', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003013', 'Heinz-Fitschen-Haus', 'SOCIAL_ORGANISATION', 'Osnabrück', 'Kinder-, Jugend- und Familienzentrum und Stadtteiltreff am Heiligenweg 40 (2018 rund 5.000 Besuche im Monat); Ort der Schinkelrunde und des Stadtteilfests; offener Kindertreff; Integrationsmanagement gemeinsam mit der AWO. Um- und Erweiterungsbau mit rund 1,65 Mio. Euro aus dem „Investitionspakt Soziale Integration im Quartier“ (Ratsbeschluss 06.03.2018).', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003014', 'AWO', 'SOCIAL_ORGANISATION', 'Osnabrück', 'Arbeiterwohlfahrt; trägt gemeinsam mit dem Heinz-Fitschen-Haus das Integrationsmanagement im Schinkel und hat die Jugendbefragung #NOFRONT mitgetragen.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003015', 'Bürgerverein Schinkel von 1912', 'RESIDENTS_BODY', 'Osnabrück', 'Örtlicher Bürgerverein; äußert sich zu den Problemen im „Schinkel-Dreieck“ und zu Angsträumen, ist bei Spielplatzeröffnungen präsent.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003016', 'Schinkelrunde', 'RESIDENTS_BODY', 'Osnabrück', 'Bürgervertretung für das Sanierungsgebiet: offen für alle Bewohnerinnen und Bewohner, Vereine, Eigentümerinnen und Eigentümer (auch nicht im Gebiet wohnende) und das örtliche Gewerbe. Moderiert von Sanierungsträger und Quartiersmanagement; Mitglieder der Vernetzungsrunde beantworten Fragen; schriftliche Nachfragen innerhalb von 14 Tagen fließen ins Protokoll ein.', 'https://www.osnabrueck.de/sanierung-schinkel/machen-sie-mit/schinkelrunde/', NULL, 0),
  ('00000000-0000-4000-8000-000000003017', 'Vernetzungsrunde', 'NETWORK_BODY', 'Osnabrück', 'Gremium der Fachbereiche Bildung, Schule und Sport; Soziales; Kinder, Jugendliche und Familien; Städtebau und des Referats Nachhaltige Stadtentwicklung gemeinsam mit der BauBeCon. Begleitet den IHK-Prozess; ihre Mitglieder beantworten Fragen in der Schinkelrunde. Mitgliederliste und Sitzungsrhythmus sind in den Quellen nicht genannt.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003018', 'Gesamtschule Schinkel', 'SCHOOL', 'Osnabrück', 'Gesamtschule im Stadtteil Schinkel; acht Schülerinnen und Schüler haben die Jugendbefragung „Schinkel asozial? #NOFRONT“ mitgestaltet.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003019', 'Heiligenwegschule', 'SCHOOL', 'Osnabrück', 'Schule im Schinkel mit dem Hort „Schinkelkids“, dessen Kinder an der Zukunftswerkstatt zum Großspielplatz Hasepark (Osterferien 2019) teilnahmen.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003020', 'Stüveschule', 'SCHOOL', 'Osnabrück', 'Schule im Schinkel; Kinder des Horts „Freunde der Stüveschule“ (6–10 Jahre) haben den Spielplatz Schützenstraße in einer dreitägigen Werkstatt mitgeplant.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003021', 'OSRadio', 'OTHER', 'Osnabrück', 'Bürgerfunk in Osnabrück; produziert mit dem Quartiersmanagement den Stadtteilpodcast „Schinkel-Stimmen“.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003022', 'Jobcenter Osnabrück', 'OTHER', 'Osnabrück', 'Jobcenter der Stadt Osnabrück; 2019 wurde eine engere Zusammenarbeit von Jobcenter, Sozialarbeit und Ordnungsbehörden im „Schinkel-Dreieck“ angekündigt.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003901', 'Amt für Stadtentwicklung Musterstadt', 'CITY_DEPARTMENT', 'Musterstadt', 'Fiktiver Akteur für die Demo: federführendes Amt für das Fördergebiet Nordviertel in der erfundenen Stadt Musterstadt.', NULL, NULL, 0),
  ('00000000-0000-4000-8000-000000003902', 'Stadtteilmanagement Nordviertel', 'QUARTER_MANAGEMENT', 'Musterstadt', 'Fiktiver Akteur für die Demo: Stadtteilmanagement im erfundenen Fördergebiet Nordviertel, Musterstadt.', NULL, NULL, 0)
ON CONFLICT DO NOTHING;

-- ============================================================ committees
-- "Stadtentwicklungsausschuss" is kept as a separate committee because the source (NOZ 01/2019) names it so;
-- it is probably the press name of the Ausschuss für Stadtentwicklung und Umwelt (StUA).
INSERT INTO committee (id, name, short_name, municipality, oparl_organization_url, version) VALUES
  ('00000000-0000-4000-8000-000000004001', 'Rat der Stadt Osnabrück', 'Rat', 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004002', 'Jugendhilfeausschuss', 'JHA', 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004003', 'Sozial- und Gesundheitsausschuss', 'SGA', 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004004', 'Ausschuss für Stadtentwicklung und Umwelt', 'StUA', 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004005', 'Ausschuss für Finanzen, Infrastruktur und Beteiligungssteuerung', 'AFIB', 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004006', 'Stadtentwicklungsausschuss', NULL, 'Osnabrück', NULL, 0),
  ('00000000-0000-4000-8000-000000004901', 'Ausschuss für Soziales und Stadtteilentwicklung', 'SStA', 'Musterstadt', NULL, 0)
ON CONFLICT DO NOTHING;

-- ============================================================ editions
INSERT INTO edition (id, area_id, label, published_on, document_url, summary, version) VALUES
  ('00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000002001', 'IHK 2022', DATE '2022-06-15', NULL, 'Das Integrierte Handlungskonzept (IHK) 2022 hat das Quartiersmanagement gemeinsam mit den Vernetzungsgremien und sozialen Trägern erarbeitet. Aufbau: (1) räumliches und sozialstrukturelles Profil des Gebiets, (2) Ableitung der (sozialen) Bedarfe je Handlungsfeld, z. B. Integration sowie Bildung und Qualifizierung, (3) konzeptionelle Maßnahmenplanung für die folgenden Jahre; die Bedarfe sind mit Handlungsschritten verknüpft. In die Bedarfsanalyse flossen die Ergebnisse der Bürgerbefragung 2021 ein. Das IHK wurde im Juni 2022 im Jugendhilfeausschuss und im Sozial- und Gesundheitsausschuss vorgestellt und soll mit den sozialen Akteuren weiterentwickelt werden.

Hinweis zur Demo: Der Volltext des IHK lag nicht vor. Bedarfe und Maßnahmen stammen aus öffentlichen Quellen (Stadt Osnabrück, Presse); ihre Zuordnung zu Handlungsfeldern ist angenommen, als illustrativ gekennzeichnete Einträge sind erfunden.', 0),
  ('00000000-0000-4000-8000-000000005901', '00000000-0000-4000-8000-000000002901', 'IHK Nordviertel 2024', DATE '2024-03-20', NULL, 'Fiktive Fassung des Integrierten Handlungskonzepts für das erfundene Fördergebiet Nordviertel (Demo).', 0)
ON CONFLICT DO NOTHING;

-- ============================================================ action fields
INSERT INTO action_field (id, area_id, code, title, description, goal, position, color, version) VALUES
  ('00000000-0000-4000-8000-000000006001', '00000000-0000-4000-8000-000000002001', 'IN', 'Integration', 'Im IHK 2022 ausdrücklich genanntes Handlungsfeld. Der Schinkel hat den höchsten Anteil an Menschen mit Migrationsgeschichte unter den Osnabrücker Stadtteilen; im „Dreieck“ Buersche Straße / Venloer Straße / Schinkelstraße leben vor allem Zugewanderte aus Bulgarien. Sprachbarrieren und prekäre Beschäftigung erschweren das Zusammenleben. Die Zielformulierung ist für die Demo formuliert.', 'Zusammenleben statt Nebeneinander: Zugewanderte und alteingesessene Bewohnerschaft begegnen sich, finden Beratung in ihrer Lebenslage und nehmen gleichberechtigt am Leben im Quartier teil.', 0, '#1D4ED8', 0),
  ('00000000-0000-4000-8000-000000006002', '00000000-0000-4000-8000-000000002001', 'BQ', 'Bildung und Qualifizierung', 'Im IHK 2022 ausdrücklich genanntes Handlungsfeld. Hintergrund sind die hohe Zahl von Familien im SGB-II-Bezug und junge Menschen ohne Perspektive in Schule, Ausbildung und Beruf. Die Zielformulierung ist für die Demo formuliert.', 'Kinder, Jugendliche und Erwachsene erhalten Perspektiven in Schule, Ausbildung und Beruf; Qualifizierung und Arbeit eröffnen Wege aus der Armut.', 1, '#C2410C', 0),
  ('00000000-0000-4000-8000-000000006003', '00000000-0000-4000-8000-000000002001', 'KJF', 'Kinder, Jugend und Familie', 'Illustratives Handlungsfeld für die Demo; nicht aus dem IHK-Dokument übernommen. Hintergrund: Der Schinkel hat die höchste Kinderarmut Osnabrücks – fast jedes zweite Kind lebt in einer Familie mit SGB-II-Leistungen; die Jugendbefragung #NOFRONT zeigt Wünsche nach Treffpunkten und besseren Sportflächen.', 'Kinder und Jugendliche finden sichere, attraktive Spiel-, Sport- und Treffpunkte und verlässliche Ansprechpersonen; Familien in Armutslagen werden entlastet.', 2, '#BE185D', 0),
  ('00000000-0000-4000-8000-000000006004', '00000000-0000-4000-8000-000000002001', 'VB', 'Vernetzung, Aktivierung und Beteiligung', 'Vernetzung der Akteure sowie Aktivierung und Beteiligung sind laut Stadt Osnabrück strategische Aufgabenfelder des Quartiersmanagements. Ob sie im IHK-Dokument als eigenes Handlungsfeld geführt werden, ist nicht belegt; für die Demo zu einem Handlungsfeld zusammengefasst.', 'Die Akteure im Quartier arbeiten abgestimmt zusammen; Bewohnerinnen und Bewohner, Vereine und Eigentümerinnen und Eigentümer bringen sich ein und gestalten den Schinkel mit.', 3, '#15803D', 0),
  ('00000000-0000-4000-8000-000000006005', '00000000-0000-4000-8000-000000002001', 'OI', 'Öffentlichkeitsarbeit und Image', 'Öffentlichkeitsarbeit ist laut Stadt Osnabrück ein strategisches Aufgabenfeld des Quartiersmanagements; „Image“ ist für die Demo ergänzt, weil das negative Außenbild des Stadtteils schon vor der Antragstellung als Schwäche benannt wurde. Ob es im IHK-Dokument als eigenes Handlungsfeld geführt wird, ist nicht belegt.', 'Die Bewohnerschaft ist gut über Sanierung und Angebote informiert; das Bild des Schinkels verbessert sich nach innen und außen.', 4, '#7E22CE', 0),
  ('00000000-0000-4000-8000-000000006006', '00000000-0000-4000-8000-000000002001', 'WW', 'Wohnen und Wohnumfeld', 'Illustratives Handlungsfeld für die Demo; nicht aus dem IHK-Dokument übernommen. Hintergrund: Die Vorbereitenden Untersuchungen nennen Modernisierungs- und Energiesanierungsbedarf, verbesserungsbedürftige Wohnverhältnisse und Lärm; im „Dreieck“ gibt es Beschwerden über Müll und Ratten.', 'Gebäude werden modernisiert und energetisch saniert; das Wohnumfeld ist sauber, gepflegt und lebenswert.', 5, '#854D0E', 0),
  ('00000000-0000-4000-8000-000000006007', '00000000-0000-4000-8000-000000002001', 'ORS', 'Öffentlicher Raum und Sicherheit', 'Illustratives Handlungsfeld für die Demo; nicht aus dem IHK-Dokument übernommen. Hintergrund: Die Bahnstrecke „Schinkelkurve“ teilt das Gebiet; Unterführungen gelten als Angsträume, ein zentraler Platz mit Aufenthaltsqualität fehlt.', 'Plätze, Wege und Bahnunterführungen sind sicher, hell und einladend; es gibt Orte der Begegnung mit Aufenthaltsqualität.', 6, '#0E7490', 0),
  ('00000000-0000-4000-8000-000000006008', '00000000-0000-4000-8000-000000002001', 'SEN', 'Senioren', 'Illustratives Handlungsfeld für die Demo; nicht aus dem IHK-Dokument übernommen. Hintergrund: Im Stadtteilbüro gibt es auch Beratungsangebote für Seniorinnen und Senioren.', 'Ältere Menschen finden im Stadtteil Beratung, Begegnung und Bewegung.', 7, '#475569', 0),
  ('00000000-0000-4000-8000-000000006901', '00000000-0000-4000-8000-000000002901', 'NB', 'Nachbarschaft und Zusammenleben', 'Fiktives Handlungsfeld des erfundenen Fördergebiets Nordviertel (Demo).', 'Im Nordviertel gibt es Treffpunkte und Angebote für alle Generationen.', 0, '#6D28D9', 0),
  ('00000000-0000-4000-8000-000000006902', '00000000-0000-4000-8000-000000002901', 'GF', 'Grün und Freiraum', 'Fiktives Handlungsfeld des erfundenen Fördergebiets Nordviertel (Demo).', 'Plätze und Grünflächen spenden Schatten und laden zum Aufenthalt ein.', 1, '#15803D', 0)
ON CONFLICT DO NOTHING;

-- ============================================================ needs
-- Gaps (no measure answers them): IN-B4, WW-B3, SEN-B2.
INSERT INTO need (id, area_id, action_field_id, code, title, description, evidence, priority, version) VALUES
  ('00000000-0000-4000-8000-000000007001', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-B1', 'Zusammenleben statt Nebeneinander im Quartier', 'Bevölkerungsgruppen leben eher nebeneinander als miteinander. Im „Dreieck“ Buersche Straße / Venloer Straße / Schinkelstraße haben sich Parallelstrukturen gebildet, Sprachbarrieren erschweren den Kontakt zur Nachbarschaft.', 'Presseberichte NOZ 10/2018 („Schinkel-Dreieck wird zum Problem“) und 2018/2019 („Soziale Stadt“, „Stadt geht Probleme im Schinkel an“); Einschätzung des Bürgervereins Schinkel.', 'HIGH', 0),  -- field IN
  ('00000000-0000-4000-8000-000000007002', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-B2', 'Arbeits- und sozialrechtliche Beratung für Zugewanderte aus Südosteuropa', 'Wegen geringer Deutschkenntnisse werden insbesondere Zugewanderte aus Bulgarien in prekären Arbeitsverhältnissen ausgenutzt. Gebraucht wird Beratung zu Arbeits- und Sozialrecht.', 'NOZ 08/2019: Forderungen der Grünen zum Sicherheitsgefühl im Schinkel.', 'HIGH', 0),  -- field IN
  ('00000000-0000-4000-8000-000000007003', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-B3', 'Niedrigschwellige Beratung für Zugewanderte im Stadtteil', 'Zugewanderte brauchen eine erreichbare Anlaufstelle im Quartier für Fragen zu Behörden, Wohnen, Arbeit und Schule.', 'Pressemitteilung der Stadt Osnabrück vom 23.10.2025: Beratungsangebote im Stadtteilbüro für Jugendliche, Seniorinnen und Senioren sowie Zugewanderte.', 'MEDIUM', 0),  -- field IN
  ('00000000-0000-4000-8000-000000007004', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-B4', 'Lebenslagen von EU-Zugewanderten systematisch erfassen', 'Über die Lebensbedingungen der EU-Zugewanderten im Schinkel (nicht nur aus Bulgarien) fehlt belastbares Wissen. 2019 schlug das Sozialdezernat ein fünfjähriges Projekt dazu vor; dessen Stand und ein Bezug zum IHK sind in den Quellen nicht belegt. Bisher ist keine Maßnahme zugeordnet (Lücke).', 'NOZ 21.08.2019 und „Stadt geht Probleme im Schinkel an“ (NOZ-Archiv, 2019).', 'MEDIUM', 0),  -- field IN
  ('00000000-0000-4000-8000-000000007005', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006002', 'BQ-B1', 'Perspektiven aus der Armut durch Qualifizierung und Arbeit', 'Viele Haushalte beziehen Sozialleistungen. Qualifizierungs- und Beschäftigungsangebote sollen Wege aus der Armut eröffnen, gerade für Menschen mit geringen Deutschkenntnissen.', 'NOZ 08/2019 (Grüne: Sicherheitsgefühl im Schinkel verbessern); NOZ 10/2018 und 01/2019 zur Kinderarmut.', 'HIGH', 0),  -- field BQ
  ('00000000-0000-4000-8000-000000007006', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006002', 'BQ-B2', 'Junge Menschen ohne Perspektive in Schule, Ausbildung und Beruf', 'Jugendliche und junge Erwachsene brauchen individuelle Unterstützung, um Schule abzuschließen und eine Ausbildung oder Arbeit zu finden.', 'Stadt Osnabrück, Meldung vom 14.11.2019 (Angebote im Stadtteilbüro); NOZ 07/2019 („Schinkel hat jetzt ein eigenes Stadtteilbüro“).', 'HIGH', 0),  -- field BQ
  ('00000000-0000-4000-8000-000000007007', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-B1', 'Hohe Kinderarmut abfedern', 'Der Schinkel hat die höchste Kinderarmut in Osnabrück: Fast jedes zweite Kind lebt in einer Familie, die Leistungen nach dem SGB II bezieht. Kinder brauchen kostenfreie Bildungs-, Freizeit- und Bewegungsangebote im Stadtteil.', 'NOZ 10/2018 („Soziale Stadt: Wann fließen die Millionen in den Schinkel?“) und NOZ 01/2019 („Hier will Osnabrück 15 Millionen Euro ausgeben“).', 'HIGH', 0),  -- field KJF
  ('00000000-0000-4000-8000-000000007008', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-B2', 'Mehr Treffpunkte und bessere Sportflächen für Jugendliche', 'In der Jugendbefragung wünschen sich junge Menschen mehr Orte zum Treffen, aufgewertete Sportplätze, einen günstigen Kiosk sowie eine faire, sichere und saubere Nachbarschaft. Rund ein Fünftel bewertete den Stadtteil mit 1 bis 3 von 10 Punkten.', 'Jugendbefragung „Schinkel asozial? #NOFRONT“ (167 Jugendliche ab 11 Jahren), osna-live.de.', 'HIGH', 0),  -- field KJF
  ('00000000-0000-4000-8000-000000007009', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-B3', 'Zeitgemäße, inklusive Spiel- und Bewegungsflächen', 'Grün- und Spielflächen sind veraltet oder fehlen. Gebraucht werden barrierefreie Spiel-, Sport- und Bolzplätze für Kinder, Jugendliche und Familien in beiden Teilen des Gebiets.', 'Vorbereitende Untersuchungen 2017 (veraltete oder fehlende Ausstattung von Grünflächen und Plätzen); Budgetansatz von rund 1,7 Mio. Euro für Spiel-, Sport- und Bolzplätze (NOZ 01/2019).', 'HIGH', 0),  -- field KJF
  ('00000000-0000-4000-8000-000000007010', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-B1', 'Vernetzung der Akteure im Quartier', 'Soziale Einrichtungen, Schulen, Vereine, Initiativen und Verwaltung sollen ihre Angebote abstimmen und gemeinsam am IHK weiterarbeiten.', 'Aufgabenbeschreibung des Quartiersmanagements, Stadt Osnabrück (Meldung zum IHK vom 04.07.2022).', 'MEDIUM', 0),  -- field VB
  ('00000000-0000-4000-8000-000000007011', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-B2', 'Beteiligung der Bewohnerschaft an der Quartiersentwicklung', 'Bewohnerinnen und Bewohner, Eigentümerinnen und Eigentümer und Gewerbetreibende sollen ihre Sicht einbringen und an Entscheidungen über Maßnahmen mitwirken – auch diejenigen, die wenig Deutsch sprechen.', 'Bürgerbefragung 15.03.–18.04.2021 (Ergebnisse flossen in die Bedarfsanalyse des IHK ein, sind aber nicht veröffentlicht); Schinkelrunde als Bürgervertretung.', 'HIGH', 0),  -- field VB
  ('00000000-0000-4000-8000-000000007012', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006005', 'OI-B1', 'Negatives Außenbild des Schinkels verbessern', 'Der Schinkel hat ein schlechtes Image in der Stadt. Das wurde schon in den Werkstätten vor der Antragstellung als Schwäche benannt.', 'NOZ-Archiv 23.08.2018 (Bürgerdinner „Schinkel isst bunt“, Werkstätten 2016/17); NOZ 02/2018 (Leitung des Heinz-Fitschen-Hauses; Text in der Quelle abgeschnitten).', 'HIGH', 0),  -- field OI
  ('00000000-0000-4000-8000-000000007013', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006005', 'OI-B2', 'Bewohnerschaft über Sanierung und Angebote informieren', 'Viele Bewohnerinnen und Bewohner kennen die Möglichkeiten des Sanierungsgebiets (Beratung, Förderung, Verfügungsfonds, Beteiligung) nicht. Informationen müssen verständlich und mehrsprachig ankommen.', 'Aufgabenbeschreibung des Quartiersmanagements (Öffentlichkeitsarbeit), Stadt Osnabrück 04.07.2022.', 'MEDIUM', 0),  -- field OI
  ('00000000-0000-4000-8000-000000007014', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006006', 'WW-B1', 'Modernisierung und energetische Sanierung des Gebäudebestands', 'Viele Mehrfamilienhäuser sind sanierungsbedürftig, der Energiebedarf der Gebäude ist hoch, die Wohnverhältnisse sind verbesserungsbedürftig.', 'Vorbereitende Untersuchungen 2017 (städtebauliche Missstände), Stadt Osnabrück „Fakten und Ziele“; NOZ 10/2018.', 'HIGH', 0),  -- field WW
  ('00000000-0000-4000-8000-000000007015', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006006', 'WW-B2', 'Müll und Ratten im „Schinkel-Dreieck“', 'Im Bereich Buersche Straße / Venloer Straße / Schinkelstraße gibt es Beschwerden über Müll, Ratten und überbelegte Wohnungen. Informationen zur Mülltrennung müssen alle Haushalte erreichen.', 'NOZ 10/2018 („Ratten, Müll und Männergruppen“); Flyer zur Mülltrennung in der ersten Schinkelrunde (osnabrueck.de, Schinkelrunde).', 'HIGH', 0),  -- field WW
  ('00000000-0000-4000-8000-000000007016', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006006', 'WW-B3', 'Lärmbelastung und Lücken im Radwegenetz', 'Lärm und ein unzureichendes Radwegenetz mindern die Wohnqualität. Der Bedarf stammt aus den städtebaulichen Vorbereitenden Untersuchungen, nicht aus dem IHK; bisher ist keine Maßnahme zugeordnet (Lücke).', 'Vorbereitende Untersuchungen 2017, Stadt Osnabrück „Fakten und Ziele“.', 'LOW', 0),  -- field WW
  ('00000000-0000-4000-8000-000000007017', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006007', 'ORS-B1', 'Angsträume an den Bahnunterführungen entschärfen', 'Die Unterführungen unter der „Schinkelkurve“ – besonders Buersche Straße und Thomasburgstraße – werden als Angsträume wahrgenommen. Sie sind dunkel, unübersichtlich und verbinden doch Nord- und Südteil des Gebiets.', 'NOZ 10/2018 (Gutachten eines Bremer Planungsbüros: Unterführung Buersche Straße als „Angstraum“); ISEK („Angstort“ Thomasburgstraße), osnabrueck.de.', 'HIGH', 0),  -- field ORS
  ('00000000-0000-4000-8000-000000007018', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006007', 'ORS-B2', 'Treffpunkte und ein zentraler Platz mit Aufenthaltsqualität', 'Es fehlen Orte der Begegnung; einen zentralen Platz mit Aufenthaltsqualität gibt es im Schinkel nicht.', 'NOZ 10/2018 („Soziale Stadt: Wann fließen die Millionen in den Schinkel?“).', 'MEDIUM', 0),  -- field ORS
  ('00000000-0000-4000-8000-000000007019', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006008', 'SEN-B1', 'Beratung für ältere Menschen im Stadtteil', 'Seniorinnen und Senioren fragen Beratung vor Ort nach, etwa zu Pflege, Wohnen und Alltagshilfen.', 'Pressemitteilung der Stadt Osnabrück vom 23.10.2025 (Beratungsangebote im Stadtteilbüro).', 'MEDIUM', 0),  -- field SEN
  ('00000000-0000-4000-8000-000000007020', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006008', 'SEN-B2', 'Barrierearme Begegnungs- und Bewegungsangebote für Ältere', 'Illustrativer Bedarf für die Demo; nicht aus dem IHK-Dokument oder den Quellen übernommen. Ältere Menschen wünschen sich barrierearme Treffpunkte und regelmäßige Bewegungsangebote in Wohnungsnähe. Bisher ist keine Maßnahme zugeordnet (Lücke).', 'Annahme für die Demo (keine Quelle).', 'LOW', 0),  -- field SEN
  ('00000000-0000-4000-8000-000000007901', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006901', 'NB-B1', 'Fehlende Treffpunkte für die Nachbarschaft', 'Fiktiver Bedarf (Demo): Im Nordviertel gibt es keinen nichtkommerziellen Treffpunkt.', 'Fiktive Bewohnerbefragung 2023 (Demo).', 'HIGH', 0),  -- field NB
  ('00000000-0000-4000-8000-000000007902', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006901', 'NB-B2', 'Freizeitangebote für Jugendliche', 'Fiktiver Bedarf (Demo): Jugendliche vermissen Sport- und Treffmöglichkeiten im Viertel.', 'Fiktive Jugendwerkstatt 2023 (Demo).', 'HIGH', 0),  -- field NB
  ('00000000-0000-4000-8000-000000007903', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006902', 'GF-B1', 'Hitzebelastung und fehlender Schatten auf Plätzen', 'Fiktiver Bedarf (Demo): Der Lindenplatz heizt sich im Sommer stark auf.', 'Fiktive Klimaanalyse 2022 (Demo).', 'MEDIUM', 0)  -- field GF
ON CONFLICT DO NOTHING;

-- Target groups are looked up by code.
INSERT INTO need_target_group (need_id, target_group_id)
SELECT v.need_id::uuid, tg.id
FROM (VALUES
  ('00000000-0000-4000-8000-000000007001', 'MIGRANTS'),  -- IN-B1
  ('00000000-0000-4000-8000-000000007001', 'ALL_RESIDENTS'),  -- IN-B1
  ('00000000-0000-4000-8000-000000007002', 'MIGRANTS'),  -- IN-B2
  ('00000000-0000-4000-8000-000000007002', 'JOB_SEEKERS'),  -- IN-B2
  ('00000000-0000-4000-8000-000000007003', 'MIGRANTS'),  -- IN-B3
  ('00000000-0000-4000-8000-000000007003', 'FAMILIES'),  -- IN-B3
  ('00000000-0000-4000-8000-000000007004', 'MIGRANTS'),  -- IN-B4
  ('00000000-0000-4000-8000-000000007005', 'JOB_SEEKERS'),  -- BQ-B1
  ('00000000-0000-4000-8000-000000007005', 'MIGRANTS'),  -- BQ-B1
  ('00000000-0000-4000-8000-000000007005', 'YOUNG_ADULTS'),  -- BQ-B1
  ('00000000-0000-4000-8000-000000007006', 'YOUTH'),  -- BQ-B2
  ('00000000-0000-4000-8000-000000007006', 'YOUNG_ADULTS'),  -- BQ-B2
  ('00000000-0000-4000-8000-000000007007', 'CHILDREN'),  -- KJF-B1
  ('00000000-0000-4000-8000-000000007007', 'FAMILIES'),  -- KJF-B1
  ('00000000-0000-4000-8000-000000007008', 'YOUTH'),  -- KJF-B2
  ('00000000-0000-4000-8000-000000007009', 'CHILDREN'),  -- KJF-B3
  ('00000000-0000-4000-8000-000000007009', 'FAMILIES'),  -- KJF-B3
  ('00000000-0000-4000-8000-000000007009', 'PEOPLE_WITH_DISABILITIES'),  -- KJF-B3
  ('00000000-0000-4000-8000-000000007010', 'ASSOCIATIONS'),  -- VB-B1
  ('00000000-0000-4000-8000-000000007011', 'ALL_RESIDENTS'),  -- VB-B2
  ('00000000-0000-4000-8000-000000007011', 'PROPERTY_OWNERS'),  -- VB-B2
  ('00000000-0000-4000-8000-000000007011', 'ASSOCIATIONS'),  -- VB-B2
  ('00000000-0000-4000-8000-000000007012', 'ALL_RESIDENTS'),  -- OI-B1
  ('00000000-0000-4000-8000-000000007013', 'ALL_RESIDENTS'),  -- OI-B2
  ('00000000-0000-4000-8000-000000007013', 'PROPERTY_OWNERS'),  -- OI-B2
  ('00000000-0000-4000-8000-000000007014', 'PROPERTY_OWNERS'),  -- WW-B1
  ('00000000-0000-4000-8000-000000007015', 'ALL_RESIDENTS'),  -- WW-B2
  ('00000000-0000-4000-8000-000000007015', 'MIGRANTS'),  -- WW-B2
  ('00000000-0000-4000-8000-000000007016', 'ALL_RESIDENTS'),  -- WW-B3
  ('00000000-0000-4000-8000-000000007017', 'ALL_RESIDENTS'),  -- ORS-B1
  ('00000000-0000-4000-8000-000000007018', 'ALL_RESIDENTS'),  -- ORS-B2
  ('00000000-0000-4000-8000-000000007018', 'SENIORS'),  -- ORS-B2
  ('00000000-0000-4000-8000-000000007018', 'FAMILIES'),  -- ORS-B2
  ('00000000-0000-4000-8000-000000007019', 'SENIORS'),  -- SEN-B1
  ('00000000-0000-4000-8000-000000007020', 'SENIORS'),  -- SEN-B2
  ('00000000-0000-4000-8000-000000007020', 'PEOPLE_WITH_DISABILITIES'),  -- SEN-B2
  ('00000000-0000-4000-8000-000000007901', 'ALL_RESIDENTS'),  -- NB-B1
  ('00000000-0000-4000-8000-000000007901', 'SENIORS'),  -- NB-B1
  ('00000000-0000-4000-8000-000000007902', 'YOUTH'),  -- NB-B2
  ('00000000-0000-4000-8000-000000007903', 'ALL_RESIDENTS'),  -- GF-B1
  ('00000000-0000-4000-8000-000000007903', 'SENIORS'),  -- GF-B1
  ('00000000-0000-4000-8000-000000007903', 'CHILDREN')  -- GF-B1
) AS v (need_id, code)
JOIN target_group tg ON tg.code = v.code
ON CONFLICT DO NOTHING;

-- ============================================================ measures
INSERT INTO measure (id, area_id, action_field_id, code, title, summary, description, status, priority, progress, start_date, end_date, lead_actor_id, location, budget_amount, budget_currency, funding_source, version) VALUES
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006002', 'BQ-01', 'Jugend stärken im Quartier (JUSTiQ)', 'Individuelle Begleitung junger Menschen mit Schwierigkeiten in Schule, Ausbildung und Beruf – direkt im Stadtteilbüro Schinkel.', 'Der Fachbereich Kinder, Jugendliche und Familien bietet „Jugend stärken im Quartier“ seit Mitte 2019 im Stadtteilbüro an – nach Dodesheide-Ost und Rosenplatz der dritte Standort in Osnabrück (in einem Artikel „Jugend stärken vor Ort“ genannt). Das Team begleitet Jugendliche und junge Erwachsene ohne Perspektive bei Schule, Ausbildung und Berufseinstieg und ist bei Stadtteilveranstaltungen präsent, z. B. 2024 bei der Wiedereröffnung des Spielplatzes Jeggener Weg. Startdatum: Mitte 2019 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'IN_PROGRESS', 'HIGH', 65, DATE '2019-07-01', NULL, '00000000-0000-4000-8000-000000003004', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', NULL, NULL, NULL, 0),  -- BQ-01: field BQ, lead Fachbereich Kinder, Jugendliche und Familien
  ('00000000-0000-4000-8000-000000008002', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006002', 'BQ-02', 'Berufsorientierung und Bewerbungstraining mit der Gesamtschule Schinkel', 'Bewerbungstraining, Betriebserkundungen und Praktikumsbörse für Jugendliche der Abschlussjahrgänge.', 'Illustrative Maßnahme für die Demo; nicht aus dem IHK-Dokument oder den Quellen übernommen. Sie zeigt, wie das Handlungsfeld „Bildung und Qualifizierung“ mit Schule, JUSTiQ und Jobcenter untersetzt werden könnte.', 'IN_PROGRESS', 'MEDIUM', 30, DATE '2026-02-01', DATE '2027-07-31', '00000000-0000-4000-8000-000000003018', 'Gesamtschule Schinkel und Stadtteilbüro', NULL, NULL, NULL, 0),  -- BQ-02: field BQ, lead Gesamtschule Schinkel
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-01', 'Beratung im Stadtteilbüro für Jugendliche, Senioren und Zugewanderte', 'Niedrigschwellige Beratungsangebote verschiedener Träger im Stadtteilbüro Tannenburgstraße 61.', 'Laut Pressemitteilung der Stadt vom 23.10.2025 bieten im Stadtteilbüro verschiedene Träger Beratung für Jugendliche, Seniorinnen und Senioren sowie Zugewanderte an. Die Träger der einzelnen Angebote sind in den Quellen nicht benannt; die Koordination liegt hier beim Quartiersmanagement (Annahme).', 'ONGOING', 'HIGH', 80, NULL, NULL, '00000000-0000-4000-8000-000000003011', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', NULL, NULL, NULL, 0),  -- IN-01: field IN, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-02', 'Zusammenarbeit von Polizei, Jobcenter, Sozialarbeit und Ordnungsbehörden im „Schinkel-Dreieck“', 'Abgestimmtes Vorgehen im Bereich Buersche Straße / Venloer Straße / Schinkelstraße, einschließlich Kontaktbeamter und Beratung zu Arbeits- und Sozialrecht.', '2019 wurden ein Kontaktbeamter der Polizei und eine engere Zusammenarbeit von Jobcenter, Sozialarbeit und Ordnungsbehörden im „Dreieck“ angekündigt (NOZ 08/2019). Der weitere Stand und ein Bezug zum IHK sind in den Quellen nicht belegt; Status und Handlungsschritte sind für die Demo angenommen. Die Polizei ist nicht als Akteur erfasst.', 'PLANNED', 'HIGH', 10, NULL, NULL, '00000000-0000-4000-8000-000000003003', '„Dreieck“ Buersche Straße / Venloer Straße / Schinkelstraße', NULL, NULL, NULL, 0),  -- IN-02: field IN, lead Fachbereich Soziales
  ('00000000-0000-4000-8000-000000008005', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006001', 'IN-03', 'Integrationsmanagement Heinz-Fitschen-Haus und AWO', 'Gemeinsames Integrationsmanagement von Heinz-Fitschen-Haus und AWO für zugewanderte Familien im Schinkel.', 'Das Heinz-Fitschen-Haus und die AWO betreiben gemeinsam ein Integrationsmanagement; es hat u. a. die Jugendbefragung #NOFRONT initiiert. Als Maßnahme des IHK ist es für die Demo angenommen; Laufzeit und Finanzierung sind nicht belegt.', 'ONGOING', 'MEDIUM', 70, NULL, NULL, '00000000-0000-4000-8000-000000003013', 'Heinz-Fitschen-Haus, Heiligenweg 40', NULL, NULL, NULL, 0),  -- IN-03: field IN, lead Heinz-Fitschen-Haus
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-01', 'Quartiersmanagement Schinkel', 'Quartiersmanagement im Stadtteilbüro: Vernetzung, Aktivierung und Beteiligung, Öffentlichkeitsarbeit und Koordination der sozialen Maßnahmen (IHK).', 'Das Quartiersmanagement wird von der BauBeCon Sanierungsträger GmbH getragen und arbeitet seit November 2019 im Stadtteilbüro Tannenburgstraße 61 (erwartet war Mitte Juli 2019). Zum 1. August 2023 wechselte die Quartiersmanagerin bzw. der Quartiersmanager. Aufgaben: Vernetzung der Akteure, Aktivierung und Beteiligung, Öffentlichkeitsarbeit sowie Koordination und Begleitung sozialer Maßnahmen – dafür hat es gemeinsam mit den Vernetzungsgremien und sozialen Trägern das IHK 2022 erarbeitet. Budgetansatz: 40.000 Euro pro Jahr bis 2028 zuzüglich 10.000 Euro jährlich für die Büromiete (NOZ 01/2019); der Betrag hier ist der Überschlag 10 × 40.000 Euro ohne Miete.', 'ONGOING', 'HIGH', 75, DATE '2019-11-15', DATE '2028-12-31', '00000000-0000-4000-8000-000000003011', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', 400000.00, 'EUR', 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- VB-01: field VB, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-02', 'Verfügungsfonds', 'Kleine Zuschüsse bis 1.000 Euro je Projekt für Ideen aus der Nachbarschaft, die schnell sichtbar etwas bewirken.', 'Bewohnerinnen und Bewohner, Vereine, Gewerbetreibende und Einrichtungen können Mittel aus dem Verfügungsfonds beantragen – höchstens 1.000 Euro je Projekt (und Jahr). Das Projekt muss einen Bezug zum Sanierungsgebiet und zu den Handlungsfeldern des Förderprogramms im ISEK haben und schnell ein sichtbares Ergebnis bringen. Grundlage ist die „Richtlinie Verfügungsfonds“; das Quartiersmanagement verwaltet den Fonds. Das Gesamtvolumen des Fonds ist in den Quellen nicht genannt.', 'ONGOING', 'MEDIUM', 70, NULL, DATE '2028-12-31', '00000000-0000-4000-8000-000000003011', 'Sanierungsgebiet Schinkel', NULL, NULL, 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- VB-02: field VB, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-03', 'Schinkelrunde (Bürgervertretung)', 'Offene Bürgervertretung für das Sanierungsgebiet, in der die Vernetzungsrunde Fragen der Bewohnerschaft beantwortet.', 'Die Schinkelrunde ist offen für alle Bewohnerinnen und Bewohner, Vereine, Eigentümerinnen und Eigentümer (auch nicht im Gebiet wohnende) und das örtliche Gewerbe. Sie wird von Sanierungsträger und Quartiersmanagement moderiert; Mitglieder der Vernetzungsrunde beantworten Fragen, schriftliche Nachfragen innerhalb von 14 Tagen fließen ins Protokoll ein. In der ersten Sitzung (Dienstag, 15. September; Jahr 2020 erschlossen) wurde ein Flyer zur Mülltrennung verteilt. Eine spätere Sitzung fand z. B. am Dienstag, 4. November 2025, 19–21 Uhr statt.', 'ONGOING', 'MEDIUM', 70, DATE '2020-09-15', DATE '2028-12-31', '00000000-0000-4000-8000-000000003010', 'Heinz-Fitschen-Haus, Heiligenweg 40', NULL, NULL, NULL, 0),  -- VB-03: field VB, lead BauBeCon Sanierungsträger GmbH
  ('00000000-0000-4000-8000-000000008009', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-04', 'Bürgerbefragung 2021', 'Mehrsprachige Befragung der Bewohnerschaft vom 15.03. bis 18.04.2021 als Grundlage der Bedarfsanalyse im IHK.', 'Quartiersmanagement, Fachbereich Städtebau und Statistikstelle haben die Befragung gemeinsam entwickelt. Sie lief online auf Deutsch, Türkisch und Arabisch (Link und QR-Code) sowie auf Papier auf Deutsch. Die Ergebnisse flossen in die Bedarfsanalyse des IHK ein; Rücklauf und Befunde sind in den Quellen nicht veröffentlicht.', 'COMPLETED', 'HIGH', 100, DATE '2021-03-15', DATE '2021-04-18', '00000000-0000-4000-8000-000000003001', 'Sanierungsgebiet Schinkel', NULL, NULL, NULL, 0),  -- VB-04: field VB, lead Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008010', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-05', 'Nachbarschaftsfest am Jeggener Weg', 'Fest für die Nachbarschaft am Jeggener Weg, organisiert mit örtlichen Initiativen.', 'In einer Anfrage vom November 2022 als bereits durchgeführt erwähnt; das Jahr und der genaue Termin sind in der Quelle nicht genannt, deshalb ohne Datum.', 'COMPLETED', 'LOW', 100, NULL, NULL, '00000000-0000-4000-8000-000000003011', 'Jeggener Weg', NULL, NULL, NULL, 0),  -- VB-05: field VB, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008011', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006004', 'VB-06', 'Wintermarkt an der Ebertallee', 'Wintermarkt mit Ständen von Vereinen und Initiativen auf dem Marktplatz Ebertallee.', 'Im November 2022 als geplant erwähnt. Ob und wann der Markt stattfand, ist in den Quellen nicht belegt; die Handlungsschritte sind für die Demo angenommen.', 'PLANNED', 'LOW', 10, NULL, NULL, '00000000-0000-4000-8000-000000003011', 'Marktplatz Ebertallee', NULL, NULL, NULL, 0),  -- VB-06: field VB, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008012', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006005', 'OI-01', 'Stadtteilzeitung „Mein Schinkel“', 'Vierteljährliche Stadtteilzeitung des Quartiersmanagements mit Neuigkeiten aus dem Sanierungsgebiet.', '2022 wurde die Initiative für eine Stadtteilzeitung erwähnt; 2024 erschien „Mein Schinkel“ vierteljährlich. Erscheinungsbeginn und Auflage sind in den Quellen nicht genannt.', 'ONGOING', 'MEDIUM', 60, NULL, NULL, '00000000-0000-4000-8000-000000003011', 'Sanierungsgebiet Schinkel', NULL, NULL, NULL, 0),  -- OI-01: field OI, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008013', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006005', 'OI-02', 'Podcast „Schinkel-Stimmen“', 'Erster Stadtteilpodcast aus Osnabrück: monatlich Stimmen aus dem Schinkel, produziert mit OSRadio.', 'Seit März 2024 erscheint monatlich eine Folge (mindestens acht Folgen); das Quartiersmanagement produziert den Podcast mit dem Bürgerfunk OSRadio. Er soll informieren und das Bild des Stadtteils verbessern.', 'ONGOING', 'MEDIUM', 60, DATE '2024-03-01', NULL, '00000000-0000-4000-8000-000000003011', NULL, NULL, NULL, NULL, 0),  -- OI-02: field OI, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006005', 'OI-03', 'Tag der offenen Tür im Stadtteilbüro und Mottowettbewerb', 'Vorstellung des Stadtteilbüros am 22.11.2019 und Wettbewerb um ein Motto für den Schinkel.', 'Am Freitag, 22.11.2019, 15–19 Uhr, stellte sich das Stadtteilbüro vor; eine Infokarte ging an alle Haushalte. Zugleich startete ein Mottowettbewerb, an dem nur Bewohnerinnen und Bewohner sowie Eigentümerinnen und Eigentümer teilnehmen konnten (drei Preise). Das heutige Motto „Viele Farben, eine Heimat, UNSER SCHINKEL“ geht vermutlich darauf zurück.', 'COMPLETED', 'LOW', 100, DATE '2019-11-14', DATE '2019-11-22', '00000000-0000-4000-8000-000000003011', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', NULL, NULL, NULL, 0),  -- OI-03: field OI, lead Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-01', 'Jugendbefragung „Schinkel asozial? #NOFRONT“', 'Befragung von 167 Jugendlichen ab 11 Jahren zu ihrem Stadtteil, mitgestaltet von Schülerinnen und Schülern der Gesamtschule Schinkel.', 'Das Integrationsmanagement von Heinz-Fitschen-Haus und AWO hat die Befragung mit den städtischen Streetworkern und acht Schülerinnen und Schülern der Gesamtschule Schinkel durchgeführt. Ergebnis: Die Jugendlichen wünschen sich mehr Treffpunkte, aufgewertete Sportflächen, einen günstigen Kiosk und eine faire, sichere und saubere Nachbarschaft; etwa ein Fünftel bewertete den Schinkel mit 1 bis 3 von 10 Punkten. Das Datum ist in der Quelle nicht angegeben.', 'COMPLETED', 'HIGH', 100, NULL, NULL, '00000000-0000-4000-8000-000000003013', 'Stadtteil Schinkel', NULL, NULL, NULL, 0),  -- KJF-01: field KJF, lead Heinz-Fitschen-Haus
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-02', 'Großspielplatz Hasepark', 'Mehrgenerationenspielplatz auf rund 1,5 ha im Hasepark – die erste geförderte städtebauliche Maßnahme im Schinkel.', 'Zwischen An der Rosenburg, Buersche Straße und Rotenburger Straße entstand ein Spielplatz von über 10.000 m² mit Parkour- und Calisthenics-Anlage, inklusiven Spielgeräten, Fitnessgeräten für Ältere und einer öffentlichen Toilette – für den ganzen Osten der Stadt. Beteiligung: dreitägige Zukunftswerkstatt in den Osterferien 2019 mit dem Hort „Schinkelkids“, zwei Treffen mit Parkoursportlern, Verein für Lebenshilfe und Behindertenforum; Entwurf am 21.05.2019 vorgestellt. Der Ausschuss für Stadtentwicklung und Umwelt stimmte am 22.08.2019 einstimmig zu; Vorbereitungsarbeiten ab Oktober 2019, Bau ab Mai 2020, Eröffnung am 09.12.2020. Planungsbeginn 2019 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'COMPLETED', 'HIGH', 100, DATE '2019-04-01', DATE '2020-12-09', '00000000-0000-4000-8000-000000003008', 'Hasepark, zwischen An der Rosenburg, Buersche Straße und Rotenburger Straße', 912000.00, 'EUR', 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- KJF-02: field KJF, lead Osnabrücker ServiceBetrieb (OSB)
  ('00000000-0000-4000-8000-000000008017', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-03', 'Spielplatz Schützenstraße', 'Barrierefreier Umbau des 2.800 m² großen Spielplatzes zwischen Ebertallee und Wesereschstraße.', 'Der Osnabrücker ServiceBetrieb hat den Spielplatz 2022/23 neu gestaltet; die Wiedereröffnung war für Sommer 2023 geplant und fand 2023 statt. Beteiligung: dreitägige Werkstatt mit Kindern von 6 bis 10 Jahren aus dem Hort „Freunde der Stüveschule“, Jugendliche über das Heinz-Fitschen-Haus und ein öffentlicher Ideenaufruf; Planung durch ein örtliches Büro. Zeitraum laut Quellen 2022/23 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'COMPLETED', 'MEDIUM', 100, DATE '2022-09-01', DATE '2023-07-31', '00000000-0000-4000-8000-000000003008', 'Schützenstraße, zwischen Ebertallee und Wesereschstraße', NULL, NULL, NULL, 0),  -- KJF-03: field KJF, lead Osnabrücker ServiceBetrieb (OSB)
  ('00000000-0000-4000-8000-000000008018', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-04', 'Spielplatz Tannenburgstraße', 'Erneuerung des Spielplatzes hinter den Häusern Tannenburgstraße 116/118.', 'Vor dem Umbau hat der Osnabrücker ServiceBetrieb Anwohnende und Nutzende befragt. Kosten rund 110.000 Euro bei einer Förderquote von 90 %. Der Zeitraum ist in der Quelle nicht angegeben.', 'COMPLETED', 'MEDIUM', 100, NULL, NULL, '00000000-0000-4000-8000-000000003008', 'Tannenburgstraße, hinter den Häusern 116/118', 110000.00, 'EUR', 'Städtebauförderung „Sozialer Zusammenhalt“ (Förderquote rund 90 %)', 0),  -- KJF-04: field KJF, lead Osnabrücker ServiceBetrieb (OSB)
  ('00000000-0000-4000-8000-000000008019', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-05', 'Kinderspiel- und Bolzplatz Jeggener Weg', '650 m² Spielfläche, Allwetter-Bolzplatz und Rollstuhltrampolin; wiedereröffnet am 17. Mai 2024.', 'Der Platz bietet eine Spielfläche für Kinder bis 12 Jahre und Kleinkinder, einen Allwetter-Bolzplatz und ein Rollstuhltrampolin. Ein Jugendcontainer wurde gesondert aus dem Programm „Startklar in die Zukunft“ finanziert. Zur Wiedereröffnung am 17.05.2024 gab es Angebote u. a. der Ballschule BaKoS und von JUSTiQ. Kosten rund 380.000 Euro, davon ein Drittel städtischer Anteil.', 'COMPLETED', 'MEDIUM', 100, NULL, DATE '2024-05-17', '00000000-0000-4000-8000-000000003008', 'Jeggener Weg', 380000.00, 'EUR', 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel); Jugendcontainer gesondert aus „Startklar in die Zukunft“', 0),  -- KJF-05: field KJF, lead Osnabrücker ServiceBetrieb (OSB)
  ('00000000-0000-4000-8000-000000008020', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-06', 'Jugendkiosk als Treffpunkt', 'Idee: ein günstiger Kiosk mit Sitzgelegenheiten als betreuter Treffpunkt für Jugendliche.', 'Illustrative Maßnahme für die Demo; nicht aus dem IHK-Dokument oder den Quellen übernommen. Sie greift den Wunsch nach einem günstigen Kiosk aus der Jugendbefragung #NOFRONT auf.', 'IDEA', 'LOW', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0),  -- KJF-06: field KJF, lead -
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006003', 'KJF-07', 'Offene Kinder- und Jugendarbeit im Heinz-Fitschen-Haus', 'Offener Kindertreff, Jugend- und Ferienangebote im Kinder-, Jugend- und Familienzentrum am Heiligenweg.', 'Das Heinz-Fitschen-Haus ist Kinder-, Jugend- und Familienzentrum und Stadtteiltreff (2018 rund 5.000 Besuche im Monat) und betreibt einen offenen Kindertreff. Das Angebot besteht unabhängig vom Sanierungsprogramm; seine Aufnahme als Maßnahme des IHK und die Handlungsschritte sind für die Demo angenommen.', 'ONGOING', 'HIGH', 50, NULL, NULL, '00000000-0000-4000-8000-000000003013', 'Heinz-Fitschen-Haus, Heiligenweg 40', NULL, NULL, NULL, 0),  -- KJF-07: field KJF, lead Heinz-Fitschen-Haus
  ('00000000-0000-4000-8000-000000008022', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006007', 'ORS-01', 'Bahnunterführung Thomasburgstraße', 'Graffiti-Gestaltung als Jugendprojekt und neues Lichtkonzept für einen „Angstort“ unter der Schinkelkurve.', 'Das ISEK benennt die Unterführung als „Angstort“. Nach einer Vereinbarung mit der DB Netz AG (Eigentümerin, nicht als Akteur erfasst) wurden die Wände als Jugendprojekt mit Graffiti gestaltet und ein Lichtkonzept umgesetzt. 2022 noch geplant, später von der Stadt als finanziert und umgesetzt beschrieben; genaue Daten sind nicht belegt.', 'COMPLETED', 'HIGH', 100, NULL, NULL, '00000000-0000-4000-8000-000000003001', 'Bahnunterführung Thomasburgstraße', NULL, NULL, 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- ORS-01: field ORS, lead Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008023', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006007', 'ORS-02', 'Bahnunterführung Tiefstraße', 'Künstlerische Gestaltung der Unterführung nach einem Wettbewerb, den eine Osnabrücker Künstlerin bzw. ein Osnabrücker Künstler gewann.', 'Die Gestaltung beginnt ab den Herbstferien (etwa 2024). Die Quelle ist an dieser Stelle unvollständig; Fortschritt und weitere Schritte sind für die Demo angenommen. Startdatum: Herbst 2024 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'IN_PROGRESS', 'MEDIUM', 60, DATE '2024-10-01', DATE '2027-06-30', '00000000-0000-4000-8000-000000003001', 'Bahnunterführung Tiefstraße', NULL, NULL, 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- ORS-02: field ORS, lead Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008024', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006007', 'ORS-03', 'Pastor-Karwehl-Platz', 'Umgestaltung des Marktplatzes: mehr Aufenthaltsqualität, möglicher Spielplatz, teilweise Entsiegelung.', 'Ende September 2021 sammelten Bewohnerinnen und Bewohner vor Ort Ideen; erste unverbindliche Ideen wurden 2021 im Ausschuss für Stadtentwicklung und Umwelt vorgestellt, weitere Beteiligung wurde angekündigt. Der Platz befindet sich in der Planung. Startdatum: Ende September 2021 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'PLANNED', 'MEDIUM', 15, DATE '2021-09-30', NULL, '00000000-0000-4000-8000-000000003001', 'Pastor-Karwehl-Platz', NULL, NULL, NULL, 0),  -- ORS-03: field ORS, lead Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008025', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006006', 'WW-01', 'Modernisierungs- und Förderberatung', 'Beratung für Eigentümerinnen und Eigentümer zu Modernisierung und Fördermitteln durch den Sanierungsträger.', 'Die BauBeCon Sanierungsträger GmbH berät seit 2019 im Stadtteilbüro zu Modernisierung und Zuschüssen für private Modernisierungen. Beispiel: ein Schild an einem Haus in der Jägerstraße weist auf geförderte Fenster und Haustür hin (NOZ 01/2021). Startdatum: 2019 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'ONGOING', 'HIGH', 60, DATE '2019-01-01', DATE '2028-12-31', '00000000-0000-4000-8000-000000003010', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', NULL, NULL, 'Städtebauförderung „Sozialer Zusammenhalt“ (Bund, Land Niedersachsen und Stadt Osnabrück je ein Drittel)', 0),  -- WW-01: field WW, lead BauBeCon Sanierungsträger GmbH
  ('00000000-0000-4000-8000-000000008026', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000006006', 'WW-02', 'Energieberatung (energetisches Sanierungsmanagement)', 'Erst- und Fördermittelberatung zu energetischen Sanierungen durch ICM.', 'Seit 2019 bietet ICM als energetisches Sanierungsmanagement Erst- und Fördermittelberatung für Eigentümerinnen und Eigentümer an (Stand der Quelle: 2019). Startdatum: 2019 (Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.)', 'IN_PROGRESS', 'MEDIUM', 50, DATE '2019-01-01', NULL, '00000000-0000-4000-8000-000000003012', 'Stadtteilbüro Schinkel, Tannenburgstraße 61', NULL, NULL, NULL, 0),  -- WW-02: field WW, lead ICM
  ('00000000-0000-4000-8000-000000008901', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006901', 'NB-01', 'Nachbarschaftstreff im ehemaligen Ladenlokal Lindenstraße', 'Fiktive Maßnahme (Demo): offener Treffpunkt mit Café und Beratung.', 'Fiktive Maßnahme des erfundenen Fördergebiets Nordviertel (Demo).', 'IN_PROGRESS', 'HIGH', 40, DATE '2025-04-01', DATE '2027-12-31', '00000000-0000-4000-8000-000000003902', 'Lindenstraße 12, Musterstadt', 120000.00, 'EUR', 'Städtebauförderung (fiktiv)', 0),  -- NB-01: field NB, lead Stadtteilmanagement Nordviertel
  ('00000000-0000-4000-8000-000000008902', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006901', 'NB-02', 'Jugendbeteiligung Bolzplatz am Nordring', 'Fiktive Maßnahme (Demo): Jugendliche planen die Erneuerung des Bolzplatzes mit.', 'Fiktive Maßnahme des erfundenen Fördergebiets Nordviertel (Demo).', 'IN_PROGRESS', 'MEDIUM', 25, DATE '2026-03-01', DATE '2027-09-30', '00000000-0000-4000-8000-000000003902', 'Nordring, Musterstadt', NULL, NULL, NULL, 0),  -- NB-02: field NB, lead Stadtteilmanagement Nordviertel
  ('00000000-0000-4000-8000-000000008903', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000006902', 'GF-01', 'Schattenplatz am Lindenplatz', 'Fiktive Maßnahme (Demo): Bäume, Sonnensegel und Trinkbrunnen für den Lindenplatz.', 'Fiktive Maßnahme des erfundenen Fördergebiets Nordviertel (Demo).', 'PLANNED', 'MEDIUM', 5, DATE '2027-03-01', DATE '2028-10-31', '00000000-0000-4000-8000-000000003901', 'Lindenplatz, Musterstadt', 250000.00, 'EUR', 'Städtebauförderung (fiktiv)', 0)  -- GF-01: field GF, lead Amt für Stadtentwicklung Musterstadt
ON CONFLICT DO NOTHING;

-- further action fields
INSERT INTO measure_action_field (measure_id, action_field_id) VALUES
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000006003'),  -- BQ-01 -> KJF
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000006008'),  -- IN-01 -> SEN
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000006003'),  -- IN-01 -> KJF
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000006002'),  -- IN-02 -> BQ
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000006006'),  -- IN-02 -> WW
  ('00000000-0000-4000-8000-000000008005', '00000000-0000-4000-8000-000000006003'),  -- IN-03 -> KJF
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000006005'),  -- VB-01 -> OI
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000006001'),  -- VB-01 -> IN
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000006001'),  -- VB-02 -> IN
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000006006'),  -- VB-03 -> WW
  ('00000000-0000-4000-8000-000000008010', '00000000-0000-4000-8000-000000006001'),  -- VB-05 -> IN
  ('00000000-0000-4000-8000-000000008011', '00000000-0000-4000-8000-000000006001'),  -- VB-06 -> IN
  ('00000000-0000-4000-8000-000000008012', '00000000-0000-4000-8000-000000006004'),  -- OI-01 -> VB
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000006004'),  -- OI-03 -> VB
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000006004'),  -- KJF-01 -> VB
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000006007'),  -- KJF-02 -> ORS
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000006008'),  -- KJF-02 -> SEN
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000006002'),  -- KJF-07 -> BQ
  ('00000000-0000-4000-8000-000000008022', '00000000-0000-4000-8000-000000006003'),  -- ORS-01 -> KJF
  ('00000000-0000-4000-8000-000000008024', '00000000-0000-4000-8000-000000006004'),  -- ORS-03 -> VB
  ('00000000-0000-4000-8000-000000008902', '00000000-0000-4000-8000-000000006902')  -- Nordviertel NB-02 -> GF
ON CONFLICT DO NOTHING;

-- needs answered
INSERT INTO measure_need (measure_id, need_id) VALUES
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000007006'),  -- BQ-01 -> BQ-B2
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000007005'),  -- BQ-01 -> BQ-B1
  ('00000000-0000-4000-8000-000000008002', '00000000-0000-4000-8000-000000007006'),  -- BQ-02 -> BQ-B2
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000007003'),  -- IN-01 -> IN-B3
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000007019'),  -- IN-01 -> SEN-B1
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000007002'),  -- IN-01 -> IN-B2
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000007002'),  -- IN-02 -> IN-B2
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000007005'),  -- IN-02 -> BQ-B1
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000007015'),  -- IN-02 -> WW-B2
  ('00000000-0000-4000-8000-000000008005', '00000000-0000-4000-8000-000000007001'),  -- IN-03 -> IN-B1
  ('00000000-0000-4000-8000-000000008005', '00000000-0000-4000-8000-000000007003'),  -- IN-03 -> IN-B3
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000007010'),  -- VB-01 -> VB-B1
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000007011'),  -- VB-01 -> VB-B2
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000007013'),  -- VB-01 -> OI-B2
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000007011'),  -- VB-02 -> VB-B2
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000007001'),  -- VB-02 -> IN-B1
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000007018'),  -- VB-02 -> ORS-B2
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000007011'),  -- VB-03 -> VB-B2
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000007010'),  -- VB-03 -> VB-B1
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000007015'),  -- VB-03 -> WW-B2
  ('00000000-0000-4000-8000-000000008009', '00000000-0000-4000-8000-000000007011'),  -- VB-04 -> VB-B2
  ('00000000-0000-4000-8000-000000008010', '00000000-0000-4000-8000-000000007001'),  -- VB-05 -> IN-B1
  ('00000000-0000-4000-8000-000000008010', '00000000-0000-4000-8000-000000007018'),  -- VB-05 -> ORS-B2
  ('00000000-0000-4000-8000-000000008011', '00000000-0000-4000-8000-000000007001'),  -- VB-06 -> IN-B1
  ('00000000-0000-4000-8000-000000008011', '00000000-0000-4000-8000-000000007018'),  -- VB-06 -> ORS-B2
  ('00000000-0000-4000-8000-000000008012', '00000000-0000-4000-8000-000000007013'),  -- OI-01 -> OI-B2
  ('00000000-0000-4000-8000-000000008012', '00000000-0000-4000-8000-000000007012'),  -- OI-01 -> OI-B1
  ('00000000-0000-4000-8000-000000008013', '00000000-0000-4000-8000-000000007012'),  -- OI-02 -> OI-B1
  ('00000000-0000-4000-8000-000000008013', '00000000-0000-4000-8000-000000007013'),  -- OI-02 -> OI-B2
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000007012'),  -- OI-03 -> OI-B1
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000007013'),  -- OI-03 -> OI-B2
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000007008'),  -- KJF-01 -> KJF-B2
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000007009'),  -- KJF-02 -> KJF-B3
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000007008'),  -- KJF-02 -> KJF-B2
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000007018'),  -- KJF-02 -> ORS-B2
  ('00000000-0000-4000-8000-000000008017', '00000000-0000-4000-8000-000000007009'),  -- KJF-03 -> KJF-B3
  ('00000000-0000-4000-8000-000000008018', '00000000-0000-4000-8000-000000007009'),  -- KJF-04 -> KJF-B3
  ('00000000-0000-4000-8000-000000008019', '00000000-0000-4000-8000-000000007009'),  -- KJF-05 -> KJF-B3
  ('00000000-0000-4000-8000-000000008019', '00000000-0000-4000-8000-000000007008'),  -- KJF-05 -> KJF-B2
  ('00000000-0000-4000-8000-000000008020', '00000000-0000-4000-8000-000000007008'),  -- KJF-06 -> KJF-B2
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000007007'),  -- KJF-07 -> KJF-B1
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000007008'),  -- KJF-07 -> KJF-B2
  ('00000000-0000-4000-8000-000000008022', '00000000-0000-4000-8000-000000007017'),  -- ORS-01 -> ORS-B1
  ('00000000-0000-4000-8000-000000008023', '00000000-0000-4000-8000-000000007017'),  -- ORS-02 -> ORS-B1
  ('00000000-0000-4000-8000-000000008024', '00000000-0000-4000-8000-000000007018'),  -- ORS-03 -> ORS-B2
  ('00000000-0000-4000-8000-000000008025', '00000000-0000-4000-8000-000000007014'),  -- WW-01 -> WW-B1
  ('00000000-0000-4000-8000-000000008026', '00000000-0000-4000-8000-000000007014'),  -- WW-02 -> WW-B1
  ('00000000-0000-4000-8000-000000008901', '00000000-0000-4000-8000-000000007901'),  -- Nordviertel NB-01 -> NB-B1
  ('00000000-0000-4000-8000-000000008902', '00000000-0000-4000-8000-000000007902'),  -- Nordviertel NB-02 -> NB-B2
  ('00000000-0000-4000-8000-000000008903', '00000000-0000-4000-8000-000000007903')  -- Nordviertel GF-01 -> GF-B1
ON CONFLICT DO NOTHING;

-- partner actors
INSERT INTO measure_partner_actor (measure_id, actor_id) VALUES
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000003011'),  -- BQ-01 -> Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008001', '00000000-0000-4000-8000-000000003022'),  -- BQ-01 -> Jobcenter Osnabrück
  ('00000000-0000-4000-8000-000000008002', '00000000-0000-4000-8000-000000003004'),  -- BQ-02 -> Fachbereich Kinder, Jugendliche und Familien
  ('00000000-0000-4000-8000-000000008002', '00000000-0000-4000-8000-000000003022'),  -- BQ-02 -> Jobcenter Osnabrück
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000003003'),  -- IN-01 -> Fachbereich Soziales
  ('00000000-0000-4000-8000-000000008003', '00000000-0000-4000-8000-000000003004'),  -- IN-01 -> Fachbereich Kinder, Jugendliche und Familien
  ('00000000-0000-4000-8000-000000008004', '00000000-0000-4000-8000-000000003022'),  -- IN-02 -> Jobcenter Osnabrück
  ('00000000-0000-4000-8000-000000008005', '00000000-0000-4000-8000-000000003014'),  -- IN-03 -> AWO
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000003010'),  -- VB-01 -> BauBeCon Sanierungsträger GmbH
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000003001'),  -- VB-01 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008006', '00000000-0000-4000-8000-000000003017'),  -- VB-01 -> Vernetzungsrunde
  ('00000000-0000-4000-8000-000000008007', '00000000-0000-4000-8000-000000003001'),  -- VB-02 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000003011'),  -- VB-03 -> Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000003017'),  -- VB-03 -> Vernetzungsrunde
  ('00000000-0000-4000-8000-000000008008', '00000000-0000-4000-8000-000000003013'),  -- VB-03 -> Heinz-Fitschen-Haus
  ('00000000-0000-4000-8000-000000008009', '00000000-0000-4000-8000-000000003011'),  -- VB-04 -> Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008009', '00000000-0000-4000-8000-000000003006'),  -- VB-04 -> Statistikstelle
  ('00000000-0000-4000-8000-000000008011', '00000000-0000-4000-8000-000000003015'),  -- VB-06 -> Bürgerverein Schinkel von 1912
  ('00000000-0000-4000-8000-000000008013', '00000000-0000-4000-8000-000000003021'),  -- OI-02 -> OSRadio
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000003010'),  -- OI-03 -> BauBeCon Sanierungsträger GmbH
  ('00000000-0000-4000-8000-000000008014', '00000000-0000-4000-8000-000000003001'),  -- OI-03 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000003014'),  -- KJF-01 -> AWO
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000003009'),  -- KJF-01 -> Streetwork
  ('00000000-0000-4000-8000-000000008015', '00000000-0000-4000-8000-000000003018'),  -- KJF-01 -> Gesamtschule Schinkel
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000003007'),  -- KJF-02 -> Kinder- und Jugendbüro
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000003001'),  -- KJF-02 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008016', '00000000-0000-4000-8000-000000003019'),  -- KJF-02 -> Heiligenwegschule
  ('00000000-0000-4000-8000-000000008017', '00000000-0000-4000-8000-000000003007'),  -- KJF-03 -> Kinder- und Jugendbüro
  ('00000000-0000-4000-8000-000000008017', '00000000-0000-4000-8000-000000003020'),  -- KJF-03 -> Stüveschule
  ('00000000-0000-4000-8000-000000008017', '00000000-0000-4000-8000-000000003013'),  -- KJF-03 -> Heinz-Fitschen-Haus
  ('00000000-0000-4000-8000-000000008019', '00000000-0000-4000-8000-000000003001'),  -- KJF-05 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008019', '00000000-0000-4000-8000-000000003004'),  -- KJF-05 -> Fachbereich Kinder, Jugendliche und Familien
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000003009'),  -- KJF-07 -> Streetwork
  ('00000000-0000-4000-8000-000000008021', '00000000-0000-4000-8000-000000003004'),  -- KJF-07 -> Fachbereich Kinder, Jugendliche und Familien
  ('00000000-0000-4000-8000-000000008023', '00000000-0000-4000-8000-000000003011'),  -- ORS-02 -> Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008024', '00000000-0000-4000-8000-000000003011'),  -- ORS-03 -> Quartiersmanagement Schinkel
  ('00000000-0000-4000-8000-000000008024', '00000000-0000-4000-8000-000000003015'),  -- ORS-03 -> Bürgerverein Schinkel von 1912
  ('00000000-0000-4000-8000-000000008025', '00000000-0000-4000-8000-000000003001'),  -- WW-01 -> Fachbereich Städtebau
  ('00000000-0000-4000-8000-000000008026', '00000000-0000-4000-8000-000000003010'),  -- WW-02 -> BauBeCon Sanierungsträger GmbH
  ('00000000-0000-4000-8000-000000008901', '00000000-0000-4000-8000-000000003901'),  -- Nordviertel NB-01 -> Amt für Stadtentwicklung Musterstadt
  ('00000000-0000-4000-8000-000000008903', '00000000-0000-4000-8000-000000003902')  -- Nordviertel GF-01 -> Stadtteilmanagement Nordviertel
ON CONFLICT DO NOTHING;

-- target groups (looked up by code)
INSERT INTO measure_target_group (measure_id, target_group_id)
SELECT v.measure_id::uuid, tg.id
FROM (VALUES
  ('00000000-0000-4000-8000-000000008001', 'YOUTH'),  -- BQ-01
  ('00000000-0000-4000-8000-000000008001', 'YOUNG_ADULTS'),  -- BQ-01
  ('00000000-0000-4000-8000-000000008002', 'YOUTH'),  -- BQ-02
  ('00000000-0000-4000-8000-000000008003', 'YOUTH'),  -- IN-01
  ('00000000-0000-4000-8000-000000008003', 'SENIORS'),  -- IN-01
  ('00000000-0000-4000-8000-000000008003', 'MIGRANTS'),  -- IN-01
  ('00000000-0000-4000-8000-000000008004', 'MIGRANTS'),  -- IN-02
  ('00000000-0000-4000-8000-000000008004', 'JOB_SEEKERS'),  -- IN-02
  ('00000000-0000-4000-8000-000000008005', 'MIGRANTS'),  -- IN-03
  ('00000000-0000-4000-8000-000000008005', 'FAMILIES'),  -- IN-03
  ('00000000-0000-4000-8000-000000008005', 'YOUTH'),  -- IN-03
  ('00000000-0000-4000-8000-000000008006', 'ALL_RESIDENTS'),  -- VB-01
  ('00000000-0000-4000-8000-000000008006', 'ASSOCIATIONS'),  -- VB-01
  ('00000000-0000-4000-8000-000000008007', 'ALL_RESIDENTS'),  -- VB-02
  ('00000000-0000-4000-8000-000000008007', 'ASSOCIATIONS'),  -- VB-02
  ('00000000-0000-4000-8000-000000008008', 'ALL_RESIDENTS'),  -- VB-03
  ('00000000-0000-4000-8000-000000008008', 'PROPERTY_OWNERS'),  -- VB-03
  ('00000000-0000-4000-8000-000000008008', 'ASSOCIATIONS'),  -- VB-03
  ('00000000-0000-4000-8000-000000008009', 'ALL_RESIDENTS'),  -- VB-04
  ('00000000-0000-4000-8000-000000008009', 'MIGRANTS'),  -- VB-04
  ('00000000-0000-4000-8000-000000008010', 'ALL_RESIDENTS'),  -- VB-05
  ('00000000-0000-4000-8000-000000008010', 'FAMILIES'),  -- VB-05
  ('00000000-0000-4000-8000-000000008011', 'ALL_RESIDENTS'),  -- VB-06
  ('00000000-0000-4000-8000-000000008011', 'FAMILIES'),  -- VB-06
  ('00000000-0000-4000-8000-000000008012', 'ALL_RESIDENTS'),  -- OI-01
  ('00000000-0000-4000-8000-000000008013', 'ALL_RESIDENTS'),  -- OI-02
  ('00000000-0000-4000-8000-000000008014', 'ALL_RESIDENTS'),  -- OI-03
  ('00000000-0000-4000-8000-000000008014', 'PROPERTY_OWNERS'),  -- OI-03
  ('00000000-0000-4000-8000-000000008015', 'YOUTH'),  -- KJF-01
  ('00000000-0000-4000-8000-000000008016', 'CHILDREN'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 'YOUTH'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 'FAMILIES'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 'SENIORS'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 'PEOPLE_WITH_DISABILITIES'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008017', 'CHILDREN'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008017', 'YOUTH'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008017', 'ALL_RESIDENTS'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008017', 'PEOPLE_WITH_DISABILITIES'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008018', 'CHILDREN'),  -- KJF-04
  ('00000000-0000-4000-8000-000000008018', 'ALL_RESIDENTS'),  -- KJF-04
  ('00000000-0000-4000-8000-000000008019', 'CHILDREN'),  -- KJF-05
  ('00000000-0000-4000-8000-000000008019', 'YOUTH'),  -- KJF-05
  ('00000000-0000-4000-8000-000000008019', 'PEOPLE_WITH_DISABILITIES'),  -- KJF-05
  ('00000000-0000-4000-8000-000000008020', 'YOUTH'),  -- KJF-06
  ('00000000-0000-4000-8000-000000008021', 'CHILDREN'),  -- KJF-07
  ('00000000-0000-4000-8000-000000008021', 'YOUTH'),  -- KJF-07
  ('00000000-0000-4000-8000-000000008021', 'FAMILIES'),  -- KJF-07
  ('00000000-0000-4000-8000-000000008022', 'ALL_RESIDENTS'),  -- ORS-01
  ('00000000-0000-4000-8000-000000008022', 'YOUTH'),  -- ORS-01
  ('00000000-0000-4000-8000-000000008023', 'ALL_RESIDENTS'),  -- ORS-02
  ('00000000-0000-4000-8000-000000008024', 'ALL_RESIDENTS'),  -- ORS-03
  ('00000000-0000-4000-8000-000000008024', 'FAMILIES'),  -- ORS-03
  ('00000000-0000-4000-8000-000000008024', 'SENIORS'),  -- ORS-03
  ('00000000-0000-4000-8000-000000008025', 'PROPERTY_OWNERS'),  -- WW-01
  ('00000000-0000-4000-8000-000000008026', 'PROPERTY_OWNERS'),  -- WW-02
  ('00000000-0000-4000-8000-000000008901', 'ALL_RESIDENTS'),  -- Nordviertel NB-01
  ('00000000-0000-4000-8000-000000008901', 'SENIORS'),  -- Nordviertel NB-01
  ('00000000-0000-4000-8000-000000008902', 'YOUTH'),  -- Nordviertel NB-02
  ('00000000-0000-4000-8000-000000008903', 'ALL_RESIDENTS'),  -- Nordviertel GF-01
  ('00000000-0000-4000-8000-000000008903', 'SENIORS'),  -- Nordviertel GF-01
  ('00000000-0000-4000-8000-000000008903', 'CHILDREN')  -- Nordviertel GF-01
) AS v (measure_id, code)
JOIN target_group tg ON tg.code = v.code
ON CONFLICT DO NOTHING;

-- links
INSERT INTO measure_link (measure_id, position, label, url) VALUES
  ('00000000-0000-4000-8000-000000008001', 0, 'Stadt Osnabrück: Stadtteilbüro Schinkel, Tag der offenen Tür (14.11.2019)', 'https://www.osnabrueck.de/start/aktuelles/?tx_news_pi1%5Bnews%5D=9438&cHash=90fde6ea25e42670584c9d127245bedf'),  -- BQ-01
  ('00000000-0000-4000-8000-000000008001', 1, 'NOZ: Schinkel hat jetzt ein eigenes Stadtteilbüro (07/2019)', 'https://www.noz.de/lokales/osnabrueck/artikel/1798250/programm-soziale-stadt-schinkel-hat-jetzt-ein-eigenes-stadtteilbuero'),  -- BQ-01
  ('00000000-0000-4000-8000-000000008001', 2, 'Stadt Osnabrück: Kinderspiel- und Bolzplatz Jeggener Weg öffnet wieder (05/2024)', 'https://nachhaltig.osnabrueck.de/de/aktuelles/17-mai-kinderspiel-und-bolzplatz-jeggener-weg-oeffnet-wieder/'),  -- BQ-01
  ('00000000-0000-4000-8000-000000008003', 0, 'Pressemitteilung der Stadt Osnabrück (23.10.2025)', 'http://www.presse-service.de/data.aspx/static/1200690.html'),  -- IN-01
  ('00000000-0000-4000-8000-000000008004', 0, 'NOZ: Grüne wollen Sicherheitsgefühl im Schinkel verbessern (08/2019)', 'https://www.noz.de/lokales/osnabrueck/artikel/1856134/osnabruecker-gruene-sicherheitsgefuehl-im-schinkel-verbessern'),  -- IN-02
  ('00000000-0000-4000-8000-000000008005', 0, 'osna-live: Wie zufrieden sind die Jugendlichen im Stadtteil Schinkel?', 'https://osna-live.de/26884/wie-zufrieden-sind-die-jugendlichen-im-osnabruecker-stadtteil-schinkel/'),  -- IN-03
  ('00000000-0000-4000-8000-000000008006', 0, 'Stadt Osnabrück: Integriertes Handlungskonzept (IHK) für das Sanierungsgebiet Schinkel (04.07.2022)', 'https://www.osnabrueck.de/start/aktuelles/news/integriertes-handlungskonzept-ihk-fuer-das-sanierungsgebiet-schinkel'),  -- VB-01
  ('00000000-0000-4000-8000-000000008006', 1, 'Stadt Osnabrück: Schinkel – Machen Sie mit', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/machen-sie-mit'),  -- VB-01
  ('00000000-0000-4000-8000-000000008006', 2, 'Stadt Osnabrück: Neuer Quartiersmanager im Schinkel (2023)', 'https://entwickelt.osnabrueck.de/de/aktuelles/neuer-quartiersmanager-im-schinkel-1/'),  -- VB-01
  ('00000000-0000-4000-8000-000000008006', 3, 'NOZ: Sanierungsgebiet Schinkel – hier will Osnabrück 15 Millionen Euro ausgeben (01/2019)', 'https://www.noz.de/lokales/osnabrueck/artikel/1637271/sanierungsgebiet-schinkel-hier-will-osnabrueck-15-millionen-euro-ausgeben'),  -- VB-01
  ('00000000-0000-4000-8000-000000008007', 0, 'Stadt Osnabrück: Verfügungsfonds', 'https://www.osnabrueck.de/sanierung-schinkel/soziales/quartiersmanagement/verfuegungsfonds'),  -- VB-02
  ('00000000-0000-4000-8000-000000008007', 1, 'Stadt Osnabrück: Neuer Quartiersmanager im Schinkel (2023)', 'https://entwickelt.osnabrueck.de/de/aktuelles/neuer-quartiersmanager-im-schinkel-1/'),  -- VB-02
  ('00000000-0000-4000-8000-000000008008', 0, 'Stadt Osnabrück: Schinkelrunde', 'https://www.osnabrueck.de/sanierung-schinkel/machen-sie-mit/schinkelrunde/'),  -- VB-03
  ('00000000-0000-4000-8000-000000008008', 1, 'Stadt Osnabrück: Schinkel – Machen Sie mit', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/machen-sie-mit'),  -- VB-03
  ('00000000-0000-4000-8000-000000008008', 2, 'Pressemitteilung der Stadt Osnabrück (23.10.2025)', 'http://www.presse-service.de/data.aspx/static/1200690.html'),  -- VB-03
  ('00000000-0000-4000-8000-000000008009', 0, 'Stadt Osnabrück: Schinkel – Machen Sie mit', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/machen-sie-mit'),  -- VB-04
  ('00000000-0000-4000-8000-000000008010', 0, 'Grüne Ratsfraktion Osnabrück: Sozialer Zusammenhalt im Schinkel (01.11.2022)', 'https://fraktion-gruene-os.de/themen/demokratie-und-beiligung/einzelansicht-buergerbeteiligung/sozialer-zusammenhalt-im-schinkel'),  -- VB-05
  ('00000000-0000-4000-8000-000000008011', 0, 'Grüne Ratsfraktion Osnabrück: Sozialer Zusammenhalt im Schinkel (01.11.2022)', 'https://fraktion-gruene-os.de/themen/demokratie-und-beiligung/einzelansicht-buergerbeteiligung/sozialer-zusammenhalt-im-schinkel'),  -- VB-06
  ('00000000-0000-4000-8000-000000008012', 0, 'Grüne Ratsfraktion Osnabrück: Sozialer Zusammenhalt im Schinkel (01.11.2022)', 'https://fraktion-gruene-os.de/themen/demokratie-und-beiligung/einzelansicht-buergerbeteiligung/sozialer-zusammenhalt-im-schinkel'),  -- OI-01
  ('00000000-0000-4000-8000-000000008012', 1, 'Stadt Osnabrück: Podcast „Schinkel-Stimmen“', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/quartiersmanagement/podcast-schinkel-stimmen/'),  -- OI-01
  ('00000000-0000-4000-8000-000000008013', 0, 'Stadt Osnabrück: Podcast „Schinkel-Stimmen“', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/quartiersmanagement/podcast-schinkel-stimmen/'),  -- OI-02
  ('00000000-0000-4000-8000-000000008013', 1, 'Stadt Osnabrück: „Schinkel-Stimmen“ – erster Stadtteilpodcast aus Osnabrück (2024)', 'https://entwickelt.osnabrueck.de/de/aktuelles/schinkel-stimmen-erster-stadtteilpodcast-aus-osnabrueck'),  -- OI-02
  ('00000000-0000-4000-8000-000000008014', 0, 'Stadt Osnabrück: Stadtteilbüro Schinkel, Tag der offenen Tür (14.11.2019)', 'https://www.osnabrueck.de/start/aktuelles/?tx_news_pi1%5Bnews%5D=9438&cHash=90fde6ea25e42670584c9d127245bedf'),  -- OI-03
  ('00000000-0000-4000-8000-000000008015', 0, 'osna-live: Wie zufrieden sind die Jugendlichen im Stadtteil Schinkel?', 'https://osna-live.de/26884/wie-zufrieden-sind-die-jugendlichen-im-osnabruecker-stadtteil-schinkel/'),  -- KJF-01
  ('00000000-0000-4000-8000-000000008016', 0, 'Stadt Osnabrück: Großspielplatz Hasepark', 'https://www.osnabrueck.de/sanierung-schinkel/stadtbau-massnahmen/grossspielplatz-hasepark/'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 1, 'Stadt Osnabrück: Bauarbeiten für Großspielplatz im Hasepark haben begonnen (19.05.2020)', 'https://www.osnabrueck.de/sanierung-schinkel/service/neuigkeiten/news/bauarbeiten-fuer-grossspielplatz-im-hasepark-haben-begonnen0'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 2, 'OSB: Vorbereitungsarbeiten für den Großspielplatz Hasepark (29.10.2019)', 'https://web.osnabrueck.de/osb/service/neuigkeiten/news/vorbereitungsarbeiten-fuer-den-grossspielplatz-hasepark'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008016', 3, 'HASEPOST: So wird der neue Großspielplatz im Hasepark (2019)', 'https://hasepost.de/so-wird-der-neue-grossspielplatz-im-hasepark-127799'),  -- KJF-02
  ('00000000-0000-4000-8000-000000008017', 0, 'osna-live: Stadt gestaltet Kinderspielplatz an der Schützenstraße neu', 'https://osna-live.de/33853/stadt-osnabrueck-gestaltet-kinderspielplatz-an-der-schuetzenstrasse-neu'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008017', 1, 'osna-live: Kinderspielplatz im Stadtteil Schinkel eröffnet (2023)', 'https://osna-live.de/47800/kinderspielplatz-im-stadtteil-schinkel-eroeffnet'),  -- KJF-03
  ('00000000-0000-4000-8000-000000008018', 0, 'HASEPOST: Kinderspielplatz in der Tannenburgstraße ist wieder eröffnet', 'https://hasepost.de/der-kinderspielplatz-in-der-tannenburgstrasse-schinkel-ist-wieder-eroeffnet-394581'),  -- KJF-04
  ('00000000-0000-4000-8000-000000008019', 0, 'Stadt Osnabrück: Kinderspiel- und Bolzplatz Jeggener Weg öffnet wieder (05/2024)', 'https://nachhaltig.osnabrueck.de/de/aktuelles/17-mai-kinderspiel-und-bolzplatz-jeggener-weg-oeffnet-wieder/'),  -- KJF-05
  ('00000000-0000-4000-8000-000000008019', 1, 'SPD Schinkel: Stadtteil Schinkel', 'https://unser-schinkel.de/stadtteil-schinkel/'),  -- KJF-05
  ('00000000-0000-4000-8000-000000008022', 0, 'Stadt Osnabrück: Bahnunterführung Thomasburgstraße', 'https://www.osnabrueck.de/sanierung-schinkel/stadtbau-massnahmen/bahnunterfuehrung-thomasburgstrasse'),  -- ORS-01
  ('00000000-0000-4000-8000-000000008022', 1, 'Stadt Osnabrück: Städtebauliche Maßnahmen im Schinkel', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/staedtebauliche-massnahmen/'),  -- ORS-01
  ('00000000-0000-4000-8000-000000008022', 2, 'Grüne Ratsfraktion Osnabrück: Sozialer Zusammenhalt im Schinkel (01.11.2022)', 'https://fraktion-gruene-os.de/themen/demokratie-und-beiligung/einzelansicht-buergerbeteiligung/sozialer-zusammenhalt-im-schinkel'),  -- ORS-01
  ('00000000-0000-4000-8000-000000008023', 0, 'Stadt Osnabrück: „Schinkel-Stimmen“ – erster Stadtteilpodcast aus Osnabrück (2024)', 'https://entwickelt.osnabrueck.de/de/aktuelles/schinkel-stimmen-erster-stadtteilpodcast-aus-osnabrueck'),  -- ORS-02
  ('00000000-0000-4000-8000-000000008023', 1, 'Stadt Osnabrück: Städtebauliche Maßnahmen im Schinkel', 'https://entwickelt.osnabrueck.de/de/stadtquartiere/schinkel/staedtebauliche-massnahmen/'),  -- ORS-02
  ('00000000-0000-4000-8000-000000008024', 0, 'SPD Schinkel: Stadtteil Schinkel', 'https://unser-schinkel.de/stadtteil-schinkel/'),  -- ORS-03
  ('00000000-0000-4000-8000-000000008025', 0, 'Stadt Osnabrück: Stadtteilbüro Schinkel, Tag der offenen Tür (14.11.2019)', 'https://www.osnabrueck.de/start/aktuelles/?tx_news_pi1%5Bnews%5D=9438&cHash=90fde6ea25e42670584c9d127245bedf'),  -- WW-01
  ('00000000-0000-4000-8000-000000008025', 1, 'NOZ: Im Schinkel werden erste Erfolge sichtbar (01/2021)', 'https://www.noz.de/lokales/osnabrueck/artikel/2206013/im-sozialen-brennpunkt-schinkel-werden-erste-erfolge-sichtbar'),  -- WW-01
  ('00000000-0000-4000-8000-000000008026', 0, 'Stadt Osnabrück: Stadtteilbüro Schinkel, Tag der offenen Tür (14.11.2019)', 'https://www.osnabrueck.de/start/aktuelles/?tx_news_pi1%5Bnews%5D=9438&cHash=90fde6ea25e42670584c9d127245bedf')  -- WW-02
ON CONFLICT DO NOTHING;

-- ============================================================ action steps
-- Due dates are chosen so that, seen from late November 2026, some steps are due
-- soon, some lie in 2027 and a few are overdue (still OPEN with a past due date).
INSERT INTO action_step (id, measure_id, title, description, due_date, status, responsible_actor_id, position, version) VALUES
  ('00000000-0000-4000-8000-000000009011', '00000000-0000-4000-8000-000000008001', 'Beratungsbüro im Stadtteilbüro einrichten', 'Start des Angebots im neu eröffneten Stadtteilbüro.', DATE '2019-07-31', 'DONE', '00000000-0000-4000-8000-000000003004', 0, 0),  -- BQ-01
  ('00000000-0000-4000-8000-000000009012', '00000000-0000-4000-8000-000000008001', 'Präsenz bei der Wiedereröffnung des Spiel- und Bolzplatzes Jeggener Weg', 'Das JUSTiQ-Team stellt sich Jugendlichen beim Eröffnungsfest vor.', DATE '2024-05-17', 'DONE', '00000000-0000-4000-8000-000000003004', 1, 0),  -- BQ-01
  ('00000000-0000-4000-8000-000000009013', '00000000-0000-4000-8000-000000008001', 'Sprechzeiten an der Gesamtschule Schinkel abstimmen', 'Illustrativer Handlungsschritt für die Demo. Offene Sprechstunde für Abschlussklassen in der Schule.', DATE '2026-12-11', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003004', 2, 0),  -- BQ-01
  ('00000000-0000-4000-8000-000000009014', '00000000-0000-4000-8000-000000008001', 'Fortführung nach Ende der Förderphase klären', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-06-30', 'OPEN', '00000000-0000-4000-8000-000000003004', 3, 0),  -- BQ-01
  ('00000000-0000-4000-8000-000000009021', '00000000-0000-4000-8000-000000008002', 'Kooperationsvereinbarung mit der Gesamtschule abschließen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-02-27', 'DONE', '00000000-0000-4000-8000-000000003018', 0, 0),  -- BQ-02
  ('00000000-0000-4000-8000-000000009022', '00000000-0000-4000-8000-000000008002', 'Erster Durchgang Bewerbungstraining im Stadtteilbüro', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-04', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003004', 1, 0),  -- BQ-02
  ('00000000-0000-4000-8000-000000009023', '00000000-0000-4000-8000-000000008002', 'Auswertung mit dem Jobcenter', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-02-26', 'OPEN', '00000000-0000-4000-8000-000000003022', 2, 0),  -- BQ-02
  ('00000000-0000-4000-8000-000000009031', '00000000-0000-4000-8000-000000008003', 'Beratungszeiten der Träger im Stadtteilbüro bündeln', 'Stand laut Pressemitteilung vom 23.10.2025.', DATE '2025-10-23', 'DONE', '00000000-0000-4000-8000-000000003011', 0, 0),  -- IN-01
  ('00000000-0000-4000-8000-000000009032', '00000000-0000-4000-8000-000000008003', 'Mehrsprachigen Aushang der Beratungszeiten erstellen', 'Illustrativer Handlungsschritt für die Demo. Deutsch, Bulgarisch, Türkisch und Arabisch.', DATE '2027-01-15', 'OPEN', '00000000-0000-4000-8000-000000003011', 1, 0),  -- IN-01
  ('00000000-0000-4000-8000-000000009033', '00000000-0000-4000-8000-000000008003', 'Nachfrage der Beratungsangebote 2026 auswerten', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-01-29', 'OPEN', '00000000-0000-4000-8000-000000003011', 2, 0),  -- IN-01
  ('00000000-0000-4000-8000-000000009041', '00000000-0000-4000-8000-000000008004', 'Abstimmungstermin mit Polizei, Jobcenter, Sozialarbeit und Ordnungsbehörden', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-09-30', 'OPEN', '00000000-0000-4000-8000-000000003003', 0, 0),  -- IN-02
  ('00000000-0000-4000-8000-000000009042', '00000000-0000-4000-8000-000000008004', 'Sprechstunde zu Arbeits- und Sozialrecht im Stadtteilbüro prüfen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-03-31', 'OPEN', '00000000-0000-4000-8000-000000003003', 1, 0),  -- IN-02
  ('00000000-0000-4000-8000-000000009051', '00000000-0000-4000-8000-000000008005', 'Gemeinsame Fallbesprechungen von Heinz-Fitschen-Haus und AWO einführen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2023-03-31', 'DONE', '00000000-0000-4000-8000-000000003013', 0, 0),  -- IN-03
  ('00000000-0000-4000-8000-000000009052', '00000000-0000-4000-8000-000000008005', 'Sprachcafé für Neuzugewanderte starten', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-17', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003014', 1, 0),  -- IN-03
  ('00000000-0000-4000-8000-000000009061', '00000000-0000-4000-8000-000000008006', 'Stadtteilbüro Tannenburgstraße 61 eröffnen', 'Das Büro im ehemaligen Sanitätshaus ist seit Juli 2019 geöffnet. Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.', DATE '2019-07-31', 'DONE', '00000000-0000-4000-8000-000000003010', 0, 0),  -- VB-01
  ('00000000-0000-4000-8000-000000009062', '00000000-0000-4000-8000-000000008006', 'Quartiersmanagerin nimmt die Arbeit auf', 'Angekündigt ab 15. November 2019.', DATE '2019-11-15', 'DONE', '00000000-0000-4000-8000-000000003010', 1, 0),  -- VB-01
  ('00000000-0000-4000-8000-000000009063', '00000000-0000-4000-8000-000000008006', 'Übergabe an den neuen Quartiersmanager', 'Personeller Wechsel zum 1. August 2023.', DATE '2023-08-01', 'DONE', '00000000-0000-4000-8000-000000003010', 2, 0),  -- VB-01
  ('00000000-0000-4000-8000-000000009064', '00000000-0000-4000-8000-000000008006', 'Jahresbericht 2026 für die Vernetzungsrunde erstellen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-01-31', 'OPEN', '00000000-0000-4000-8000-000000003011', 3, 0),  -- VB-01
  ('00000000-0000-4000-8000-000000009071', '00000000-0000-4000-8000-000000008007', 'Anträge des zweiten Halbjahres 2026 entscheiden', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-02', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003011', 0, 0),  -- VB-02
  ('00000000-0000-4000-8000-000000009072', '00000000-0000-4000-8000-000000008007', 'Verwendungsnachweise der Projekte 2025 prüfen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-11-13', 'OPEN', '00000000-0000-4000-8000-000000003011', 1, 0),  -- VB-02
  ('00000000-0000-4000-8000-000000009073', '00000000-0000-4000-8000-000000008007', 'Aufruf für Projektideen 2027 veröffentlichen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-01-15', 'OPEN', '00000000-0000-4000-8000-000000003011', 2, 0),  -- VB-02
  ('00000000-0000-4000-8000-000000009081', '00000000-0000-4000-8000-000000008008', 'Erste Sitzung der Schinkelrunde', 'Mit Flyer zur Mülltrennung. Jahr 2020 erschlossen.', DATE '2020-09-15', 'DONE', '00000000-0000-4000-8000-000000003010', 0, 0),  -- VB-03
  ('00000000-0000-4000-8000-000000009082', '00000000-0000-4000-8000-000000008008', 'Schinkelrunde am 4. November 2025, 19–21 Uhr', NULL, DATE '2025-11-04', 'DONE', '00000000-0000-4000-8000-000000003010', 1, 0),  -- VB-03
  ('00000000-0000-4000-8000-000000009083', '00000000-0000-4000-8000-000000008008', 'Nächste Schinkelrunde vorbereiten und einladen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-08', 'OPEN', '00000000-0000-4000-8000-000000003011', 2, 0),  -- VB-03
  ('00000000-0000-4000-8000-000000009091', '00000000-0000-4000-8000-000000008009', 'Fragebogen mit Statistikstelle und Quartiersmanagement entwickeln', 'Illustrativer Handlungsschritt für die Demo. (Fälligkeit angenommen)', DATE '2021-03-01', 'DONE', '00000000-0000-4000-8000-000000003006', 0, 0),  -- VB-04
  ('00000000-0000-4000-8000-000000009092', '00000000-0000-4000-8000-000000008009', 'Befragung online (Deutsch, Türkisch, Arabisch) und auf Papier durchführen', NULL, DATE '2021-04-18', 'DONE', '00000000-0000-4000-8000-000000003011', 1, 0),  -- VB-04
  ('00000000-0000-4000-8000-000000009093', '00000000-0000-4000-8000-000000008009', 'Ergebnisse in die Bedarfsanalyse des IHK übernehmen', NULL, DATE '2022-06-15', 'DONE', '00000000-0000-4000-8000-000000003011', 2, 0),  -- VB-04
  ('00000000-0000-4000-8000-000000009111', '00000000-0000-4000-8000-000000008011', 'Termin und Standort mit den Marktbeschickern abstimmen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-01', 'OPEN', '00000000-0000-4000-8000-000000003011', 0, 0),  -- VB-06
  ('00000000-0000-4000-8000-000000009112', '00000000-0000-4000-8000-000000008011', 'Vereine und Initiativen für Stände gewinnen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-12', 'OPEN', '00000000-0000-4000-8000-000000003011', 1, 0),  -- VB-06
  ('00000000-0000-4000-8000-000000009121', '00000000-0000-4000-8000-000000008012', 'Winterausgabe redigieren und drucken', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-05', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003011', 0, 0),  -- OI-01
  ('00000000-0000-4000-8000-000000009122', '00000000-0000-4000-8000-000000008012', 'Verteilung an die Haushalte organisieren', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-15', 'OPEN', '00000000-0000-4000-8000-000000003011', 1, 0),  -- OI-01
  ('00000000-0000-4000-8000-000000009123', '00000000-0000-4000-8000-000000008012', 'Frühjahrsausgabe 2027 planen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-03-01', 'OPEN', '00000000-0000-4000-8000-000000003011', 2, 0),  -- OI-01
  ('00000000-0000-4000-8000-000000009131', '00000000-0000-4000-8000-000000008013', 'Erste Folge veröffentlichen', 'März 2024. Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.', DATE '2024-03-31', 'DONE', '00000000-0000-4000-8000-000000003021', 0, 0),  -- OI-02
  ('00000000-0000-4000-8000-000000009132', '00000000-0000-4000-8000-000000008013', 'Folge „Jung im Schinkel“ aufnehmen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-10', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003021', 1, 0),  -- OI-02
  ('00000000-0000-4000-8000-000000009141', '00000000-0000-4000-8000-000000008014', 'Infokarte an alle Haushalte verteilen', NULL, DATE '2019-11-15', 'DONE', '00000000-0000-4000-8000-000000003011', 0, 0),  -- OI-03
  ('00000000-0000-4000-8000-000000009142', '00000000-0000-4000-8000-000000008014', 'Tag der offenen Tür (15–19 Uhr)', NULL, DATE '2019-11-22', 'DONE', '00000000-0000-4000-8000-000000003011', 1, 0),  -- OI-03
  ('00000000-0000-4000-8000-000000009143', '00000000-0000-4000-8000-000000008014', 'Mottowettbewerb auswerten und Preise vergeben', 'Datum nicht belegt.', NULL, 'DONE', '00000000-0000-4000-8000-000000003011', 2, 0),  -- OI-03
  ('00000000-0000-4000-8000-000000009151', '00000000-0000-4000-8000-000000008015', 'Fragebogen mit acht Schülerinnen und Schülern der Gesamtschule entwickeln', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003013', 0, 0),  -- KJF-01
  ('00000000-0000-4000-8000-000000009152', '00000000-0000-4000-8000-000000008015', '167 Jugendliche ab 11 Jahren befragen', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003009', 1, 0),  -- KJF-01
  ('00000000-0000-4000-8000-000000009153', '00000000-0000-4000-8000-000000008015', 'Ergebnisse veröffentlichen', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003013', 2, 0),  -- KJF-01
  ('00000000-0000-4000-8000-000000009161', '00000000-0000-4000-8000-000000008016', 'Zukunftswerkstatt mit dem Hort „Schinkelkids“', 'Drei Tage in den Osterferien 2019.', DATE '2019-04-23', 'DONE', '00000000-0000-4000-8000-000000003007', 0, 0),  -- KJF-02
  ('00000000-0000-4000-8000-000000009162', '00000000-0000-4000-8000-000000008016', 'Beschluss im Ausschuss für Stadtentwicklung und Umwelt', 'Einstimmig beschlossen.', DATE '2019-08-22', 'DONE', '00000000-0000-4000-8000-000000003001', 1, 0),  -- KJF-02
  ('00000000-0000-4000-8000-000000009163', '00000000-0000-4000-8000-000000008016', 'Baubeginn', NULL, DATE '2020-05-19', 'DONE', '00000000-0000-4000-8000-000000003008', 2, 0),  -- KJF-02
  ('00000000-0000-4000-8000-000000009164', '00000000-0000-4000-8000-000000008016', 'Eröffnung', NULL, DATE '2020-12-09', 'DONE', '00000000-0000-4000-8000-000000003008', 3, 0),  -- KJF-02
  ('00000000-0000-4000-8000-000000009171', '00000000-0000-4000-8000-000000008017', 'Kinderwerkstatt mit dem Hort „Freunde der Stüveschule“', 'Drei Tage, Kinder von 6 bis 10 Jahren. Datum nicht belegt.', NULL, 'DONE', '00000000-0000-4000-8000-000000003007', 0, 0),  -- KJF-03
  ('00000000-0000-4000-8000-000000009172', '00000000-0000-4000-8000-000000008017', 'Umbau des Spielplatzes', NULL, DATE '2023-06-30', 'DONE', '00000000-0000-4000-8000-000000003008', 1, 0),  -- KJF-03
  ('00000000-0000-4000-8000-000000009173', '00000000-0000-4000-8000-000000008017', 'Wiedereröffnung', 'Sommer 2023. Tagesdatum für die Demo angenommen; die Quelle nennt nur Monat oder Jahr.', DATE '2023-07-31', 'DONE', '00000000-0000-4000-8000-000000003008', 2, 0),  -- KJF-03
  ('00000000-0000-4000-8000-000000009181', '00000000-0000-4000-8000-000000008018', 'Anwohnende und Nutzende befragen', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003008', 0, 0),  -- KJF-04
  ('00000000-0000-4000-8000-000000009182', '00000000-0000-4000-8000-000000008018', 'Wiedereröffnung', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003008', 1, 0),  -- KJF-04
  ('00000000-0000-4000-8000-000000009191', '00000000-0000-4000-8000-000000008019', 'Umbau von Spielfläche und Bolzplatz', NULL, DATE '2024-04-30', 'DONE', '00000000-0000-4000-8000-000000003008', 0, 0),  -- KJF-05
  ('00000000-0000-4000-8000-000000009192', '00000000-0000-4000-8000-000000008019', 'Wiedereröffnung mit Angeboten von JUSTiQ und Ballschule', NULL, DATE '2024-05-17', 'DONE', '00000000-0000-4000-8000-000000003008', 1, 0),  -- KJF-05
  ('00000000-0000-4000-8000-000000009193', '00000000-0000-4000-8000-000000008019', 'Nutzung des Jugendcontainers nach einem Jahr auswerten', 'Illustrativer Handlungsschritt für die Demo.', DATE '2025-06-30', 'DONE', '00000000-0000-4000-8000-000000003004', 2, 0),  -- KJF-05
  ('00000000-0000-4000-8000-000000009201', '00000000-0000-4000-8000-000000008020', 'Idee in der Schinkelrunde zur Diskussion stellen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-02-10', 'OPEN', '00000000-0000-4000-8000-000000003011', 0, 0),  -- KJF-06
  ('00000000-0000-4000-8000-000000009202', '00000000-0000-4000-8000-000000008020', 'Mögliche Standorte und Träger prüfen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-05-31', 'OPEN', NULL, 1, 0),  -- KJF-06
  ('00000000-0000-4000-8000-000000009211', '00000000-0000-4000-8000-000000008021', 'Ferienprogramm Sommer 2026 durchführen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-08-14', 'DONE', '00000000-0000-4000-8000-000000003013', 0, 0),  -- KJF-07
  ('00000000-0000-4000-8000-000000009212', '00000000-0000-4000-8000-000000008021', 'Programm für die Weihnachtsferien veröffentlichen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-14', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003013', 1, 0),  -- KJF-07
  ('00000000-0000-4000-8000-000000009213', '00000000-0000-4000-8000-000000008021', 'Abendangebote für Jugendliche mit Streetwork abstimmen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-01-20', 'OPEN', '00000000-0000-4000-8000-000000003009', 2, 0),  -- KJF-07
  ('00000000-0000-4000-8000-000000009221', '00000000-0000-4000-8000-000000008022', 'Vereinbarung mit der DB Netz AG schließen', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003001', 0, 0),  -- ORS-01
  ('00000000-0000-4000-8000-000000009222', '00000000-0000-4000-8000-000000008022', 'Graffiti-Jugendprojekt durchführen', NULL, NULL, 'DONE', NULL, 1, 0),  -- ORS-01
  ('00000000-0000-4000-8000-000000009223', '00000000-0000-4000-8000-000000008022', 'Lichtkonzept umsetzen', NULL, NULL, 'DONE', '00000000-0000-4000-8000-000000003001', 2, 0),  -- ORS-01
  ('00000000-0000-4000-8000-000000009231', '00000000-0000-4000-8000-000000008023', 'Künstlerischen Wettbewerb entscheiden', 'Gewonnen von einer Osnabrücker Künstlerin bzw. einem Osnabrücker Künstler; Datum nicht belegt.', NULL, 'DONE', '00000000-0000-4000-8000-000000003001', 0, 0),  -- ORS-02
  ('00000000-0000-4000-8000-000000009232', '00000000-0000-4000-8000-000000008023', 'Wandgestaltung fertigstellen', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-12-18', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003001', 1, 0),  -- ORS-02
  ('00000000-0000-4000-8000-000000009233', '00000000-0000-4000-8000-000000008023', 'Einweihung mit der Nachbarschaft', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-04-24', 'OPEN', '00000000-0000-4000-8000-000000003011', 2, 0),  -- ORS-02
  ('00000000-0000-4000-8000-000000009241', '00000000-0000-4000-8000-000000008024', 'Ideensammlung vor Ort', 'Ende September 2021.', DATE '2021-09-30', 'DONE', '00000000-0000-4000-8000-000000003001', 0, 0),  -- ORS-03
  ('00000000-0000-4000-8000-000000009242', '00000000-0000-4000-8000-000000008024', 'Erste Ideen im Ausschuss für Stadtentwicklung und Umwelt vorstellen', 'Vor dem 08.10.2021; genaues Datum nicht belegt.', NULL, 'DONE', '00000000-0000-4000-8000-000000003001', 1, 0),  -- ORS-03
  ('00000000-0000-4000-8000-000000009243', '00000000-0000-4000-8000-000000008024', 'Weitere Beteiligung von Marktbeschickern und Anwohnenden', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-10-31', 'OPEN', '00000000-0000-4000-8000-000000003001', 2, 0),  -- ORS-03
  ('00000000-0000-4000-8000-000000009244', '00000000-0000-4000-8000-000000008024', 'Vorentwurf erarbeiten', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-09-30', 'OPEN', '00000000-0000-4000-8000-000000003001', 3, 0),  -- ORS-03
  ('00000000-0000-4000-8000-000000009251', '00000000-0000-4000-8000-000000008025', 'Beratung im Stadtteilbüro anbieten', NULL, DATE '2019-11-14', 'DONE', '00000000-0000-4000-8000-000000003010', 0, 0),  -- WW-01
  ('00000000-0000-4000-8000-000000009252', '00000000-0000-4000-8000-000000008025', 'Infoabend für Eigentümerinnen und Eigentümer', 'Illustrativer Handlungsschritt für die Demo.', DATE '2026-11-18', 'OPEN', '00000000-0000-4000-8000-000000003010', 1, 0),  -- WW-01
  ('00000000-0000-4000-8000-000000009253', '00000000-0000-4000-8000-000000008025', 'Modernisierungsvereinbarungen für 2027 vorbereiten', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-03-31', 'OPEN', '00000000-0000-4000-8000-000000003010', 2, 0),  -- WW-01
  ('00000000-0000-4000-8000-000000009261', '00000000-0000-4000-8000-000000008026', 'Erstberatungen im Stadtteilbüro anbieten', NULL, DATE '2019-11-14', 'DONE', '00000000-0000-4000-8000-000000003012', 0, 0),  -- WW-02
  ('00000000-0000-4000-8000-000000009262', '00000000-0000-4000-8000-000000008026', 'Thermografie-Aktion im Winter 2026/27', 'Illustrativer Handlungsschritt für die Demo.', DATE '2027-01-31', 'OPEN', '00000000-0000-4000-8000-000000003012', 1, 0),  -- WW-02
  ('00000000-0000-4000-8000-000000009901', '00000000-0000-4000-8000-000000008901', 'Mietvertrag für das Ladenlokal abschließen', 'Fiktiv (Demo).', DATE '2025-06-30', 'DONE', '00000000-0000-4000-8000-000000003901', 0, 0),  -- Nordviertel NB-01
  ('00000000-0000-4000-8000-000000009902', '00000000-0000-4000-8000-000000008901', 'Eröffnungsfest vorbereiten', 'Fiktiv (Demo).', DATE '2026-12-16', 'IN_PROGRESS', '00000000-0000-4000-8000-000000003902', 1, 0),  -- Nordviertel NB-01
  ('00000000-0000-4000-8000-000000009903', '00000000-0000-4000-8000-000000008902', 'Jugendwerkstatt durchführen', 'Fiktiv (Demo).', DATE '2026-10-15', 'DONE', '00000000-0000-4000-8000-000000003902', 0, 0),  -- Nordviertel NB-02
  ('00000000-0000-4000-8000-000000009904', '00000000-0000-4000-8000-000000008902', 'Entwurf mit den Jugendlichen abstimmen', 'Fiktiv (Demo).', DATE '2027-01-22', 'OPEN', '00000000-0000-4000-8000-000000003901', 1, 0),  -- Nordviertel NB-02
  ('00000000-0000-4000-8000-000000009905', '00000000-0000-4000-8000-000000008903', 'Planungsbüro beauftragen', 'Fiktiv (Demo).', DATE '2027-02-15', 'OPEN', '00000000-0000-4000-8000-000000003901', 0, 0),  -- Nordviertel GF-01
  ('00000000-0000-4000-8000-000000009906', '00000000-0000-4000-8000-000000008903', 'Beteiligung vor Ort', 'Fiktiv (Demo).', DATE '2027-05-20', 'OPEN', '00000000-0000-4000-8000-000000003902', 1, 0)  -- Nordviertel GF-01
ON CONFLICT DO NOTHING;

-- ============================================================ presentations
INSERT INTO presentation (id, area_id, committee_id, date, time, title, description, edition_id, presenter_actor_id, status, meeting_url, agenda_item_url, paper_url, version) VALUES
  ('00000000-0000-4000-8000-000000010001', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004001', DATE '2017-05-30', NULL, 'Antrag auf Aufnahme in die Städtebauförderung (Programmjahr 2018)', 'Der Rat beschließt auf Grundlage der Vorbereitenden Untersuchungen, die Aufnahme des Schinkels in das Programm „Soziale Stadt“ (heute „Sozialer Zusammenhalt“) für das Programmjahr 2018 zu beantragen. Quelle: Stadt Osnabrück, „Fakten und Ziele“.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2017-05-30 RAT
  ('00000000-0000-4000-8000-000000010002', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004001', DATE '2018-03-06', NULL, 'Kofinanzierung des Um- und Erweiterungsbaus Heinz-Fitschen-Haus', 'Der Rat beschließt den städtischen Eigenanteil von 10 % (165.000 Euro) für den Um- und Erweiterungsbau des Heinz-Fitschen-Hauses, gefördert mit rund 1,65 Mio. Euro aus dem „Investitionspakt Soziale Integration im Quartier“. Eigene Förderung, nicht Teil des Sanierungsbudgets. Quelle: NOZ 02/2018.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2018-03-06 RAT
  ('00000000-0000-4000-8000-000000010003', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004001', DATE '2018-12-11', NULL, 'Förmliche Festlegung des Sanierungsgebiets Schinkel', 'Der Rat legt die Grenzen des Sanierungsgebiets (rund 94 ha) fest. Quelle: NOZ 01/2019 („im Dezember 2018“). Das genaue Sitzungsdatum ist illustrativ.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2018-12-11 RAT
  ('00000000-0000-4000-8000-000000010004', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004006', DATE '2019-01-24', NULL, 'Erste Übersicht der geplanten Maßnahmen und Kosten', 'Die Verwaltung stellt eine erste Liste geplanter Maßnahmen und Kosten vor, u. a. 40.000 Euro jährlich für das Quartiersmanagement, 8.000 Euro jährlich für Bürgerbeteiligung und rund 1,7 Mio. Euro für Spiel-, Sport- und Bolzplätze. Quelle: NOZ 01/2019 („im Januar 2019“). Das genaue Sitzungsdatum ist illustrativ. Der Ausschuss ist so benannt wie in der Quelle; vermutlich ist der Ausschuss für Stadtentwicklung und Umwelt gemeint.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2019-01-24 STEA
  ('00000000-0000-4000-8000-000000010005', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004005', DATE '2019-08-20', NULL, 'Großspielplatz Hasepark', 'Der Großspielplatz Hasepark steht auf der Tagesordnung. Quelle: Pressespiegel der Stadt Osnabrück zum Sanierungsgebiet Schinkel.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2019-08-20 AFIB
  ('00000000-0000-4000-8000-000000010006', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004004', DATE '2019-08-22', NULL, 'Entwurf für den Großspielplatz Hasepark', 'Der Ausschuss stimmt dem Entwurf für den Mehrgenerationenspielplatz im Hasepark einstimmig zu. Quelle: HASEPOST 08/2019.', NULL, NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2019-08-22 STUA
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004002', DATE '2022-06-15', NULL, 'Vorstellung des IHK Schinkel', 'Das Quartiersmanagement stellt das Integrierte Handlungskonzept 2022 vor: Profil des Gebiets, Bedarfe je Handlungsfeld und die Maßnahmenplanung der kommenden Jahre. Quelle: Stadt Osnabrück, Meldung vom 04.07.2022. Die Auswahl der verknüpften Maßnahmen ist für die Demo getroffen.', '00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000003011', 'HELD', NULL, NULL, NULL, 0),  -- 2022-06-15 JHA
  ('00000000-0000-4000-8000-000000010008', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004003', DATE '2022-06-29', NULL, 'Vorstellung des IHK Schinkel', 'Das Quartiersmanagement stellt das Integrierte Handlungskonzept 2022 vor. Quelle: Stadt Osnabrück, Meldung vom 04.07.2022; der Ausschuss ist dort genannt, das Datum ist im Quelltext abgeschnitten. Die Auswahl der verknüpften Maßnahmen ist für die Demo getroffen.', '00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000003011', 'HELD', NULL, NULL, NULL, 0),  -- 2022-06-29 SGA
  ('00000000-0000-4000-8000-000000010009', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004001', DATE '2022-11-08', NULL, 'Anfrage „Sozialer Zusammenhalt im Schinkel“', 'Anfrage der Gruppe Grüne/SPD/Volt zum Stand des Programms im Schinkel; die Verwaltung antwortete mit einer Mitteilungsvorlage vom 03.11.2022 (Inhalt in den Quellen nicht ausgewertet). Quelle: Grüne Ratsfraktion Osnabrück, 01.11.2022.', '00000000-0000-4000-8000-000000005001', NULL, 'HELD', NULL, NULL, NULL, 0),  -- 2022-11-08 RAT
  ('00000000-0000-4000-8000-000000010010', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004003', DATE '2026-12-09', TIME '17:00', 'Sachstand der Beratungsangebote im Stadtteilbüro Schinkel', 'Illustrativer Termin für die Demo; nicht aus den Quellen. Das Quartiersmanagement berichtet über Nachfrage und Entwicklung der Beratung für Jugendliche, Seniorinnen und Senioren sowie Zugewanderte.', '00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000003011', 'SCHEDULED', NULL, NULL, NULL, 0),  -- 2026-12-09 SGA
  ('00000000-0000-4000-8000-000000010011', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000004002', DATE '2027-03-10', TIME '16:00', 'Fortschreibung des IHK – Zwischenbericht', 'Illustrativer Termin für die Demo; nicht aus den Quellen. Zwischenbericht zur Fortschreibung des IHK mit Schwerpunkt auf den Angeboten für Kinder, Jugendliche und junge Erwachsene.', '00000000-0000-4000-8000-000000005001', '00000000-0000-4000-8000-000000003011', 'SCHEDULED', NULL, NULL, NULL, 0),  -- 2027-03-10 JHA
  ('00000000-0000-4000-8000-000000010901', '00000000-0000-4000-8000-000000002901', '00000000-0000-4000-8000-000000004901', DATE '2027-02-03', TIME '18:00', 'Zwischenstand IHK Nordviertel', 'Fiktiver Termin des erfundenen Fördergebiets Nordviertel (Demo).', '00000000-0000-4000-8000-000000005901', '00000000-0000-4000-8000-000000003902', 'SCHEDULED', NULL, NULL, NULL, 0)  -- 2027-02-03 SSTA
ON CONFLICT DO NOTHING;

INSERT INTO presentation_measure (presentation_id, measure_id) VALUES
  ('00000000-0000-4000-8000-000000010004', '00000000-0000-4000-8000-000000008006'),  -- 2019-01-24 -> VB-01
  ('00000000-0000-4000-8000-000000010004', '00000000-0000-4000-8000-000000008016'),  -- 2019-01-24 -> KJF-02
  ('00000000-0000-4000-8000-000000010005', '00000000-0000-4000-8000-000000008016'),  -- 2019-08-20 -> KJF-02
  ('00000000-0000-4000-8000-000000010006', '00000000-0000-4000-8000-000000008016'),  -- 2019-08-22 -> KJF-02
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008001'),  -- 2022-06-15 -> BQ-01
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008006'),  -- 2022-06-15 -> VB-01
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008007'),  -- 2022-06-15 -> VB-02
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008003'),  -- 2022-06-15 -> IN-01
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008015'),  -- 2022-06-15 -> KJF-01
  ('00000000-0000-4000-8000-000000010007', '00000000-0000-4000-8000-000000008021'),  -- 2022-06-15 -> KJF-07
  ('00000000-0000-4000-8000-000000010008', '00000000-0000-4000-8000-000000008006'),  -- 2022-06-29 -> VB-01
  ('00000000-0000-4000-8000-000000010008', '00000000-0000-4000-8000-000000008003'),  -- 2022-06-29 -> IN-01
  ('00000000-0000-4000-8000-000000010008', '00000000-0000-4000-8000-000000008004'),  -- 2022-06-29 -> IN-02
  ('00000000-0000-4000-8000-000000010008', '00000000-0000-4000-8000-000000008005'),  -- 2022-06-29 -> IN-03
  ('00000000-0000-4000-8000-000000010009', '00000000-0000-4000-8000-000000008010'),  -- 2022-11-08 -> VB-05
  ('00000000-0000-4000-8000-000000010009', '00000000-0000-4000-8000-000000008011'),  -- 2022-11-08 -> VB-06
  ('00000000-0000-4000-8000-000000010009', '00000000-0000-4000-8000-000000008012'),  -- 2022-11-08 -> OI-01
  ('00000000-0000-4000-8000-000000010009', '00000000-0000-4000-8000-000000008022'),  -- 2022-11-08 -> ORS-01
  ('00000000-0000-4000-8000-000000010010', '00000000-0000-4000-8000-000000008003'),  -- 2026-12-09 -> IN-01
  ('00000000-0000-4000-8000-000000010010', '00000000-0000-4000-8000-000000008005'),  -- 2026-12-09 -> IN-03
  ('00000000-0000-4000-8000-000000010011', '00000000-0000-4000-8000-000000008001'),  -- 2027-03-10 -> BQ-01
  ('00000000-0000-4000-8000-000000010011', '00000000-0000-4000-8000-000000008002'),  -- 2027-03-10 -> BQ-02
  ('00000000-0000-4000-8000-000000010011', '00000000-0000-4000-8000-000000008020'),  -- 2027-03-10 -> KJF-06
  ('00000000-0000-4000-8000-000000010011', '00000000-0000-4000-8000-000000008021'),  -- 2027-03-10 -> KJF-07
  ('00000000-0000-4000-8000-000000010901', '00000000-0000-4000-8000-000000008901'),  -- 2027-02-03 -> NB-01
  ('00000000-0000-4000-8000-000000010901', '00000000-0000-4000-8000-000000008903')  -- 2027-02-03 -> GF-01
ON CONFLICT DO NOTHING;

-- ============================================================ indicators (social monitoring)
-- Illustrative throughout: the sources give no time series for the area (only that almost every second child lives
-- in a family receiving SGB II benefits), so every value below is made up for the demo and says so.
INSERT INTO indicator (id, area_id, name, description, unit, value_type, direction, source, spatial_level, baseline_year, baseline_date, baseline_value, baseline_city_value, publication_status, version) VALUES
  ('00000000-0000-4000-8000-000000011001', '00000000-0000-4000-8000-000000002001', 'Kinder unter 15 Jahren in Familien mit SGB-II-Leistungen', 'Anteil der Kinder unter 15 Jahren, die in einer Bedarfsgemeinschaft nach dem SGB II leben. Illustrative Werte für die Demo: Die Quellen belegen nur, dass im Schinkel fast jedes zweite Kind betroffen ist – die Zeitreihe ist angenommen.', '%', 'PERCENT', 'LOWER_IS_BETTER', 'Illustrativ (Demo), angelehnt an das Sozialmonitoring der Stadt Osnabrück; keine amtlichen Zahlen', 'DISTRICT', 2017, NULL, 48.5, 17.9, 'PUBLISHED', 0),
  ('00000000-0000-4000-8000-000000011002', '00000000-0000-4000-8000-000000002001', 'Schulabgängerinnen und -abgänger ohne Hauptschulabschluss', 'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen aus dem Gebiet, die die Schule ohne Hauptschulabschluss verlassen. Illustrative Werte für die Demo, nicht aus einer Statistik übernommen.', '%', 'PERCENT', 'LOWER_IS_BETTER', 'Illustrativ (Demo); keine amtlichen Zahlen', 'AREA', 2017, NULL, 13.8, 6.4, 'PUBLISHED', 0),
  ('00000000-0000-4000-8000-000000011003', '00000000-0000-4000-8000-000000002001', 'Teilnahmen an Beratung und Sprachkursen für Zugewanderte im Stadtteilbüro', 'Zahl der Teilnahmen an Beratungs- und Sprachangeboten für Zugewanderte im Stadtteilbüro (seit Mitte 2019) im Jahr. Illustrative Werte für die Demo, nicht aus einer Statistik übernommen.', 'Teilnahmen', 'INTEGER', 'HIGHER_IS_BETTER', 'Illustrativ (Demo); keine Zählung des Quartiersmanagements', 'AREA', 2019, NULL, 24, NULL, 'PUBLISHED', 0),
  ('00000000-0000-4000-8000-000000011004', '00000000-0000-4000-8000-000000002001', 'Zufriedenheit mit dem Zusammenleben im Stadtteil', 'Anteil der Befragten, die mit dem Zusammenleben im Schinkel zufrieden oder sehr zufrieden sind. Die Bürgerbefragung 2021 fand statt, ihre Ergebnisse sind aber nicht veröffentlicht: Die Werte und die Wiederholungsbefragung 2025 sind für die Demo angenommen.', '%', 'PERCENT', 'HIGHER_IS_BETTER', 'Illustrativ (Demo), angelehnt an die Bürgerbefragung 2021', 'AREA', NULL, '2021-04-18', 52, 71, 'PUBLISHED', 0)
ON CONFLICT DO NOTHING;

INSERT INTO indicator_value (indicator_id, year, date, value, city_value, note) VALUES
  ('00000000-0000-4000-8000-000000011001', 2017, NULL, 48.5, 17.9, NULL),
  ('00000000-0000-4000-8000-000000011001', 2018, NULL, 47.9, 17.6, NULL),
  ('00000000-0000-4000-8000-000000011001', 2019, NULL, 47.2, 17.2, NULL),
  ('00000000-0000-4000-8000-000000011001', 2020, NULL, 48.1, 17.5, 'Anstieg in der Pandemie (illustrativ)'),
  ('00000000-0000-4000-8000-000000011001', 2021, NULL, 46.4, 17.0, NULL),
  ('00000000-0000-4000-8000-000000011001', 2022, NULL, 45.0, 16.8, NULL),
  ('00000000-0000-4000-8000-000000011001', 2023, NULL, 44.2, 16.5, NULL),
  ('00000000-0000-4000-8000-000000011001', 2024, NULL, 43.1, 16.2, NULL),
  ('00000000-0000-4000-8000-000000011001', 2025, NULL, 41.8, 16.0, NULL),
  ('00000000-0000-4000-8000-000000011002', 2017, NULL, 13.8, 6.4, NULL),
  ('00000000-0000-4000-8000-000000011002', 2018, NULL, 13.1, 6.3, NULL),
  ('00000000-0000-4000-8000-000000011002', 2019, NULL, 12.6, 6.1, NULL),
  ('00000000-0000-4000-8000-000000011002', 2020, NULL, 13.5, 6.5, NULL),
  ('00000000-0000-4000-8000-000000011002', 2021, NULL, 12.9, 6.2, NULL),
  ('00000000-0000-4000-8000-000000011002', 2022, NULL, 11.7, 6.0, NULL),
  ('00000000-0000-4000-8000-000000011002', 2023, NULL, 11.2, 6.1, NULL),
  ('00000000-0000-4000-8000-000000011002', 2024, NULL, 10.4, 5.9, NULL),
  ('00000000-0000-4000-8000-000000011002', 2025, NULL, 9.8, 5.9, NULL),
  ('00000000-0000-4000-8000-000000011003', 2019, NULL, 24, NULL, 'Stadtteilbüro seit Mitte 2019'),
  ('00000000-0000-4000-8000-000000011003', 2020, NULL, 31, NULL, 'Pandemie: Angebote zeitweise nur telefonisch (illustrativ)'),
  ('00000000-0000-4000-8000-000000011003', 2021, NULL, 45, NULL, NULL),
  ('00000000-0000-4000-8000-000000011003', 2022, NULL, 68, NULL, NULL),
  ('00000000-0000-4000-8000-000000011003', 2023, NULL, 82, NULL, NULL),
  ('00000000-0000-4000-8000-000000011003', 2024, NULL, 95, NULL, NULL),
  ('00000000-0000-4000-8000-000000011003', 2025, NULL, 104, NULL, NULL),
  ('00000000-0000-4000-8000-000000011004', NULL, '2021-04-18', 52, 71, 'Bürgerbefragung 15.03.–18.04.2021 (Werte angenommen)'),
  ('00000000-0000-4000-8000-000000011004', NULL, '2025-04-30', 58, 72, 'Wiederholungsbefragung (für die Demo angenommen)')
ON CONFLICT DO NOTHING;

INSERT INTO indicator_target (indicator_id, year, value, note) VALUES
  ('00000000-0000-4000-8000-000000011001', 2028, 38, 'Ziel für das Ende des Förderzeitraums (illustrativ)'),
  ('00000000-0000-4000-8000-000000011002', 2028, 8, 'Ziel für das Ende des Förderzeitraums (illustrativ)'),
  ('00000000-0000-4000-8000-000000011003', 2028, 150, 'Ziel für das Ende des Förderzeitraums (illustrativ)'),
  ('00000000-0000-4000-8000-000000011004', 2028, 65, 'Ziel für das Ende des Förderzeitraums (illustrativ)')
ON CONFLICT DO NOTHING;

INSERT INTO indicator_action_field (indicator_id, action_field_id) VALUES
  ('00000000-0000-4000-8000-000000011001', '00000000-0000-4000-8000-000000006002'),  -- BQ
  ('00000000-0000-4000-8000-000000011002', '00000000-0000-4000-8000-000000006002'),  -- BQ
  ('00000000-0000-4000-8000-000000011003', '00000000-0000-4000-8000-000000006001'),  -- IN
  ('00000000-0000-4000-8000-000000011004', '00000000-0000-4000-8000-000000006001')   -- IN
ON CONFLICT DO NOTHING;

INSERT INTO indicator_need (indicator_id, need_id) VALUES
  ('00000000-0000-4000-8000-000000011001', '00000000-0000-4000-8000-000000007005'),  -- BQ-B1
  ('00000000-0000-4000-8000-000000011002', '00000000-0000-4000-8000-000000007006'),  -- BQ-B2
  ('00000000-0000-4000-8000-000000011003', '00000000-0000-4000-8000-000000007003'),  -- IN-B3
  ('00000000-0000-4000-8000-000000011004', '00000000-0000-4000-8000-000000007001')   -- IN-B1
ON CONFLICT DO NOTHING;

INSERT INTO indicator_measure (indicator_id, measure_id) VALUES
  ('00000000-0000-4000-8000-000000011002', '00000000-0000-4000-8000-000000008001'),  -- BQ-01
  ('00000000-0000-4000-8000-000000011002', '00000000-0000-4000-8000-000000008002'),  -- BQ-02
  ('00000000-0000-4000-8000-000000011003', '00000000-0000-4000-8000-000000008003'),  -- IN-01
  ('00000000-0000-4000-8000-000000011003', '00000000-0000-4000-8000-000000008005')   -- IN-03
ON CONFLICT DO NOTHING;

-- ============================================================ publication
-- Everything of the demo is published, except one illustrative idea that stays a draft, so that
-- editors see what readers do not.
UPDATE area SET publication_status = 'PUBLISHED';
UPDATE action_field SET publication_status = 'PUBLISHED';
UPDATE need SET publication_status = 'PUBLISHED';
UPDATE measure SET publication_status = 'PUBLISHED' WHERE code <> 'KJF-06';
UPDATE presentation SET publication_status = 'PUBLISHED';

-- ============================================================ editions as the adopted concept
-- "IHK 2022" is adopted after this script by DemoEditions (Java), with a snapshot of the concept as it stood in June
-- 2022 (assumptions in that class: adopted on 29.06.2022; measures that started before July 2022 or, without a start
-- date, were presented to a committee by then). "Fortschreibung 2027" is being prepared: it shows the live concept,
-- and the interim report of March 2027 presents it.
INSERT INTO edition (id, area_id, label, published_on, document_url, summary, version) VALUES
  ('00000000-0000-4000-8000-000000005002', '00000000-0000-4000-8000-000000002001', 'Fortschreibung 2027', NULL, NULL, 'Illustrativ für die Demo: Fortschreibung des IHK 2022 mit den seither begonnenen Maßnahmen; wird 2027 in den Ausschüssen vorgestellt.', 0)
ON CONFLICT DO NOTHING;
UPDATE presentation SET edition_id = '00000000-0000-4000-8000-000000005002' WHERE id = '00000000-0000-4000-8000-000000010011';

-- ============================================================ map
-- Approximate places, drawn by hand for the demo: the boundary follows the press description of the area (between the
-- Hasepark and the Tannenburgstraße, around the "Schinkelkurve"), not the council's plan; the measures' places are
-- where the facility named in them roughly lies. Both are flagged as approximate, and readers are told so.
UPDATE area SET boundary_approximate = true, boundary = '{"type": "Polygon", "coordinates": [[[8.0662, 52.2788], [8.0672, 52.2822], [8.0690, 52.2851], [8.0738, 52.2874], [8.0797, 52.2870], [8.0838, 52.2846], [8.0852, 52.2810], [8.0836, 52.2781], [8.0790, 52.2764], [8.0738, 52.2762], [8.0695, 52.2770], [8.0662, 52.2788]]]}'
 WHERE id = '00000000-0000-4000-8000-000000002001';
UPDATE measure SET location_approximate = true, location_geometry = CAST(p.geometry AS jsonb)
  FROM (VALUES
    -- BQ-02 Gesamtschule Schinkel
    ('00000000-0000-4000-8000-000000008002', '{"type": "Point", "coordinates": [8.0812, 52.2838]}'),
    -- IN-01 Stadtteilbüro, Tannenburgstraße 61
    ('00000000-0000-4000-8000-000000008003', '{"type": "Point", "coordinates": [8.0781, 52.2801]}'),
    -- IN-03 Heinz-Fitschen-Haus, Heiligenweg 40
    ('00000000-0000-4000-8000-000000008005', '{"type": "Point", "coordinates": [8.0761, 52.2814]}'),
    -- OI-03 Stadtteilbüro
    ('00000000-0000-4000-8000-000000008014', '{"type": "Point", "coordinates": [8.0783, 52.2799]}'),
    -- KJF-02 Großspielplatz Hasepark, between An der Rosenburg, Buersche Straße and Rotenburger Straße
    ('00000000-0000-4000-8000-000000008016', '{"type": "Point", "coordinates": [8.0702, 52.2841]}'),
    -- KJF-03 Spielplatz Schützenstraße, between Ebertallee and Wesereschstraße (its site as a polygon)
    ('00000000-0000-4000-8000-000000008017', '{"type": "Polygon", "coordinates": [[[8.0796, 52.2778], [8.0804, 52.2778], [8.0804, 52.2783], [8.0796, 52.2783], [8.0796, 52.2778]]]}'),
    -- KJF-04 Spielplatz Tannenburgstraße, behind houses 116/118
    ('00000000-0000-4000-8000-000000008018', '{"type": "Point", "coordinates": [8.0815, 52.2792]}'),
    -- KJF-05 Jeggener Weg
    ('00000000-0000-4000-8000-000000008019', '{"type": "Point", "coordinates": [8.0830, 52.2852]}'),
    -- KJF-07 Heinz-Fitschen-Haus
    ('00000000-0000-4000-8000-000000008021', '{"type": "Point", "coordinates": [8.0759, 52.2816]}'),
    -- ORS-01 underpass Thomasburgstraße
    ('00000000-0000-4000-8000-000000008022', '{"type": "Point", "coordinates": [8.0748, 52.2786]}'),
    -- ORS-02 underpass Tiefstraße
    ('00000000-0000-4000-8000-000000008023', '{"type": "Point", "coordinates": [8.0722, 52.2797]}')
  ) AS p (id, geometry)
 WHERE measure.id = CAST(p.id AS uuid);

-- ============================================================ Leichte Sprache
-- Summaries in Leichte Sprache (plain-language German) for the Schinkel area, its action fields and one measure,
-- written from the facts above: short sentences, one statement each, hard words explained, numbers as digits,
-- long compound words split with a hyphen; one sentence per line (the web app shows each line as a line).
UPDATE area SET easy_language_summary = 'Der Schinkel ist ein Stadt-Teil im Osten von Osnabrück.
Ein Teil vom Schinkel ist ein Sanierungs-Gebiet.
Sanierungs-Gebiet heißt:
Die Stadt macht hier viele Dinge neu und besser.
In dem Gebiet wohnen etwa 8.500 Menschen.
Die Menschen kommen aus vielen Ländern.
Die Stadt bekommt für das Gebiet viel Geld.
Es sind etwa 15 Millionen Euro.
Das Geld kommt vom Staat, vom Land Niedersachsen und von der Stadt Osnabrück.
Alle 3 geben gleich viel Geld.
Das Geld ist für 10 Jahre: von 2018 bis 2028.
Mit dem Geld macht die Stadt zum Beispiel Spiel-Plätze neu.
Es gibt ein Stadtteil-Büro in der Tannenburgstraße 61.
Dort arbeitet das Quartiers-Management.
Das Quartiers-Management ist ein Team.
Das Team hilft den Menschen im Schinkel.
Sie können mit Ihren Fragen zum Team gehen.
Das Team hat mit der Stadt einen Plan geschrieben.
Der Plan hat einen schweren Namen: Integriertes Handlungs-Konzept.
In dem Plan steht:
Was braucht der Schinkel?
Was macht die Stadt dafür?
Der Plan hat 8 Themen.
Die Themen heißen Handlungs-Felder.
Der Schinkel hat auch einen Spruch:
Viele Farben, eine Heimat, UNSER SCHINKEL.'
 WHERE id = '00000000-0000-4000-8000-000000002001' AND easy_language_summary IS NULL;
UPDATE action_field SET easy_language_summary = t.summary
  FROM (VALUES
    -- IN Integration
    ('00000000-0000-4000-8000-000000006001', 'In diesem Handlungs-Feld geht es um das Zusammen-Leben.
Im Schinkel wohnen Menschen aus vielen Ländern.
Viele Menschen sind aus einem anderen Land hierher gezogen.
Manche Menschen sprechen wenig Deutsch.
Das macht das Zusammen-Leben schwer.
Das Ziel ist:
Die Menschen im Schinkel lernen sich kennen.
Alle Menschen bekommen Hilfe bei ihren Fragen.
Zum Beispiel bei Fragen zu Arbeit, Wohnung und Schule.
Alle Menschen können im Stadt-Teil mit-machen.'),
    -- BQ Bildung und Qualifizierung
    ('00000000-0000-4000-8000-000000006002', 'In diesem Handlungs-Feld geht es um Schule, Ausbildung und Arbeit.
Ausbildung heißt: Man lernt einen Beruf.
Im Schinkel leben viele Familien mit wenig Geld.
Sie bekommen Geld vom Job-Center.
Manche jungen Menschen finden schwer eine Ausbildung.
Das Ziel ist:
Kinder und junge Menschen schaffen die Schule.
Junge Menschen finden eine Ausbildung oder eine Arbeit.
Erwachsene lernen Neues für ihren Beruf.
So kommen die Menschen aus der Armut.'),
    -- KJF Kinder, Jugend und Familie
    ('00000000-0000-4000-8000-000000006003', 'In diesem Handlungs-Feld geht es um Kinder, junge Menschen und Familien.
Im Schinkel leben viele arme Kinder.
Fast jedes 2. Kind lebt in einer Familie mit wenig Geld.
Junge Menschen aus dem Schinkel haben bei einer Umfrage gesagt:
Wir wünschen uns mehr Orte zum Treffen.
Wir wünschen uns bessere Sport-Plätze.
Das Ziel ist:
Kinder und junge Menschen haben sichere Orte zum Spielen, für Sport und zum Treffen.
Sie haben Menschen für ihre Fragen und Sorgen.
Familien mit wenig Geld bekommen Hilfe.'),
    -- VB Vernetzung, Aktivierung und Beteiligung
    ('00000000-0000-4000-8000-000000006004', 'In diesem Handlungs-Feld geht es um das Mit-Machen.
Im Schinkel arbeiten viele Gruppen.
Zum Beispiel: Vereine, Schulen, soziale Einrichtungen und die Stadt-Verwaltung.
Die Gruppen sprechen miteinander.
Sie planen ihre Angebote zusammen.
Auch Sie können mit-machen.
Zum Beispiel in der Schinkel-Runde.
In der Schinkel-Runde treffen sich Menschen aus dem Schinkel.
Sie sprechen über ihren Stadt-Teil.
Das Ziel ist:
Alle gestalten den Schinkel zusammen.'),
    -- OI Öffentlichkeitsarbeit und Image
    ('00000000-0000-4000-8000-000000006005', 'In diesem Handlungs-Feld geht es um Informationen.
Die Menschen im Schinkel bekommen gute Informationen.
Zum Beispiel:
Was passiert im Stadt-Teil?
Welche Angebote gibt es?
Manche Menschen denken schlecht über den Schinkel.
Das Ziel ist:
Die Menschen denken besser über den Schinkel.
Das gilt für die Menschen im Schinkel.
Und das gilt für die Menschen in anderen Stadt-Teilen.'),
    -- WW Wohnen und Wohnumfeld
    ('00000000-0000-4000-8000-000000006006', 'In diesem Handlungs-Feld geht es um das Wohnen.
Im Schinkel sind viele Häuser alt.
Viele Häuser brauchen zu viel Energie.
Energie ist zum Beispiel Strom oder Wärme für die Heizung.
An manchen Orten liegt viel Müll.
Dort gibt es auch Ratten.
Das Ziel ist:
Die Besitzer machen ihre Häuser neu.
Die Häuser brauchen weniger Energie.
Die Stadt berät die Besitzer.
Die Straßen und Höfe sind sauber und schön.'),
    -- ORS Öffentlicher Raum und Sicherheit
    ('00000000-0000-4000-8000-000000006007', 'In diesem Handlungs-Feld geht es um Plätze, Wege und Sicherheit.
Eine Bahn-Strecke teilt den Schinkel in 2 Teile.
Auf die andere Seite kommen Sie nur durch eine Unterführung.
Eine Unterführung ist ein Weg unter der Bahn.
Manche Menschen haben in den Unterführungen Angst.
Im Schinkel fehlt auch ein großer Platz für alle.
Das Ziel ist:
Die Plätze und Wege sind sicher.
Die Unterführungen sind hell und freundlich.
Es gibt schöne Orte für Treffen.'),
    -- SEN Senioren
    ('00000000-0000-4000-8000-000000006008', 'In diesem Handlungs-Feld geht es um ältere Menschen.
Im Stadtteil-Büro gibt es eine Beratung für ältere Menschen.
Beratung heißt:
Jemand beantwortet Ihre Fragen.
Das Ziel ist:
Ältere Menschen bekommen Beratung.
Sie treffen andere Menschen.
Sie bewegen sich zusammen.')
  ) AS t (id, summary)
 WHERE action_field.id = CAST(t.id AS uuid) AND action_field.easy_language_summary IS NULL;
-- KJF-02 Großspielplatz Hasepark
UPDATE measure SET easy_language_summary = 'Im Hasepark gibt es einen neuen Spiel-Platz.
Der Spiel-Platz ist sehr groß.
Er ist für Kinder, junge Menschen und ältere Menschen.
Es gibt Geräte für Sport.
Menschen mit Behinderung können dort auch spielen.
Es gibt eine Toilette.
Kinder haben bei der Planung mit-gemacht.
Der Spiel-Platz ist seit dem 9. Dezember 2020 offen.'
 WHERE id = '00000000-0000-4000-8000-000000008016' AND easy_language_summary IS NULL;
