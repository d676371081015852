-- Search ranks a record whose title contains the query before one that matches only in its other texts, and within
-- each of the two tiers by shorter title, then title, then id. Each searchable table gets its title as a tsvector of
-- its own (with a GIN index and statistics of its own, so that the planner estimates title matches from titles), and a
-- b-tree index in the order of the tiebreak, so that a common word is answered by reading that index until a page of
-- matches is found instead of ranking every match.
ALTER TABLE area ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(name, ''))) STORED;
CREATE INDEX area_title_search_idx ON area USING gin (title_vector);
CREATE INDEX area_search_order_idx ON area (length(name), name, id);

ALTER TABLE action_field ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(title, ''))) STORED;
CREATE INDEX action_field_title_search_idx ON action_field USING gin (title_vector);
CREATE INDEX action_field_search_order_idx ON action_field (length(title), title, id);

ALTER TABLE need ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(title, ''))) STORED;
CREATE INDEX need_title_search_idx ON need USING gin (title_vector);
CREATE INDEX need_search_order_idx ON need (length(title), title, id);

ALTER TABLE measure ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(title, ''))) STORED;
CREATE INDEX measure_title_search_idx ON measure USING gin (title_vector);
CREATE INDEX measure_search_order_idx ON measure (length(title), title, id);

ALTER TABLE action_step ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(title, ''))) STORED;
CREATE INDEX action_step_title_search_idx ON action_step USING gin (title_vector);
CREATE INDEX action_step_search_order_idx ON action_step (length(title), title, id);

ALTER TABLE actor ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', coalesce(name, ''))) STORED;
CREATE INDEX actor_title_search_idx ON actor USING gin (title_vector);
CREATE INDEX actor_search_order_idx ON actor (length(name), name, id);

-- Statistics of the new columns, which the planner needs to choose between the two ways of reading a tier.
ANALYZE area, action_field, need, measure, action_step, actor;
