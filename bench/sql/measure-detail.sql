-- The statements the backend sent for measure detail (anonymous, answer cache off), read off PostgreSQL's statement log
-- by bench/capture_sql.py, with their parameters filled in; {area}, {measure} and {slug} stand for the benchmark area's.
BEGIN;
select a1_0.id,a1_0.boundary,a1_0.boundary_approximate,a1_0.budget_amount,a1_0.created_at,a1_0.description,a1_0.easy_language_summary,a1_0.funding_end,a1_0.funding_start,a1_0.inhabitants,a1_0.municipality,a1_0.name,a1_0.position,a1_0.programme,a1_0.public_version,a1_0.publication_status,a1_0.size_hectares,a1_0.slug,a1_0.summary,a1_0.updated_at,a1_0.version from area a1_0 where a1_0.slug='{slug}' fetch first '1' rows only;
SELECT m.id, m.version, m.public_version, m.created_at, m.updated_at, m.code, m.title, m.summary,
m.easy_language_summary, m.description, m.status, m.priority, m.progress, m.start_date, m.end_date,
m.location, m.location_geometry, m.location_approximate, m.budget_amount, m.budget_currency,
m.funding_source, m.publication_status,
f.id AS field_id, f.code AS field_code, f.title AS field_title, f.color AS field_color,
a.id AS lead_id, a.name AS lead_name, a.kind AS lead_kind,
(SELECT json_agg(json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'color', x.color)
ORDER BY x.position, x.code COLLATE "C", x.id)
FROM measure_action_field maf JOIN action_field x ON x.id = maf.action_field_id
WHERE maf.measure_id = m.id AND x.publication_status = 'PUBLISHED') AS further_action_fields,
(SELECT json_agg(json_build_object('id', n.id, 'code', n.code, 'title', n.title)
ORDER BY n.code COLLATE "C", n.id)
FROM measure_need mn JOIN need n ON n.id = mn.need_id
WHERE mn.measure_id = m.id AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED')) AS needs,
(SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'kind', p.kind)
ORDER BY p.name COLLATE "C", p.id)
FROM measure_partner_actor mpa JOIN actor p ON p.id = mpa.actor_id
WHERE mpa.measure_id = m.id) AS partner_actors,
(SELECT json_agg(json_build_object('code', t.code, 'labelDe', t.label_de, 'labelEn', t.label_en)
ORDER BY t.code COLLATE "C")
FROM measure_target_group mtg JOIN target_group t ON t.id = mtg.target_group_id
WHERE mtg.measure_id = m.id) AS target_groups,
(SELECT json_agg(json_build_object('label', l.label, 'url', l.url) ORDER BY l.position)
FROM measure_link l WHERE l.measure_id = m.id) AS links,
(SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'dueDate', s.due_date,
'status', s.status, 'position', s.position)
ORDER BY s.position, s.created_at)
FROM action_step s WHERE s.measure_id = m.id) AS steps
FROM measure m
JOIN action_field f ON f.id = m.action_field_id
LEFT JOIN actor a ON a.id = m.lead_actor_id
WHERE m.id = ANY('{{measure}}') AND m.area_id = '{area}' AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED');
COMMIT;
