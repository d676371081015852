-- Places on the map: an area's boundary (GeoJSON Polygon or MultiPolygon) and a measure's location (GeoJSON Point or
-- Polygon, besides its text location), each with a flag that says the geometry is only approximate. GeoJSON
-- geometries in WGS 84 (longitude, latitude), validated by the application (de.ihk.common.GeoJson) before they are
-- written. The map of an area's measures reads the measures that have a location.
ALTER TABLE area ADD COLUMN boundary jsonb;
ALTER TABLE area ADD COLUMN boundary_approximate boolean NOT NULL DEFAULT false;
ALTER TABLE measure ADD COLUMN location_geometry jsonb;
ALTER TABLE measure ADD COLUMN location_approximate boolean NOT NULL DEFAULT false;
CREATE INDEX measure_located_idx ON measure (area_id) WHERE location_geometry IS NOT NULL;
