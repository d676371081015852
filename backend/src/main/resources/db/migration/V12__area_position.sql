-- The order of the areas in the area list (the start page): ascending position, then name. Admins set it; existing
-- areas keep the alphabetical order they were listed in, as positions 0, 1, 2, …
ALTER TABLE area ADD COLUMN position integer NOT NULL DEFAULT 0;
UPDATE area SET position = ordered.n
  FROM (SELECT id, row_number() OVER (ORDER BY lower(name), id) - 1 AS n FROM area) ordered
 WHERE area.id = ordered.id;
CREATE INDEX area_position_idx ON area (position, lower(name));
