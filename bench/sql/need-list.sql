-- The statements the backend sent for need list uncovered=true (anonymous, answer cache off), read off PostgreSQL's statement log
-- by bench/capture_sql.py, with their parameters filled in; {area}, {measure} and {slug} stand for the benchmark area's.
BEGIN;
select a1_0.id,a1_0.boundary,a1_0.boundary_approximate,a1_0.budget_amount,a1_0.created_at,a1_0.description,a1_0.easy_language_summary,a1_0.funding_end,a1_0.funding_start,a1_0.inhabitants,a1_0.municipality,a1_0.name,a1_0.position,a1_0.programme,a1_0.public_version,a1_0.publication_status,a1_0.size_hectares,a1_0.slug,a1_0.summary,a1_0.updated_at,a1_0.version from area a1_0 where a1_0.slug='{slug}' fetch first '1' rows only;
SELECT count(*) FROM need n WHERE n.area_id = '{area}' AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED') AND NOT EXISTS (SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id WHERE mn.need_id = n.id AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED'));
SELECT n.id FROM need n WHERE n.area_id = '{area}' AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED') AND NOT EXISTS (SELECT 1 FROM measure_need mn JOIN measure m ON m.id = mn.measure_id WHERE mn.need_id = n.id AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED')) ORDER BY n.code ASC NULLS LAST, n.id LIMIT '20' OFFSET '0';
SELECT n.id, n.version, n.public_version, n.created_at, n.updated_at, n.code, n.title, n.description,
n.evidence, n.priority, n.publication_status,
f.id AS field_id, f.code AS field_code, f.title AS field_title, f.color AS field_color,
(SELECT json_agg(json_build_object('code', t.code, 'labelDe', t.label_de, 'labelEn', t.label_en)
ORDER BY t.code COLLATE "C")
FROM need_target_group ntg JOIN target_group t ON t.id = ntg.target_group_id
WHERE ntg.need_id = n.id) AS target_groups,
(SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'status', m.status)
ORDER BY m.code, m.id)
FROM measure_need mn JOIN measure m ON m.id = mn.measure_id
WHERE mn.need_id = n.id AND (m.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED')) AS measures
FROM need n
JOIN action_field f ON f.id = n.action_field_id
WHERE n.id = ANY('{ddea7f19-d8eb-789f-b064-eae3a88f0323,59e8d91a-ed4b-9100-1eff-7fb579699a61,6c09c20f-1251-59db-e34f-5d2156ce7bb4,1724807e-87f9-a40c-f5b9-bde7915fd751,2dbd723a-27f5-5ea8-7227-3be3dcceb004,6637af54-9a59-f1b7-8645-16f9d8d42b0b,9099e9a4-4e1a-45c0-d320-e8442094115e,cfae15a9-7abd-2d39-e24b-49c745cb4769,1db45859-4e9a-cf52-337a-4c684b311876,29981166-9578-687c-0bf9-7c4325b0e39f}') AND n.area_id = '{area}' AND (n.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id = n.action_field_id) = 'PUBLISHED');
COMMIT;
