-- Bulk benchmark dataset, generated inside PostgreSQL (no HTTP). Run with psql -v areas=N -v actors=M.
-- Every area: 10 action fields, 50 needs, 100 measures (4 steps each, 3 needs, 2 partner actors, 2 target groups),
-- 20 presentations, 2 editions. All records published. Text is German, of realistic length, drawn from a pool of
-- paragraphs so that full-text search has work to do. Ids are derived from numbers (md5) so the bench can find them.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';

-- Bulk load: the revision triggers of the answer cache (V3) are off while loading (the revisions are set at the end),
-- and the secondary indexes are dropped and built again afterwards, which is much faster than updating them row by row.
CREATE TEMP TABLE bulk_tables(t text);
INSERT INTO bulk_tables VALUES ('target_group'), ('committee'), ('actor'), ('area'), ('edition'), ('action_field'), ('need'),
  ('need_target_group'), ('measure'), ('measure_action_field'), ('measure_need'), ('measure_partner_actor'),
  ('measure_target_group'), ('action_step'), ('presentation'), ('presentation_measure');
CREATE TEMP TABLE saved_index AS
SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN bulk_tables b ON b.t = i.tablename
 WHERE i.schemaname = 'public' AND i.indexname NOT IN (SELECT conname FROM pg_constraint);
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT t FROM bulk_tables LOOP EXECUTE format('ALTER TABLE %I DISABLE TRIGGER USER', r.t); END LOOP;
  FOR r IN SELECT indexname FROM saved_index LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
END $$;

CREATE TEMP TABLE words(w text[]);
INSERT INTO words VALUES (ARRAY[
 'Quartier','Stadtteil','Nachbarschaft','Spielplatz','Grünfläche','Begegnung','Bewohnerinnen','Bewohner','Beteiligung',
 'Sanierung','Wohnumfeld','Schule','Kita','Familien','Jugendliche','Senioren','Integration','Sprachförderung','Bildung',
 'Gesundheit','Bewegung','Sport','Verkehr','Radweg','Gehweg','Barrierefreiheit','Platz','Straße','Hof','Innenhof',
 'Gemeinschaftsgarten','Stadtteilzentrum','Beratung','Arbeit','Ausbildung','Gewerbe','Einzelhandel','Leerstand',
 'Klimaanpassung','Hitze','Bäume','Entsiegelung','Regenwasser','Energie','Wärme','Mieten','Wohnraum','Sicherheit',
 'Sauberkeit','Kultur','Bibliothek','Musik','Kunst','Ehrenamt','Verein','Netzwerk','Quartiersmanagement','Verwaltung',
 'Förderung','Programm','Maßnahme','Konzept','Umsetzung','Planung','Bedarf','Ziel','Handlungsfeld','Akteure',
 'verbessert','gestärkt','geschaffen','erneuert','gestaltet','unterstützt','entwickelt','gefördert','umgebaut','geöffnet',
 'die','der','das','und','mit','für','im','in','zur','zum','durch','den','eine','ein','wird','werden','sollen','neue',
 'öffentliche','soziale','gemeinsame','bessere','sichere','grüne','lebendige','vielfältige','junge','ältere'] );

-- 2000 paragraphs of 25..90 words.
CREATE TEMP TABLE para AS
SELECT p AS n,
       (SELECT string_agg(w[1 + ((p * 7919 + k * 104729 + (p % 13) * k * k) % array_length(w, 1))], ' ')
          FROM words, generate_series(1, 25 + (p * 37) % 66) k) || '.' AS t
FROM generate_series(0, 1999) p;
CREATE UNIQUE INDEX ON para(n);

CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT md5(kind || ':' || n)::uuid $$;
CREATE FUNCTION pg_temp.txt(n bigint) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT t FROM para WHERE para.n = ($1 % 2000) $$;

INSERT INTO target_group (id, code, label_de, label_en)
SELECT pg_temp.uid('tg', g), 'TG' || g, 'Zielgruppe ' || g, 'Target group ' || g FROM generate_series(1, 8) g
ON CONFLICT DO NOTHING;

