-- The statements the backend sent for area overview (anonymous, answer cache off), read off PostgreSQL's statement log
-- by bench/capture_sql.py, with their parameters filled in; {area}, {measure} and {slug} stand for the benchmark area's.
BEGIN;
select a1_0.id,a1_0.boundary,a1_0.boundary_approximate,a1_0.budget_amount,a1_0.created_at,a1_0.description,a1_0.easy_language_summary,a1_0.funding_end,a1_0.funding_start,a1_0.inhabitants,a1_0.municipality,a1_0.name,a1_0.position,a1_0.programme,a1_0.public_version,a1_0.publication_status,a1_0.size_hectares,a1_0.slug,a1_0.summary,a1_0.updated_at,a1_0.version from area a1_0 where a1_0.slug='{slug}' fetch first '1' rows only;
SELECT f.id, f.code, f.title, f.color, f.position, f.goal,
(SELECT count(*) FROM need n WHERE n.action_field_id = f.id  AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED')),
(SELECT count(*) FROM need n WHERE n.action_field_id = f.id  AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED')
AND NOT EXISTS (SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id
WHERE mn.need_id = n.id  AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED'))),
ms.measures, ms.mean_progress
FROM action_field f
CROSS JOIN LATERAL (
SELECT count(*) AS measures, avg(m.progress) AS mean_progress
FROM measure m
WHERE m.area_id = f.area_id  AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED')
AND (m.action_field_id = f.id
OR EXISTS (SELECT 1 FROM measure_action_field maf WHERE maf.measure_id = m.id AND maf.action_field_id = f.id))
) ms
WHERE f.area_id = '{area}'  AND f.publication_status = 'PUBLISHED'
ORDER BY f.position, f.code;
SELECT m.status, count(*), coalesce(sum(m.progress), 0) FROM measure m WHERE m.area_id = '{area}' AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED') GROUP BY m.status;
select e1_0.id,e1_0.adopted_on,e1_0.area_id,e1_0.created_at,e1_0.document_url,e1_0.label,e1_0.published_on,e1_0.status,e1_0.summary,e1_0.updated_at,e1_0.version from edition e1_0 where e1_0.area_id='{area}' and e1_0.published_on is not null order by e1_0.published_on desc,e1_0.created_at desc fetch first '1' rows only;
SELECT p.id, p.version, p.public_version, p.created_at, p.updated_at, p.date, p.time, p.title,
p.description, p.status, p.meeting_url, p.agenda_item_url, p.paper_url, p.location,
p.oparl_meeting_url, p.oparl_agenda_item_url, p.publication_status,
c.id AS committee_id, c.name AS committee_name, c.short_name AS committee_short_name,
e.id AS edition_id, e.label AS edition_label,
a.id AS presenter_id, a.name AS presenter_name, a.kind AS presenter_kind,
(SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'status', m.status)
ORDER BY m.code COLLATE "C", m.id)
FROM presentation_measure pm JOIN measure m ON m.id = pm.measure_id
WHERE pm.presentation_id = p.id AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED')) AS measures
FROM presentation p
JOIN committee c ON c.id = p.committee_id
LEFT JOIN edition e ON e.id = p.edition_id
LEFT JOIN actor a ON a.id = p.presenter_actor_id
WHERE p.area_id = '{area}' AND (p.date >= '2026-12-06' AND p.status IN ('SCHEDULED', 'POSTPONED')) AND p.publication_status = 'PUBLISHED'
ORDER BY p.date, p.time NULLS LAST, p.id LIMIT '5';
SELECT s.id, s.title, s.due_date, s.status, m.id AS measure_id, m.code, m.title AS measure_title,
m.status AS measure_status, a.id AS actor_id, a.name, a.kind
FROM action_step s JOIN measure m ON m.id = s.measure_id
LEFT JOIN actor a ON a.id = s.responsible_actor_id
WHERE m.area_id = '{area}' AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.due_date <= '2027-01-05'  AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED')
ORDER BY s.due_date, s.position, s.id LIMIT 10;
COMMIT;