INSERT INTO committee (id, name, short_name, municipality)
SELECT pg_temp.uid('committee', c), 'Ausschuss für Stadtentwicklung ' || c, 'ASt' || c, 'Stadt ' || (c % 400)
FROM generate_series(1, :areas) c;

INSERT INTO actor (id, name, kind, municipality, description, website, email)
SELECT pg_temp.uid('actor', a), 'Träger ' || a || ' ' || split_part(pg_temp.txt(a * 3), ' ', 1),
       (ARRAY['CITY_DEPARTMENT','SOCIAL_ORGANISATION','NETWORK_BODY','QUARTER_MANAGEMENT','TRUSTEE','RESIDENTS_BODY','SCHOOL','OTHER'])[1 + a % 8],
       'Stadt ' || (a % 400), pg_temp.txt(a * 5), 'https://example.org/traeger/' || a, 'kontakt' || a || '@example.org'
FROM generate_series(1, :actors) a;

INSERT INTO area (id, slug, name, municipality, programme, funding_start, funding_end, size_hectares, inhabitants,
                  budget_amount, summary, description, publication_status)
SELECT pg_temp.uid('area', a), 'gebiet-' || a, 'Fördergebiet ' || a, 'Stadt ' || (a % 400), 'Sozialer Zusammenhalt',
       2015 + a % 8, 2030 + a % 5, 20 + a % 200, 3000 + (a * 37) % 20000, 1000000 + (a * 7919) % 9000000,
       left(pg_temp.txt(a), 1900), pg_temp.txt(a + 1) || E'\n\n' || pg_temp.txt(a + 2), 'PUBLISHED'
FROM generate_series(1, :areas) a;

INSERT INTO edition (id, area_id, label, published_on, summary)
SELECT pg_temp.uid('edition', a * 2 + e), pg_temp.uid('area', a), 'Fortschreibung ' || (2018 + e * 4),
       make_date(2018 + e * 4, 3, 1), pg_temp.txt(a * 2 + e)
FROM generate_series(1, :areas) a, generate_series(0, 1) e;

INSERT INTO action_field (id, area_id, code, title, description, goal, position, color, publication_status)
SELECT pg_temp.uid('field', a * 10 + f), pg_temp.uid('area', a), 'HF' || (f + 1),
       'Handlungsfeld ' || (f + 1) || ' ' || split_part(pg_temp.txt(f), ' ', 1), pg_temp.txt(a * 10 + f),
       left(pg_temp.txt(a * 10 + f + 7), 600), f, '#336699', 'PUBLISHED'
FROM generate_series(1, :areas) a, generate_series(0, 9) f;

INSERT INTO need (id, area_id, action_field_id, code, title, description, evidence, priority, publication_status)
SELECT pg_temp.uid('need', a * 50 + n), pg_temp.uid('area', a), pg_temp.uid('field', a * 10 + n % 10), 'B' || (n + 1),
       left('Bedarf ' || pg_temp.txt(a * 50 + n), 120), pg_temp.txt(a * 50 + n + 3), left(pg_temp.txt(a * 50 + n + 11), 400),
       (ARRAY['HIGH','MEDIUM','LOW'])[1 + n % 3], 'PUBLISHED'
FROM generate_series(1, :areas) a, generate_series(0, 49) n;

INSERT INTO need_target_group (need_id, target_group_id)
SELECT pg_temp.uid('need', a * 50 + n), pg_temp.uid('tg', 1 + (a + n) % 8)
FROM generate_series(1, :areas) a, generate_series(0, 49) n;

INSERT INTO measure (id, area_id, action_field_id, code, title, summary, description, status, priority, progress,
                     start_date, end_date, lead_actor_id, location, budget_amount, budget_currency, funding_source, publication_status)
SELECT pg_temp.uid('measure', a * 100 + m), pg_temp.uid('area', a), pg_temp.uid('field', a * 10 + m % 10), 'M' || (m + 1),
       left('Maßnahme ' || pg_temp.txt(a * 100 + m + 17), 150), left(pg_temp.txt(a * 100 + m + 5), 500),
       pg_temp.txt(a * 100 + m),
       (ARRAY['IDEA','PLANNED','IN_PROGRESS','COMPLETED','ONGOING','DISCONTINUED'])[1 + m % 6],
       (ARRAY['HIGH','MEDIUM','LOW'])[1 + m % 3], (m * 7) % 101,
       make_date(2020 + m % 5, 1 + m % 12, 1), make_date(2026 + m % 5, 1 + m % 12, 28),
       pg_temp.uid('actor', 1 + (a * 100 + m) % :actors), 'Straße ' || m, 10000 + m * 1000, 'EUR', 'Städtebauförderung', 'PUBLISHED'
FROM generate_series(1, :areas) a, generate_series(0, 99) m;

INSERT INTO measure_action_field (measure_id, action_field_id)
SELECT pg_temp.uid('measure', a * 100 + m), pg_temp.uid('field', a * 10 + (m + 3) % 10)
FROM generate_series(1, :areas) a, generate_series(0, 99) m WHERE m % 4 = 0;

INSERT INTO measure_need (measure_id, need_id)
SELECT pg_temp.uid('measure', a * 100 + m), pg_temp.uid('need', a * 50 + (m * 3 + k) % 40)
FROM generate_series(1, :areas) a, generate_series(0, 99) m, generate_series(0, 2) k
ON CONFLICT DO NOTHING;

INSERT INTO measure_partner_actor (measure_id, actor_id)
SELECT pg_temp.uid('measure', a * 100 + m), pg_temp.uid('actor', 1 + (a * 100 + m + 1 + k * 997) % :actors)
FROM generate_series(1, :areas) a, generate_series(0, 99) m, generate_series(0, 1) k
ON CONFLICT DO NOTHING;

INSERT INTO measure_target_group (measure_id, target_group_id)
SELECT pg_temp.uid('measure', a * 100 + m), pg_temp.uid('tg', 1 + (m + k * 3) % 8)
FROM generate_series(1, :areas) a, generate_series(0, 99) m, generate_series(0, 1) k;

INSERT INTO action_step (id, measure_id, title, description, due_date, status, responsible_actor_id, position)
SELECT pg_temp.uid('step', (a * 100 + m) * 4 + s), pg_temp.uid('measure', a * 100 + m),
       left('Schritt ' || (s + 1) || ': ' || pg_temp.txt((a * 100 + m) * 4 + s + 9), 150),
       left(pg_temp.txt((a * 100 + m) * 4 + s), 400),
       current_date + ((a + m * 4 + s * 11) % 120) - 20,
       (ARRAY['OPEN','IN_PROGRESS','DONE','CANCELLED'])[1 + (m + s) % 4],
       pg_temp.uid('actor', 1 + (a * 100 + m + s) % :actors), s
FROM generate_series(1, :areas) a, generate_series(0, 99) m, generate_series(0, 3) s;

INSERT INTO presentation (id, area_id, committee_id, date, time, title, description, edition_id, presenter_actor_id,
                          status, publication_status)
SELECT pg_temp.uid('presentation', a * 20 + p), pg_temp.uid('area', a), pg_temp.uid('committee', a),
       current_date + (p * 19) - 200, '17:00', left('Vorstellung im Ausschuss: ' || pg_temp.txt(a * 20 + p), 150),
       pg_temp.txt(a * 20 + p + 1), pg_temp.uid('edition', a * 2 + 1), pg_temp.uid('actor', 1 + (a + p) % :actors),
       (ARRAY['SCHEDULED','HELD','CANCELLED','POSTPONED'])[1 + p % 4], 'PUBLISHED'
FROM generate_series(1, :areas) a, generate_series(0, 19) p;

INSERT INTO presentation_measure (presentation_id, measure_id)
SELECT pg_temp.uid('presentation', a * 20 + p), pg_temp.uid('measure', a * 100 + p * 5)
FROM generate_series(1, :areas) a, generate_series(0, 19) p;

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT indexdef FROM saved_index LOOP EXECUTE r.indexdef; END LOOP;
  FOR r IN SELECT t FROM bulk_tables LOOP EXECUTE format('ALTER TABLE %I ENABLE TRIGGER USER', r.t); END LOOP;
END $$;
INSERT INTO area_revision (area_id, revision) SELECT id, 1 FROM area
ON CONFLICT (area_id) DO UPDATE SET revision = area_revision.revision + 1;
UPDATE global_revision SET revision = revision + 1;
